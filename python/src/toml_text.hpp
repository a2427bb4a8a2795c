#pragma once
// A Python dict as the text of a TOML document, so that a scenario given as a dict is
// parsed and checked by the same reader, with the same messages, as a scenario file.

#include <pybind11/pybind11.h>

#include <string>

namespace groeipad::python {

// Tables from dicts (string keys), arrays from lists and tuples, and bool, int, float and
// str values. Anything else raises TypeError naming the key ("capacity.SW.base_vte: ...").
std::string toml_text(const pybind11::dict& document);

}  // namespace groeipad::python
