#include "groeipad/output/output_directory.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <csignal>
#include <string_view>
#include <system_error>

#include "groeipad/output/output_error.hpp"

namespace groeipad::output {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void throw_errno(int error) {
  throw std::system_error(error, std::generic_category());
}

// Writes all of `content` and flushes it to disk; throws std::system_error on any failure
// (a full disk shows up here, not as a short file).
void write_and_sync(const fs::path& file, const std::string& content) {
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw_errno(errno);
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int error = errno;
      ::close(fd);
      throw_errno(error);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    const int error = errno;
    ::close(fd);
    throw_errno(error);
  }
  if (::close(fd) != 0) throw_errno(errno);
}

fs::path temporary_sibling(const fs::path& path) {
  return path.parent_path() / fmt::format(".{}.tmp-{}", path.filename().string(), ::getpid());
}

// Whether `name` is a temporary of temporary_sibling() for a file or directory named
// `of` whose process has ended (killed while it wrote): such leftovers can go.
bool stale_temporary(const std::string& name, const std::string& of) {
  const std::string prefix = fmt::format(".{}.tmp-", of);
  if (!name.starts_with(prefix)) return false;
  int pid = 0;
  const char* end = name.data() + name.size();
  const auto [stop, error] = std::from_chars(name.data() + prefix.size(), end, pid);
  if (error != std::errc{} || stop != end || pid <= 0) return false;
  return ::kill(pid, 0) != 0 && errno == ESRCH;
}

// Removes what killed processes left of their temporaries for `target` beside it and,
// for its files, inside it.
void remove_stale_temporaries(const fs::path& target, const std::vector<std::string>& files) {
  std::error_code ignored;
  const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  for (const auto& entry : fs::directory_iterator(parent, ignored)) {
    if (stale_temporary(entry.path().filename().string(), target.filename().string())) {
      fs::remove_all(entry.path(), ignored);
    }
  }
  if (!fs::is_directory(target, ignored)) return;
  for (const auto& entry : fs::directory_iterator(target, ignored)) {
    for (const std::string& file : files) {
      if (stale_temporary(entry.path().filename().string(), file)) {
        fs::remove(entry.path(), ignored);
      }
    }
  }
}

// write_file_atomically() with std::system_error, for the caller to name the failure.
void replace_file(const fs::path& file, const std::string& content) {
  const fs::path temporary = temporary_sibling(file);
  try {
    write_and_sync(temporary, content);
    fs::rename(temporary, file);
  } catch (...) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    throw;
  }
}

// Only empty directories go: another process may have put something in one meanwhile.
void remove_made(const std::vector<fs::path>& made) {
  std::error_code ignored;
  for (const fs::path& p : made) fs::remove(p, ignored);
}

// Creates the missing ancestors of `target` and returns them deepest first, so that a
// failed commit can take them away again. Throws std::system_error, having taken away
// any it made.
std::vector<fs::path> make_parents(const fs::path& target) {
  std::vector<fs::path> missing;
  std::error_code error;
  for (fs::path p = target.parent_path(); !p.empty() && p != p.parent_path(); p = p.parent_path()) {
    if (fs::status(p, error).type() != fs::file_type::not_found) break;
    missing.push_back(p);
  }
  if (missing.empty()) return missing;
  try {
    fs::create_directories(missing.front());
  } catch (...) {
    remove_made(missing);
    throw;
  }
  return missing;
}

// "FILE: REASON" for a file of the directory, "REASON" for the directory itself.
std::string reason(std::string_view file, const std::system_error& error) {
  if (file.empty()) return error.code().message();
  return fmt::format("{}: {}", file, error.code().message());
}

}  // namespace

void write_file_atomically(const fs::path& file, const std::string& content) {
  try {
    replace_file(file, content);
  } catch (const std::system_error& e) {
    throw OutputError(file, e.code().message());
  }
}

void OutputDirectory::commit() const {
  const fs::path target = directory_.has_filename() ? directory_ : directory_.parent_path();
  std::error_code ignored;
  std::vector<std::string> names;
  for (const auto& file : files_) names.push_back(file.first);
  remove_stale_temporaries(target, names);
  if (fs::is_directory(target, ignored)) {
    for (const auto& [name, content] : files_) {
      try {
        replace_file(target / name, content);
      } catch (const std::system_error& e) {
        throw OutputError(directory_, reason(name, e));
      }
    }
    return;
  }
  std::vector<fs::path> made;
  const fs::path temporary = temporary_sibling(target);
  std::string_view writing;  // the file being written, to name it in a failure
  try {
    made = make_parents(target);
    if (!fs::create_directory(temporary)) throw_errno(EEXIST);
    for (const auto& [name, content] : files_) {
      writing = name;
      write_and_sync(temporary / name, content);
    }
    writing = {};
    fs::rename(temporary, target);
  } catch (const std::system_error& e) {
    fs::remove_all(temporary, ignored);
    remove_made(made);
    throw OutputError(directory_, reason(writing, e));
  } catch (...) {
    fs::remove_all(temporary, ignored);
    remove_made(made);
    throw;
  }
}

}  // namespace groeipad::output
