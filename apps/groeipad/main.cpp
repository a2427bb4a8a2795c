// groeipad: projections of the Flemish social-economy programmes under growth-path
// scenarios. Parses the command line and hands over to the subcommands.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>
#include <string_view>

#include "commands.hpp"
#include "groeipad/build_info.hpp"
#include "groeipad/io/input_error.hpp"
#include "groeipad/output/output_error.hpp"
#include "groeipad/simulation/check.hpp"
#include "groeipad/store/store_error.hpp"
#include "usage_error.hpp"

namespace {

constexpr int kBadInput = 2;
constexpr int kInternalError = 1;
constexpr int kCannotWrite = 1;  // as an internal error: the run did not complete
constexpr int kCannotUseStore = 1;
constexpr int kCheckFailed = 3;

constexpr const char* kExitCodes =
    "Exit codes: 0 success, 1 output or system error (cannot write, run store, internal), "
    "2 bad input or usage (nothing written), 3 a check failed (run --check; the message "
    "names identity, month, programme, replication and seed).";

constexpr const char* kDbHelp = "Run store (default: $GROEIPAD_DB or runs/groeipad.sqlite)";

// CLI11 reports a first word that is not a command as a missing command; this names it.
// Empty when the first word is a command, or there is none.
std::string unknown_command(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word.starts_with('-')) continue;  // the options before a command take no value
    if (word == "run" || word == "validate" || word == "runs" || word == "compare" ||
        word == "audit" || word == "calibrate") {
      return "";
    }
    return fmt::format(
        "unknown command {:?}, expected run, compare, validate, runs, audit or calibrate", word);
  }
  return "";
}

int run_cli(int argc, char** argv) {
  using groeipad::cli::RunArguments;
  CLI::App app{"groeipad: growth-path projections of the Flemish social economy"};
  app.set_version_flag("--version", groeipad::build_info::version);
  app.require_subcommand(1);
  app.footer(kExitCodes);

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
  run_app->add_flag("--resume", run.resume,
                    "Go on with the finished replications an interrupted run kept in OUT.partial");
  run_app->add_flag("--check", run.check,
                    "Check every month's conservation identities; exit 3 when one fails");
  run_app->add_flag("--dry-run", run.dry_run, "Predict peak memory and stop; runs nothing");
  double max_memory = 0;
  run_app->add_option("--max-memory", max_memory,
                      "GiB the run may use (default: the memory available); refused if more");
  std::filesystem::path run_db;
  CLI::Option* db_option = run_app->add_option("--db", run_db, kDbHelp);
  run_app->add_flag("--no-db", run.no_db, "Record the run in no run store")->excludes(db_option);

  groeipad::cli::CompareArguments compare;
  int compare_replications = 0;
  int compare_threads = 0;
  std::string compare_seed;
  std::string compare_out;
  std::filesystem::path compare_db;
  CLI::App* compare_app = app.add_subcommand(
      "compare", "Run scenarios with the same random numbers and write their paired differences");
  compare_app->add_option("base", compare.base, "The scenario compared against (TOML)")->required();
  compare_app->add_option("alternatives", compare.alternatives, "Alternative scenarios (TOML)")
      ->required();
  compare_app->add_option("--out", compare_out, "Output directory (default: out/compare-<base>)");
  compare_app->add_option("--replications", compare_replications, "Monte Carlo replications");
  compare_app->add_option("--threads", compare_threads, "Threads (default: all cores)");
  compare_app->add_option("--seed", compare_seed, "Random seed (default: the base scenario's)");
  compare_app->add_flag("--quiet", compare.quiet, "No progress line");
  CLI::Option* compare_db_option = compare_app->add_option("--db", compare_db, kDbHelp);
  compare_app->add_flag("--no-db", compare.no_db, "Record the comparison in no run store")
      ->excludes(compare_db_option);

  std::filesystem::path validate_file;
  CLI::App* validate_app = app.add_subcommand("validate", "Check a scenario without running it");
  validate_app->add_option("scenario", validate_file, "Scenario file (TOML)")->required();

  std::filesystem::path runs_db = groeipad::cli::default_database();
  std::int64_t run_id = 0;
  CLI::App* runs_app = app.add_subcommand("runs", "List and show the runs in the run store");
  runs_app->require_subcommand(1);
  CLI::App* list_app = runs_app->add_subcommand("list", "List the recorded runs, newest first");
  list_app->add_option("--db", runs_db, kDbHelp);
  CLI::App* show_app = runs_app->add_subcommand("show", "Show a recorded run");
  show_app->add_option("id", run_id, "Run id, as `runs list` gives it")->required();
  show_app->add_option("--db", runs_db, kDbHelp);

  std::filesystem::path audit_data = "calibration/data";
  CLI::App* audit_app =
      app.add_subcommand("audit", "Check the source data's printed figures against each other");
  audit_app->add_option("--data", audit_data,
                        "Directory of source tables (default: calibration/data)");
  bool audit_as_json = false;
  audit_app->add_flag("--json", audit_as_json,
                      "Print the findings as a JSON list, with the value the calibration uses");

  groeipad::cli::CalibrateArguments calibrate;
  std::filesystem::path calibrate_out;
  CLI::App* calibrate_app = app.add_subcommand(
      "calibrate", "Fit the model's rates to the source tables of a year; write a parameters file");
  calibrate_app->add_option("--year", calibrate.year, "Tabel 4 year: 2009 or 2010")->required();
  calibrate_app->add_option("--out", calibrate_out, "Parameters file to write (TOML)");
  calibrate_app->add_flag("--json", calibrate.json, "Report as JSON");
  calibrate_app->add_option(
      "--population", calibrate.population,
      "Job seekers of the file: year (the calibration year's) or 2011 (June 2011, "
      "the start of projections)");
  calibrate_app->add_option("--shape", calibrate.shape,
                            "Long-duration terms: equal_steps, single_step or fixed_long");
  calibrate_app->add_option("--b24", calibrate.b24, "b24 for --shape fixed_long (default -0.5)");
  calibrate_app->add_option("--b60", calibrate.b60, "b60 for --shape fixed_long (default -0.5)");
  calibrate_app->add_flag("--no-refine", calibrate.no_refine,
                          "Fit on the start stock only, without the simulated year");
  calibrate_app->add_flag("--no-sensitivity", calibrate.no_sensitivity,
                          "Skip the sensitivity tables (faster)");
  calibrate_app->add_option("--seed", calibrate.seed, "Seed of the simulations (default 1)");
  calibrate_app->add_option("--replications", calibrate.replications,
                            "Replications of each simulated year (default 8)");
  calibrate_app->add_option("--threads", calibrate.threads, "Threads (default: all cores)");
  calibrate_app->add_option("--data", calibrate.data,
                            "Directory of source tables (default: calibration/data)");
  calibrate_app->add_option("--base", calibrate.base,
                            "Parameters file with the assumptions the source does not give "
                            "(default: calibration/params/provisional-2011.toml)");

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
      if (run_app->count("--db") > 0) run.db = run_db;
      if (run_app->count("--max-memory") > 0) run.max_memory_gib = max_memory;
      return groeipad::cli::run_command(run);
    }
    if (*compare_app) {
      if (!compare_out.empty()) compare.out = compare_out;
      if (compare_app->count("--replications") > 0) compare.replications = compare_replications;
      if (compare_app->count("--threads") > 0) compare.threads = compare_threads;
      if (compare_app->count("--seed") > 0) compare.seed = compare_seed;
      if (compare_app->count("--db") > 0) compare.db = compare_db;
      return groeipad::cli::compare_command(compare);
    }
    if (*list_app) return groeipad::cli::runs_list_command(runs_db);
    if (*show_app) return groeipad::cli::runs_show_command(runs_db, run_id);
    if (*audit_app) return groeipad::cli::audit_command(audit_data, audit_as_json);
    if (*calibrate_app) {
      if (!calibrate_out.empty()) calibrate.out = calibrate_out;
      // The command for the written file's header, without where it was written to, so
      // that the same calibration writes the same bytes wherever it goes.
      calibrate.command_line = "groeipad";
      for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        if (word == "--out") {
          ++i;
          continue;
        }
        if (word.starts_with("--out=")) continue;
        calibrate.command_line += fmt::format(" {}", word);
      }
      return groeipad::cli::calibrate_command(calibrate);
    }
    return groeipad::cli::validate_command(validate_file);
  } catch (const groeipad::io::InputError& e) {
    fmt::print(stderr, "{}\n", e.what());
    return kBadInput;
  } catch (const groeipad::cli::UsageError& e) {
    fmt::print(stderr, "groeipad: {}\n", e.what());
    return kBadInput;
  } catch (const groeipad::CheckFailure& e) {
    fmt::print(stderr, "groeipad: {}\n", e.what());
    return kCheckFailed;
  } catch (const groeipad::output::OutputError& e) {
    fmt::print(stderr, "groeipad: {}\n", e.what());
    return kCannotWrite;
  } catch (const groeipad::store::StoreError& e) {
    // For run: before simulating (the store cannot be opened), or after the results
    // directory has been written (the run cannot be recorded).
    fmt::print(stderr, "groeipad: {} {}: {}\n",
               *run_app || *compare_app ? "cannot record the run in" : "runs: cannot read",
               e.path().string(), e.reason());
    return kCannotUseStore;
  } catch (const std::exception& e) {
    fmt::print(stderr, "groeipad: internal error: {}\n", e.what());
    return kInternalError;
  }
}

}  // namespace

// What run_cli does not handle, such as a failure to set up the command line or to print
// an error, ends here rather than in std::terminate.
int main(int argc, char** argv) {
  try {
    return run_cli(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "groeipad: internal error: %s\n", e.what());
  } catch (...) {
    std::fputs("groeipad: internal error\n", stderr);
  }
  return kInternalError;
}
