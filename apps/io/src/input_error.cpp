#include "groeipad/io/input_error.hpp"

#include <fmt/format.h>

namespace groeipad::io {

void fail(const std::filesystem::path& file, int line, std::string_view key,
          std::string_view message) {
  std::string where = file.string();
  if (line > 0) where += fmt::format(":{}", line);
  if (key.empty()) throw InputError(fmt::format("{}: {}", where, message));
  throw InputError(fmt::format("{}: {}: {}", where, key, message));
}

}  // namespace groeipad::io
