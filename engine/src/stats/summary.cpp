#include "groeipad/stats/summary.hpp"

#include <algorithm>
#include <cmath>
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

// The calendar years of the horizon, each with its first and last month index.
struct YearSpan {
  int year;
  std::size_t first;
  std::size_t last;
};

std::vector<YearSpan> years_of(const Scenario& scenario) {
  std::vector<YearSpan> years;
  for (int m = 0; m <= scenario.months; ++m) {
    const int year = scenario.start.plus(m).year;
    if (years.empty() || years.back().year != year) {
      years.push_back({year, static_cast<std::size_t>(m), static_cast<std::size_t>(m)});
    } else {
      years.back().last = static_cast<std::size_t>(m);
    }
  }
  return years;
}

void monthly_values(const Trajectory& t, std::vector<double>& out) {
  for (const MonthRecord& month : t) {
    for (const ProgrammeMonth& p : month.programmes) {
      out.push_back(static_cast<double>(p.instroom));
      out.push_back(static_cast<double>(p.uitstroom));
      out.push_back(static_cast<double>(p.uitstroom_werk));
      out.push_back(static_cast<double>(p.personen));
      out.push_back(vte(p.vte_units));
      out.push_back(vte(p.capacity_units));
      out.push_back(vte(p.capacity_units - p.vte_units));
      out.push_back(static_cast<double>(p.pool));
    }
  }
}

void jobseeker_values(const Trajectory& t, std::vector<double>& out) {
  for (const MonthRecord& month : t) {
    for (const GroupMonth& g : month.groups) {
      out.push_back(static_cast<double>(g.nwwz));
      out.push_back(static_cast<double>(g.naar_werk));
      out.push_back(static_cast<double>(g.nieuw));
      out.push_back(static_cast<double>(g.langdurig_2j));
    }
  }
}

void yearly_values(const std::vector<YearSpan>& years, const Trajectory& t,
                   std::vector<double>& out) {
  for (const YearSpan& y : years) {
    for (int p = 0; p < kProgrammeCount; ++p) {
      // The stock at the start of the year is the stock at the end of the month before
      // it; for the first year, the start state.
      const auto stock =
          static_cast<double>(t[y.first == 0 ? 0 : y.first - 1].programmes[p].personen);
      double in = 0;
      double out_flow = 0;
      double work = 0;
      for (std::size_t m = std::max<std::size_t>(y.first, 1); m <= y.last; ++m) {
        in += static_cast<double>(t[m].programmes[p].instroom);
        out_flow += static_cast<double>(t[m].programmes[p].uitstroom);
        work += static_cast<double>(t[m].programmes[p].uitstroom_werk);
      }
      const double reach = stock + in;
      out.push_back(reach);
      out.push_back(out_flow);
      out.push_back(percent(out_flow, reach));
      out.push_back(work);
      out.push_back(percent(work, out_flow));
      out.push_back(percent(work, reach));
      out.push_back(in);
      out.push_back(out_flow);
      out.push_back(static_cast<double>(t[y.last].programmes[p].personen));
      out.push_back(vte(t[y.last].programmes[p].vte_units));
      out.push_back(percent(std::min(in, out_flow), stock));
    }
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

std::vector<RowKey> table_rows(const Scenario& scenario, Table table) {
  std::vector<RowKey> rows;
  if (table == Table::yearly) {
    for (const YearSpan& y : years_of(scenario)) {
      for (const Programme p : kAllProgrammes) {
        for (const std::string& metric : yearly_programme_metrics()) {
          rows.push_back({std::to_string(y.year), std::string(code_of(p)), metric});
        }
      }
    }
    return rows;
  }
  for (int m = 0; m <= scenario.months; ++m) {
    const std::string period = scenario.start.plus(m).to_string();
    if (table == Table::monthly) {
      for (const Programme p : kAllProgrammes) {
        for (const std::string& metric : monthly_programme_metrics()) {
          rows.push_back({period, std::string(code_of(p)), metric});
        }
      }
    } else {
      for (const std::string_view group : kGroupCodes) {
        for (const std::string& metric : jobseeker_metrics()) {
          rows.push_back({period, std::string(group), metric});
        }
      }
    }
  }
  return rows;
}

ValueTables tabulate(const Scenario& scenario, const Trajectory& trajectory) {
  ValueTables tables;
  monthly_values(trajectory, tables.values[static_cast<int>(Table::monthly)]);
  jobseeker_values(trajectory, tables.values[static_cast<int>(Table::jobseekers)]);
  yearly_values(years_of(scenario), trajectory, tables.values[static_cast<int>(Table::yearly)]);
  return tables;
}

Accumulator::Accumulator(const Scenario& scenario, int replications) : replications_(replications) {
  for (int t = 0; t < kTableCount; ++t) {
    rows_[t] = table_rows(scenario, static_cast<Table>(t));
    values_[t].assign(rows_[t].size() * static_cast<std::size_t>(replications), 0.0);
  }
}

void Accumulator::add(int replication, const ValueTables& tables) {
  const auto n = static_cast<std::size_t>(replications_);
  const auto r = static_cast<std::size_t>(replication);
  for (int t = 0; t < kTableCount; ++t) {
    const std::vector<double>& v = tables.values[t];
    for (std::size_t row = 0; row < v.size(); ++row) values_[t][row * n + r] = v[row];
  }
}

std::vector<double> Accumulator::row_values(Table table, std::size_t row) const {
  const auto n = static_cast<std::size_t>(replications_);
  const auto& v = values_[static_cast<int>(table)];
  return {v.begin() + static_cast<std::ptrdiff_t>(row * n),
          v.begin() + static_cast<std::ptrdiff_t>((row + 1) * n)};
}

std::vector<SummaryRow> Accumulator::summary(Table table) const {
  const auto& keys = rows(table);
  std::vector<SummaryRow> rows;
  rows.reserve(keys.size());
  for (std::size_t row = 0; row < keys.size(); ++row) {
    rows.push_back(
        {keys[row].period, keys[row].unit, keys[row].metric, summarise(row_values(table, row))});
  }
  return rows;
}

namespace {

std::vector<SummaryRow> summary_of(const Scenario& scenario,
                                   const std::vector<Trajectory>& replications, Table table) {
  Accumulator accumulator(scenario, static_cast<int>(replications.size()));
  for (std::size_t r = 0; r < replications.size(); ++r) {
    accumulator.add(static_cast<int>(r), tabulate(scenario, replications[r]));
  }
  return accumulator.summary(table);
}

}  // namespace

std::vector<SummaryRow> monthly_programme_summary(const Scenario& scenario,
                                                  const std::vector<Trajectory>& replications) {
  return summary_of(scenario, replications, Table::monthly);
}

std::vector<SummaryRow> jobseeker_summary(const Scenario& scenario,
                                          const std::vector<Trajectory>& replications) {
  return summary_of(scenario, replications, Table::jobseekers);
}

std::vector<SummaryRow> yearly_programme_summary(const Scenario& scenario,
                                                 const std::vector<Trajectory>& replications) {
  return summary_of(scenario, replications, Table::yearly);
}

}  // namespace groeipad
