#include "groeipad/calibration/report_json.hpp"

#include "groeipad/core/programme.hpp"

namespace groeipad::calibration {
namespace {

nlohmann::json coefficients_json(const JobFindingCoefficients& b) {
  return {{"year", b.year},       {"b0", b.b0},       {"b_a", b.b_a},     {"b_h", b.b_h},
          {"b_young", b.b_young}, {"b_old", b.b_old}, {"b_mid", b.b_mid}, {"b_high", b.b_high},
          {"b_male", b.b_male},   {"b12", b.b12},     {"b24", b.b24},     {"b60", b.b60}};
}

const char* const kGroupNames[] = {"totaal", "A", "H", "O", "K", "geen"};

}  // namespace

nlohmann::json report_json(const Calibration& c) {
  nlohmann::json j;
  j["year"] = c.composition.rates_year;
  j["population_year"] = c.composition.population_year;
  nlohmann::json targets = nlohmann::json::array();
  for (const Target& t : c.targets) {
    targets.push_back({{"name", t.name},
                       {"stage", t.stage},
                       {"target", t.target},
                       {"fitted", t.fitted},
                       {"difference", t.fitted - t.target},
                       {"source", t.source}});
  }
  j["targets"] = targets;
  nlohmann::json programmes = nlohmann::json::object();
  for (const Programme p : kAllProgrammes) {
    const ProgrammeParameters& pp = c.parameters.programme(p);
    programmes[std::string(code_of(p))] = {{"exit_hazard_monthly", pp.exit_hazard_monthly},
                                           {"work_share", pp.work_share},
                                           {"start_persons", pp.start_persons},
                                           {"start_vte", pp.start_vte}};
  }
  nlohmann::json derived = nlohmann::json::array();
  for (const auto& d : c.composition.derived) {
    derived.push_back({{"name", d.name},
                       {"value", d.value},
                       {"low", d.low},
                       {"high", d.high},
                       {"derivation", d.derivation}});
  }
  nlohmann::json sources = nlohmann::json::object();
  for (const auto& [key, source] : c.sources) sources[key] = source;
  const Parameters& p = c.parameters;
  j["parameters"] = {{"label", p.label},
                     {"job_finding", coefficients_json(c.refined_fit.coefficients)},
                     {"job_finding_start_stock", coefficients_json(c.start_fit.coefficients)},
                     {"shares",
                      {{"male", p.shares.male},
                       {"high_among_non_k", p.shares.high_among_non_k},
                       {"young_among_non_o", p.shares.young_among_non_o},
                       {"under_one_year", p.shares.under_one_year}}},
                     {"job_seekers", p.start_job_seekers()},
                     {"programmes", programmes},
                     {"sources", sources}};
  j["derived_shares"] = derived;
  j["notes"] = c.notes;
  nlohmann::json totals = nlohmann::json::array();
  for (const auto& t : c.totals) {
    totals.push_back({{"choice", t.choice},
                      {"job_seekers", t.job_seekers},
                      {"max_abs_residual", t.max_abs_residual},
                      {"coefficients", coefficients_json(t.coefficients)}});
  }
  j["total_sensitivity"] = totals;
  nlohmann::json shapes = nlohmann::json::array();
  for (const auto& s : c.shapes) {
    nlohmann::json groups = nlohmann::json::object();
    for (int g = 0; g < 6; ++g) groups[kGroupNames[g]] = s.groups[g];
    shapes.push_back({{"shape", s.shape},
                      {"months", s.months},
                      {"long_term", s.long_term},
                      {"sw_pool", s.sw_pool},
                      {"groups", groups},
                      {"coefficients", coefficients_json(s.coefficients)}});
  }
  j["duration_sensitivity"] = shapes;
  return j;
}

}  // namespace groeipad::calibration
