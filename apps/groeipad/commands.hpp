#pragma once
// The subcommands of the groeipad program. Each returns the process exit code:
// 0 success, 2 bad input or usage, 1 internal error or output that cannot be written;
// failures are thrown (io::InputError, UsageError, output::OutputError) and reported by
// main.

#include <filesystem>
#include <optional>
#include <string>

namespace groeipad::cli {

struct RunArguments {
  std::filesystem::path scenario;
  std::optional<std::filesystem::path> out;  // default: out/<scenario name>
  std::optional<int> replications;
  std::optional<int> threads;
  std::optional<std::string> seed;  // as written: checked like the scenario file's seed
  bool quiet = false;
};

int run_command(const RunArguments& arguments);

int validate_command(const std::filesystem::path& scenario);

}  // namespace groeipad::cli
