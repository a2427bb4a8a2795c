#include "groeipad/output/output_directory.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <system_error>

namespace groeipad::output {
namespace {

[[noreturn]] void fail_write(const std::filesystem::path& path, int error) {
  throw std::runtime_error(path.string() + ": cannot write: " + std::strerror(error));
}

// Writes all of `content` and flushes it to disk; throws on any failure (a full disk
// shows up here, not as a short file).
void write_and_sync(const std::filesystem::path& file, const std::string& content) {
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) fail_write(file, errno);
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int error = errno;
      ::close(fd);
      fail_write(file, error);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) fail_write(file, errno);
}

std::filesystem::path temporary_sibling(const std::filesystem::path& path) {
  return path.parent_path() / ("." + path.filename().string() + ".tmp-" + std::to_string(::getpid()));
}

}  // namespace

void write_file_atomically(const std::filesystem::path& file, const std::string& content) {
  const std::filesystem::path temporary = temporary_sibling(file);
  try {
    write_and_sync(temporary, content);
    std::filesystem::rename(temporary, file);
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw;
  }
}

void OutputDirectory::commit() const {
  std::error_code error;
  const std::filesystem::path target =
      directory_.has_filename() ? directory_ : directory_.parent_path();
  if (std::filesystem::is_directory(target, error)) {
    for (const auto& [name, content] : files_) write_file_atomically(target / name, content);
    return;
  }
  const std::filesystem::path parent =
      target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
  if (!std::filesystem::is_directory(parent, error)) {
    throw std::runtime_error(parent.string() + ": cannot write: the directory does not exist");
  }
  const std::filesystem::path temporary = temporary_sibling(target);
  try {
    if (!std::filesystem::create_directory(temporary, error)) fail_write(temporary, error.value());
    for (const auto& [name, content] : files_) write_and_sync(temporary / name, content);
    std::filesystem::rename(temporary, target);
  } catch (const std::filesystem::filesystem_error& e) {
    std::filesystem::remove_all(temporary, error);
    throw std::runtime_error(target.string() + ": cannot write: " + e.code().message());
  } catch (...) {
    std::filesystem::remove_all(temporary, error);
    throw;
  }
}

}  // namespace groeipad::output
