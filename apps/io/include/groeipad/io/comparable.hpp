#pragma once
// What `compare` needs of the scenarios it pairs: an alternative must cover the base's
// months at the base's population scale, as a difference month by month needs both runs
// to have the same rows and the seeds must match for the pairs to share their draws.

#include <filesystem>

#include "groeipad/scenario/scenario.hpp"

namespace groeipad::io {

// Throws InputError at `alt_file` ("FILE: start: expected the base scenario's start
// 2011-06, found 2012-01"; likewise months and population.scale).
void check_comparable(const Scenario& base, const std::filesystem::path& alt_file,
                      const Scenario& alt);

}  // namespace groeipad::io
