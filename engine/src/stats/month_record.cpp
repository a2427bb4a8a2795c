#include "groeipad/stats/month_record.hpp"

namespace groeipad {

std::int64_t MonthRecord::everybody() const {
  std::int64_t total = group(Group::totaal).nwwz + work_total + out_total;
  for (const ProgrammeMonth& p : programmes) total += p.personen;
  return total;
}

}  // namespace groeipad
