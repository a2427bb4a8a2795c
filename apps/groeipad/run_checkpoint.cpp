#include "run_checkpoint.hpp"

#include <fmt/format.h>

#include <charconv>
#include <string>

#include "groeipad/build_info.hpp"
#include "groeipad/output/sha256.hpp"
#include "usage_error.hpp"

namespace groeipad::cli {
namespace {

constexpr const char* kStartedFile = "started.txt";
constexpr const char* kRecordingFile = "recording.txt";

bool same_run(const store::RunSummary& kept, const store::StoredRun& run) {
  return kept.started_utc == run.started_utc && kept.scenario_name == run.scenario_name &&
         kept.seed == run.seed && kept.replications == run.replications &&
         kept.engine_version == run.engine_version && kept.git_commit == run.git_commit &&
         kept.kind == run.kind;
}

}  // namespace

output::RunIdentity run_identity(const io::ScenarioInput& input, const RunOptions& options) {
  std::string bases;
  for (const io::InheritedFile& base : input.base_files) {
    if (!bases.empty()) bases += ',';
    bases += output::sha256_hex(base.bytes);
  }
  return {{"scenario_sha256", output::sha256_hex(input.scenario_bytes)},
          {"base_sha256", bases.empty() ? "none" : bases},
          {"parameters_sha256", output::sha256_hex(input.parameters_bytes)},
          {"seed", std::to_string(options.seed)},
          {"replications", std::to_string(options.replications)},
          {"engine_version", build_info::version},
          {"git_commit", build_info::git_commit}};
}

void check_checkpoint(const output::Checkpoint& checkpoint, bool resume) {
  if (checkpoint.exists()) {
    const std::string difference = checkpoint.difference();
    if (!difference.empty()) {
      throw UsageError(fmt::format(
          "{} holds the checkpoint of another run ({}): remove it, or run with its inputs",
          checkpoint.path().string(), difference));
    }
    if (!resume) {
      throw UsageError(fmt::format(
          "{} holds the finished replications of an interrupted run: add --resume to go on "
          "with it, or remove it to start again",
          checkpoint.path().string()));
    }
  }
}

std::chrono::system_clock::time_point run_started(output::Checkpoint& checkpoint) {
  using std::chrono::system_clock;
  if (const auto kept = checkpoint.get(kStartedFile)) {
    std::int64_t seconds = 0;
    const auto [end, error] = std::from_chars(kept->data(), kept->data() + kept->size(), seconds);
    if (error == std::errc{} && end != kept->data()) {
      return system_clock::time_point(std::chrono::seconds(seconds));
    }
  }
  const auto now = system_clock::now();
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch());
  checkpoint.put(kStartedFile, fmt::format("{}\n", seconds.count()));
  return now;
}

bool record_once(output::Checkpoint& checkpoint, store::RunStore& run_store,
                 const store::StoredRun& run, std::int64_t& id) {
  // The mark goes down before the record: an attempt killed after recording leaves it,
  // and only then can the store hold this run already.
  if (checkpoint.get(kRecordingFile)) {
    for (const store::RunSummary& kept : run_store.list()) {
      if (same_run(kept, run)) {
        id = kept.id;
        return false;
      }
    }
  } else {
    checkpoint.put(kRecordingFile, run.started_utc + "\n");
  }
  id = run_store.record(run);
  return true;
}

}  // namespace groeipad::cli
