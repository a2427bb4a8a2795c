#include "groeipad/io/scenario_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "groeipad/io/input_error.hpp"
#include "parameters_document.hpp"
#include "toml_access.hpp"
#include "toml_document.hpp"

namespace groeipad::io {

namespace {

using detail::IntRange;
using detail::Node;
using detail::Range;
using detail::Table;

// Capacity sums are compared with this slack, so that a cut equal to the capacity on
// paper (which may not be exact in binary) is not rejected.
constexpr double kCapacitySlack = 1e-9;

YearMonth read_month(const Node& node) {
  // A TOML date (2011-06-01) is the likely mistake; the message shows the form wanted.
  if (node.raw().as_string() == nullptr) node.expected_type("a month as a string \"YYYY-MM\"");
  const auto month = parse_year_month(node.string());
  if (!month) node.expected("a month as YYYY-MM");
  return *month;
}

// A step as read, with the node of its vte to report a capacity driven negative.
struct StepRead {
  CapacityStep step;
  Node vte;
};

struct CapacityRead {
  CapacityPath path;
  std::vector<StepRead> steps;
};

StepRead read_step(const Node& node, YearMonth start) {
  Table table = node.table();
  static constexpr std::array<std::string_view, 2> kKeys = {"from", "vte"};
  table.expect_keys(kKeys);
  const Node from = table.require("from", "a month as YYYY-MM");
  const YearMonth month = read_month(from);
  if (month < start) {
    from.fail(fmt::format("expected a month at or after the start {}, found {}", start.to_string(),
                          month.to_string()));
  }
  const Node vte = table.require("vte", "a number");
  return StepRead{CapacityStep{month, vte.number()}, vte};
}

CapacityRead read_capacity(Table table, YearMonth start) {
  static constexpr std::array<std::string_view, 2> kKeys = {"base_vte", "steps"};
  table.expect_keys(kKeys);
  CapacityRead read;
  read.path.base_vte = table.optional_number("base_vte", detail::kNonNegative);
  if (auto steps = table.find("steps")) {
    for (const Node& step : steps->array()) read.steps.push_back(read_step(step, start));
  }
  for (const StepRead& step : read.steps) read.path.steps.push_back(step.step);
  return read;
}

// The capacity changes only at step months; it must not be negative at any of them.
// The step reported is the last one written for the first month that goes below zero.
void check_capacity_stays_non_negative(Programme programme, const CapacityRead& read, double base) {
  std::vector<YearMonth> months;
  for (const StepRead& s : read.steps) months.push_back(s.step.from);
  std::sort(months.begin(), months.end());
  for (const YearMonth month : months) {
    double vte = base;
    const StepRead* last = nullptr;
    for (const StepRead& s : read.steps) {
      if (s.step.from <= month) vte += s.step.vte;
      if (s.step.from == month) last = &s;
    }
    if (vte < -kCapacitySlack) {
      last->vte.fail(fmt::format("expected the {} capacity to stay >= 0, found {} VTE from {}",
                                 code_of(programme), vte, month.to_string()));
    }
  }
}

}  // namespace

ScenarioInput read_scenario_input(const std::filesystem::path& file) {
  ScenarioInput input;
  input.scenario_bytes = detail::read_input_file(file);
  toml::table document = detail::parse_document(input.scenario_bytes, file);
  const detail::Origin origin(file.string());
  Table root(document, "", origin);
  static constexpr std::array<std::string_view, 10> kKeys = {
      "name", "description",  "parameters", "start",    "months",
      "seed", "replications", "population", "capacity", "overrides"};
  root.expect_keys(kKeys);

  Scenario& scenario = input.scenario;
  scenario.name = root.non_empty_string("name");
  scenario.description = root.optional_string("description").value_or("");
  const Node parameters = root.require("parameters", "a path to a parameters file");
  scenario.parameters_file = (file.parent_path() / parameters.string()).lexically_normal();
  const std::filesystem::path& parameters_file = scenario.parameters_file;
  scenario.start = read_month(root.require("start", "a month as YYYY-MM"));
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
        capacity[index_of(p)] = read_capacity(*std::move(table), scenario.start);
      }
    }
  }

  // The parameters file, with the overrides laid over it. Nodes keep the file they were
  // written in, so a bad override is reported at this scenario file.
  detail::FileText text = detail::read_file_text(parameters_file);
  if (!text.text) {
    parameters.fail(fmt::format("cannot read {}: {}",
                                detail::quote(parameters_file.string(), std::string::npos),
                                text.reason));
  }
  toml::table merged = detail::parse_document(*text.text, parameters_file);
  input.parameters_bytes = *std::move(text.text);
  if (auto overrides = root.find("overrides")) {
    (void)overrides->table();  // a table, or an error naming the key
    detail::merge_into(merged, *document.get_as<toml::table>("overrides"));
  }
  scenario.parameters = detail::read_parameters(
      merged, detail::Origin(parameters_file.string(), document.source().path));

  for (const Programme p : kAllProgrammes) {
    const auto& read = capacity[index_of(p)];
    if (!read) continue;
    scenario.capacity[index_of(p)] = read->path;
    const double base = read->path.base_vte.value_or(scenario.parameters.programme(p).start_vte);
    check_capacity_stays_non_negative(p, *read, base);
  }
  return input;
}

Scenario read_scenario(const std::filesystem::path& file) {
  return read_scenario_input(file).scenario;
}

}  // namespace groeipad::io
