#include "groeipad/io/scenario_reader.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

#include "capacity_reader.hpp"
#include "groeipad/io/input_error.hpp"
#include "parameters_document.hpp"
#include "scenario_document.hpp"
#include "toml_access.hpp"
#include "toml_document.hpp"

namespace groeipad::io {

namespace {

using detail::CapacityRead;
using detail::IntRange;
using detail::Node;
using detail::Table;

// A path in a scenario is relative to the directory of the file it is written in,
// which for an inherited key is the file it was inherited from.
std::filesystem::path resolve_from_its_file(const Node& node, const std::filesystem::path& file) {
  const auto& written_in = node.raw().source().path;
  const std::filesystem::path directory =
      written_in ? std::filesystem::path(*written_in).parent_path() : file.parent_path();
  return (directory / node.string()).lexically_normal();
}

}  // namespace

ScenarioInput read_scenario_input(const std::filesystem::path& file) {
  return read_scenario_input(file, detail::read_input_file(file));
}

ScenarioInput read_scenario_text(std::string text, const std::filesystem::path& file) {
  return read_scenario_input(file, std::move(text));
}

ScenarioInput read_scenario_input(const std::filesystem::path& file, std::string bytes) {
  ScenarioInput input;
  input.scenario_file = file;
  detail::ScenarioDocument read = detail::read_scenario_document(file, std::move(bytes));
  input.scenario_bytes = std::move(read.bytes);
  for (auto& [path, base_bytes] : read.bases) {
    input.base_files.push_back(InheritedFile{path, std::move(base_bytes)});
  }
  toml::table& document = read.table;
  const detail::Origin origin(file.string());
  Table root(document, "", origin);
  static constexpr std::array<std::string_view, 11> kKeys = {
      "name", "description",  "base",       "parameters", "start",    "months",
      "seed", "replications", "population", "capacity",   "overrides"};
  root.expect_keys(kKeys);

  Scenario& scenario = input.scenario;
  scenario.name = root.non_empty_string("name");
  scenario.description = root.optional_string("description").value_or("");
  const Node parameters = root.require("parameters", "a path to a parameters file");
  scenario.parameters_file = resolve_from_its_file(parameters, file);
  const std::filesystem::path& parameters_file = scenario.parameters_file;
  scenario.start = detail::read_month(root.require("start", "a month as YYYY-MM"));
  scenario.months = static_cast<int>(root.integer("months", IntRange{1, 1200}));
  scenario.seed =
      static_cast<std::uint64_t>(root.optional_integer("seed", IntRange{0, kMaxSeed}).value_or(1));
  scenario.replications =
      static_cast<int>(root.optional_integer("replications", IntRange{1, 100000}).value_or(1));
  if (auto population = root.optional_table("population")) {
    static constexpr std::array<std::string_view, 1> kPopulationKeys = {"scale"};
    population->expect_keys(kPopulationKeys);
    scenario.population_scale =
        static_cast<int>(population->optional_integer("scale", IntRange{1, 1000}).value_or(1));
  }

  std::array<std::optional<CapacityRead>, kProgrammeCount> capacity;
  if (auto by_programme = root.optional_table("capacity")) {
    by_programme->only(kProgrammeCodes, fmt::format("unknown programme, expected one of {}",
                                                    detail::join(kProgrammeCodes)));
    for (const Programme p : kAllProgrammes) {
      if (auto table = by_programme->optional_table(code_of(p))) {
        capacity[index_of(p)] = detail::read_capacity(*std::move(table), scenario.start);
      }
    }
  }

  // The parameters file, with the overrides laid over it. Nodes keep the file they were
  // written in, so a bad override is reported at the scenario file (or the inherited
  // file) that holds it.
  detail::FileText parameters_text = detail::read_file_text(parameters_file);
  if (!parameters_text.text) {
    parameters.fail(fmt::format("cannot read {}: {}",
                                detail::quote(parameters_file.string(), std::string::npos),
                                parameters_text.reason));
  }
  toml::table merged = detail::parse_document(*parameters_text.text, parameters_file);
  input.parameters_bytes = *std::move(parameters_text.text);
  if (auto overrides = root.find("overrides")) {
    (void)overrides->table();  // a table, or an error naming the key
    detail::merge_into(merged, *document.get_as<toml::table>("overrides"));
  }
  scenario.parameters =
      detail::read_parameters(merged, detail::Origin(parameters_file.string(), read.sources));

  for (const Programme p : kAllProgrammes) {
    const auto& path = capacity[index_of(p)];
    if (!path) continue;
    scenario.capacity[index_of(p)] = path->path;
    detail::check_capacity_stays_non_negative(p, *path, scenario.parameters.programme(p),
                                              scenario.start, scenario.months);
  }
  return input;
}

Scenario read_scenario(const std::filesystem::path& file) {
  return read_scenario_input(file).scenario;
}

}  // namespace groeipad::io
