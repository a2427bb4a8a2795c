#include "capacity_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>
#include <stdexcept>
#include <string_view>

namespace groeipad::io::detail {

namespace {

// Capacity sums are compared with this slack, so that a cut equal to the capacity on
// paper (which may not be exact in binary, least of all after a division by a cost per
// VTE) is not rejected.
constexpr double kCapacitySlack = 1e-9;

// A yearly change of -100 % or less would leave nothing, or less than nothing.
constexpr Range kGrowthPct{-100, std::numeric_limits<double>::infinity(), true, false};
constexpr IntRange kPhaseInMonths{1, 120};

YearMonth read_month_from(const Node& node, YearMonth start) {
  const YearMonth month = read_month(node);
  if (month < start) {
    node.fail(fmt::format("expected a month at or after the start {}, found {}", start.to_string(),
                          month.to_string()));
  }
  return month;
}

StepRead read_step(const Node& node, YearMonth start) {
  Table table = node.table();
  static constexpr std::array<std::string_view, 4> kKeys = {"from", "vte", "eur",
                                                            "phase_in_months"};
  table.expect_keys(kKeys);
  CapacityStep step;
  step.from = read_month_from(table.require("from", "a month as YYYY-MM"), start);
  const std::optional<Node> vte = table.find("vte");
  const std::optional<Node> eur = table.find("eur");
  if (vte && eur) node.fail("expected either vte or eur, found both");
  if (!vte && !eur) node.fail("expected either vte or eur, found neither");
  if (vte) {
    step.vte = vte->number();
  } else {
    step.eur = eur->number();
  }
  step.phase_in_months =
      static_cast<int>(table.optional_integer("phase_in_months", kPhaseInMonths).value_or(1));
  return StepRead{step, vte ? *vte : *eur};
}

// Whether the growth of `path` multiplies the base anew in `month`.
bool grows_in(const CapacityPath& path, YearMonth month) {
  return path.growth_from && *path.growth_from <= month &&
         (month.serial() - path.growth_from->serial()) % 12 == 0;
}

}  // namespace

YearMonth read_month(const Node& node) {
  // A TOML date (2011-06-01) is the likely mistake; the message shows the form wanted.
  if (node.raw().as_string() == nullptr) node.expected_type("a month as a string \"YYYY-MM\"");
  const auto month = parse_year_month(node.string());
  if (!month) node.expected("a month as YYYY-MM");
  return *month;
}

CapacityRead read_capacity(Table table, YearMonth start) {
  static constexpr std::array<std::string_view, 7> kKeys = {
      "base_vte", "budget_eur",        "cost_per_vte_eur", "growth_cost_per_vte_eur",
      "steps",    "annual_growth_pct", "growth_from"};
  table.expect_keys(kKeys);
  CapacityRead read;
  CapacityPath& path = read.path;
  path.base_vte = table.optional_number("base_vte", kNonNegative);
  if (auto budget = table.find("budget_eur")) {
    if (path.base_vte) budget->fail("expected either base_vte or budget_eur, found both");
    path.budget_eur = budget->number(kNonNegative);
  }
  path.cost_per_vte_eur = table.optional_number("cost_per_vte_eur", kPositive);
  path.growth_cost_per_vte_eur = table.optional_number("growth_cost_per_vte_eur", kPositive);
  if (auto steps = table.find("steps")) {
    for (const Node& step : steps->array()) read.steps.push_back(read_step(step, start));
  }
  for (const StepRead& step : read.steps) path.steps.push_back(step.step);
  if (auto growth = table.find("annual_growth_pct")) {
    path.annual_growth_pct = growth->number(kGrowthPct);
    path.growth_from = read_month_from(table.require("growth_from", "a month as YYYY-MM"), start);
    read.growth = growth;
  } else if (auto from = table.find("growth_from")) {
    from->fail("expected only with annual_growth_pct, found no annual_growth_pct");
  }
  return read;
}

void check_capacity_stays_non_negative(Programme programme, const CapacityRead& read,
                                       const ProgrammeParameters& parameters, YearMonth start,
                                       int months) {
  const CapacityCosts costs = capacity_costs(read.path, parameters);
  int last = start.serial() + months;
  for (const StepRead& s : read.steps) {
    last = std::max(last, s.step.from.serial() + s.step.phase_in_months - 1);
  }
  for (int serial = start.serial(); serial <= last; ++serial) {
    const YearMonth now = YearMonth::from_serial(serial);
    const double vte = path_capacity_vte(read.path, parameters, now);
    if (vte >= -kCapacitySlack) continue;
    // The base never goes below zero and growth only scales it, so a cut is in force.
    const Node* in_force = nullptr;  // the last cut written that is in force
    const Node* changing = nullptr;  // the last cut written that changes this month
    for (const StepRead& s : read.steps) {
      if (s.step.from > now || step_full_vte(s.step, costs) >= 0) continue;
      in_force = &s.amount;
      if (serial < s.step.from.serial() + s.step.phase_in_months) changing = &s.amount;
    }
    const Node* culprit = changing != nullptr ? changing : in_force;
    if (changing == nullptr && read.growth && grows_in(read.path, now)) culprit = &*read.growth;
    if (culprit == nullptr) throw std::logic_error("capacity below zero without a cut");
    culprit->fail(fmt::format("expected the {} capacity to stay >= 0, found {} VTE from {}",
                              code_of(programme), vte, now.to_string()));
  }
}

}  // namespace groeipad::io::detail
