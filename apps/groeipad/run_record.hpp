#pragma once
// What the run store keeps of a run: the facts of its manifest, the text of the two
// input files as they were parsed, when it ran, and its three summary tables.

#include <chrono>
#include <string>
#include <vector>

#include "groeipad/io/scenario_reader.hpp"
#include "groeipad/output/manifest.hpp"
#include "groeipad/store/run_store.hpp"

namespace groeipad::cli {

// ISO 8601 in UTC to the second, e.g. 2026-11-27T14:03:12Z: sorts as text, reads in SQL.
std::string utc_timestamp(std::chrono::system_clock::time_point time);

struct RunTimes {
  std::chrono::system_clock::time_point started;
  std::chrono::system_clock::time_point finished;
};

store::StoredRun stored_run(const io::ScenarioInput& input, const output::RunFacts& facts,
                            const RunTimes& times, std::vector<store::StoredTable> tables);

}  // namespace groeipad::cli
