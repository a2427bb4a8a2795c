// Tabel 4: the monthly job-finding rate (kans op werk, %) of all NWWZ and of the categories
// of six headings (rubrieken), 2009 and 2010. A total rate is the share-weighted mean of the
// rates of a heading's categories, with shares that the table does not print.

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checks.hpp"
#include "compare.hpp"

namespace groeipad::calibration {
namespace {

constexpr std::string_view kTable4 = "Tabel 4";
constexpr std::string_view kTable2 = "Tabel 2";
constexpr std::string_view kTotal = "Totaal";

// Tabel 4 prints its rates with one decimal: each is its true value within half of 0.1.
constexpr double kHalfUnit = 0.05;

struct Heading {
  std::string_view name;
  std::vector<std::string_view> categories;
};

const std::array<Heading, 6>& headings() {
  static const std::array<Heading, 6> kHeadings = {{
      {"Geslacht", {"Mannen", "Vrouwen"}},
      {"Onderwijsniveau", {"Laaggeschoold", "Middengeschoold", "Hooggeschoold"}},
      {"Leeftijd", {"<25 jaar", "25-49 jaar", ">49 jaar"}},
      {"Arbeidshandicap", {"Met arbeidshandicap", "Zonder arbeidshandicap"}},
      {"Herkomst", {"Europees (incl.Belgen)", "Niet-Europees"}},
      {"Werkloosheidsduur", {"<1 jaar", ">1 jaar"}},
  }};
  return kHeadings;
}

// A Tabel 4 category that is one of Tabel 2's kansengroepen, with the other categories of
// its heading.
struct GroupRate {
  std::string_view table2;  // Tabel 2's column
  std::string_view category;
  std::vector<std::string_view> others;
};

const std::array<GroupRate, 4>& group_rates() {
  static const std::array<GroupRate, 4> kGroups = {{
      {"Allochtonen", "Niet-Europees", {"Europees (incl.Belgen)"}},
      {"Pmah", "Met arbeidshandicap", {"Zonder arbeidshandicap"}},
      {"50-plussers", ">49 jaar", {"<25 jaar", "25-49 jaar"}},
      {"Kortgeschoolden", "Laaggeschoold", {"Middengeschoold", "Hooggeschoold"}},
  }};
  return kGroups;
}

struct Range {
  double low = 0;
  double high = 0;
};

// The lowest and highest printed rate of these categories in a year's column; none when
// one is missing.
std::optional<Range> rate_range(FigureIndex& figures, const std::vector<std::string_view>& rows,
                                std::string_view column) {
  Range range{std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
  for (const std::string_view row : rows) {
    const io::SourceFigure* rate = figures.find(kTable4, row, column);
    if (rate == nullptr) return std::nullopt;
    range.low = std::min(range.low, rate->value);
    range.high = std::max(range.high, rate->value);
  }
  return range;
}

// The share s of a category with rate r in a population with total rate t, the rest having
// a mean rate x: t = s r + (1 - s) x. Each of t, r and the others' rates is known to half a
// unit of its last decimal, and x lies between the others' lowest and highest rate, so s
// lies in a range; s is monotone in each of t, r and x, so the range's ends are at corners.
// None when r and x can be equal, where the share is not determined.
std::optional<Range> share_range(double total, double rate, Range others) {
  const std::array<double, 2> totals = {total - kHalfUnit, total + kHalfUnit};
  const std::array<double, 2> rates = {rate - kHalfUnit, rate + kHalfUnit};
  const std::array<double, 2> rests = {others.low - kHalfUnit, others.high + kHalfUnit};
  if (rates[1] >= rests[0] && rests[1] >= rates[0]) return std::nullopt;
  Range share{1, 0};
  for (const double t : totals) {
    for (const double r : rates) {
      for (const double x : rests) {
        const double s = std::clamp((x - t) / (x - r), 0.0, 1.0);
        share.low = std::min(share.low, s);
        share.high = std::max(share.high, s);
      }
    }
  }
  return share;
}

}  // namespace

// A mean lies between the values it averages: each year's total lies between the lowest
// and the highest rate of every heading, each widened by the rounding of the figures.
std::vector<Finding> check_table4_total_within_categories(FigureIndex& figures) {
  std::vector<Finding> findings;
  for (const std::string_view column : {"2009", "2010"}) {
    const io::SourceFigure* total = figures.find(kTable4, kTotal, column);
    if (total == nullptr) continue;
    for (const Heading& heading : headings()) {
      const auto range = rate_range(figures, heading.categories, column);
      if (!range) continue;
      const double low = range->low - 2 * kHalfUnit - kDecimalSlack;
      const double high = range->high + 2 * kHalfUnit + kDecimalSlack;
      const std::string rule = "between the " + std::string(heading.name) + " rates";
      if (total->value < low) add_finding(findings, *total, range->low, rule);
      if (total->value > high) add_finding(findings, *total, range->high, rule);
    }
  }
  return findings;
}

// Tabel 2 counts the kansengroepen in June 2010 but prints no total; Tabel 4's 2010 rates
// bound each group's share of the NWWZ. Together they must allow one June 2010 total N:
// each group's count / N within its share range. A group whose range of N misses the range
// the other groups leave is a finding on its count.
std::vector<Finding> check_table4_shares_june_2010(FigureIndex& figures) {
  constexpr std::string_view kColumn = "2010";
  struct Bounds {
    const io::SourceFigure* count = nullptr;
    Range share;
    Range total;  // the N this group allows
  };
  std::vector<Finding> findings;
  const io::SourceFigure* total = figures.find(kTable4, kTotal, kColumn);
  if (total == nullptr) return findings;
  std::vector<Bounds> groups;
  for (const GroupRate& group : group_rates()) {
    const io::SourceFigure* count = figures.find(kTable2, "Juni 2010", group.table2);
    const io::SourceFigure* rate = figures.find(kTable4, group.category, kColumn);
    const auto others = rate_range(figures, group.others, kColumn);
    if (count == nullptr || rate == nullptr || !others) continue;
    const auto share = share_range(total->value, rate->value, *others);
    if (!share || share->low <= 0) continue;  // no upper bound on N
    groups.push_back({count, *share, {count->value / share->high, count->value / share->low}});
  }
  for (const Bounds& group : groups) {
    Range others{0, std::numeric_limits<double>::infinity()};
    for (const Bounds& other : groups) {
      if (&other == &group) continue;
      others.low = std::max(others.low, other.total.low);
      others.high = std::min(others.high, other.total.high);
    }
    if (others.low > others.high || groups.size() < 2) continue;  // the conflict is elsewhere
    // The count nearest the printed one that the others' N and this share allow.
    const double fewest = group.share.low * others.low;
    const double most = group.share.high * others.high;
    const std::string rule = "Tabel 4 2010 share x the June 2010 total the other groups allow";
    if (group.count->value < fewest) add_finding(findings, *group.count, fewest, rule);
    if (group.count->value > most) add_finding(findings, *group.count, most, rule);
  }
  return findings;
}

}  // namespace groeipad::calibration
