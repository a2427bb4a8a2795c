#pragma once
// How `run` uses its checkpoint (output/checkpoint.hpp): which inputs tie it to a run,
// when an existing one is taken up or refused, and how a resumed run avoids recording
// itself twice in the run store.

#include <chrono>
#include <filesystem>

#include "groeipad/io/scenario_reader.hpp"
#include "groeipad/output/checkpoint.hpp"
#include "groeipad/simulation/simulation.hpp"
#include "groeipad/store/run_store.hpp"

namespace groeipad::cli {

// The inputs a run's replications depend on: the digests of the scenario file, the files
// it inherits from and the parameters file, the seed, the replications and the engine.
output::RunIdentity run_identity(const io::ScenarioInput& input, const RunOptions& options);

// Whether the run may use the checkpoint directory, before anything is made: one there
// already is taken up with `resume` and refused without it (UsageError: the finished
// replications are not thrown away by mistake); one of another run is refused either
// way, naming what differs. Checkpoint::open() makes it when the run starts.
void check_checkpoint(const output::Checkpoint& checkpoint, bool resume);

// When the run started: now, or for a resumed run when its first attempt started, so
// that the run store knows the run by one start time however often it was resumed.
std::chrono::system_clock::time_point run_started(output::Checkpoint& checkpoint);

// Records the run unless an earlier attempt that was killed after recording it already
// did; false when it was there already.
bool record_once(output::Checkpoint& checkpoint, store::RunStore& run_store,
                 const store::StoredRun& run, std::int64_t& id);

}  // namespace groeipad::cli
