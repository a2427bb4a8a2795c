// run(): the engine on a scenario with the GIL released, its summary tables in the long
// format of monthly.csv, jobseekers.csv and yearly.csv, the replications' values as NumPy
// arrays over the engine's own memory, and the result files written as the command line
// writes them.

#include <fmt/format.h>
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <chrono>
#include <climits>
#include <filesystem>
#include <utility>
#include <vector>

#include "bindings.hpp"
#include "groeipad/build_info.hpp"
#include "groeipad/output/csv.hpp"
#include "groeipad/output/manifest.hpp"
#include "groeipad/output/output_directory.hpp"
#include "groeipad/output/sha256.hpp"
#include "run_outcome.hpp"

namespace py = pybind11;

namespace groeipad::python {

RunOptions checked_options(const Scenario& scenario, const py::object& seed,
                           std::optional<int> replications, int threads) {
  RunOptions options;
  options.seed = scenario.seed;
  if (!seed.is_none()) {
    if (!PyLong_Check(seed.ptr()) || PyBool_Check(seed.ptr())) {
      throw py::type_error(
          fmt::format("seed: expected an integer in 0..{}, found {}", io::kMaxSeed,
                      std::string(py::str(py::type::handle_of(seed).attr("__name__")))));
    }
    int overflow = 0;
    const long long value = PyLong_AsLongLongAndOverflow(seed.ptr(), &overflow);
    if (overflow != 0 || value < 0) {
      throw py::value_error(fmt::format("seed: expected an integer in 0..{}, found {}",
                                        io::kMaxSeed, std::string(py::str(seed))));
    }
    options.seed = static_cast<std::uint64_t>(value);
  }
  options.replications = replications.value_or(scenario.replications);
  options.threads = threads;
  if (options.replications < 1 || options.replications > 100000) {
    throw py::value_error(fmt::format("replications: expected a count from 1 to 100000, found {}",
                                      options.replications));
  }
  if (options.threads < 0 || options.threads > 1024) {
    throw py::value_error(
        fmt::format("threads: expected 0 (all cores) to 1024 threads, found {}", options.threads));
  }
  return options;
}

std::shared_ptr<RunOutcome> run_outcome(std::shared_ptr<io::ScenarioInput> input,
                                        const RunOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  RunResult result = run(input->scenario, options);
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return std::make_shared<RunOutcome>(
      RunOutcome{std::move(input), options, std::move(result), wall});
}

Table table_named(const std::string& name) {
  if (name == "monthly") return Table::monthly;
  if (name == "jobseekers") return Table::jobseekers;
  if (name == "yearly") return Table::yearly;
  throw py::value_error(
      fmt::format("table: expected monthly, jobseekers or yearly, found \"{}\"", name));
}

namespace {

// (periods, units, metrics, [mean, p05, p50, p95] per row): the columns of a summary
// file, for the package to put in a DataFrame.
py::tuple summary_columns(const RunOutcome& outcome, const std::string& name) {
  const std::vector<SummaryRow> rows = [&] {
    py::gil_scoped_release release;  // sorting the replications of every row
    return outcome.result.tables.summary(table_named(name));
  }();
  py::list periods(rows.size());
  py::list units(rows.size());
  py::list metrics(rows.size());
  py::array_t<double> stats({static_cast<py::ssize_t>(rows.size()), py::ssize_t{4}});
  auto out = stats.mutable_unchecked<2>();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const SummaryRow& row = rows[i];
    periods[i] = row.period;
    units[i] = row.unit;
    metrics[i] = row.metric;
    const auto r = static_cast<py::ssize_t>(i);
    out(r, 0) = row.value.mean;
    out(r, 1) = row.value.p05;
    out(r, 2) = row.value.p50;
    out(r, 3) = row.value.p95;
  }
  return py::make_tuple(periods, units, metrics, stats);
}

// Rows by replications, read-only, over the run's own vector: the array keeps the Python
// object of the run (and so the vector) alive as its base.
py::array values(const py::object& self, const std::string& name) {
  const auto& outcome = self.cast<const RunOutcome&>();
  const Table table = table_named(name);
  const std::vector<double>& data = outcome.result.tables.values(table);
  const auto rows = static_cast<py::ssize_t>(outcome.result.tables.rows(table).size());
  const auto replications = static_cast<py::ssize_t>(outcome.result.tables.replications());
  py::array_t<double> array(
      {rows, replications},
      {replications * py::ssize_t{sizeof(double)}, py::ssize_t{sizeof(double)}}, data.data(), self);
  array.attr("setflags")(py::arg("write") = false);
  return array;
}

// monthly.csv, jobseekers.csv, yearly.csv and manifest.json, as `groeipad run --out`
// writes them (byte for byte, but the manifest's wall time).
void write(const RunOutcome& outcome, const std::filesystem::path& out) {
  const io::ScenarioInput& input = *outcome.input;
  output::RunFacts facts;
  facts.scenario_file = input.scenario_file;
  facts.scenario_digest = output::sha256_hex(input.scenario_bytes);
  facts.parameters_digest = output::sha256_hex(input.parameters_bytes);
  facts.options = outcome.options;
  facts.threads_used = outcome.result.threads;
  facts.engine_version = build_info::version;
  facts.git_commit = build_info::git_commit;
  facts.wall_seconds = outcome.wall_seconds;
  facts.agent_months = outcome.result.agent_months;
  py::gil_scoped_release release;
  output::check_writable(out);
  const Accumulator& tables = outcome.result.tables;
  output::OutputDirectory directory(out);
  directory.add("monthly.csv",
                output::summary_csv("month", "programme", tables.summary(Table::monthly)));
  directory.add("jobseekers.csv",
                output::summary_csv("month", "group", tables.summary(Table::jobseekers)));
  directory.add("yearly.csv",
                output::summary_csv("year", "programme", tables.summary(Table::yearly)));
  directory.add("manifest.json", output::manifest_json(input.scenario, facts));
  directory.commit();
}

}  // namespace

void bind_run(py::module_& m) {
  py::class_<RunOutcome, std::shared_ptr<RunOutcome>>(m, "RunOutcome")
      .def_property_readonly("scenario", [](const RunOutcome& o) { return o.input; })
      .def_property_readonly("seed", [](const RunOutcome& o) { return o.options.seed; })
      .def_property_readonly("replications",
                             [](const RunOutcome& o) { return o.options.replications; })
      .def_property_readonly("threads", [](const RunOutcome& o) { return o.result.threads; })
      .def_property_readonly("agent_months",
                             [](const RunOutcome& o) { return o.result.agent_months; })
      .def_property_readonly("wall_seconds", [](const RunOutcome& o) { return o.wall_seconds; })
      .def("summary_columns", &summary_columns, py::arg("table"))
      .def("values", &values, py::arg("table"))
      .def("write", &write, py::arg("out"));

  m.def(
      "run",
      [](std::shared_ptr<io::ScenarioInput> input, const py::object& seed,
         std::optional<int> replications, int threads) {
        const RunOptions options = checked_options(input->scenario, seed, replications, threads);
        py::gil_scoped_release release;
        return run_outcome(std::move(input), options);
      },
      py::arg("scenario"), py::arg("seed") = py::none(), py::arg("replications") = py::none(),
      py::arg("threads") = 0);
}

}  // namespace groeipad::python
