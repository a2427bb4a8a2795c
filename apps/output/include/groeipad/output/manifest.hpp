#pragma once
// manifest.json of a run: what was run, with which inputs (by digest), seed and engine,
// and how long it took, so that every result file can be traced and reproduced.

#include <cstdint>
#include <filesystem>
#include <string>

#include "groeipad/scenario/scenario.hpp"
#include "groeipad/simulation/simulation.hpp"

namespace groeipad::output {

struct RunFacts {
  std::filesystem::path scenario_file;
  std::string scenario_digest;    // SHA-256 of the scenario file's bytes
  std::string parameters_digest;  // SHA-256 of the parameters file's bytes (before overrides)
  RunOptions options;
  int threads_used = 1;
  std::string engine_version;
  std::string git_commit;
  double wall_seconds = 0;
  std::int64_t agent_months = 0;  // of every replication, resumed ones included
  // Of the replications this process simulated (all but the resumed ones; -1: all):
  // agent_months_per_second is theirs over wall_seconds.
  std::int64_t simulated_agent_months = -1;
};

std::string manifest_json(const Scenario& scenario, const RunFacts& facts);

}  // namespace groeipad::output
