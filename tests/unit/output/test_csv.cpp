// The numbers of the CSV files: fixed point, at most three decimals, no trailing zeros,
// and never "-0" (a tiny negative mean would otherwise differ from a zero one by sign).

#include <gtest/gtest.h>

#include "groeipad/output/csv.hpp"

namespace groeipad::output {
namespace {

TEST(FormatNumber, WholeNumberHasNoDecimals) { EXPECT_EQ(format_number(14365), "14365"); }

TEST(FormatNumber, TrailingZerosAreDropped) {
  EXPECT_EQ(format_number(0.8770), "0.877");
  EXPECT_EQ(format_number(2.5), "2.5");
}

TEST(FormatNumber, RoundsToThreeDecimals) { EXPECT_EQ(format_number(0.12345), "0.123"); }

TEST(FormatNumber, NegativeZeroIsZero) {
  EXPECT_EQ(format_number(-0.0001), "0");
  EXPECT_EQ(format_number(-0.0), "0");
}

TEST(FormatNumber, NegativeNumberKeepsItsSign) { EXPECT_EQ(format_number(-2.5), "-2.5"); }

TEST(SummaryCsv, HeaderNamesThePeriodAndUnitColumns) {
  const std::vector<SummaryRow> rows = {{"2011-06", "SW", "vte", {3690, 3689.5, 3690, 3690.25}}};
  EXPECT_EQ(summary_csv("month", "programme", rows),
            "month,programme,metric,mean,p05,p50,p95\n2011-06,SW,vte,3690,3689.5,3690,3690.25\n");
}

}  // namespace
}  // namespace groeipad::output
