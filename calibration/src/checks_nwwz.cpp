// Tabel 2 (NWWZ per kansengroep), Tabel 3 (the 16 combinations of the four groups) and
// the text of §3.2 that counts and shares them.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "checks.hpp"
#include "compare.hpp"

namespace groeipad::calibration {
namespace {

constexpr std::string_view kTable2 = "Tabel 2";
constexpr std::string_view kTable3 = "Tabel 3";
constexpr std::string_view kText = "Tekst";
constexpr std::string_view kTable3Column = "Aantal";
constexpr std::string_view kTable3Total = "Totaal niet werkende werkzoekenden";
constexpr std::string_view kLongTermCount = "meer dan twee jaar werkloos (aantal)";
constexpr std::string_view kLongTermShare = "meer dan twee jaar werkloos (%)";

// The text prints its percentages as whole numbers, and so does Tabel 2 its growth.
constexpr int kWholePercent = 0;

// A kansengroep as each of the three places names it.
struct Group {
  std::string_view flag;    // Tabel 3's row key
  std::string_view table2;  // Tabel 2's column
  std::string_view text;    // the row of §3.2's text
};

constexpr std::array<Group, 4> kGroups = {{
    {"Allochtoon", "Allochtonen", "Allochtonen"},
    {"Arbeidshandicap", "Pmah", "Arbeidsgehandicapten"},
    {"Vijftigplus", "50-plussers", "Vijftigplussers"},
    {"Kortgeschoold", "Kortgeschoolden", "Kortgeschoolden"},
}};

bool is_cell(std::string_view row) { return row.starts_with("Allochtoon="); }

bool has_flag(std::string_view row, std::string_view flag) {
  return row.find(std::string(flag) + "=Ja") != std::string_view::npos;
}

int flags_set(std::string_view row) {
  int count = 0;
  for (const Group& group : kGroups) count += has_flag(row, group.flag) ? 1 : 0;
  return count;
}

// The sum of the Tabel 3 cells whose row passes the test; none when the table has none.
template <typename RowTest>
std::optional<double> sum_cells(FigureIndex& figures, RowTest row_test) {
  const auto cells = figures.select(
      kTable3, kTable3Column, [&](std::string_view row) { return is_cell(row) && row_test(row); });
  if (cells.empty()) return std::nullopt;
  double sum = 0;
  for (const io::SourceFigure* cell : cells) sum += cell->value;
  return sum;
}

std::optional<double> group_total(FigureIndex& figures, const Group& group) {
  return sum_cells(figures, [&](std::string_view row) { return has_flag(row, group.flag); });
}

std::optional<double> value(const io::SourceFigure* figure) {
  if (figure == nullptr) return std::nullopt;
  return figure->value;
}

}  // namespace

std::vector<Finding> check_table3_total(FigureIndex& figures) {
  std::vector<Finding> findings;
  const io::SourceFigure* total = figures.find(kTable3, kTable3Total, kTable3Column);
  const auto cells = sum_cells(figures, [](std::string_view) { return true; });
  if (total != nullptr && cells) check_count(findings, *total, *cells, "sum of the 16 cells");
  return findings;
}

std::vector<Finding> check_table2_june_2011_is_table3(FigureIndex& figures) {
  std::vector<Finding> findings;
  for (const Group& group : kGroups) {
    const io::SourceFigure* printed = figures.find(kTable2, "Juni 2011", group.table2);
    const auto total = group_total(figures, group);
    if (printed != nullptr && total) check_count(findings, *printed, *total, "Tabel 3 group total");
  }
  return findings;
}

std::vector<Finding> check_table2_growth(FigureIndex& figures) {
  constexpr std::array<std::array<std::string_view, 2>, 2> kSpans = {
      {{"2008-2011", "Juni 2008"}, {"2010-2011", "Juni 2010"}}};
  std::vector<Finding> findings;
  for (const auto& [span, from_row] : kSpans) {
    for (const Group& group : kGroups) {
      const io::SourceFigure* printed = figures.find(kTable2, span, group.table2);
      const auto from = value(figures.find(kTable2, from_row, group.table2));
      const auto to = value(figures.find(kTable2, "Juni 2011", group.table2));
      if (printed != nullptr && from && to) {
        check_rounded(findings, *printed, percent(*to - *from, *from), kWholePercent,
                      "growth % from the June counts");
      }
    }
  }
  return findings;
}

std::vector<Finding> check_s3_2_group_counts(FigureIndex& figures) {
  std::vector<Finding> findings;
  const io::SourceFigure* any = figures.find(kText, "Minstens één kansengroep", "aantal");
  const auto any_cells =
      sum_cells(figures, [](std::string_view row) { return flags_set(row) >= 1; });
  if (any != nullptr && any_cells) {
    check_count(findings, *any, *any_cells, "Tabel 3 cells in at least one group");
  }
  const io::SourceFigure* more = figures.find(kText, "Meer dan één kansengroep", "aantal");
  const auto more_cells =
      sum_cells(figures, [](std::string_view row) { return flags_set(row) >= 2; });
  if (more != nullptr && more_cells) {
    check_count(findings, *more, *more_cells, "Tabel 3 cells in more than one group");
  }
  return findings;
}

std::vector<Finding> check_s3_2_shares(FigureIndex& figures) {
  std::vector<Finding> findings;
  const auto all = value(figures.find(kTable3, kTable3Total, kTable3Column));
  if (!all) return findings;
  const io::SourceFigure* any_share =
      figures.find(kText, "Minstens één kansengroep", "aandeel van alle NWWZ (%)");
  const auto any = value(figures.find(kText, "Minstens één kansengroep", "aantal"));
  if (any_share != nullptr && any) {
    check_rounded(findings, *any_share, percent(*any, *all), kWholePercent,
                  "100 x in a group / all NWWZ");
  }
  const io::SourceFigure* none_share =
      figures.find(kText, "Geen enkele kansengroep", "aandeel van alle NWWZ (%)");
  const auto none = sum_cells(figures, [](std::string_view row) { return flags_set(row) == 0; });
  if (none_share != nullptr && none) {
    check_rounded(findings, *none_share, percent(*none, *all), kWholePercent,
                  "100 x in no group / all NWWZ");
  }
  return findings;
}

// "de helft daarvan (67.748)": half of those in a group are in more than one. Words, held
// to the nearest simple fraction rather than to a whole percent (49.3 % would print 49).
std::vector<Finding> check_s3_2_half(FigureIndex& figures) {
  std::vector<Finding> findings;
  const io::SourceFigure* half =
      figures.find(kText, "Meer dan één kansengroep", "aandeel van minstens één kansengroep (%)");
  const auto more = value(figures.find(kText, "Meer dan één kansengroep", "aantal"));
  const auto any = value(figures.find(kText, "Minstens één kansengroep", "aantal"));
  if (half != nullptr && more && any) {
    check_fraction_in_words(findings, *half, percent(*more, *any),
                            "100 x in more than one / in a group, in words");
  }
  return findings;
}

// The share of a group that is in at least one other: all but the cell of that group alone.
std::vector<Finding> check_s3_2_overlaps(FigureIndex& figures) {
  std::vector<Finding> findings;
  for (const Group& group : kGroups) {
    const io::SourceFigure* printed =
        figures.find(kText, group.text, "aandeel in minstens één andere kansengroep (%)");
    const auto total = group_total(figures, group);
    const auto alone = sum_cells(figures, [&](std::string_view row) {
      return flags_set(row) == 1 && has_flag(row, group.flag);
    });
    if (printed != nullptr && total && alone) {
      check_rounded(findings, *printed, percent(*total - *alone, *total), kWholePercent,
                    "100 x in another group too / group total");
    }
  }
  return findings;
}

// The long-term unemployed: those in a group and those in none make all of them. The
// share of those in none is taken from that difference, not from their printed count, so
// that a typo in the count is one finding (on the count), not two.
std::vector<Finding> check_s3_2_long_term(FigureIndex& figures) {
  std::vector<Finding> findings;
  const io::SourceFigure* all_count = figures.find(kText, "Alle werkzoekenden", kLongTermCount);
  const io::SourceFigure* any_count =
      figures.find(kText, "Minstens één kansengroep", kLongTermCount);
  if (all_count == nullptr || any_count == nullptr) return findings;
  const double none_implied = all_count->value - any_count->value;
  if (const io::SourceFigure* none = figures.find(kText, "De anderen", kLongTermCount)) {
    check_count(findings, *none, none_implied, "all - in a group");
  }

  const std::string rule = "100 x long-term / all of them";
  const auto all = value(figures.find(kTable3, kTable3Total, kTable3Column));
  const io::SourceFigure* all_share = figures.find(kText, "Alle werkzoekenden", kLongTermShare);
  if (all_share != nullptr && all) {
    check_rounded(findings, *all_share, percent(all_count->value, *all), kWholePercent, rule);
  }
  const auto in_group = value(figures.find(kText, "Minstens één kansengroep", "aantal"));
  const io::SourceFigure* any_share =
      figures.find(kText, "Minstens één kansengroep", kLongTermShare);
  if (any_share != nullptr && in_group) {
    check_rounded(findings, *any_share, percent(any_count->value, *in_group), kWholePercent, rule);
  }
  const auto in_none = sum_cells(figures, [](std::string_view row) { return flags_set(row) == 0; });
  const io::SourceFigure* none_share = figures.find(kText, "De anderen", kLongTermShare);
  if (none_share != nullptr && in_none) {
    check_rounded(findings, *none_share, percent(none_implied, *in_none), kWholePercent, rule);
  }
  for (const Group& group : kGroups) {
    const io::SourceFigure* share = figures.find(kText, group.text, kLongTermShare);
    const auto count = value(figures.find(kText, group.text, kLongTermCount));
    const auto total = group_total(figures, group);
    if (share != nullptr && count && total) {
      check_rounded(findings, *share, percent(*count, *total), kWholePercent, rule);
    }
  }
  return findings;
}

}  // namespace groeipad::calibration
