#pragma once
// The text of `groeipad runs list` and `groeipad runs show`.

#include <cstdint>
#include <string>
#include <vector>

#include "groeipad/store/run_store.hpp"

namespace groeipad::cli {

// A table with a header line and one line per run, in the order given; columns as wide
// as their widest cell, numbers aligned right.
std::string runs_table(const std::vector<store::RunSummary>& runs);

// A run's facts, one per line, then (for a run with its tables) the summary `run` prints.
std::string run_details(std::int64_t id, const store::StoredRun& run);

}  // namespace groeipad::cli
