#include "run_summary.hpp"

#include <fmt/format.h>

#include <map>
#include <tuple>

namespace groeipad::cli {
namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // period, unit, metric

std::map<Key, double> means(const std::vector<SummaryRow>& rows) {
  std::map<Key, double> m;
  for (const SummaryRow& r : rows) m[{r.period, r.unit, r.metric}] = r.value.mean;
  return m;
}

std::string year_label(const Scenario& s, int year) {
  const YearMonth end = s.start.plus(s.months);
  const int first_month = year == s.start.year ? s.start.month : 1;
  const int last_month = year == end.year ? end.month : 12;
  if (first_month == 1 && last_month == 12) return std::to_string(year);
  return fmt::format("{} ({:02d}-{:02d})", year, first_month, last_month);
}

}  // namespace

std::string run_summary(const Scenario& scenario, int replications,
                        const std::vector<SummaryRow>& yearly,
                        const std::vector<SummaryRow>& jobseekers) {
  const auto y = means(yearly);
  const auto j = means(jobseekers);
  const int first = scenario.start.year;
  const int last = scenario.start.plus(scenario.months).year;
  std::string out = fmt::format("groeipad: {} from {} over {} months, {} replication{} (means)\n\n",
                                scenario.name, scenario.start.to_string(), scenario.months,
                                replications, replications == 1 ? "" : "s");
  out += fmt::format("{:<9}", "");
  for (const int year : {first, last}) {
    out += fmt::format("  {:<48}", year_label(scenario, year));
  }
  out += fmt::format("\n{:<9}", "programma");
  for (int k = 0; k < 2; ++k) {
    out += fmt::format("  {:>9} {:>9} {:>9} {:>9} {:>9}", "personen", "VTE", "instroom",
                       "uitstroom", "naar werk");
  }
  out += "\n";
  for (const Programme p : kAllProgrammes) {
    const std::string code(code_of(p));
    out += fmt::format("{:<9}", code);
    for (const int year : {first, last}) {
      const std::string ys = std::to_string(year);
      out += fmt::format("  {:>9.0f} {:>9.1f} {:>9.0f} {:>9.0f} {:>9.0f}",
                         y.at({ys, code, "personen_eind"}), y.at({ys, code, "vte_eind"}),
                         y.at({ys, code, "instroom"}), y.at({ys, code, "uitstroom"}),
                         y.at({ys, code, "C"}));
    }
    out += "\n";
  }
  const std::string start = scenario.start.to_string();
  const std::string end = scenario.start.plus(scenario.months).to_string();
  const double nwwz_start = j.at({start, "totaal", "nwwz"});
  const double nwwz_end = j.at({end, "totaal", "nwwz"});
  out += fmt::format(
      "\nwerkzoekenden (NWWZ): {:.0f} in {} ({:.1f} % > 2 jaar), {:.0f} in {} ({:.1f} % > 2 "
      "jaar)\n",
      nwwz_start, start, 100 * j.at({start, "totaal", "langdurig_2j"}) / nwwz_start, nwwz_end, end,
      100 * j.at({end, "totaal", "langdurig_2j"}) / nwwz_end);
  return out;
}

}  // namespace groeipad::cli
