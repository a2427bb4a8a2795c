// libFuzzer target: the reader of the calibration source tables (calibration/data/*.csv)
// on arbitrary bytes. Bad input must end in an InputError with a one-line message naming
// the file; anything else — a crash, a sanitizer report, another exception escaping — is
// a bug.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "groeipad/io/input_error.hpp"
#include "groeipad/io/source_table.hpp"
#include "input_error_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  constexpr std::string_view kFile = "calibration/data/fuzz-input.csv";
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    (void)groeipad::io::parse_source_table(kFile, bytes);
  } catch (const groeipad::io::InputError& error) {
    groeipad::fuzz::check_input_error(error.what(), kFile);
  }
  return 0;
}
