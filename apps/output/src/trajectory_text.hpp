#pragma once
// A replication's trajectory as text for its checkpoint file: one line a month, the
// month record's integers in a fixed order. Integers, so that a trajectory read back is
// exactly the one written.

#include <optional>
#include <string>
#include <string_view>

#include "groeipad/stats/summary.hpp"

namespace groeipad::output::detail {

std::string trajectory_text(const Trajectory& trajectory);

// The trajectory of `text` with `months` + 1 records, or nullopt when it is not one.
std::optional<Trajectory> parse_trajectory(std::string_view text, int months);

}  // namespace groeipad::output::detail
