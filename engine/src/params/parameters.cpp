#include "groeipad/params/parameters.hpp"

#include <stdexcept>

namespace groeipad {

const JobFindingCoefficients& Parameters::job_finding_for(int year) const {
  if (job_finding.empty()) throw std::logic_error("parameters hold no job-finding coefficients");
  const JobFindingCoefficients* chosen = &job_finding.front();
  for (const auto& set : job_finding) {
    if (set.year <= year) chosen = &set;
  }
  return *chosen;
}

std::int64_t Parameters::start_job_seekers() const {
  std::int64_t total = 0;
  for (const auto& cell : cells) total += cell.count;
  return total;
}

}  // namespace groeipad
