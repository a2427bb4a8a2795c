// The calibration, as `groeipad calibrate` runs it: the source data and base parameters
// read by the same readers (so the same one-line errors), the fit run with the GIL
// released, the report handed over as the command's JSON text, which the package turns
// into DataFrames and dicts.

#include <pybind11/pybind11.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "bindings.hpp"
#include "groeipad/calibration/audit.hpp"
#include "groeipad/calibration/audit_json.hpp"
#include "groeipad/calibration/calibrate.hpp"
#include "groeipad/calibration/report_json.hpp"
#include "groeipad/io/input_error.hpp"
#include "groeipad/io/parameters_reader.hpp"
#include "groeipad/io/source_table.hpp"

namespace py = pybind11;

namespace groeipad::python {
namespace {

calibration::DurationShape shape_of(const std::string& name) {
  if (name == "equal_steps") return calibration::DurationShape::equal_steps;
  if (name == "single_step") return calibration::DurationShape::single_step;
  if (name == "fixed_long") return calibration::DurationShape::fixed_long;
  throw py::value_error("shape: expected equal_steps, single_step or fixed_long, found \"" + name +
                        "\"");
}

std::string calibrate(int year, int population_year, const std::string& shape, double b24,
                      double b60, bool refine, bool sensitivity, std::uint64_t seed,
                      int replications, int threads, const std::filesystem::path& data,
                      const std::filesystem::path& base) {
  if (year != 2009 && year != 2010) {
    throw py::value_error("year: expected 2009 or 2010 (the years of Tabel 4), found " +
                          std::to_string(year));
  }
  if (replications < 1) throw py::value_error("replications: expected at least 1");
  calibration::CalibrationOptions options;
  options.year = year;
  options.population_year = population_year == 0 ? year : population_year;
  options.duration = {shape_of(shape), b24, b60};
  options.refine = refine;
  options.sensitivity = sensitivity;
  options.seed = seed;
  options.replications = replications;
  options.threads = threads;
  const std::vector<io::SourceFigure> figures = io::read_source_directory(data);
  const Parameters parameters = io::read_parameters(base);
  nlohmann::json report;
  {
    const py::gil_scoped_release released;
    try {
      report = calibration::report_json(
          calibration::calibrate(calibration::SourceData(figures), parameters, options));
    } catch (const std::invalid_argument& e) {
      io::fail(data, 0, "data", e.what());
    }
    report["audit"] = calibration::audit_json(calibration::audit(figures));
  }
  return report.dump();
}

}  // namespace

void bind_calibrate(py::module_& m) {
  m.def("calibrate", &calibrate, py::arg("year"), py::arg("population_year"), py::arg("shape"),
        py::arg("b24"), py::arg("b60"), py::arg("refine"), py::arg("sensitivity"), py::arg("seed"),
        py::arg("replications"), py::arg("threads"), py::arg("data"), py::arg("base"),
        "The calibration report as JSON text (groeipad calibrate --json).");
}

}  // namespace groeipad::python
