#include "groeipad/core/programme.hpp"

namespace groeipad {

std::optional<Programme> programme_from_code(std::string_view code) {
  for (const Programme p : kAllProgrammes) {
    if (code_of(p) == code) return p;
  }
  return std::nullopt;
}

}  // namespace groeipad
