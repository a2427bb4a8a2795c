#pragma once
// An output directory that appears whole or not at all. Files are collected in memory
// and written on commit: into a temporary sibling directory that is then renamed to the
// final name, or, when the directory already exists, each file under a temporary name
// renamed over the old one. Missing parent directories are created first (out/ on a
// fresh clone). Nothing is left behind when a write fails.

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace groeipad::output {

class OutputDirectory {
 public:
  explicit OutputDirectory(std::filesystem::path directory) : directory_(std::move(directory)) {}

  void add(std::string name, std::string content) {
    files_.emplace_back(std::move(name), std::move(content));
  }
  // Throws OutputError, "cannot write DIRECTORY: [FILE: ]REASON", when it cannot write.
  void commit() const;

  [[nodiscard]] const std::filesystem::path& path() const { return directory_; }

 private:
  std::filesystem::path directory_;
  std::vector<std::pair<std::string, std::string>> files_;
};

// Writes `content` to `file` atomically: a temporary file in the same directory,
// flushed to disk, renamed over `file`. Throws OutputError naming `file`.
void write_file_atomically(const std::filesystem::path& file, const std::string& content);

// Throws OutputError unless `directory` can be written now: the nearest of it and its
// ancestors that exists is a directory this process may create entries in. Run before
// a long computation, so that its results are not lost at the end for want of a place.
// A full disk can still fail commit().
void check_writable(const std::filesystem::path& directory);

}  // namespace groeipad::output
