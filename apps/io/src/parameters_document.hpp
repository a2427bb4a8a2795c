#pragma once
// The parameters reader on an already parsed (and possibly overridden) document, for
// the scenario reader, which merges a scenario's [overrides] in first.

#include <toml++/toml.h>

#include "groeipad/params/parameters.hpp"
#include "toml_access.hpp"

namespace groeipad::io::detail {

Parameters read_parameters(const toml::table& document, const Origin& origin);

}  // namespace groeipad::io::detail
