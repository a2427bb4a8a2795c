#pragma once
// The parts of the _groeipad extension module, each registered by its own function.
// The Python package `groeipad` (python/groeipad/) wraps them into pandas DataFrames.

#include <pybind11/pybind11.h>

namespace groeipad::python {

void bind_errors(pybind11::module_& m);
void bind_scenario(pybind11::module_& m);
void bind_run(pybind11::module_& m);
void bind_compare(pybind11::module_& m);
void bind_store(pybind11::module_& m);
void bind_calibrate(pybind11::module_& m);

}  // namespace groeipad::python
