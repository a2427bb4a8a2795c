#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "commands.hpp"
#include "groeipad/build_info.hpp"
#include "groeipad/io/scenario_reader.hpp"
#include "groeipad/output/checkpoint.hpp"
#include "groeipad/output/csv.hpp"
#include "groeipad/output/manifest.hpp"
#include "groeipad/output/output_directory.hpp"
#include "groeipad/output/sha256.hpp"
#include "groeipad/simulation/memory.hpp"
#include "groeipad/simulation/simulation.hpp"
#include "groeipad/stats/summary.hpp"
#include "groeipad/store/run_store.hpp"
#include "memory_limit.hpp"
#include "progress.hpp"
#include "run_checkpoint.hpp"
#include "run_options.hpp"
#include "run_record.hpp"
#include "run_summary.hpp"
#include "usage_error.hpp"

namespace groeipad::cli {
namespace {

// For the tests of the checks only: GROEIPAD_TEST_FAULT=REPLICATION:MONTH breaks that
// replication's bookkeeping in that month, so that the run must stop with exit code 3.
std::optional<InjectedFault> injected_fault() {
  const char* text = std::getenv("GROEIPAD_TEST_FAULT");
  if (text == nullptr || *text == '\0') return std::nullopt;
  const std::string_view value = text;
  InjectedFault fault;
  const char* end = value.data() + value.size();
  const auto [colon, e1] = std::from_chars(value.data(), end, fault.replication);
  if (e1 != std::errc{} || colon == end || *colon != ':') {
    throw UsageError("GROEIPAD_TEST_FAULT: expected REPLICATION:MONTH");
  }
  const auto [stop, e2] = std::from_chars(colon + 1, end, fault.month);
  if (e2 != std::errc{} || stop != end || fault.month < 1) {
    throw UsageError("GROEIPAD_TEST_FAULT: expected REPLICATION:MONTH");
  }
  return fault;
}

}  // namespace

int run_command(const RunArguments& arguments) {
  const io::ScenarioInput input = io::read_scenario_input(arguments.scenario);
  const Scenario& scenario = input.scenario;
  RunOptions options = options_for(scenario, arguments);
  options.check = arguments.check;
  options.fault = injected_fault();

  const MemoryEstimate memory = estimate_memory(scenario, options);
  const AvailableMemory available = memory_for(arguments.max_memory_gib);
  if (arguments.dry_run) {
    fmt::print("{}", dry_run_report(scenario, memory, available));
    refuse_beyond(memory, available);
    return 0;
  }
  refuse_beyond(memory, available);

  const std::filesystem::path out =
      arguments.out.value_or(std::filesystem::path("out") / scenario.name);
  check_output_location(out);
  output::Checkpoint checkpoint(output::checkpoint_path(out), run_identity(input, options),
                                scenario.months);
  check_checkpoint(checkpoint, arguments.resume);
  std::optional<store::RunStore> run_store = open_run_store(arguments);
  checkpoint.open();

  output::RunFacts facts;
  facts.scenario_file = arguments.scenario;
  // Of the bytes just read and parsed: the files may change while the run goes on.
  facts.scenario_digest = output::sha256_hex(input.scenario_bytes);
  facts.parameters_digest = output::sha256_hex(input.parameters_bytes);

  const auto started_utc = run_started(checkpoint);
  const auto started = std::chrono::steady_clock::now();
  const RunResult result = [&] {
    ProgressLine progress(!arguments.quiet);
    return run(
        scenario, options,
        [&](std::int64_t done, std::int64_t total) { progress.update(done, total); }, checkpoint);
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
  facts.simulated_agent_months = result.simulated_agent_months;

  output::OutputDirectory directory(out);
  directory.add("monthly.csv", output::summary_csv("month", "programme", monthly));
  directory.add("jobseekers.csv", output::summary_csv("month", "group", jobseekers));
  directory.add("yearly.csv", output::summary_csv("year", "programme", yearly));
  directory.add("manifest.json", output::manifest_json(scenario, facts));
  directory.commit();

  fmt::print("{}", run_summary(scenario, options.replications, yearly, jobseekers));
  if (result.resumed > 0) {
    fmt::print("\nresumed: {} of {} replications from {}\n", result.resumed, options.replications,
               checkpoint.path().string());
  }
  fmt::print("\nresults in {}/ ({:.2f} s, {:.3g} agent-months per second)\n", out.string(), wall,
             wall > 0 ? static_cast<double>(result.simulated_agent_months) / wall : 0.0);

  if (run_store) {
    std::vector<store::StoredTable> tables = {
        {"monthly", monthly}, {"jobseekers", jobseekers}, {"yearly", yearly}};
    // The store keeps the speed of what this process simulated.
    output::RunFacts stored_facts = facts;
    stored_facts.agent_months = result.simulated_agent_months;
    std::int64_t id = 0;
    const bool recorded = record_once(
        checkpoint, *run_store, stored_run(input, stored_facts, times, std::move(tables)), id);
    fmt::print("{} run {} in {}\n", recorded ? "recorded as" : "already recorded as", id,
               run_store->path().string());
  }
  checkpoint.remove();
  return 0;
}

}  // namespace groeipad::cli
