// Scenarios: read from a file, or from a dict written as TOML and read by the same
// reader, so both give the same Scenario and the same error messages.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "bindings.hpp"
#include "groeipad/io/scenario_reader.hpp"
#include "toml_text.hpp"

namespace py = pybind11;

namespace groeipad::python {
namespace {

using ScenarioPtr = std::shared_ptr<io::ScenarioInput>;

ScenarioPtr read_file(const std::filesystem::path& file) {
  return std::make_shared<io::ScenarioInput>(io::read_scenario_input(file));
}

ScenarioPtr read_text(std::string text, const std::filesystem::path& file) {
  return std::make_shared<io::ScenarioInput>(io::read_scenario_text(std::move(text), file));
}

// (programme, euro per VTE, euro per VTE added by growth money), in programme order.
std::vector<std::tuple<std::string, double, double>> costs(const io::ScenarioInput& input) {
  std::vector<std::tuple<std::string, double, double>> out;
  out.reserve(kAllProgrammes.size());
  for (const Programme p : kAllProgrammes) {
    out.emplace_back(std::string(code_of(p)), input.scenario.cost_per_vte_eur(p),
                     input.scenario.growth_cost_per_vte_eur(p));
  }
  return out;
}

}  // namespace

void bind_scenario(py::module_& m) {
  py::class_<io::ScenarioInput, ScenarioPtr>(m, "ScenarioInput")
      .def_property_readonly("name", [](const io::ScenarioInput& s) { return s.scenario.name; })
      .def_property_readonly("description",
                             [](const io::ScenarioInput& s) { return s.scenario.description; })
      .def_property_readonly("scenario_file",
                             [](const io::ScenarioInput& s) { return s.scenario_file; })
      .def_property_readonly("parameters_file",
                             [](const io::ScenarioInput& s) { return s.scenario.parameters_file; })
      .def_property_readonly("parameters_label",
                             [](const io::ScenarioInput& s) { return s.scenario.parameters.label; })
      .def_property_readonly(
          "start", [](const io::ScenarioInput& s) { return s.scenario.start.to_string(); })
      .def_property_readonly("months", [](const io::ScenarioInput& s) { return s.scenario.months; })
      .def_property_readonly("seed", [](const io::ScenarioInput& s) { return s.scenario.seed; })
      .def_property_readonly("replications",
                             [](const io::ScenarioInput& s) { return s.scenario.replications; })
      .def_property_readonly("population_scale",
                             [](const io::ScenarioInput& s) { return s.scenario.population_scale; })
      .def_property_readonly("text",
                             [](const io::ScenarioInput& s) { return py::bytes(s.scenario_bytes); })
      .def("costs", &costs)
      .def("capacity_vte", [](const io::ScenarioInput& s, const std::string& code, int month) {
        const auto programme = programme_from_code(code);
        if (!programme) throw py::value_error("unknown programme " + code);
        return s.scenario.capacity_vte(*programme, month);
      });

  m.def("read_scenario", &read_file, py::arg("file"));
  m.def("read_scenario_text", &read_text, py::arg("text"), py::arg("file"));
  m.def("toml_text", &toml_text, py::arg("document"));
}

}  // namespace groeipad::python
