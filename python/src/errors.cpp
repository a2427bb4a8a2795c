// The C++ error types as Python exceptions with the same one-line messages the command
// line prints, so a notebook shows what `groeipad run` would have said:
//   io::InputError      -> groeipad.InputError(ValueError)  "FILE:LINE: KEY: expected ..., found
//   ..." output::OutputError -> groeipad.OutputError(OSError)    "cannot write DIR: REASON"
//   store::StoreError   -> groeipad.StoreError(OSError)     "PATH: REASON"

#include <pybind11/pybind11.h>

#include "bindings.hpp"
#include "groeipad/io/input_error.hpp"
#include "groeipad/output/output_error.hpp"
#include "groeipad/store/store_error.hpp"

namespace py = pybind11;

namespace groeipad::python {

void bind_errors(py::module_& m) {
  // py::exception keeps the Python class alive for the lifetime of the module.
  static py::exception<io::InputError> input_error(m, "InputError", PyExc_ValueError);
  static py::exception<output::OutputError> output_error(m, "OutputError", PyExc_OSError);
  static py::exception<store::StoreError> store_error(m, "StoreError", PyExc_OSError);
  // By value: the signature pybind11's translators must have.
  // NOLINTNEXTLINE(performance-unnecessary-value-param)
  py::register_exception_translator([](std::exception_ptr thrown) {
    try {
      if (thrown) std::rethrow_exception(thrown);
    } catch (const io::InputError& e) {
      input_error(e.what());
    } catch (const output::OutputError& e) {
      output_error(e.what());
    } catch (const store::StoreError& e) {
      store_error(e.what());
    }
  });
}

}  // namespace groeipad::python
