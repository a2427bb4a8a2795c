// The job seekers' composition of a calibration year: raking meets its margins, the
// shares Tabel 4 implies lie in their rounding ranges, June 2011 is Tabel 3 itself.

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "groeipad/calibration/composition.hpp"
#include "groeipad/io/source_table.hpp"

namespace groeipad::calibration {
namespace {

SourceData source_data() {
  return SourceData(io::read_source_directory(std::filesystem::path(GROEIPAD_SOURCE_DIR) /
                                              "calibration" / "data"));
}

double with_flag(const std::vector<ProfileCell>& cells, Profile bit) {
  double n = 0;
  for (const ProfileCell& c : cells) {
    if ((c.flags & bit) != 0) n += static_cast<double>(c.count);
  }
  return n;
}

TEST(Composition, RakingMeetsTotalAndGroupCounts) {
  const std::vector<ProfileCell> seed = table3_cells(source_data());
  const std::array<double, 4> groups = {46436, 29376, 51907, 102280};
  const std::vector<ProfileCell> raked = rake_cells(seed, 197000.4, groups);
  double total = 0;
  for (const ProfileCell& c : raked) total += static_cast<double>(c.count);
  EXPECT_EQ(total, 197000);
  const Profile bits[] = {profile_bit::A, profile_bit::H, profile_bit::O, profile_bit::K};
  for (int g = 0; g < 4; ++g) {
    // Integer cells: each margin within the 16 roundings of its cells.
    EXPECT_NEAR(with_flag(raked, bits[g]), groups[g], 8) << g;
  }
}

TEST(Composition, June2011IsTabel3) {
  const Composition c = compose(source_data(), 2010, 2011);
  double total = 0;
  for (const ProfileCell& cell : c.cells) total += static_cast<double>(cell.count);
  EXPECT_EQ(total, 182510);
  EXPECT_EQ(c.long_term.no_group, 4677);  // 51,802 - 47,125: the printed 677 drops a digit
  EXPECT_EQ(c.long_term.a, 9707);
  EXPECT_EQ(c.long_term.k_five_years, 13356);
}

TEST(Composition, YearSharesLieInTheirRoundingRanges) {
  for (const int year : {2009, 2010}) {
    const Composition c = compose(source_data(), year, year);
    for (const DerivedShare& d : c.derived) {
      EXPECT_LE(d.low, d.value) << year << " " << d.name;
      EXPECT_GE(d.high, d.value) << year << " " << d.name;
    }
    // The total lies between the totals each identity gives alone.
    const double origin = compose(source_data(), year, year, TotalChoice::origin).job_seekers;
    const double disability =
        compose(source_data(), year, year, TotalChoice::disability).job_seekers;
    EXPECT_GE(c.job_seekers, std::min(origin, disability));
    EXPECT_LE(c.job_seekers, std::max(origin, disability));
  }
}

}  // namespace
}  // namespace groeipad::calibration
