#pragma once
// The checkpoint of a run: a directory beside the output directory (`DIR.partial`) that
// keeps each finished replication in a file of its own, written atomically (temporary
// file, fsync, rename, fsync of the directory), so that `run --resume` after the process
// was killed goes on with the replications that are missing and writes the results an
// uninterrupted run would have written.
//
// The directory is tied to one run by its identity (the digests of the input files,
// seed, replications, engine): a resume with other inputs is refused, and a replication
// file is taken only when its run, number, length and own digest check out. A lock
// (flock, released when the process dies however it dies) keeps two processes out of
// one checkpoint.

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "groeipad/simulation/simulation.hpp"

namespace groeipad::output {

// What a run's replications depend on, as (name, value) pairs in a fixed order.
using RunIdentity = std::vector<std::pair<std::string, std::string>>;

// DIR.partial for the output directory DIR.
std::filesystem::path checkpoint_path(const std::filesystem::path& out);

class Checkpoint final : public FinishedReplications {
 public:
  // Nothing happens on disk until open().
  Checkpoint(std::filesystem::path directory, RunIdentity identity, int months);
  ~Checkpoint() override;
  Checkpoint(const Checkpoint&) = delete;
  Checkpoint& operator=(const Checkpoint&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return directory_; }
  // Whether a checkpoint directory is there (of this run or another).
  [[nodiscard]] bool exists() const;
  // The first way in which the checkpoint there is not of this run, as "seed: 7 there,
  // 8 here"; empty when it is.
  [[nodiscard]] std::string difference() const;

  // Creates the directory and its identity file when missing, takes the lock and clears
  // temporary files a killed process left. Throws OutputError.
  void open();
  // Takes the directory away with everything in it, once the run's results are safe.
  void remove();

  // A small named file beside the replications (when the run started, that the run
  // store was being written), written atomically; nullopt when there is none.
  void put(const std::string& name, const std::string& text);
  [[nodiscard]] std::optional<std::string> get(const std::string& name) const;

  std::optional<Trajectory> load(int replication) override;
  void save(int replication, const Trajectory& trajectory) override;

 private:
  [[nodiscard]] std::string identity_text() const;
  [[nodiscard]] std::filesystem::path replication_file(int replication) const;

  std::filesystem::path directory_;
  RunIdentity identity_;
  std::string run_digest_;  // SHA-256 of the identity text: ties a replication file to the run
  int months_;
  int lock_fd_ = -1;
};

}  // namespace groeipad::output
