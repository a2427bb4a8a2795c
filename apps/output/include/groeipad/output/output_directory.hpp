#pragma once
// An output directory that appears whole or not at all. Files are collected in memory
// and written on commit: into a temporary sibling directory that is then renamed to the
// final name, or, when the directory already exists, each file under a temporary name
// renamed over the old one. Nothing is left behind when a write fails.

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
  // Throws std::runtime_error naming the path and the reason when it cannot write.
  void commit() const;

  [[nodiscard]] const std::filesystem::path& path() const { return directory_; }

 private:
  std::filesystem::path directory_;
  std::vector<std::pair<std::string, std::string>> files_;
};

// Writes `content` to `file` atomically: a temporary file in the same directory,
// flushed to disk, renamed over `file`.
void write_file_atomically(const std::filesystem::path& file, const std::string& content);

}  // namespace groeipad::output
