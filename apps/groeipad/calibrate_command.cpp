// `calibrate --year {2009|2010}`: fits every rate of the model to the source tables of a
// year and writes a parameters file the engine reads (calibration/README.md).

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "calibrated_parameters.hpp"
#include "calibration_report.hpp"
#include "commands.hpp"
#include "groeipad/calibration/audit.hpp"
#include "groeipad/calibration/audit_json.hpp"
#include "groeipad/calibration/calibrate.hpp"
#include "groeipad/calibration/report_json.hpp"
#include "groeipad/io/input_error.hpp"
#include "groeipad/io/parameters_reader.hpp"
#include "groeipad/output/output_directory.hpp"
#include "usage_error.hpp"

namespace groeipad::cli {
namespace {

calibration::DurationShape shape_of(const std::string& name) {
  if (name == "equal_steps") return calibration::DurationShape::equal_steps;
  if (name == "single_step") return calibration::DurationShape::single_step;
  if (name == "fixed_long") return calibration::DurationShape::fixed_long;
  throw UsageError(
      fmt::format("--shape: expected equal_steps, single_step or fixed_long, found {:?}", name));
}

}  // namespace

int calibrate_command(const CalibrateArguments& a) {
  if (a.year != 2009 && a.year != 2010) {
    throw UsageError(
        fmt::format("--year: expected 2009 or 2010 (the years of Tabel 4), found {}", a.year));
  }
  if (a.population != "year" && a.population != "2011") {
    throw UsageError(fmt::format("--population: expected year or 2011, found {:?}", a.population));
  }
  if (a.replications < 1) throw UsageError("--replications: expected at least 1");
  if (a.out) output::check_writable(a.out->parent_path().empty() ? "." : a.out->parent_path());

  const std::vector<io::SourceFigure> figures = io::read_source_directory(a.data);
  const Parameters base = io::read_parameters(a.base);
  calibration::CalibrationOptions options;
  options.year = a.year;
  options.population_year = a.population == "2011" ? 2011 : a.year;
  options.duration.shape = shape_of(a.shape);
  options.duration.b24 = a.b24;
  options.duration.b60 = a.b60;
  options.refine = !a.no_refine;
  options.seed = a.seed;
  options.replications = a.replications;
  options.threads = a.threads;
  options.sensitivity = !a.no_sensitivity;
  calibration::Calibration result;
  try {
    result = calibration::calibrate(calibration::SourceData(figures), base, options);
  } catch (const std::invalid_argument& e) {
    io::fail(a.data, 0, "data", e.what());
  }

  if (a.out) {
    const std::string text = calibrated_parameters_toml(a.base, result, a.command_line);
    output::write_file_atomically(*a.out, text);
    io::read_parameters(*a.out);  // what was written reads back: the engine can use it
  }
  if (a.json) {
    nlohmann::json j = calibration::report_json(result);
    // The audit's findings, with the value the calibration uses for each and why: a
    // reader of the calibration sees which printed figures it did not take as printed.
    j["audit"] = calibration::audit_json(calibration::audit(figures));
    fmt::print("{}\n", j.dump(2));
  } else {
    fmt::print("{}", calibration_text(result));
    if (a.out) fmt::print("\nwritten: {}\n", a.out->string());
  }
  return 0;
}

}  // namespace groeipad::cli
