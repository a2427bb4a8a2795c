// Reading runs back: the list of runs, and one run with its summary tables.

#include <cstdint>
#include <string>
#include <string_view>

#include "groeipad/store/run_store.hpp"
#include "sqlite.hpp"
#include "statistics.hpp"

namespace groeipad::store {

using detail::Statement;

namespace {

constexpr std::string_view kList = R"sql(
SELECT id, kind, scenario_name, started_utc, replications, seed, wall_seconds, agent_months,
       engine_version, git_commit
FROM runs
ORDER BY id DESC
)sql";

constexpr std::string_view kRun = R"sql(
SELECT kind, scenario_name, scenario_file, scenario_text, scenario_sha256,
       parameters_file, parameters_text, parameters_sha256, parameters_label,
       seed, replications, threads, months, start_month, engine_version, git_commit,
       started_utc, finished_utc, wall_seconds, agent_months
FROM runs
WHERE id = ?1
)sql";

// rowid is the order of recording: the tables and their rows come back as recorded.
constexpr std::string_view kValues = R"sql(
SELECT table_name, period, unit, metric, stat, value
FROM run_values
WHERE run_id = ?1
ORDER BY rowid
)sql";

int small_integer(const Statement& s, int column) { return static_cast<int>(s.integer(column)); }

StoredRun run_from(const Statement& s) {
  StoredRun run;
  run.kind = s.text(0);
  run.scenario_name = s.text(1);
  run.scenario_file = s.text(2);
  run.scenario_text = s.text(3);
  run.scenario_sha256 = s.text(4);
  run.parameters_file = s.text(5);
  run.parameters_text = s.text(6);
  run.parameters_sha256 = s.text(7);
  run.parameters_label = s.text(8);
  run.seed = static_cast<std::uint64_t>(s.integer(9));
  run.replications = small_integer(s, 10);
  run.threads = small_integer(s, 11);
  run.months = small_integer(s, 12);
  run.start_month = s.text(13);
  run.engine_version = s.text(14);
  run.git_commit = s.text(15);
  run.started_utc = s.text(16);
  run.finished_utc = s.text(17);
  run.wall_seconds = s.real(18);
  run.agent_months = s.integer(19);
  return run;
}

StoredTable& table_named(StoredRun& run, const std::string& name) {
  if (run.tables.empty() || run.tables.back().name != name) {
    for (StoredTable& table : run.tables) {
      if (table.name == name) return table;
    }
    run.tables.push_back(StoredTable{name, {}});
  }
  return run.tables.back();
}

}  // namespace

std::vector<RunSummary> RunStore::list() const {
  std::vector<RunSummary> runs;
  Statement query(*db_, kList);
  while (query.step()) {
    RunSummary r;
    r.id = query.integer(0);
    r.kind = query.text(1);
    r.scenario_name = query.text(2);
    r.started_utc = query.text(3);
    r.replications = small_integer(query, 4);
    r.seed = static_cast<std::uint64_t>(query.integer(5));
    r.wall_seconds = query.real(6);
    const auto agent_months = static_cast<double>(query.integer(7));
    r.agent_months_per_second = r.wall_seconds > 0 ? agent_months / r.wall_seconds : 0.0;
    r.engine_version = query.text(8);
    r.git_commit = query.text(9);
    runs.push_back(std::move(r));
  }
  return runs;
}

std::optional<StoredRun> RunStore::show(std::int64_t id) const {
  // The run and its values from the same state of the file.
  const detail::ReadTransaction transaction(*db_);

  Statement query(*db_, kRun);
  query.bind(1, id);
  if (!query.step()) return std::nullopt;
  StoredRun run = run_from(query);

  Statement values(*db_, kValues);
  values.bind(1, id);
  while (values.step()) {
    double Quantiles::*const field = detail::quantile_field(values.text(4));
    if (field == nullptr) continue;
    StoredTable& table = table_named(run, values.text(0));
    std::string period = values.text(1);
    std::string unit = values.text(2);
    std::string metric = values.text(3);
    // The four statistics of a row are recorded one after the other.
    if (table.rows.empty() || table.rows.back().period != period ||
        table.rows.back().unit != unit || table.rows.back().metric != metric) {
      table.rows.push_back(SummaryRow{std::move(period), std::move(unit), std::move(metric), {}});
    }
    table.rows.back().value.*field = values.real(5);
  }
  return run;
}

}  // namespace groeipad::store
