#include <fmt/format.h>
#include <omp.h>

#include <charconv>
#include <chrono>
#include <cstdint>
#include <string>
#include <system_error>

#include "commands.hpp"
#include "groeipad/build_info.hpp"
#include "groeipad/io/scenario_reader.hpp"
#include "groeipad/output/csv.hpp"
#include "groeipad/output/manifest.hpp"
#include "groeipad/output/output_directory.hpp"
#include "groeipad/output/sha256.hpp"
#include "groeipad/simulation/simulation.hpp"
#include "groeipad/stats/summary.hpp"
#include "progress.hpp"
#include "run_summary.hpp"
#include "usage_error.hpp"

namespace groeipad::cli {
namespace {

// The seed as written on the command line, in the range of the scenario file's seed.
// CLI11 would read "-1" into an unsigned integer as 2^64-1, so the text is checked here.
std::uint64_t parse_seed(const std::string& text) {
  std::int64_t seed = -1;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, seed);
  if (error == std::errc{} && stop == end && seed >= 0) return static_cast<std::uint64_t>(seed);
  const bool integer = !text.empty() && stop == end &&
                       (error == std::errc{} || error == std::errc::result_out_of_range);
  throw UsageError(fmt::format("--seed: expected an integer in 0..{}, found {}", io::kMaxSeed,
                               integer ? text : fmt::format("{:?}", text)));
}

// Checks the command line's numbers the way the scenario reader checks the file's.
RunOptions options_for(const Scenario& scenario, const RunArguments& a) {
  RunOptions options;
  options.seed = a.seed ? parse_seed(*a.seed) : scenario.seed;
  options.replications = a.replications.value_or(scenario.replications);
  options.threads = a.threads.value_or(0);
  if (options.replications < 1 || options.replications > 100000) {
    throw UsageError(fmt::format("--replications: expected a count from 1 to 100000, found {}",
                                 options.replications));
  }
  if (options.threads < 0 || options.threads > 1024) {
    throw UsageError(fmt::format("--threads: expected 0 (all cores) to 1024 threads, found {}",
                                 options.threads));
  }
  return options;
}

// Before simulating, so that a run is not lost at the end for want of a place to write.
// A file where the directory should be is a mistake on the command line; any other
// place that cannot be written is an output error.
void check_output_location(const std::filesystem::path& out) {
  std::error_code error;
  if (std::filesystem::exists(out, error) && !std::filesystem::is_directory(out, error)) {
    throw UsageError(fmt::format("--out: expected a directory, found a file: {}", out.string()));
  }
  output::check_writable(out);
}

}  // namespace

int run_command(const RunArguments& arguments) {
  const io::ScenarioInput input = io::read_scenario_input(arguments.scenario);
  const Scenario& scenario = input.scenario;
  const RunOptions options = options_for(scenario, arguments);
  const std::filesystem::path out =
      arguments.out.value_or(std::filesystem::path("out") / scenario.name);
  check_output_location(out);

  output::RunFacts facts;
  facts.scenario_file = arguments.scenario;
  // Of the bytes just read and parsed: the files may change while the run goes on.
  facts.scenario_digest = output::sha256_hex(input.scenario_bytes);
  facts.parameters_digest = output::sha256_hex(input.parameters_bytes);

  const auto started = std::chrono::steady_clock::now();
  RunResult result;
  {
    ProgressLine progress(!arguments.quiet);
    result = run(scenario, options,
                 [&](std::int64_t done, std::int64_t total) { progress.update(done, total); });
  }
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  const auto monthly = monthly_programme_summary(scenario, result.replications);
  const auto jobseekers = jobseeker_summary(scenario, result.replications);
  const auto yearly = yearly_programme_summary(scenario, result.replications);

  facts.options = options;
  facts.threads_used = options.threads > 0 ? options.threads : omp_get_max_threads();
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
  return 0;
}

}  // namespace groeipad::cli
