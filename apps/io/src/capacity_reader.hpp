#pragma once
// The [capacity.PROGRAMME] tables of a scenario file, and the check that a capacity
// path never goes below zero (which needs the parameters: start_vte and the costs).

#include <optional>
#include <vector>

#include "groeipad/core/calendar.hpp"
#include "groeipad/core/programme.hpp"
#include "groeipad/params/parameters.hpp"
#include "groeipad/scenario/capacity.hpp"
#include "toml_access.hpp"

namespace groeipad::io::detail {

// A step as read, with the node of its amount (`vte` or `eur`) to name it when it
// takes the capacity below zero.
struct StepRead {
  CapacityStep step;
  Node amount;
};

struct CapacityRead {
  CapacityPath path;
  std::vector<StepRead> steps;
  std::optional<Node> growth;  // annual_growth_pct, which a negative rate may name
};

// A month written as "YYYY-MM".
YearMonth read_month(const Node& node);

// Steps and the start of growth must be at or after `start`.
CapacityRead read_capacity(Table table, YearMonth start);

// Checks every month from `start` to the end of the horizon, or to the month the last
// step is whole if that is later (a cut written past the horizon is wrong all the
// same). The message names what takes the capacity below zero in the first month it is:
// the last step written that changes then, else the yearly growth.
void check_capacity_stays_non_negative(Programme programme, const CapacityRead& read,
                                       const ProgrammeParameters& parameters, YearMonth start,
                                       int months);

}  // namespace groeipad::io::detail
