// compare(): the base and each alternative run with the same seeds (common random
// numbers), the paired differences in the long format of compare.csv and
// compare_yearly.csv, and the horizon effects the command line prints.

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "bindings.hpp"
#include "groeipad/io/comparable.hpp"
#include "groeipad/output/compare_csv.hpp"
#include "groeipad/output/output_directory.hpp"
#include "groeipad/stats/comparison.hpp"
#include "run_outcome.hpp"

namespace py = pybind11;

namespace groeipad::python {
namespace {

using ScenarioPtr = std::shared_ptr<io::ScenarioInput>;

struct CompareOutcome {
  std::vector<std::shared_ptr<RunOutcome>> runs;  // the base first, then the alternatives
  output::ComparedTables monthly;
  output::ComparedTables yearly;
  std::vector<HorizonEffects> effects;  // per alternative
};

// Without the GIL: touches no Python object.
std::shared_ptr<CompareOutcome> compare(const ScenarioPtr& base,
                                        const std::vector<ScenarioPtr>& alternatives,
                                        const RunOptions& options) {
  auto out = std::make_shared<CompareOutcome>();
  out->runs.push_back(run_outcome(base, options));
  const RunResult& base_result = out->runs.front()->result;
  for (const ScenarioPtr& alt : alternatives) {
    out->runs.push_back(run_outcome(alt, options));
    const RunResult& alt_result = out->runs.back()->result;
    const std::string& name = alt->scenario.name;
    out->monthly.emplace_back(name,
                              compare_table(base_result.tables, alt_result.tables, Table::monthly));
    out->yearly.emplace_back(name,
                             compare_table(base_result.tables, alt_result.tables, Table::yearly));
    out->effects.push_back(
        horizon_effects(base_result.tables, alt_result.tables, vte_costs(alt->scenario)));
  }
  return out;
}

// (scenarios, periods, units, metrics, [base_mean, alt_mean, diff_mean, diff_p05,
// diff_p95] per row), in the order of compare.csv.
py::tuple compared_columns(const CompareOutcome& outcome, const std::string& name) {
  const Table table = table_named(name);
  if (table == Table::jobseekers) {
    throw py::value_error("table: expected monthly or yearly, found \"jobseekers\"");
  }
  const output::ComparedTables& tables = table == Table::monthly ? outcome.monthly : outcome.yearly;
  py::list scenarios;
  py::list periods;
  py::list units;
  py::list metrics;
  std::size_t count = 0;
  for (const auto& entry : tables) count += entry.second.size();
  py::array_t<double> stats({static_cast<py::ssize_t>(count), py::ssize_t{5}});
  auto out = stats.mutable_unchecked<2>();
  py::ssize_t i = 0;
  for (const auto& [scenario, rows] : tables) {
    const py::str name_of(scenario);
    for (const ComparisonRow& row : rows) {
      scenarios.append(name_of);
      periods.append(row.period);
      units.append(row.unit);
      metrics.append(row.metric);
      out(i, 0) = row.base_mean;
      out(i, 1) = row.alt_mean;
      out(i, 2) = row.difference.mean;
      out(i, 3) = row.difference.p05;
      out(i, 4) = row.difference.p95;
      ++i;
    }
  }
  return py::make_tuple(scenarios, periods, units, metrics, stats);
}

// One (scenario, measure, mean, p05, p95) per alternative and measure; an undefined cost
// per extra person to work (the replications disagree on its sign) is NaN.
py::list effects(const CompareOutcome& outcome) {
  py::list rows;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (std::size_t a = 0; a < outcome.effects.size(); ++a) {
    const HorizonEffects& e = outcome.effects[a];
    const std::string& name = outcome.runs[a + 1]->input->scenario.name;
    const auto add = [&](const char* measure, const Quantiles& q, bool defined) {
      rows.append(py::make_tuple(name, measure, defined ? q.mean : nan, defined ? q.p05 : nan,
                                 defined ? q.p95 : nan));
    };
    add("vte_years", e.vte_years, true);
    add("persons_reached", e.persons_reached, true);
    add("outflow_to_work", e.outflow_to_work, true);
    add("cost_eur", e.cost_eur, true);
    add("cost_per_work_eur", e.cost_per_work_eur, e.cost_per_work_defined);
  }
  return rows;
}

// compare.csv and compare_yearly.csv, as `groeipad compare --out` writes them.
void write(const CompareOutcome& outcome, const std::filesystem::path& out) {
  py::gil_scoped_release release;
  output::check_writable(out);
  output::OutputDirectory directory(out);
  directory.add("compare.csv", output::compare_csv("month", outcome.monthly));
  directory.add("compare_yearly.csv", output::compare_csv("year", outcome.yearly));
  directory.commit();
}

}  // namespace

void bind_compare(py::module_& m) {
  py::class_<CompareOutcome, std::shared_ptr<CompareOutcome>>(m, "CompareOutcome")
      .def_property_readonly("runs", [](const CompareOutcome& o) { return o.runs; })
      .def("compared_columns", &compared_columns, py::arg("table"))
      .def("effects", &effects)
      .def("write", &write, py::arg("out"));

  m.def(
      "compare",
      [](const ScenarioPtr& base, const std::vector<ScenarioPtr>& alternatives,
         const py::object& seed, std::optional<int> replications, int threads) {
        // Every scenario is checked before anything runs, as on the command line.
        for (const ScenarioPtr& alt : alternatives) {
          io::check_comparable(base->scenario, alt->scenario_file, alt->scenario);
        }
        const RunOptions options = checked_options(base->scenario, seed, replications, threads);
        py::gil_scoped_release release;
        return compare(base, alternatives, options);
      },
      py::arg("base"), py::arg("alternatives"), py::arg("seed") = py::none(),
      py::arg("replications") = py::none(), py::arg("threads") = 0);
}

}  // namespace groeipad::python
