#pragma once
// Eligibility rules in a parameters file: an array of clauses, each a table of
// conditions that must all hold; the rule holds when any clause does.

#include "groeipad/params/eligibility.hpp"
#include "toml_access.hpp"

namespace groeipad::io::detail {

// `node` is the array of clauses (inline tables or [[...]] tables).
EligibilityRule read_eligibility_rule(const Node& node);

}  // namespace groeipad::io::detail
