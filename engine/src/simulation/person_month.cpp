#include "simulation/person_month.hpp"

#include "simulation/person_month_steps.hpp"

namespace groeipad::detail {

Columns Columns::of(Population& people) {
  return Columns{
      people.state.data(),           people.profile.data(),    people.duration_months.data(),
      people.months_in_state.data(), people.age_months.data(), people.vte_units.data(),
      people.marks.data(),           people.id_index.data(),   people.id_origin.data()};
}

void Tally::clear() {
  to_work.fill(0);
  to_out.fill(0);
  from_programme.fill(0);
  registered.fill(0);
  leavers.fill(0);
  leavers_to_work.fill(0);
  retired.fill(0);
  active = 0;
  to_work_total = 0;
  to_out_total = 0;
  delta.clear();
  for (auto& c : collected) c.clear();
  for (auto& h : heaps) h.reset(0);
}

void PersonMonth::exits_chunk(std::size_t begin, std::size_t count, const ChunkDraws& draws,
                              Tally& tally, std::vector<std::uint32_t>& vacated) const {
  for (std::size_t k = 0; k < count; ++k) {
    tally.active += c_.state[begin + k] != state::vacant ? 1 : 0;
    exits(begin + k, draws.exit[k], draws.priority[k], draws.screening[k], tally, vacated);
  }
}

void PersonMonth::ageing_chunk(std::size_t begin, std::size_t count, Tally& tally,
                               std::vector<std::uint32_t>& vacated) const {
  for (std::size_t k = 0; k < count; ++k) ageing(begin + k, tally, vacated);
}

}  // namespace groeipad::detail
