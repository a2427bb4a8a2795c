#pragma once
// What every fuzz target asks of a rejected input: the reader's one-line message
// "FILE:LINE: KEY: message". A message on two lines, or one that does not start with the
// file, would reach the user broken, so it stops the fuzzer as a crash does.

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace groeipad::fuzz {

// `file_prefix`: how the named file starts (the file read, or the directory all the files
// a reader may open are resolved from).
inline void check_input_error(std::string_view message, std::string_view file_prefix) {
  const bool one_line = !message.empty() && message.find('\n') == std::string_view::npos;
  if (one_line && message.starts_with(file_prefix)) return;
  std::fprintf(stderr, "fuzz: bad InputError message: [%.*s]\n", static_cast<int>(message.size()),
               message.data());
  std::abort();
}

}  // namespace groeipad::fuzz
