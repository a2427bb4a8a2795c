#include "groeipad/stats/summary.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

#include "groeipad/population/population.hpp"

namespace groeipad {
namespace {

double percentile(const std::vector<double>& sorted, double q) {
  if (sorted.size() == 1) return sorted.front();
  const double h = q * static_cast<double>(sorted.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

double vte(std::int64_t units) { return static_cast<double>(units) / kVteUnits; }

double percent(double part, double whole) { return whole > 0 ? 100.0 * part / whole : 0.0; }

using Extract = std::function<double(const Trajectory&, std::size_t month, int unit)>;

// Rows for every (month, unit, metric) from per-replication values.
void add_rows(std::vector<SummaryRow>& rows, const std::vector<Trajectory>& replications,
              const std::string& period, std::size_t month, const std::string& unit, int unit_index,
              const std::vector<std::pair<std::string, Extract>>& metrics) {
  std::vector<double> values(replications.size());
  for (const auto& [name, extract] : metrics) {
    for (std::size_t r = 0; r < replications.size(); ++r) {
      values[r] = extract(replications[r], month, unit_index);
    }
    rows.push_back(SummaryRow{period, unit, name, summarise(values)});
  }
}

}  // namespace

Quantiles summarise(std::vector<double> values) {
  if (values.empty()) return {};
  std::sort(values.begin(), values.end());
  Quantiles q;
  q.mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
  q.p05 = percentile(values, 0.05);
  q.p50 = percentile(values, 0.50);
  q.p95 = percentile(values, 0.95);
  return q;
}

const std::vector<std::string>& monthly_programme_metrics() {
  static const std::vector<std::string> names = {"instroom",      "uitstroom", "uitstroom_werk",
                                                 "personen",      "vte",       "capaciteit_vte",
                                                 "open_plaatsen", "pool"};
  return names;
}

const std::vector<std::string>& jobseeker_metrics() {
  static const std::vector<std::string> names = {"nwwz", "naar_werk", "nieuw", "langdurig_2j"};
  return names;
}

const std::vector<std::string>& yearly_programme_metrics() {
  static const std::vector<std::string> names = {
      "bereik",        "B1",       "B2",     "C", "C_B1", "C_A", "instroom", "uitstroom",
      "personen_eind", "vte_eind", "rotatie"};
  return names;
}

std::vector<SummaryRow> monthly_programme_summary(const Scenario& scenario,
                                                  const std::vector<Trajectory>& replications) {
  const auto pm = [](const Trajectory& t, std::size_t m, int p) -> const ProgrammeMonth& {
    return t[m].programmes[p];
  };
  const std::vector<std::pair<std::string, Extract>> metrics = {
      {"instroom", [&](auto& t, auto m, int p) { return double(pm(t, m, p).instroom); }},
      {"uitstroom", [&](auto& t, auto m, int p) { return double(pm(t, m, p).uitstroom); }},
      {"uitstroom_werk",
       [&](auto& t, auto m, int p) { return double(pm(t, m, p).uitstroom_werk); }},
      {"personen", [&](auto& t, auto m, int p) { return double(pm(t, m, p).personen); }},
      {"vte", [&](auto& t, auto m, int p) { return vte(pm(t, m, p).vte_units); }},
      {"capaciteit_vte", [&](auto& t, auto m, int p) { return vte(pm(t, m, p).capacity_units); }},
      {"open_plaatsen",
       [&](auto& t, auto m, int p) {
         return vte(pm(t, m, p).capacity_units - pm(t, m, p).vte_units);
       }},
      {"pool", [&](auto& t, auto m, int p) { return double(pm(t, m, p).pool); }},
  };
  std::vector<SummaryRow> rows;
  for (int m = 0; m <= scenario.months; ++m) {
    const std::string period = scenario.start.plus(m).to_string();
    for (const Programme p : kAllProgrammes) {
      add_rows(rows, replications, period, static_cast<std::size_t>(m), std::string(code_of(p)),
               index_of(p), metrics);
    }
  }
  return rows;
}

std::vector<SummaryRow> jobseeker_summary(const Scenario& scenario,
                                          const std::vector<Trajectory>& replications) {
  const auto gm = [](const Trajectory& t, std::size_t m, int g) -> const GroupMonth& {
    return t[m].groups[g];
  };
  const std::vector<std::pair<std::string, Extract>> metrics = {
      {"nwwz", [&](auto& t, auto m, int g) { return double(gm(t, m, g).nwwz); }},
      {"naar_werk", [&](auto& t, auto m, int g) { return double(gm(t, m, g).naar_werk); }},
      {"nieuw", [&](auto& t, auto m, int g) { return double(gm(t, m, g).nieuw); }},
      {"langdurig_2j", [&](auto& t, auto m, int g) { return double(gm(t, m, g).langdurig_2j); }},
  };
  std::vector<SummaryRow> rows;
  for (int m = 0; m <= scenario.months; ++m) {
    const std::string period = scenario.start.plus(m).to_string();
    for (int g = 0; g < kGroupCount; ++g) {
      add_rows(rows, replications, period, static_cast<std::size_t>(m), std::string(kGroupCodes[g]),
               g, metrics);
    }
  }
  return rows;
}

namespace {

// One calendar year of one programme in one replication.
struct YearFigures {
  double stock_start = 0;
  double instroom = 0;
  double uitstroom = 0;
  double werk = 0;
  double personen_eind = 0;
  double vte_eind = 0;
};

YearFigures year_figures(const Trajectory& t, std::size_t first, std::size_t last, int p) {
  YearFigures y;
  // The stock at the start of the year is the stock at the end of the month before it;
  // for the first year, the start state.
  y.stock_start = static_cast<double>(t[first == 0 ? 0 : first - 1].programmes[p].personen);
  for (std::size_t m = std::max<std::size_t>(first, 1); m <= last; ++m) {
    y.instroom += static_cast<double>(t[m].programmes[p].instroom);
    y.uitstroom += static_cast<double>(t[m].programmes[p].uitstroom);
    y.werk += static_cast<double>(t[m].programmes[p].uitstroom_werk);
  }
  y.personen_eind = static_cast<double>(t[last].programmes[p].personen);
  y.vte_eind = vte(t[last].programmes[p].vte_units);
  return y;
}

}  // namespace

std::vector<SummaryRow> yearly_programme_summary(const Scenario& scenario,
                                                 const std::vector<Trajectory>& replications) {
  using YearMetric = std::function<double(const YearFigures&)>;
  const std::vector<std::pair<std::string, YearMetric>> metrics = {
      {"bereik", [](const YearFigures& y) { return y.stock_start + y.instroom; }},
      {"B1", [](const YearFigures& y) { return y.uitstroom; }},
      {"B2", [](const YearFigures& y) { return percent(y.uitstroom, y.stock_start + y.instroom); }},
      {"C", [](const YearFigures& y) { return y.werk; }},
      {"C_B1", [](const YearFigures& y) { return percent(y.werk, y.uitstroom); }},
      {"C_A", [](const YearFigures& y) { return percent(y.werk, y.stock_start + y.instroom); }},
      {"instroom", [](const YearFigures& y) { return y.instroom; }},
      {"uitstroom", [](const YearFigures& y) { return y.uitstroom; }},
      {"personen_eind", [](const YearFigures& y) { return y.personen_eind; }},
      {"vte_eind", [](const YearFigures& y) { return y.vte_eind; }},
      {"rotatie",
       [](const YearFigures& y) {
         return percent(std::min(y.instroom, y.uitstroom), y.stock_start);
       }},
  };
  std::vector<SummaryRow> rows;
  std::size_t first = 0;
  while (first <= static_cast<std::size_t>(scenario.months)) {
    const int year = scenario.start.plus(static_cast<int>(first)).year;
    std::size_t last = first;
    while (last + 1 <= static_cast<std::size_t>(scenario.months) &&
           scenario.start.plus(static_cast<int>(last + 1)).year == year) {
      ++last;
    }
    for (const Programme p : kAllProgrammes) {
      std::vector<double> values(replications.size());
      for (const auto& [name, metric] : metrics) {
        for (std::size_t r = 0; r < replications.size(); ++r) {
          values[r] = metric(year_figures(replications[r], first, last, index_of(p)));
        }
        rows.push_back(
            SummaryRow{std::to_string(year), std::string(code_of(p)), name, summarise(values)});
      }
    }
    first = last + 1;
  }
  return rows;
}

}  // namespace groeipad
