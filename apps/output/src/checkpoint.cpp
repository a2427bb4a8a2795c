#include "groeipad/output/checkpoint.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#include "groeipad/output/output_directory.hpp"
#include "groeipad/output/output_error.hpp"
#include "groeipad/output/sha256.hpp"
#include "trajectory_text.hpp"

namespace groeipad::output {
namespace {

namespace fs = std::filesystem;

constexpr const char* kIdentityFile = "run.txt";
constexpr const char* kLockFile = "lock";
constexpr const char* kReplicationHeader = "groeipad replication 1\n";

std::optional<std::string> read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return text.str();
}

// A rename is on disk only once its directory is.
void sync_directory(const fs::path& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throw OutputError(directory, std::strerror(errno));
  const int status = ::fsync(fd);
  const int error = errno;
  ::close(fd);
  if (status != 0) throw OutputError(directory, std::strerror(error));
}

// The text up to its last line "sha256 DIGEST\n" when the digest is that of the text.
std::optional<std::string_view> verified_body(std::string_view text) {
  constexpr std::string_view kTag = "sha256 ";
  const std::size_t line = text.rfind(kTag);
  if (line == std::string_view::npos || (line > 0 && text[line - 1] != '\n')) return std::nullopt;
  const std::string_view body = text.substr(0, line);
  const std::string expected = sha256_hex(body);
  if (text.substr(line + kTag.size()) != expected + "\n") return std::nullopt;
  return body;
}

// Takes `prefix` off the front of `text`; false when it is not there.
bool consume(std::string_view& text, std::string_view prefix) {
  if (!text.starts_with(prefix)) return false;
  text.remove_prefix(prefix.size());
  return true;
}

// The name a checkpoint takes while it is removed, so that it goes from its place at
// once: a process killed halfway through leaves no checkpoint with some files missing.
std::string removing_prefix(const fs::path& directory) {
  return fmt::format(".{}.removing-", directory.filename().string());
}

// Takes away what processes that were killed while removing left.
void remove_stale_removals(const fs::path& directory) {
  const std::string prefix = removing_prefix(directory);
  const fs::path parent = directory.parent_path().empty() ? fs::path(".") : directory.parent_path();
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(parent, error)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    int pid = 0;
    const char* end = name.data() + name.size();
    const auto [stop, parsed] = std::from_chars(name.data() + prefix.size(), end, pid);
    if (parsed != std::errc{} || stop != end || pid <= 0) continue;
    if (::kill(pid, 0) != 0 && errno == ESRCH) fs::remove_all(entry.path(), error);
  }
}

}  // namespace

fs::path checkpoint_path(const fs::path& out) {
  const fs::path target = out.has_filename() ? out : out.parent_path();
  return target.parent_path() / (target.filename().string() + ".partial");
}

Checkpoint::Checkpoint(fs::path directory, RunIdentity identity, int months)
    : directory_(std::move(directory)), identity_(std::move(identity)), months_(months) {
  run_digest_ = sha256_hex(identity_text());
}

Checkpoint::~Checkpoint() {
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

std::string Checkpoint::identity_text() const {
  std::string text = "groeipad checkpoint 1\n";
  for (const auto& [name, value] : identity_) text += fmt::format("{} {}\n", name, value);
  return text;
}

bool Checkpoint::exists() const {
  std::error_code error;
  return fs::exists(directory_, error);
}

std::string Checkpoint::difference() const {
  const std::optional<std::string> kept = read_file(directory_ / kIdentityFile);
  if (!kept) return fmt::format("it has no {}", kIdentityFile);
  if (*kept == identity_text()) return "";
  std::istringstream lines(*kept);
  std::string line;
  std::getline(lines, line);  // the format line
  for (const auto& [name, value] : identity_) {
    if (!std::getline(lines, line) || !line.starts_with(name + " ")) {
      return fmt::format("{}: missing there, {} here", name, value);
    }
    const std::string there = line.substr(name.size() + 1);
    if (there != value) return fmt::format("{}: {} there, {} here", name, there, value);
  }
  return "its run.txt has lines this run does not";
}

void Checkpoint::open() {
  std::error_code error;
  fs::create_directories(directory_, error);
  remove_stale_removals(directory_);
  if (error) throw OutputError(directory_, error.message());
  const fs::path lock = directory_ / kLockFile;
  lock_fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd_ < 0) throw OutputError(directory_, std::strerror(errno));
  if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    throw OutputError(directory_, errno == EWOULDBLOCK
                                      ? "another groeipad process is running into it"
                                      : std::strerror(errno));
  }
  // A killed process may have left a temporary file (".NAME.tmp-PID"); the lock says
  // that no process is writing one now.
  for (const auto& entry : fs::directory_iterator(directory_, error)) {
    if (entry.path().filename().string().starts_with('.')) fs::remove(entry.path(), error);
  }
  if (!fs::exists(directory_ / kIdentityFile, error)) put(kIdentityFile, identity_text());
}

void Checkpoint::remove() {
  const fs::path removing =
      directory_.parent_path() / fmt::format("{}{}", removing_prefix(directory_), ::getpid());
  std::error_code error;
  fs::rename(directory_, removing, error);
  if (!error) sync_directory(directory_.parent_path().empty() ? "." : directory_.parent_path());
  if (!error) fs::remove_all(removing, error);
  if (error) throw OutputError(directory_, error.message());
  if (lock_fd_ >= 0) ::close(lock_fd_);
  lock_fd_ = -1;
}

void Checkpoint::put(const std::string& name, const std::string& text) {
  write_file_atomically(directory_ / name, text);
  sync_directory(directory_);
}

std::optional<std::string> Checkpoint::get(const std::string& name) const {
  return read_file(directory_ / name);
}

fs::path Checkpoint::replication_file(int replication) const {
  return directory_ / fmt::format("replication-{:06}.txt", replication);
}

std::optional<Trajectory> Checkpoint::load(int replication) {
  const std::optional<std::string> text = read_file(replication_file(replication));
  if (!text) return std::nullopt;
  std::optional<std::string_view> body = verified_body(*text);
  if (!body) return std::nullopt;
  std::string_view rest = *body;
  if (!consume(rest, kReplicationHeader) ||
      !consume(rest, fmt::format("run {}\nreplication {}\nmonths {}\n", run_digest_, replication,
                                 months_))) {
    return std::nullopt;
  }
  return detail::parse_trajectory(rest, months_);
}

void Checkpoint::save(int replication, const Trajectory& trajectory) {
  std::string text = kReplicationHeader;
  text += fmt::format("run {}\nreplication {}\nmonths {}\n", run_digest_, replication, months_);
  text += detail::trajectory_text(trajectory);
  text += fmt::format("sha256 {}\n", sha256_hex(text));
  put(replication_file(replication).filename().string(), text);
}

}  // namespace groeipad::output
