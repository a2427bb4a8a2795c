#include "groeipad/output/manifest.hpp"

#include <chrono>
#include <nlohmann/json.hpp>

namespace groeipad::output {

std::string manifest_json(const Scenario& scenario, const RunFacts& facts) {
  nlohmann::ordered_json j;
  j["scenario"] = scenario.name;
  j["scenario_file"] = facts.scenario_file.string();
  j["scenario_sha256"] = facts.scenario_digest;
  j["description"] = scenario.description;
  j["parameters_file"] = scenario.parameters_file.string();
  j["parameters_sha256"] = facts.parameters_digest;
  j["parameters_label"] = scenario.parameters.label;
  j["seed"] = facts.options.seed;
  j["replications"] = facts.options.replications;
  j["threads"] = facts.threads_used;
  j["engine_version"] = facts.engine_version;
  j["git_commit"] = facts.git_commit;
  j["start_month"] = scenario.start.to_string();
  j["months"] = scenario.months;
  j["population_scale"] = scenario.population_scale;
  j["wall_seconds"] = facts.wall_seconds;
  j["agent_months"] = facts.agent_months;
  const std::int64_t simulated =
      facts.simulated_agent_months >= 0 ? facts.simulated_agent_months : facts.agent_months;
  j["agent_months_per_second"] =
      facts.wall_seconds > 0 ? static_cast<double>(simulated) / facts.wall_seconds : 0.0;
  return j.dump(2) + "\n";
}

}  // namespace groeipad::output
