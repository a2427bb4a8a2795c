#include "groeipad/io/comparable.hpp"

#include <fmt/format.h>

#include "groeipad/io/input_error.hpp"

namespace groeipad::io {

void check_comparable(const Scenario& base, const std::filesystem::path& alt_file,
                      const Scenario& alt) {
  if (alt.start != base.start) {
    fail(alt_file, 0, "start",
         fmt::format("expected the base scenario's start {}, found {}", base.start.to_string(),
                     alt.start.to_string()));
  }
  if (alt.months != base.months) {
    fail(alt_file, 0, "months",
         fmt::format("expected the base scenario's {} months, found {}", base.months, alt.months));
  }
  if (alt.population_scale != base.population_scale) {
    fail(alt_file, 0, "population.scale",
         fmt::format("expected the base scenario's scale {}, found {}", base.population_scale,
                     alt.population_scale));
  }
}

}  // namespace groeipad::io
