// The run store, read-only: the runs that `groeipad run` and `compare` recorded, listed
// and shown as the command line lists and shows them. Reading creates nothing.

#include <fmt/format.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <system_error>

#include "bindings.hpp"
#include "groeipad/store/run_store.hpp"
#include "groeipad/store/store_error.hpp"

namespace py = pybind11;

namespace groeipad::python {
namespace {

// As `groeipad runs`: a database that is not there is a wrong path, not an empty store.
store::RunStore open_for_reading(const std::filesystem::path& db) {
  std::error_code error;
  if (!std::filesystem::exists(db, error)) {
    throw store::StoreError(db, "no database there");
  }
  return store::RunStore::open_existing(db);
}

py::list list_runs(const std::filesystem::path& db) {
  py::list rows;
  for (const store::RunSummary& r : open_for_reading(db).list()) {
    py::dict row;
    row["id"] = r.id;
    row["kind"] = r.kind;
    row["scenario"] = r.scenario_name;
    row["started_utc"] = r.started_utc;
    row["replications"] = r.replications;
    row["seed"] = r.seed;
    row["wall_seconds"] = r.wall_seconds;
    row["agent_months_per_second"] = r.agent_months_per_second;
    row["engine_version"] = r.engine_version;
    row["git_commit"] = r.git_commit;
    rows.append(row);
  }
  return rows;
}

// The run's facts, and per table (period, unit, metric, mean, p05, p50, p95) rows.
py::dict show_run(const std::filesystem::path& db, std::int64_t id) {
  const std::optional<store::StoredRun> run = open_for_reading(db).show(id);
  if (!run) throw py::key_error(fmt::format("no run {} in {}", id, db.string()));
  py::dict facts;
  facts["id"] = id;
  facts["kind"] = run->kind;
  facts["scenario"] = run->scenario_name;
  facts["scenario_file"] = run->scenario_file;
  facts["scenario_text"] = run->scenario_text;
  facts["scenario_sha256"] = run->scenario_sha256;
  facts["parameters_file"] = run->parameters_file;
  facts["parameters_text"] = run->parameters_text;
  facts["parameters_sha256"] = run->parameters_sha256;
  facts["parameters_label"] = run->parameters_label;
  facts["seed"] = run->seed;
  facts["replications"] = run->replications;
  facts["threads"] = run->threads;
  facts["months"] = run->months;
  facts["start_month"] = run->start_month;
  facts["engine_version"] = run->engine_version;
  facts["git_commit"] = run->git_commit;
  facts["started_utc"] = run->started_utc;
  facts["finished_utc"] = run->finished_utc;
  facts["wall_seconds"] = run->wall_seconds;
  facts["agent_months"] = run->agent_months;
  py::dict tables;
  for (const store::StoredTable& table : run->tables) {
    py::list rows;
    for (const SummaryRow& r : table.rows) {
      rows.append(py::make_tuple(r.period, r.unit, r.metric, r.value.mean, r.value.p05, r.value.p50,
                                 r.value.p95));
    }
    tables[py::str(table.name)] = rows;
  }
  facts["tables"] = tables;
  return facts;
}

}  // namespace

void bind_store(py::module_& m) {
  m.def("default_database", &store::default_database);
  m.def("list_runs", &list_runs, py::arg("db"));
  m.def("show_run", &show_run, py::arg("db"), py::arg("id"));
}

}  // namespace groeipad::python
