#include "run_record.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <utility>

namespace groeipad::cli {

std::string utc_timestamp(std::chrono::system_clock::time_point time) {
  // fmt::gmtime: UTC whatever the time zone of the machine.
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}",
                     fmt::gmtime(std::chrono::system_clock::to_time_t(time)));
}

store::StoredRun stored_run(const io::ScenarioInput& input, const output::RunFacts& facts,
                            const RunTimes& times, std::vector<store::StoredTable> tables) {
  const Scenario& scenario = input.scenario;
  store::StoredRun run;
  run.kind = "run";
  run.scenario_name = scenario.name;
  run.scenario_file = facts.scenario_file.string();
  run.scenario_text = input.scenario_bytes;
  run.scenario_sha256 = facts.scenario_digest;
  run.parameters_file = scenario.parameters_file.string();
  run.parameters_text = input.parameters_bytes;
  run.parameters_sha256 = facts.parameters_digest;
  run.parameters_label = scenario.parameters.label;
  run.seed = facts.options.seed;
  run.replications = facts.options.replications;
  run.threads = facts.threads_used;
  run.months = scenario.months;
  run.start_month = scenario.start.to_string();
  run.engine_version = facts.engine_version;
  run.git_commit = facts.git_commit;
  run.started_utc = utc_timestamp(times.started);
  run.finished_utc = utc_timestamp(times.finished);
  run.wall_seconds = facts.wall_seconds;
  run.agent_months = facts.agent_months;
  run.tables = std::move(tables);
  return run;
}

}  // namespace groeipad::cli
