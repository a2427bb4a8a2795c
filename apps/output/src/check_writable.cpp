#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "groeipad/output/output_directory.hpp"
#include "groeipad/output/output_error.hpp"

namespace groeipad::output {
namespace {

// "REASON", or "ANCESTOR: REASON" when the problem is not at the directory itself.
std::string reason_at(const std::filesystem::path& directory, const std::filesystem::path& at,
                      std::string_view reason) {
  if (at == directory) return std::string(reason);
  return fmt::format("{}: {}", at.string(), reason);
}

}  // namespace

void check_writable(const std::filesystem::path& directory) {
  namespace fs = std::filesystem;
  // The nearest path that exists: the directory itself, or the ancestor that commit()
  // will create the missing directories in. A component that is a file reads as not
  // found here, so the walk stops at that file.
  fs::path nearest = directory.has_filename() ? directory : directory.parent_path();
  std::error_code error;
  fs::file_status status;
  for (;;) {
    if (nearest.empty()) nearest = ".";
    status = fs::status(nearest, error);
    if (status.type() != fs::file_type::not_found || nearest.parent_path() == nearest) break;
    nearest = nearest.parent_path();
  }
  if (status.type() == fs::file_type::none) {
    throw OutputError(directory, reason_at(directory, nearest, error.message()));
  }
  if (!fs::is_directory(status)) {
    throw OutputError(directory, reason_at(directory, nearest, std::strerror(ENOTDIR)));
  }
  // Creating an entry needs both write and search permission; access() also reports a
  // read-only file system.
  if (::access(nearest.c_str(), W_OK | X_OK) != 0) {
    throw OutputError(directory, reason_at(directory, nearest, std::strerror(errno)));
  }
}

}  // namespace groeipad::output
