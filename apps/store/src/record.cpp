// Recording a run: its row in `runs`, then its summary tables in `run_values`, in one
// transaction, with statements prepared once and bound per row.

#include <cstdint>
#include <string_view>

#include "groeipad/store/run_store.hpp"
#include "groeipad/store/store_error.hpp"
#include "sqlite.hpp"
#include "statistics.hpp"

namespace groeipad::store {

using detail::Statement;

namespace {

constexpr std::string_view kInsertRun = R"sql(
INSERT INTO runs (kind, scenario_name, scenario_file, scenario_text, scenario_sha256,
                  parameters_file, parameters_text, parameters_sha256, parameters_label,
                  seed, replications, threads, months, start_month, engine_version, git_commit,
                  started_utc, finished_utc, wall_seconds, agent_months)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)
)sql";

constexpr std::string_view kInsertValue = R"sql(
INSERT INTO run_values (run_id, table_name, period, unit, metric, stat, value)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
)sql";

void bind_run(Statement& s, const StoredRun& run) {
  // A seed beyond the signed range would wrap to a negative number, which the
  // table's CHECK refuses: no seed is stored other than it was.
  s.bind(1, run.kind).bind(2, run.scenario_name).bind(3, run.scenario_file);
  s.bind(4, run.scenario_text).bind(5, run.scenario_sha256).bind(6, run.parameters_file);
  s.bind(7, run.parameters_text).bind(8, run.parameters_sha256).bind(9, run.parameters_label);
  s.bind(10, static_cast<std::int64_t>(run.seed)).bind(11, std::int64_t{run.replications});
  s.bind(12, std::int64_t{run.threads}).bind(13, std::int64_t{run.months});
  s.bind(14, run.start_month).bind(15, run.engine_version).bind(16, run.git_commit);
  s.bind(17, run.started_utc).bind(18, run.finished_utc).bind(19, run.wall_seconds);
  s.bind(20, run.agent_months);
}

}  // namespace

std::int64_t RunStore::record(const StoredRun& run) {
  detail::WriteTransaction transaction(*db_);
  Statement insert_run(*db_, kInsertRun);
  bind_run(insert_run, run);
  insert_run.run();
  const std::int64_t id = sqlite3_last_insert_rowid(db_->handle());

  Statement insert_value(*db_, kInsertValue);
  insert_value.bind(1, id);
  for (const StoredTable& table : run.tables) {
    insert_value.bind(2, table.name);
    for (const SummaryRow& row : table.rows) {
      insert_value.bind(3, row.period).bind(4, row.unit).bind(5, row.metric);
      for (const auto& [stat, field] : detail::kStatistics) {
        insert_value.bind(6, stat).bind(7, row.value.*field).run();
      }
    }
  }
  transaction.commit();
  return id;
}

}  // namespace groeipad::store
