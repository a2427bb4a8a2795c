#include "groeipad/stats/comparison.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace groeipad {
namespace {

double mean_of(const std::vector<double>& v) {
  return v.empty() ? 0 : std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

void check_paired(const Accumulator& base, const Accumulator& alt, Table table) {
  if (base.replications() != alt.replications() ||
      base.rows(table).size() != alt.rows(table).size()) {
    throw std::invalid_argument("compared runs differ in replications or horizon");
  }
}

}  // namespace

std::vector<ComparisonRow> compare_table(const Accumulator& base, const Accumulator& alt,
                                         Table table) {
  check_paired(base, alt, table);
  const auto& keys = base.rows(table);
  std::vector<ComparisonRow> rows;
  rows.reserve(keys.size());
  std::vector<double> difference;
  for (std::size_t row = 0; row < keys.size(); ++row) {
    const std::vector<double> b = base.row_values(table, row);
    const std::vector<double> a = alt.row_values(table, row);
    difference.resize(b.size());
    for (std::size_t r = 0; r < b.size(); ++r) difference[r] = a[r] - b[r];
    rows.push_back({keys[row].period, keys[row].unit, keys[row].metric, mean_of(b), mean_of(a),
                    summarise(difference)});
  }
  return rows;
}

VteCosts vte_costs(const Scenario& scenario) {
  VteCosts costs;
  for (const Programme p : kAllProgrammes) {
    costs.cost.push_back(scenario.cost_per_vte_eur(p));
    costs.growth_cost.push_back(scenario.growth_cost_per_vte_eur(p));
  }
  return costs;
}

HorizonEffects horizon_effects(const Accumulator& base, const Accumulator& alt,
                               const VteCosts& costs) {
  check_paired(base, alt, Table::monthly);
  const auto n = static_cast<std::size_t>(base.replications());
  std::vector<double> vte_years(n, 0);
  std::vector<double> reached(n, 0);
  std::vector<double> work(n, 0);
  std::vector<double> cost(n, 0);
  const auto& keys = base.rows(Table::monthly);
  const std::string& start = keys.front().period;
  for (std::size_t row = 0; row < keys.size(); ++row) {
    const RowKey& key = keys[row];
    if (key.period == start) continue;  // the start month: the same state, no flows
    const auto programme = programme_from_code(key.unit);
    const auto p = programme ? static_cast<std::size_t>(index_of(*programme)) : 0;
    std::vector<double>* into = nullptr;
    double weight = 1;
    if (key.metric == "vte") {
      into = &vte_years;
      weight = 1.0 / 12;
    } else if (key.metric == "instroom") {
      into = &reached;
    } else if (key.metric == "uitstroom_werk") {
      into = &work;
    } else if (key.metric == "capaciteit_vte" && programme) {
      into = &cost;
    } else {
      continue;
    }
    const std::vector<double> b = base.row_values(Table::monthly, row);
    const std::vector<double> a = alt.row_values(Table::monthly, row);
    for (std::size_t r = 0; r < n; ++r) {
      const double difference = a[r] - b[r];
      if (into == &cost) {
        const double yearly = difference > 0 ? costs.growth_cost.at(p) : costs.cost.at(p);
        weight = yearly / 12;
      }
      (*into)[r] += weight * difference;
    }
  }
  HorizonEffects effects;
  effects.vte_years = summarise(vte_years);
  effects.persons_reached = summarise(reached);
  effects.outflow_to_work = summarise(work);
  effects.cost_eur = summarise(cost);
  // Defined when every replication moves the outflow to work the same way: more (cost per
  // extra leaver to work) or, for a cut, fewer (money saved per leaver to work lost).
  std::vector<double> per_work(n, 0);
  const bool more = n > 0 && work[0] > 0;
  for (std::size_t r = 0; r < n; ++r) {
    if (work[r] == 0 || (work[r] > 0) != more) {
      effects.cost_per_work_defined = false;
      break;
    }
    per_work[r] = cost[r] / work[r];
  }
  if (effects.cost_per_work_defined) effects.cost_per_work_eur = summarise(per_work);
  return effects;
}

}  // namespace groeipad
