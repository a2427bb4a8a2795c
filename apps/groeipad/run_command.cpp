#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "commands.hpp"
#include "groeipad/build_info.hpp"
#include "groeipad/io/scenario_reader.hpp"
#include "groeipad/output/csv.hpp"
#include "groeipad/output/manifest.hpp"
#include "groeipad/output/output_directory.hpp"
#include "groeipad/output/sha256.hpp"
#include "groeipad/simulation/simulation.hpp"
#include "groeipad/stats/summary.hpp"
#include "groeipad/store/run_store.hpp"
#include "progress.hpp"
#include "run_options.hpp"
#include "run_record.hpp"
#include "run_summary.hpp"
#include "usage_error.hpp"

namespace groeipad::cli {

int run_command(const RunArguments& arguments) {
  const io::ScenarioInput input = io::read_scenario_input(arguments.scenario);
  const Scenario& scenario = input.scenario;
  const RunOptions options = options_for(scenario, arguments);
  const std::filesystem::path out =
      arguments.out.value_or(std::filesystem::path("out") / scenario.name);
  check_output_location(out);
  std::optional<store::RunStore> run_store = open_run_store(arguments);

  output::RunFacts facts;
  facts.scenario_file = arguments.scenario;
  // Of the bytes just read and parsed: the files may change while the run goes on.
  facts.scenario_digest = output::sha256_hex(input.scenario_bytes);
  facts.parameters_digest = output::sha256_hex(input.parameters_bytes);

  const auto started_utc = std::chrono::system_clock::now();
  const auto started = std::chrono::steady_clock::now();
  const RunResult result = [&] {
    ProgressLine progress(!arguments.quiet);
    return run(scenario, options,
               [&](std::int64_t done, std::int64_t total) { progress.update(done, total); });
  }();
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const RunTimes times{started_utc, std::chrono::system_clock::now()};

  const auto monthly = result.tables.summary(Table::monthly);
  const auto jobseekers = result.tables.summary(Table::jobseekers);
  const auto yearly = result.tables.summary(Table::yearly);

  facts.options = options;
  facts.threads_used = result.threads;
  facts.engine_version = build_info::version;
  facts.git_commit = build_info::git_commit;
  facts.wall_seconds = wall;
  facts.agent_months = result.agent_months;

  output::OutputDirectory directory(out);
  directory.add("monthly.csv", output::summary_csv("month", "programme", monthly));
  directory.add("jobseekers.csv", output::summary_csv("month", "group", jobseekers));
  directory.add("yearly.csv", output::summary_csv("year", "programme", yearly));
  directory.add("manifest.json", output::manifest_json(scenario, facts));
  directory.commit();

  fmt::print("{}", run_summary(scenario, options.replications, yearly, jobseekers));
  fmt::print("\nresults in {}/ ({:.2f} s, {:.3g} agent-months per second)\n", out.string(), wall,
             wall > 0 ? static_cast<double>(result.agent_months) / wall : 0.0);

  if (run_store) {
    std::vector<store::StoredTable> tables = {
        {"monthly", monthly}, {"jobseekers", jobseekers}, {"yearly", yearly}};
    const std::int64_t id = run_store->record(stored_run(input, facts, times, std::move(tables)));
    fmt::print("recorded as run {} in {}\n", id, run_store->path().string());
  }
  return 0;
}

}  // namespace groeipad::cli
