// groeipad: projections of the Flemish social-economy programmes under growth-path
// scenarios. Parses the command line and hands over to the subcommands.

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <exception>

#include "commands.hpp"
#include "groeipad/build_info.hpp"
#include "groeipad/io/input_error.hpp"

namespace {

constexpr int kBadInput = 2;
constexpr int kInternalError = 1;

}  // namespace

int main(int argc, char** argv) {
  using groeipad::cli::RunArguments;
  CLI::App app{"groeipad: growth-path projections of the Flemish social economy"};
  app.set_version_flag("--version", groeipad::build_info::version);
  app.require_subcommand(1);

  RunArguments run;
  int replications = 0;
  int threads = 0;
  std::uint64_t seed = 0;
  std::string out;
  CLI::App* run_app = app.add_subcommand("run", "Run a scenario and write its results");
  run_app->add_option("scenario", run.scenario, "Scenario file (TOML)")->required();
  run_app->add_option("--out", out, "Output directory (default: out/<scenario name>)");
  run_app->add_option("--replications", replications, "Monte Carlo replications");
  run_app->add_option("--threads", threads, "Threads (default: all cores)");
  run_app->add_option("--seed", seed, "Random seed (default: the scenario's)");
  run_app->add_flag("--quiet", run.quiet, "No progress line");

  std::filesystem::path validate_file;
  CLI::App* validate_app = app.add_subcommand("validate", "Check a scenario without running it");
  validate_app->add_option("scenario", validate_file, "Scenario file (TOML)")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    fmt::print(stderr, "groeipad: {}\n", e.what());
    return kBadInput;
  }

  try {
    if (*run_app) {
      if (!out.empty()) run.out = out;
      if (run_app->count("--replications") > 0) run.replications = replications;
      if (run_app->count("--threads") > 0) run.threads = threads;
      if (run_app->count("--seed") > 0) run.seed = seed;
      return groeipad::cli::run_command(run);
    }
    return groeipad::cli::validate_command(validate_file);
  } catch (const groeipad::io::InputError& e) {
    fmt::print(stderr, "{}\n", e.what());
    return kBadInput;
  } catch (const std::exception& e) {
    fmt::print(stderr, "groeipad: internal error: {}\n", e.what());
    return kInternalError;
  }
}
