#pragma once
// What `run` and `compare` share: the command line's run options, checked like the
// scenario file's, and the checks made before anything is simulated.

#include <filesystem>
#include <optional>

#include "commands.hpp"
#include "groeipad/scenario/scenario.hpp"
#include "groeipad/simulation/simulation.hpp"
#include "groeipad/store/run_store.hpp"

namespace groeipad::cli {

// The scenario's seed and replications unless the command line gives others; throws
// UsageError for numbers out of range.
RunOptions options_for(const Scenario& scenario, const CommonRunArguments& arguments);

// Before simulating, so that a run is not lost at the end for want of a place to write.
void check_output_location(const std::filesystem::path& out);

// The run store to record into, opened before simulating; none with --no-db.
std::optional<store::RunStore> open_run_store(const CommonRunArguments& arguments);

}  // namespace groeipad::cli
