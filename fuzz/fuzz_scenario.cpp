// libFuzzer target: the scenario reader on arbitrary bytes. They are read as a file in
// scenarios/, so that the `base` and `parameters` paths of the seeds (the scenario
// library) lead to the real files and the fuzzer gets past them into the whole reader.
// Bad input must end in an InputError with a one-line message; anything else — a crash,
// a sanitizer report, another exception escaping — is a bug.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>

#include "groeipad/io/input_error.hpp"
#include "groeipad/io/scenario_reader.hpp"
#include "input_error_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path kFile = GROEIPAD_SOURCE_DIR "/scenarios/fuzz-input.toml";
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    (void)groeipad::io::read_scenario_input(kFile, std::move(bytes));
  } catch (const groeipad::io::InputError& error) {
    // Every file it reads is resolved from kFile, an absolute path, and so is named so
    // (a base may point anywhere).
    groeipad::fuzz::check_input_error(error.what(), "/");
  }
  return 0;
}
