#pragma once
// A run store that cannot be used: it cannot be opened or created, it is not a run store,
// the disk is full, or another process held it locked beyond the busy timeout. what() is
// one line "PATH: REASON"; the command line words it for what it was doing.

#include <filesystem>
#include <stdexcept>
#include <string>

namespace groeipad::store {

class StoreError : public std::runtime_error {
 public:
  StoreError(const std::filesystem::path& path, const std::string& reason);

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] const std::string& reason() const { return reason_; }

 private:
  std::filesystem::path path_;
  std::string reason_;
};

}  // namespace groeipad::store
