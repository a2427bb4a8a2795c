#include <fmt/format.h>
#include <omp.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "commands.hpp"
#include "groeipad/build_info.hpp"
#include "groeipad/io/input_error.hpp"
#include "groeipad/io/scenario_reader.hpp"
#include "groeipad/output/csv.hpp"
#include "groeipad/output/manifest.hpp"
#include "groeipad/output/output_directory.hpp"
#include "groeipad/output/sha256.hpp"
#include "groeipad/simulation/simulation.hpp"
#include "groeipad/stats/summary.hpp"
#include "progress.hpp"
#include "run_summary.hpp"

namespace groeipad::cli {
namespace {

std::string read_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Checks the command line's numbers the way the scenario reader checks the file's.
RunOptions options_for(const Scenario& scenario, const RunArguments& a) {
  RunOptions options;
  options.seed = a.seed.value_or(scenario.seed);
  options.replications = a.replications.value_or(scenario.replications);
  options.threads = a.threads.value_or(0);
  if (options.replications < 1 || options.replications > 100000) {
    io::fail("--replications", 0, "",
             fmt::format("expected a count from 1 to 100000, found {}", options.replications));
  }
  if (options.threads < 0 || options.threads > 1024) {
    io::fail("--threads", 0, "",
             fmt::format("expected 0 (all cores) to 1024 threads, found {}", options.threads));
  }
  return options;
}

void check_output_path(const std::filesystem::path& out) {
  std::error_code error;
  if (std::filesystem::exists(out, error) && !std::filesystem::is_directory(out, error)) {
    io::fail(out, 0, "", "--out: expected a directory, found a file");
  }
}

}  // namespace

int run_command(const RunArguments& arguments) {
  const Scenario scenario = io::read_scenario(arguments.scenario);
  const RunOptions options = options_for(scenario, arguments);
  const std::filesystem::path out =
      arguments.out.value_or(std::filesystem::path("out") / scenario.name);
  check_output_path(out);

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

  output::RunFacts facts;
  facts.scenario_file = arguments.scenario;
  facts.scenario_digest = output::sha256_hex(read_bytes(arguments.scenario));
  facts.parameters_digest = output::sha256_hex(read_bytes(scenario.parameters_file));
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
