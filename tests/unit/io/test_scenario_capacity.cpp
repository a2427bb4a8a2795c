// Capacity tables in euro: budgets, costs per VTE, euro steps, phase-in and yearly
// growth as the scenario reader takes them, and the exact message for each bad one.
// The parameters are tests/data/io/parameters.toml: SW starts at 60 VTE and costs
// 15,000 euro per VTE (growth money 12,500), LDE 20 VTE at 10,000, BW 90 VTE at 20,000.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "groeipad/io/scenario_reader.hpp"
#include "io_test_support.hpp"

namespace groeipad::io {
namespace {

using testing::at;
using testing::data_dir;
using testing::error_of;
using testing::fresh_dir;
using testing::line_of;
using testing::read_text;
using testing::write_text;

const std::string kHeader =
    "name = \"euro\"\nparameters = \"parameters.toml\"\nstart = \"2011-06\"\nmonths = 24\n";

class CapacityInEuro : public ::testing::Test {
 protected:
  std::filesystem::path dir_ = fresh_dir();
  std::filesystem::path file_ = dir_ / "scenario.toml";
  std::string text_;

  void SetUp() override {
    write_text(dir_ / "parameters.toml", read_text(data_dir() / "parameters.toml"));
  }
  void TearDown() override { testing::remove_dir(dir_); }

  // Writes the header and then `capacity`.
  void write(std::string_view capacity) {
    text_ = kHeader + std::string(capacity);
    write_text(file_, text_);
  }
  Scenario read(std::string_view capacity) {
    write(capacity);
    return read_scenario(file_);
  }
  std::string error(std::string_view capacity) {
    write(capacity);
    return error_of([&] { (void)read_scenario(file_); });
  }
  // The message for `capacity`, with "FILE:LINE: " of the line holding `needle` taken
  // off when it is there (and a visible difference when it is not).
  std::string error_at(std::string_view capacity, std::string_view needle) {
    const std::string message = error(capacity);
    const std::string where = at(file_, line_of(text_, needle));
    if (message.rfind(where, 0) != 0) return "not at " + where + ": " + message;
    return message.substr(where.size());
  }
};

TEST_F(CapacityInEuro, ReadsEveryKey) {
  const Scenario s = read(
      "[capacity.SW]\n"
      "budget_eur = 3000000\n"
      "cost_per_vte_eur = 20000\n"
      "growth_cost_per_vte_eur = 10000\n"
      "annual_growth_pct = 10\n"
      "growth_from = \"2012-01\"\n"
      "steps = [ { from = \"2011-08\", eur = 100000, phase_in_months = 4 },\n"
      "          { from = \"2012-06\", vte = -5 } ]\n");
  const CapacityPath& sw = s.capacity[index_of(Programme::SW)];
  EXPECT_FALSE(sw.base_vte.has_value());
  EXPECT_EQ(sw.budget_eur, 3'000'000.0);
  EXPECT_EQ(sw.cost_per_vte_eur, 20000.0);
  EXPECT_EQ(sw.growth_cost_per_vte_eur, 10000.0);
  EXPECT_DOUBLE_EQ(sw.annual_growth_pct, 10);
  EXPECT_EQ(sw.growth_from, (YearMonth{2012, 1}));
  ASSERT_EQ(sw.steps.size(), 2U);
  EXPECT_EQ(sw.steps[0].eur, 100000.0);
  EXPECT_EQ(sw.steps[0].phase_in_months, 4);
  EXPECT_FALSE(sw.steps[1].eur.has_value());
  EXPECT_DOUBLE_EQ(sw.steps[1].vte, -5);
  EXPECT_EQ(sw.steps[1].phase_in_months, 1);

  // 3,000,000 / 20,000 = 150 VTE; +10 VTE of growth money over 4 months from 2011-08;
  // +10 % from 2012-01; -5 VTE from 2012-06.
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 0), 150);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 2), 152.5);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 5), 160);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 7), 175);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 12), 170);
  EXPECT_DOUBLE_EQ(s.cost_per_vte_eur(Programme::SW), 20000);
  EXPECT_DOUBLE_EQ(s.growth_cost_per_vte_eur(Programme::SW), 10000);
}

TEST_F(CapacityInEuro, EuroStepsUseTheParametersCosts) {
  const Scenario s = read(
      "[capacity.SW]\n"
      "steps = [ { from = \"2011-07\", eur = 125000 }, { from = \"2011-09\", eur = -150000 } ]\n");
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 1), 70);  // 125,000 / 12,500
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 3), 60);  // 150,000 / 15,000
}

// The same path in euro and in VTE, read from files, gives the same capacity.
TEST_F(CapacityInEuro, EuroFileEqualsVteFile) {
  const Scenario eur = read(
      "[capacity.LDE]\nbudget_eur = 300000\n"
      "steps = [ { from = \"2012-01\", eur = 40000, phase_in_months = 3 } ]\n");
  const Scenario vte = read(
      "[capacity.LDE]\nbase_vte = 30\n"
      "steps = [ { from = \"2012-01\", vte = 4, phase_in_months = 3 } ]\n");
  for (int month = 0; month <= 24; ++month) {
    EXPECT_EQ(eur.capacity_vte(Programme::LDE, month), vte.capacity_vte(Programme::LDE, month));
  }
}

TEST_F(CapacityInEuro, BothBaseVteAndBudget) {
  EXPECT_EQ(error_at("[capacity.SW]\nbase_vte = 60\nbudget_eur = 900000\n", "budget_eur"),
            "capacity.SW.budget_eur: expected either base_vte or budget_eur, found both");
}

TEST_F(CapacityInEuro, NegativeBudget) {
  EXPECT_EQ(error_at("[capacity.SW]\nbudget_eur = -5\n", "budget_eur"),
            "capacity.SW.budget_eur: expected a number >= 0, found -5");
}

TEST_F(CapacityInEuro, CostOverrideOfZero) {
  EXPECT_EQ(error_at("[capacity.LDE]\ncost_per_vte_eur = 0\n", "cost_per_vte_eur"),
            "capacity.LDE.cost_per_vte_eur: expected a number > 0, found 0");
}

TEST_F(CapacityInEuro, NegativeGrowthCost) {
  EXPECT_EQ(error_at("[capacity.LDE]\ngrowth_cost_per_vte_eur = -1\n", "growth_cost_per_vte_eur"),
            "capacity.LDE.growth_cost_per_vte_eur: expected a number > 0, found -1");
}

TEST_F(CapacityInEuro, StepWithBothVteAndEur) {
  EXPECT_EQ(error_at("[capacity.SW]\nsteps = [ { from = \"2012-01\", vte = 5, eur = 75000 } ]\n",
                     "steps"),
            "capacity.SW.steps[0]: expected either vte or eur, found both");
}

TEST_F(CapacityInEuro, StepWithNeitherVteNorEur) {
  EXPECT_EQ(
      error_at("[capacity.SW]\nsteps = [ { from = \"2012-01\", phase_in_months = 2 } ]\n", "steps"),
      "capacity.SW.steps[0]: expected either vte or eur, found neither");
}

TEST_F(CapacityInEuro, EurStepNotANumber) {
  EXPECT_EQ(
      error_at("[capacity.SW]\nsteps = [ { from = \"2012-01\", eur = \"1 miljoen\" } ]\n", "steps"),
      "capacity.SW.steps[0].eur: expected a number, found a string");
}

TEST_F(CapacityInEuro, PhaseInOfZeroMonths) {
  EXPECT_EQ(
      error_at("[capacity.SW]\nsteps = [ { from = \"2012-01\", vte = 5, phase_in_months = 0 } ]\n",
               "steps"),
      "capacity.SW.steps[0].phase_in_months: expected an integer in 1..120, found 0");
}

TEST_F(CapacityInEuro, PhaseInTooLong) {
  EXPECT_EQ(
      error_at(
          "[capacity.SW]\nsteps = [ { from = \"2012-01\", vte = 5, phase_in_months = 121 } ]\n",
          "steps"),
      "capacity.SW.steps[0].phase_in_months: expected an integer in 1..120, found 121");
}

TEST_F(CapacityInEuro, UnknownStepKey) {
  EXPECT_EQ(error_at("[capacity.SW]\nsteps = [ { from = \"2012-01\", euro = 5 } ]\n", "steps"),
            "capacity.SW.steps[0].euro: unknown key, expected one of from, vte, eur, "
            "phase_in_months");
}

TEST_F(CapacityInEuro, EuroStepBeforeTheStart) {
  EXPECT_EQ(error_at("[capacity.SW]\nsteps = [ { from = \"2011-05\", eur = 125000 } ]\n", "steps"),
            "capacity.SW.steps[0].from: expected a month at or after the start 2011-06, found "
            "2011-05");
}

TEST_F(CapacityInEuro, GrowthOfMinusHundredPercent) {
  EXPECT_EQ(error_at("[capacity.SW]\nannual_growth_pct = -100\ngrowth_from = \"2012-01\"\n",
                     "annual_growth_pct"),
            "capacity.SW.annual_growth_pct: expected a number > -100, found -100");
}

TEST_F(CapacityInEuro, GrowthWithoutItsFirstMonth) {
  EXPECT_EQ(error_at("[capacity.SW]\nannual_growth_pct = 2\n", "[capacity.SW]"),
            "capacity.SW.growth_from: missing required key, expected a month as YYYY-MM");
}

TEST_F(CapacityInEuro, FirstMonthOfGrowthWithoutGrowth) {
  EXPECT_EQ(error_at("[capacity.SW]\ngrowth_from = \"2012-01\"\n", "growth_from"),
            "capacity.SW.growth_from: expected only with annual_growth_pct, found no "
            "annual_growth_pct");
}

TEST_F(CapacityInEuro, GrowthBeforeTheStart) {
  EXPECT_EQ(
      error_at("[capacity.SW]\nannual_growth_pct = 2\ngrowth_from = \"2010-01\"\n", "growth_from"),
      "capacity.SW.growth_from: expected a month at or after the start 2011-06, found "
      "2010-01");
}

// 60 VTE, plus 8 bought with 100,000 euro of growth money (at 12,500), less 88 cut
// with 1,320,000 euro (at 15,000), is -20.
TEST_F(CapacityInEuro, EuroCutBelowZeroNamesTheStep) {
  EXPECT_EQ(error_at("[capacity.SW]\nsteps = [\n  { from = \"2012-01\", eur = 100000 },\n"
                     "  { from = \"2012-03\", eur = -1320000 },\n]\n",
                     "eur = -1320000"),
            "capacity.SW.steps[1].eur: expected the SW capacity to stay >= 0, found -20 VTE "
            "from 2012-03");
}

// A phased cut is checked in every month: 20 VTE less 30 over 3 months goes below zero
// in the third.
TEST_F(CapacityInEuro, PhasedCutBelowZeroInItsLastMonth) {
  EXPECT_EQ(
      error_at(
          "[capacity.LDE]\nsteps = [ { from = \"2012-01\", vte = -30, phase_in_months = 3 } ]\n",
          "steps"),
      "capacity.LDE.steps[0].vte: expected the LDE capacity to stay >= 0, found -10 VTE "
      "from 2012-03");
}

// A shrinking base under a fixed cut: 100 VTE less 50 is 0 after one year of -50 %, and
// below zero after the second.
TEST_F(CapacityInEuro, ShrinkingBaseBelowZeroNamesTheGrowth) {
  EXPECT_EQ(error_at("[capacity.BW]\nbase_vte = 100\nannual_growth_pct = -50\n"
                     "growth_from = \"2012-06\"\nsteps = [ { from = \"2011-06\", vte = -50 } ]\n",
                     "annual_growth_pct"),
            "capacity.BW.annual_growth_pct: expected the BW capacity to stay >= 0, found -25 "
            "VTE from 2013-06");
}

// A cut past the horizon is wrong all the same: a scenario inheriting this one with a
// longer horizon would run into it.
TEST_F(CapacityInEuro, CutPastTheHorizonIsChecked) {
  EXPECT_EQ(
      error_at("[capacity.LDE]\nsteps = [ { from = \"2020-01\", eur = -300000 } ]\n", "steps"),
      "capacity.LDE.steps[0].eur: expected the LDE capacity to stay >= 0, found -10 VTE "
      "from 2020-01");
}

TEST_F(CapacityInEuro, CutToExactlyZeroIsAllowed) {
  const Scenario s = read("[capacity.LDE]\nsteps = [ { from = \"2012-01\", eur = -200000 } ]\n");
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::LDE, 23), 0);
}

}  // namespace
}  // namespace groeipad::io
