#include "groeipad/population/population.hpp"

namespace groeipad {

void Population::resize(std::size_t n) {
  state.resize(n, state::vacant);
  profile.resize(n, 0);
  duration_months.resize(n, 0);
  months_in_state.resize(n, 0);
  age_months.resize(n, 0);
  vte_units.resize(n, 0);
  marks.resize(n, 0);
  id_index.resize(n, 0);
  id_origin.resize(n, 0);
}

void Population::reserve(std::size_t n) {
  state.reserve(n);
  profile.reserve(n);
  duration_months.reserve(n);
  months_in_state.reserve(n);
  age_months.reserve(n);
  vte_units.reserve(n);
  marks.reserve(n);
  id_index.reserve(n);
  id_origin.reserve(n);
}

}  // namespace groeipad
