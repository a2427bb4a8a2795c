// The text of §4: the reach of the programmes at the end of 2010 (which repeats Tabellen 5
// and 6), the SW growth step of 2010, and the arbeidszorg hours and VTE (§4.2.5, repeated in
// §4.2.6).

#include <array>
#include <string>
#include <string_view>

#include "checks.hpp"
#include "compare.hpp"

namespace groeipad::calibration {
namespace {

constexpr std::string_view kText = "Tekst";
constexpr std::string_view kPersons = "personen";
constexpr std::string_view kVte = "VTE";

// A figure of §4 that repeats a cell of Tabel 5 or Tabel 6.
struct Repeat {
  std::string_view section;
  std::string_view row;
  std::string_view column;
  std::string_view table;
  std::string_view table_row;
};

constexpr std::array<Repeat, 8> kRepeats = {{
    {"4.1.1", "Beschutte werkplaatsen: doelgroepwerknemers met een handicap in productie", kPersons,
     "Tabel 5", "Beschutte werkplaatsen*"},
    {"4.1.1", "Beschutte werkplaatsen: doelgroepwerknemers met een handicap in productie", kVte,
     "Tabel 6", "Beschutte werkplaatsen"},
    {"4.1.1", "Sociale werkplaatsen: doelgroepwerknemers", kPersons, "Tabel 5",
     "Sociale werkplaatsen"},
    {"4.1.1", "Sociale werkplaatsen: doelgroepwerknemers", kVte, "Tabel 6", "Sociale werkplaatsen"},
    {"4.1.1", "Invoegmaatregel: doelgroepwerknemers", kPersons, "Tabel 5", "Commerciële invoeg"},
    {"4.1.1", "Invoegmaatregel: doelgroepwerknemers", kVte, "Tabel 6", "Commerciële invoeg"},
    {"4.2.1", "Lokale diensteneconomie: doelgroepwerknemers", kPersons, "Tabel 5",
     "Lokale Diensteconomie"},
    {"4.2.1", "Lokale diensteneconomie: doelgroepwerknemers", kVte, "Tabel 6",
     "Lokale Diensteconomie"},
}};

// The three target-group counts that follow "meer dan 22.000".
constexpr std::array<std::string_view, 3> kTargetGroups = {
    "Beschutte werkplaatsen: doelgroepwerknemers met een handicap in productie",
    "Sociale werkplaatsen: doelgroepwerknemers", "Invoegmaatregel: doelgroepwerknemers"};

constexpr std::string_view kExperiments = "Experimenten arbeidszorg: erkenning";

}  // namespace

// "Eind 2010 ... meer dan 22.000 doelgroepwerknemers", followed by the count of each
// programme: their sum must be more than the printed figure.
std::vector<Finding> check_s4_target_group_total(FigureIndex& figures) {
  std::vector<Finding> findings;
  const io::SourceFigure* more_than = figures.find_in_section(
      "4.1.1", kText,
      "Doelgroepwerknemers in beschutte werkplaatsen, sociale werkplaatsen en invoeg",
      "aantal (meer dan)");
  if (more_than == nullptr) return findings;
  double sum = 0;
  for (const std::string_view row : kTargetGroups) {
    const io::SourceFigure* count = figures.find_in_section("4.1.1", kText, row, kPersons);
    if (count == nullptr) return findings;
    sum += count->value;
  }
  if (sum <= more_than->value) {
    add_finding(findings, *more_than, sum, "more than printed: BW + SW + invoeg counts");
  }
  return findings;
}

// §4 repeats the end-2010 stocks of Tabellen 5 and 6, and §4.2.6 the figures of §4.2.5.
std::vector<Finding> check_s4_repeats(FigureIndex& figures) {
  std::vector<Finding> findings;
  for (const Repeat& repeat : kRepeats) {
    const io::SourceFigure* text =
        figures.find_in_section(repeat.section, kText, repeat.row, repeat.column);
    const io::SourceFigure* cell = figures.find(repeat.table, repeat.table_row, "31/12/2010");
    if (text != nullptr && cell != nullptr) {
      check_count(findings, *text, cell->value, std::string(repeat.table) + " 31/12/2010");
    }
  }
  constexpr std::array<std::array<std::string_view, 2>, 3> kRepeated = {{
      {kExperiments, "uren (op jaarbasis)"},
      {kExperiments, kVte},
      {"Sociale werkplaatsen: arbeidszorgmedewerkers uitbreiding", kVte},
  }};
  for (const auto& [row, column] : kRepeated) {
    const io::SourceFigure* first = figures.find_in_section("4.2.5", kText, row, column);
    const io::SourceFigure* again = figures.find_in_section("4.2.6", kText, row, column);
    if (first != nullptr && again != nullptr) {
      check_count(findings, *again, first->value, "as in 4.2.5");
    }
  }
  // "(179,5) 178,5 VTE": two figures for the one number of VTE the 278,460 hours make.
  const io::SourceFigure* bracketed =
      figures.find_in_section("4.2.5", kText, kExperiments, "VTE (tussen haakjes)");
  const io::SourceFigure* vte = figures.find_in_section("4.2.5", kText, kExperiments, kVte);
  if (bracketed != nullptr && vte != nullptr) {
    check_count(findings, *bracketed, vte->value, "the VTE beside it, for the same hours");
  }
  return findings;
}

// "50 VTE arbeidsplaatsen (42 doelgroep en 8 omkadering)".
std::vector<Finding> check_s4_growth_step_parts(FigureIndex& figures) {
  std::vector<Finding> findings;
  constexpr std::string_view kRow = "Uitbreiding sociale werkplaatsen (VIA III)";
  const io::SourceFigure* all = figures.find_in_section("4.1.2", kText, kRow, kVte);
  const io::SourceFigure* target = figures.find_in_section("4.1.2", kText, kRow, "VTE doelgroep");
  const io::SourceFigure* support = figures.find_in_section("4.1.2", kText, kRow, "VTE omkadering");
  if (all != nullptr && target != nullptr && support != nullptr) {
    check_count(findings, *all, target->value + support->value, "doelgroep + omkadering");
  }
  return findings;
}

}  // namespace groeipad::calibration
