// _groeipad: the engine, readers, writers and run store of groeipad as a Python extension
// module. Only the package python/groeipad/ imports it; users import `groeipad`.

#include <pybind11/pybind11.h>

#include "bindings.hpp"
#include "groeipad/build_info.hpp"

PYBIND11_MODULE(_groeipad, m) {
  m.doc() = "groeipad engine bindings (use the groeipad package)";
  m.attr("version") = groeipad::build_info::version;
  m.attr("git_commit") = groeipad::build_info::git_commit;
  groeipad::python::bind_errors(m);
  groeipad::python::bind_scenario(m);
  groeipad::python::bind_run(m);
  groeipad::python::bind_compare(m);
  groeipad::python::bind_store(m);
  groeipad::python::bind_calibrate(m);
}
