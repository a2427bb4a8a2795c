#include "simulation/ledger.hpp"

#include <algorithm>

namespace groeipad::detail {

void Ledger::clear() {
  std::fill(pool_signatures.begin(), pool_signatures.end(), 0);
  job_seekers.fill(0);
  participants.fill(0);
  units.fill(0);
}

void Ledger::add(const Ledger& delta) {
  for (std::size_t s = 0; s < pool_signatures.size(); ++s) {
    pool_signatures[s] += delta.pool_signatures[s];
  }
  for (std::size_t c = 0; c < job_seekers.size(); ++c) job_seekers[c] += delta.job_seekers[c];
  for (int k = 0; k < kProgrammeCount; ++k) {
    participants[k] += delta.participants[k];
    units[k] += delta.units[k];
  }
}

Ledger Ledger::count(const Population& people, const EligibilityTable& eligibility) {
  Ledger ledger(eligibility.signature_count());
  for (std::size_t i = 0; i < people.size(); ++i) {
    const std::uint8_t s = people.state[i];
    if (s == state::nwwz) {
      ++ledger.job_seekers[job_seeker_cell(people.profile[i], people.duration_months[i])];
      if ((people.marks[i] & mark::moved) == 0) {
        ++ledger.pool_signatures[eligibility.signature_of_cell(
            eligibility.cell(people.profile[i], people.duration_months[i], people.marks[i]))];
      }
    } else if (state::in_programme(s)) {
      ++ledger.participants[s];
      ledger.units[s] += people.vte_units[i];
    }
  }
  return ledger;
}

}  // namespace groeipad::detail
