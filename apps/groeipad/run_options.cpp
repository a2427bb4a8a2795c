#include "run_options.hpp"

#include <fmt/format.h>

#include <charconv>
#include <string>
#include <system_error>

#include "groeipad/io/scenario_reader.hpp"
#include "groeipad/output/output_directory.hpp"
#include "usage_error.hpp"

namespace groeipad::cli {

// The seed as written on the command line, in the range of the scenario file's seed.
// CLI11 would read "-1" into an unsigned integer as 2^64-1, so the text is checked here.
namespace {

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

}  // namespace

// Checks the command line's numbers the way the scenario reader checks the file's.
RunOptions options_for(const Scenario& scenario, const CommonRunArguments& a) {
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

// Opened before simulating, for the same reason as the output location is checked: a
// database that cannot be used is reported at once, not after the run. Nothing is
// recorded until the results directory has been written.
std::optional<store::RunStore> open_run_store(const CommonRunArguments& arguments) {
  if (arguments.no_db) return std::nullopt;
  const std::filesystem::path db = arguments.db.value_or(default_database());
  if (db.empty()) throw UsageError("--db: expected a file name, found \"\"");
  return store::RunStore::open(db);
}

}  // namespace groeipad::cli
