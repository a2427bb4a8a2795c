#pragma once
// Running the built groeipad program as a user would: from the repository root (so the
// file names in its messages are the relative paths given), with stdin closed or fed
// from a pipe, and stdout and stderr captured through pipes (stderr is not a terminal,
// so no progress line), and its peak memory. Other programs (a shell that sets limits
// before it starts groeipad) run the same way. Plus a temporary directory per test and
// readers for what a run writes.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "../support/temp_dir.hpp"

namespace groeipad::cli_test {

namespace fs = std::filesystem;

inline fs::path source_dir() { return GROEIPAD_SOURCE_DIR; }

// What a run may be given besides its arguments.
struct CliInput {
  // Bytes on stdin, as from `groeipad run /dev/stdin < FILE` (at most what a pipe holds,
  // 64 KiB); without them stdin is closed.
  std::optional<std::string> stdin_text;
  // Wall time after which the program is ended by SIGALRM (0: no limit), so that a run
  // that should stop at once but goes on simulating fails quickly.
  unsigned time_limit_seconds = 0;
};

struct CliResult {
  int exit_code = -1;  // the exit status, or minus the signal that ended the process
  std::string out;
  std::string err;
  long max_rss_kib = 0;  // the peak resident set, as wait4() (and /usr/bin/time -v) report it
};

namespace detail {

// Reads both pipes until both are closed; reading one to its end first could deadlock
// on a child blocked writing the other.
inline void drain(int out_fd, int err_fd, CliResult& result) {
  std::array<pollfd, 2> fds = {pollfd{out_fd, POLLIN, 0}, pollfd{err_fd, POLLIN, 0}};
  std::array<std::string*, 2> sinks = {&result.out, &result.err};
  int open = 2;
  std::array<char, 4096> buffer{};
  while (open > 0) {
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error("poll failed");
    }
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t n = ::read(fds[i].fd, buffer.data(), buffer.size());
      if (n > 0) {
        sinks[i]->append(buffer.data(), static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open;
      }
    }
  }
}

// A pipe whose read end holds `text` and whose write end is already closed, so the
// reader sees the text and then the end of the file. Returns the read end.
inline int pipe_holding(const std::string& text) {
  std::array<int, 2> ends{};
  if (::pipe2(ends.data(), O_CLOEXEC) != 0) throw std::runtime_error("pipe2 failed");
  // Non-blocking, so that text larger than the pipe is an error rather than a hang.
  if (::fcntl(ends[1], F_SETFL, O_NONBLOCK) != 0) throw std::runtime_error("fcntl failed");
  const ssize_t written = ::write(ends[1], text.data(), text.size());
  ::close(ends[1]);
  if (written != static_cast<ssize_t>(text.size())) {
    throw std::runtime_error("stdin text does not fit in a pipe");
  }
  return ends[0];
}

}  // namespace detail

// Runs `program` with `arguments` in the repository root and waits for it.
inline CliResult run_program(const std::string& program, const std::vector<std::string>& arguments,
                             const CliInput& input = {}) {
  const std::string directory = source_dir().string();
  // Everything the child needs is prepared before fork(): after it, only
  // async-signal-safe calls.
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const std::string& a : arguments) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);

  const int in_fd = input.stdin_text ? detail::pipe_holding(*input.stdin_text) : -1;
  std::array<int, 2> out_pipe{};
  std::array<int, 2> err_pipe{};
  if (::pipe2(out_pipe.data(), O_CLOEXEC) != 0 || ::pipe2(err_pipe.data(), O_CLOEXEC) != 0) {
    throw std::runtime_error("pipe2 failed");
  }
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    if (::chdir(directory.c_str()) != 0) ::_exit(127);
    if (in_fd < 0) {
      ::close(STDIN_FILENO);
    } else if (in_fd == STDIN_FILENO) {
      // The pipe took the free descriptor 0: only its close-on-exec flag must go.
      if (::fcntl(in_fd, F_SETFD, 0) != 0) ::_exit(127);
    } else if (::dup2(in_fd, STDIN_FILENO) < 0) {
      ::_exit(127);
    }
    if (::dup2(out_pipe[1], STDOUT_FILENO) < 0 || ::dup2(err_pipe[1], STDERR_FILENO) < 0) {
      ::_exit(127);
    }
    // A pending alarm survives execv(); its default action ends the program.
    if (input.time_limit_seconds > 0) ::alarm(input.time_limit_seconds);
    ::execv(program.c_str(), argv.data());
    ::_exit(127);
  }
  if (in_fd >= 0) ::close(in_fd);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  CliResult result;
  detail::drain(out_pipe[0], err_pipe[0], result);
  int status = 0;
  rusage usage{};
  while (::wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) throw std::runtime_error("wait4 failed");
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  result.max_rss_kib = usage.ru_maxrss;
  return result;
}

// Runs GROEIPAD_CLI with `arguments` in the repository root and waits for it.
inline CliResult run_cli(const std::vector<std::string>& arguments, const CliInput& input = {}) {
  return run_program(GROEIPAD_CLI, arguments, input);
}

// For failure messages: the whole result of a run.
inline std::string describe(const CliResult& r) {
  return "exit " + std::to_string(r.exit_code) + "\n--- stdout\n" + r.out + "--- stderr\n" + r.err;
}

using TempDir = groeipad::test_support::TempDir;

inline std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The names in a directory, sorted.
inline std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

// A CSV file as its header and its rows split at commas (the run's files never quote).
struct Csv {
  std::string header;
  std::vector<std::vector<std::string>> rows;
};

inline Csv read_csv(const fs::path& file) {
  Csv csv;
  std::istringstream lines(read_text(file));
  std::getline(lines, csv.header);
  for (std::string line; std::getline(lines, line);) {
    std::vector<std::string> fields;
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, ',');) fields.push_back(cell);
    csv.rows.push_back(std::move(fields));
  }
  return csv;
}

// The distinct values of a column, in order of first appearance.
inline std::vector<std::string> distinct(const Csv& csv, std::size_t column) {
  std::vector<std::string> values;
  for (const auto& row : csv.rows) {
    if (column < row.size() &&
        std::find(values.begin(), values.end(), row[column]) == values.end()) {
      values.push_back(row[column]);
    }
  }
  return values;
}

}  // namespace groeipad::cli_test
