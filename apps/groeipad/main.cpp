// groeipad: projections of the Flemish social-economy programmes under growth-path
// scenarios. Parses the command line and hands over to the subcommands.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>

#include "commands.hpp"
#include "groeipad/build_info.hpp"
#include "groeipad/io/input_error.hpp"
#include "groeipad/output/output_error.hpp"
#include "usage_error.hpp"

namespace {

constexpr int kBadInput = 2;
constexpr int kInternalError = 1;
constexpr int kCannotWrite = 1;  // as an internal error: the run did not complete

// CLI11 reports a first word that is not a command as a missing command; this names it.
// Empty when the first word is a command, or there is none.
std::string unknown_command(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word.starts_with('-')) continue;  // the options before a command take no value
    if (word == "run" || word == "validate") return "";
    return fmt::format("unknown command {:?}, expected run or validate", word);
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  using groeipad::cli::RunArguments;
  CLI::App app{"groeipad: growth-path projections of the Flemish social economy"};
  app.set_version_flag("--version", groeipad::build_info::version);
  app.require_subcommand(1);

  RunArguments run;
  int replications = 0;
  int threads = 0;
  std::string seed;
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
    const std::string unknown = unknown_command(argc, argv);
    fmt::print(stderr, "groeipad: {}\n", unknown.empty() ? e.what() : unknown);
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
  } catch (const groeipad::cli::UsageError& e) {
    fmt::print(stderr, "groeipad: {}\n", e.what());
    return kBadInput;
  } catch (const groeipad::output::OutputError& e) {
    fmt::print(stderr, "groeipad: {}\n", e.what());
    return kCannotWrite;
  } catch (const std::exception& e) {
    fmt::print(stderr, "groeipad: internal error: {}\n", e.what());
    return kInternalError;
  }
}
