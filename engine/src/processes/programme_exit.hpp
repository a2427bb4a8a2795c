#pragma once
// Programme exits: a participant leaves with the programme's monthly hazard, to regular
// work with its work share and otherwise back to the job seekers; a participant who
// reaches the retirement age leaves to OUT.

#include <array>
#include <cstdint>

#include "groeipad/params/parameters.hpp"
#include "groeipad/population/population.hpp"
#include "groeipad/rng/stream.hpp"

namespace groeipad::detail {

enum class ParticipantExit : std::uint8_t { stays, work, nwwz, retired };

struct ProgrammeExitTable {
  std::array<std::uint32_t, kProgrammeCount> hazard{};
  std::array<std::uint32_t, kProgrammeCount> work_share{};
  std::uint16_t retirement_months = 0;

  explicit ProgrammeExitTable(const Parameters& parameters) {
    for (int p = 0; p < kProgrammeCount; ++p) {
      hazard[p] = rng::threshold(parameters.programmes[p].exit_hazard_monthly);
      work_share[p] = rng::threshold(parameters.programmes[p].work_share);
    }
    retirement_months = static_cast<std::uint16_t>(parameters.ages.retirement_age * 12);
  }

  [[nodiscard]] ParticipantExit decide(std::uint8_t programme, std::uint16_t age_months,
                                       std::uint32_t exit_draw,
                                       std::uint32_t destination_draw) const {
    if (age_months >= retirement_months) return ParticipantExit::retired;
    if (exit_draw >= hazard[programme]) return ParticipantExit::stays;
    return destination_draw < work_share[programme] ? ParticipantExit::work : ParticipantExit::nwwz;
  }
};

}  // namespace groeipad::detail
