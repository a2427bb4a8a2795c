#pragma once
// Everything one month of one replication produces: flows during the month and stocks
// at its end, per programme and per group of job seekers. Counts are exact integers;
// VTE are in kVteUnits.

#include <array>
#include <cstdint>

#include "groeipad/core/profile.hpp"
#include "groeipad/core/programme.hpp"

namespace groeipad {

struct ProgrammeMonth {
  std::int64_t instroom = 0;            // entrants
  std::int64_t uitstroom = 0;           // leavers, every reason
  std::int64_t uitstroom_werk = 0;      // leavers to regular work
  std::int64_t uitstroom_pensioen = 0;  // leavers who reached the retirement age (to OUT)
  std::int64_t personen = 0;            // participants at the end of the month
  std::int64_t vte_units = 0;           // occupied VTE at the end of the month
  std::int64_t capacity_units = 0;      // funded VTE this month
  std::int64_t pool = 0;                // job seekers eligible this month
};

struct GroupMonth {
  std::int64_t nwwz = 0;            // job seekers at the end of the month
  std::int64_t naar_werk = 0;       // job seekers who found work
  std::int64_t naar_out = 0;        // job seekers who left for other reasons or retired
  std::int64_t nieuw = 0;           // new registrations
  std::int64_t naar_programma = 0;  // job seekers who entered a programme
  std::int64_t van_programma = 0;   // programme leavers back to the job seekers
  std::int64_t langdurig_2j = 0;    // job seekers unemployed two years or more at month end
};

struct MonthRecord {
  std::array<ProgrammeMonth, kProgrammeCount> programmes{};
  std::array<GroupMonth, kGroupCount> groups{};
  std::int64_t work_total = 0;    // persons in WORK, cumulated since the start
  std::int64_t out_total = 0;     // persons in OUT, cumulated since the start
  std::int64_t agent_months = 0;  // persons simulated this month (job seekers and participants)

  [[nodiscard]] const ProgrammeMonth& programme(Programme p) const {
    return programmes[index_of(p)];
  }
  [[nodiscard]] const GroupMonth& group(Group g) const { return groups[static_cast<int>(g)]; }
  // Everybody the model has ever held: job seekers, participants, WORK and OUT.
  [[nodiscard]] std::int64_t everybody() const;
};

}  // namespace groeipad
