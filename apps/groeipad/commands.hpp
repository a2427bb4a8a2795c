#pragma once
// The subcommands of the groeipad program. Each returns the process exit code:
// 0 success, 2 bad input or usage, 1 internal error, output that cannot be written or a
// run store that cannot be used, 3 a failed check; failures are thrown (io::InputError,
// UsageError, output::OutputError, store::StoreError, CheckFailure) and reported by main.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace groeipad::cli {

// Options of `run` and `compare`.
struct CommonRunArguments {
  std::optional<std::filesystem::path> out;  // default: out/<scenario name>
  std::optional<int> replications;
  std::optional<int> threads;
  std::optional<std::string> seed;  // as written: checked like the scenario file's seed
  bool quiet = false;
  std::optional<std::filesystem::path> db;  // the run store; default: default_database()
  bool no_db = false;                       // record nothing
};

struct RunArguments : CommonRunArguments {
  std::filesystem::path scenario;
  bool resume = false;   // go on with the checkpoint an interrupted run left
  bool check = false;    // check every month's identities (always on in debug builds)
  bool dry_run = false;  // predict peak memory, run nothing
  std::optional<double> max_memory_gib;  // default: the memory the machine has available
};

int run_command(const RunArguments& arguments);

struct CompareArguments : CommonRunArguments {
  std::filesystem::path base;
  std::vector<std::filesystem::path> alternatives;
};

// `compare BASE ALT...`: every scenario with the same seeds, paired differences.
int compare_command(const CompareArguments& arguments);

// The run store when --db is not given: $GROEIPAD_DB when set and not empty, otherwise
// runs/groeipad.sqlite under the working directory.
std::filesystem::path default_database();

// `runs list`: every recorded run, newest first.
int runs_list_command(const std::filesystem::path& db);

// `runs show ID`: a run's facts and its yearly summary.
int runs_show_command(const std::filesystem::path& db, std::int64_t id);

int validate_command(const std::filesystem::path& scenario);

// `audit [--data DIR] [--json]`: the source data's printed figures checked against each
// other; one line a finding and a count, or with `json` the findings as a JSON list. Exit 0
// whatever it finds; a file that cannot be read is bad input.
int audit_command(const std::filesystem::path& data, bool json);

// `calibrate --year Y`: the rates fitted to the source tables of a year; a parameters
// file with --out, the report on standard output (JSON with --json).
struct CalibrateArguments {
  int year = 0;
  std::string population = "year";  // "year" or "2011"
  std::string shape = "equal_steps";
  double b24 = -0.5;  // for --shape fixed_long
  double b60 = -0.5;
  bool no_refine = false;
  bool no_sensitivity = false;
  bool json = false;
  std::uint64_t seed = 1;
  int replications = 8;
  int threads = 0;
  std::filesystem::path data = "calibration/data";
  std::filesystem::path base = "calibration/params/provisional-2011.toml";
  std::optional<std::filesystem::path> out;
  std::string command_line;  // for the written file's header
};
int calibrate_command(const CalibrateArguments& arguments);

}  // namespace groeipad::cli
