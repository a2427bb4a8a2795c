#include "groeipad/io/parameters_reader.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <string_view>

#include "eligibility_reader.hpp"
#include "parameters_document.hpp"
#include "toml_document.hpp"

namespace groeipad::io {

namespace detail {

namespace {

// Products of figures are compared with this relative slack, so that a start_vte equal
// to part_time_vte * start_persons on paper is not rejected for rounding.
constexpr double kRelativeSlack = 1e-9;

constexpr std::array<std::string_view, 4> kFlagLetters = {"A", "H", "O", "K"};
constexpr std::array<Profile, 4> kFlagBits = {profile_bit::A, profile_bit::H, profile_bit::O,
                                              profile_bit::K};

// ---- [population] ----

Profile read_flags(const Node& node) {
  const std::string& text = node.string();
  Profile flags = 0;
  for (const char letter : text) {
    Profile bit = 0;
    for (std::size_t i = 0; i < kFlagLetters.size(); ++i) {
      if (kFlagLetters[i].front() == letter) bit = kFlagBits[i];
    }
    if (bit == 0 || (flags & bit) != 0) node.expected("distinct letters from A, H, O, K");
    flags |= bit;
  }
  return flags;
}

std::vector<ProfileCell> read_cells(Table& population) {
  const Node cells_node = population.require("cells", "an array");
  const std::vector<Node> rows = cells_node.array();
  if (rows.empty()) cells_node.expected("at least one cell");
  std::vector<ProfileCell> cells;
  std::array<const Node*, 16> seen{};  // by flag combination: the row that has it
  for (const Node& row : rows) {
    Table table = row.table();
    static constexpr std::array<std::string_view, 3> kKeys = {"flags", "count", "source"};
    table.expect_keys(kKeys);
    const Node flags_node = table.require("flags", "a string");
    const Profile flags = read_flags(flags_node);
    if (const Node* first = seen[flags]; first != nullptr) {
      flags_node.expected(
          fmt::format("each flag combination at most once (already in {})", first->key()));
    }
    seen[flags] = &row;
    const std::int64_t count = table.integer("count", kCount);
    (void)table.non_empty_string("source");
    cells.push_back(ProfileCell{flags, count});
  }
  return cells;
}

LongTermTargets read_long_term(Table table) {
  static constexpr std::array<std::string_view, 8> kKeys = {
      "any_group", "no_group", "a", "h", "o", "k", "k_five_years", "k_h_five_years"};
  table.expect_keys(kKeys);
  LongTermTargets t;
  t.any_group = table.figure_integer("any_group", kCount);
  t.no_group = table.figure_integer("no_group", kCount);
  t.a = table.figure_integer("a", kCount);
  t.h = table.figure_integer("h", kCount);
  t.o = table.figure_integer("o", kCount);
  t.k = table.figure_integer("k", kCount);
  t.k_five_years = table.figure_integer("k_five_years", kCount);
  t.k_h_five_years = table.figure_integer("k_h_five_years", kCount);
  return t;
}

AttributeShares read_shares(Table table) {
  static constexpr std::array<std::string_view, 4> kKeys = {"male", "high_among_non_k",
                                                            "young_among_non_o", "under_one_year"};
  table.expect_keys(kKeys);
  AttributeShares s;
  s.male = table.figure_number("male", kProbability);
  s.high_among_non_k = table.figure_number("high_among_non_k", kProbability);
  s.young_among_non_o = table.figure_number("young_among_non_o", kProbability);
  s.under_one_year = table.figure_number("under_one_year", kProbability);
  return s;
}

AgeBands read_ages(Table table) {
  static constexpr std::array<std::string_view, 4> kKeys = {"min_age", "young_below", "old_from",
                                                            "retirement_age"};
  table.expect_keys(kKeys);
  // 14 <= min_age < young_below < old_from < retirement_age <= 80: each bound after the
  // first is checked against the one before, and the message names it.
  constexpr IntRange kAge{14, 80};
  std::array<int, 4> ages{};
  for (std::size_t i = 0; i < kKeys.size(); ++i) {
    const Node node = table.require(kKeys[i], "an integer in 14..80").figure();
    ages[i] = static_cast<int>(node.integer(kAge));
    if (i > 0 && ages[i] <= ages[i - 1]) {
      node.expected(fmt::format("an integer > {} ({})", kKeys[i - 1], ages[i - 1]));
    }
  }
  return AgeBands{ages[0], ages[1], ages[2], ages[3]};
}

// ---- [job_finding] ----

struct Coefficient {
  std::string_view name;
  double JobFindingCoefficients::*member;
};
constexpr std::array<Coefficient, 11> kCoefficients = {{
    {"b0", &JobFindingCoefficients::b0},
    {"b_a", &JobFindingCoefficients::b_a},
    {"b_h", &JobFindingCoefficients::b_h},
    {"b_young", &JobFindingCoefficients::b_young},
    {"b_old", &JobFindingCoefficients::b_old},
    {"b_mid", &JobFindingCoefficients::b_mid},
    {"b_high", &JobFindingCoefficients::b_high},
    {"b_male", &JobFindingCoefficients::b_male},
    {"b12", &JobFindingCoefficients::b12},
    {"b24", &JobFindingCoefficients::b24},
    {"b60", &JobFindingCoefficients::b60},
}};

JobFindingCoefficients read_year(const Node& node, const JobFindingCoefficients* previous) {
  Table table = node.table();
  std::array<std::string_view, kCoefficients.size() + 1> keys{};
  keys[0] = "year";
  for (std::size_t i = 0; i < kCoefficients.size(); ++i) keys[i + 1] = kCoefficients[i].name;
  table.expect_keys(keys);

  JobFindingCoefficients set;
  const Node year = table.require("year", "an integer in 1990..2100").figure();
  set.year = static_cast<int>(year.integer(IntRange{1990, 2100}));
  if (previous != nullptr && set.year <= previous->year) {
    year.expected(fmt::format("a year after {} (years strictly ascending)", previous->year));
  }
  for (const Coefficient& c : kCoefficients) set.*c.member = table.figure_number(c.name);
  return set;
}

void read_job_finding(Table table, Parameters& p) {
  static constexpr std::array<std::string_view, 3> kKeys = {"other_exit_hazard_monthly",
                                                            "duration_resumes", "years"};
  table.expect_keys(kKeys);
  p.other_exit_hazard_monthly = table.figure_number("other_exit_hazard_monthly", kProbability);
  p.duration_resumes = table.optional_boolean("duration_resumes").value_or(false);
  const Node years_node = table.require("years", "an array");
  const std::vector<Node> years = years_node.array();
  if (years.empty()) years_node.expected("at least one [[job_finding.years]]");
  p.job_finding.clear();
  for (const Node& year : years) {
    p.job_finding.push_back(
        read_year(year, p.job_finding.empty() ? nullptr : &p.job_finding.back()));
  }
}

// ---- [programmes] ----

constexpr std::array<std::string_view, 3> kSelectionRules = {"random", "longest_duration",
                                                             "weighted"};

std::string unknown_programme_message() {
  return fmt::format("unknown programme, expected one of {}", join(kProgrammeCodes));
}

ProgrammeParameters read_programme(Table table) {
  static constexpr std::array<std::string_view, 10> kKeys = {
      "start_persons",       "start_vte",
      "exit_hazard_monthly", "work_share",
      "part_time_vte",       "selection",
      "flag_weights",        "eligibility",
      "cost_per_vte_eur",    "growth_cost_per_vte_eur"};
  table.expect_keys(kKeys);
  ProgrammeParameters p;
  p.start_persons = table.figure_integer("start_persons", kCount);
  const Node start_vte = table.require("start_vte", "a number >= 0").figure();
  p.start_vte = start_vte.number(kNonNegative);
  p.exit_hazard_monthly = table.figure_number("exit_hazard_monthly", kProbability);
  p.work_share = table.figure_number("work_share", kProbability);
  p.part_time_vte = table.figure_number("part_time_vte", Range{0, 1, true, true});
  // What a place costs turns money into places; a free place would make any budget
  // infinite capacity, so zero is as wrong as a negative cost.
  p.cost_per_vte_eur = table.figure_number("cost_per_vte_eur", kPositive);
  p.growth_cost_per_vte_eur = table.optional_figure_number("growth_cost_per_vte_eur", kPositive);

  // Every participant fills between part_time_vte and 1 VTE.
  const auto persons = static_cast<double>(p.start_persons);
  if (p.start_vte > persons * (1 + kRelativeSlack)) {
    start_vte.expected(fmt::format("a number <= start_persons ({})", p.start_persons));
  }
  const double least = p.part_time_vte * persons;
  if (p.start_vte < least * (1 - kRelativeSlack)) {
    start_vte.expected(fmt::format("a number >= part_time_vte * start_persons ({})", least));
  }

  if (auto selection = table.find("selection")) {
    p.selection = static_cast<SelectionRule>(selection->choice(kSelectionRules));
  }
  if (auto weights = table.find("flag_weights")) {
    if (p.selection != SelectionRule::weighted) {
      weights->fail(
          fmt::format("expected only with selection = \"weighted\", found selection = "
                      "\"{}\"",
                      kSelectionRules[static_cast<std::size_t>(p.selection)]));
    }
    Table by_flag = weights->table();
    by_flag.expect_keys(kFlagLetters);
    for (std::size_t i = 0; i < kFlagLetters.size(); ++i) {
      p.flag_weights[i] = by_flag.optional_figure_number(kFlagLetters[i], kPositive).value_or(1.0);
    }
  }
  p.eligibility = read_eligibility_rule(table.require("eligibility", "an array of clauses"));
  return p;
}

void read_programmes(Table table, Parameters& p) {
  table.only(kProgrammeCodes, unknown_programme_message());
  for (const Programme programme : kAllProgrammes) {
    p.programmes[index_of(programme)] = read_programme(table.table(code_of(programme)));
  }
}

// ---- [entry] ----

void read_entry_order(const Node& node, Parameters& p) {
  const std::string all = join(kProgrammeCodes);
  std::array<const Node*, kProgrammeCount> seen{};
  const std::vector<Node> names = node.array();
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::size_t index = names[i].choice(kProgrammeCodes);
    if (seen[index] != nullptr) {
      names[i].expected(fmt::format("a permutation of {} (each once)", all));
    }
    seen[index] = &names[i];
    if (i < p.entry_order.size()) p.entry_order[i] = kAllProgrammes[index];
  }
  for (std::size_t index = 0; index < seen.size(); ++index) {
    if (seen[index] == nullptr) {
      node.fail(fmt::format("expected a permutation of {}, found {} missing", all,
                            kProgrammeCodes[index]));
    }
  }
}

void read_entry(Table table, Parameters& p) {
  static constexpr std::array<std::string_view, 2> kKeys = {"order", "fill_rate"};
  table.expect_keys(kKeys);
  if (auto order = table.find("order")) read_entry_order(*order, p);
  p.fill_rate = table.optional_figure_number("fill_rate", Range{0, 1, true, false}).value_or(1.0);
}

// ---- [screening], [registration] ----

constexpr std::array<std::string_view, kScreeningCount> kScreenings = {"bw_right", "sw_screening",
                                                                       "az_advice"};

ScreeningParameters read_screening(Table table) {
  static constexpr std::array<std::string_view, 4> kKeys = {"target", "start_holders", "per_year",
                                                            "hold_level"};
  table.expect_keys(kKeys);
  ScreeningParameters s;
  s.target = read_eligibility_rule(table.require("target", "an array of clauses"));
  s.start_holders = table.figure_integer("start_holders", kCount);
  s.per_year = table.optional_figure_number("per_year", kNonNegative).value_or(0.0);
  s.hold_level = table.optional_boolean("hold_level").value_or(false);
  return s;
}

void read_screenings(Table table, Parameters& p) {
  table.expect_keys(kScreenings);
  for (std::size_t i = 0; i < kScreenings.size(); ++i) {
    p.screening[i] = read_screening(table.table(kScreenings[i]));
  }
}

void read_registration(Table table, Parameters& p) {
  static constexpr std::array<std::string_view, 2> kKeys = {"mode", "annual_growth_pct"};
  // In the order of RegistrationMode.
  static constexpr std::array<std::string_view, 3> kModes = {"hold_stock", "none", "trend"};
  table.expect_keys(kKeys);
  p.registration = static_cast<RegistrationMode>(table.require("mode", "a string").choice(kModes));
  p.registration_growth_pct =
      table.optional_figure_number("annual_growth_pct", Range{-50, 50}).value_or(0.0);
}

}  // namespace

Parameters read_parameters(const toml::table& document, const Origin& origin) {
  Table root(document, "", origin);
  static constexpr std::array<std::string_view, 8> kKeys = {
      "format",     "label", "population", "job_finding",
      "programmes", "entry", "screening",  "registration"};
  root.expect_keys(kKeys);

  // The format number first: a file of another format fails on it, not on its contents.
  const Node format = root.require("format", "the integer 1");
  if (format.integer() != 1) format.expected("1");

  Parameters p;
  p.label = root.non_empty_string("label");
  Table population = root.table("population");
  static constexpr std::array<std::string_view, 5> kPopulationKeys = {
      "max_duration_months", "cells", "long_term", "shares", "ages"};
  population.expect_keys(kPopulationKeys);
  p.max_duration_months =
      static_cast<int>(population.figure_integer("max_duration_months", IntRange{60, 1200}));
  p.cells = read_cells(population);
  p.long_term = read_long_term(population.table("long_term"));
  p.shares = read_shares(population.table("shares"));
  p.ages = read_ages(population.table("ages"));

  read_job_finding(root.table("job_finding"), p);
  read_programmes(root.table("programmes"), p);
  if (auto entry = root.optional_table("entry")) read_entry(*std::move(entry), p);
  read_screenings(root.table("screening"), p);
  read_registration(root.table("registration"), p);
  return p;
}

}  // namespace detail

Parameters read_parameters(const std::filesystem::path& file) {
  const toml::table document = detail::read_document(file);
  return detail::read_parameters(document, detail::Origin(file.string()));
}

}  // namespace groeipad::io
