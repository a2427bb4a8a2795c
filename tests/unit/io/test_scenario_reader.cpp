// The scenario reader: a good scenario lands in the struct (with its parameters file and
// overrides); each kind of bad input gives its exact one-line message.

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
using testing::replace_once;
using testing::write_text;

TEST(ScenarioReader, ReadsEveryField) {
  const Scenario s = read_scenario(data_dir() / "scenario.toml");
  EXPECT_EQ(s.name, "test-scenario");
  EXPECT_EQ(s.description, "Reader test: capacity steps and an override.");
  EXPECT_EQ(s.parameters_file, data_dir() / "parameters.toml");  // next to the scenario
  EXPECT_EQ(s.parameters.label, "test-parameters");
  EXPECT_EQ(s.start, (YearMonth{2011, 6}));
  EXPECT_EQ(s.months, 24);
  EXPECT_EQ(s.seed, 20111025U);
  EXPECT_EQ(s.replications, 3);
  EXPECT_EQ(s.population_scale, 2);

  const CapacityPath& sw = s.capacity[index_of(Programme::SW)];
  EXPECT_EQ(sw.base_vte, 70.0);
  ASSERT_EQ(sw.steps.size(), 2U);
  EXPECT_EQ(sw.steps[0].from, (YearMonth{2011, 12}));
  EXPECT_DOUBLE_EQ(sw.steps[0].vte, 10);
  EXPECT_DOUBLE_EQ(sw.steps[1].vte, -80);
  const CapacityPath& az = s.capacity[index_of(Programme::AZ)];
  EXPECT_FALSE(az.base_vte.has_value());
  ASSERT_EQ(az.steps.size(), 1U);
  EXPECT_FALSE(s.capacity[index_of(Programme::BW)].base_vte.has_value());
  EXPECT_TRUE(s.capacity[index_of(Programme::BW)].steps.empty());

  // Capacity at scale 1 times the population scale.
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 0), 140);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 6), 160);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 12), 0);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::AZ, 0), 30);  // start_vte 10 plus 5, twice
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::BW, 0), 180);

  // The parameters file, with the overrides over it.
  EXPECT_DOUBLE_EQ(s.parameters.programme(Programme::SW).work_share, 0.2);
  EXPECT_DOUBLE_EQ(s.parameters.programme(Programme::SW).exit_hazard_monthly, 0.01);
  EXPECT_FALSE(s.parameters.duration_resumes);
  EXPECT_DOUBLE_EQ(s.parameters.fill_rate, 1.0);
  EXPECT_EQ(s.parameters.entry_order[0], Programme::SW);  // entry merged key by key
  EXPECT_EQ(s.parameters.start_job_seekers(), 1630);
}

// The bytes the scenario was read from, for the digests of a run's manifest: exactly
// what was parsed, whatever happens to the files later.
TEST(ScenarioReader, KeepsTheBytesItRead) {
  const ScenarioInput input = read_scenario_input(data_dir() / "scenario.toml");
  EXPECT_EQ(input.scenario.name, "test-scenario");
  EXPECT_EQ(input.scenario_bytes, read_text(data_dir() / "scenario.toml"));
  EXPECT_EQ(input.parameters_bytes, read_text(data_dir() / "parameters.toml"));
}

TEST(ScenarioReader, DefaultsForOptionalKeys) {
  const auto dir = fresh_dir();
  write_text(dir / "parameters.toml", read_text(data_dir() / "parameters.toml"));
  write_text(dir / "s.toml",
             "name = \"minimal\"\nparameters = \"parameters.toml\"\nstart = \"2011-06\"\n"
             "months = 1\n");
  const Scenario s = read_scenario(dir / "s.toml");
  EXPECT_EQ(s.description, "");
  EXPECT_EQ(s.seed, 1U);
  EXPECT_EQ(s.replications, 1);
  EXPECT_EQ(s.population_scale, 1);
  EXPECT_DOUBLE_EQ(s.parameters.programme(Programme::SW).work_share, 0.1);
  testing::remove_dir(dir);
}

// The scenario files shipped with the project all read.
TEST(ScenarioReader, ReadsEveryShippedScenario) {
  const auto dir = std::filesystem::path(GROEIPAD_SOURCE_DIR) / "scenarios";
  int read = 0;
  if (std::filesystem::is_directory(dir)) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".toml") continue;
      EXPECT_EQ(error_of([&] { (void)read_scenario(entry.path()); }), "(no InputError)");
      ++read;
    }
  }
  if (read == 0) GTEST_SKIP() << "no scenarios/*.toml yet";
}

// Each bad case is the good scenario with one piece of text changed, next to a copy of
// the good parameters file.
class BadScenario : public ::testing::Test {
 protected:
  std::string good_ = read_text(data_dir() / "scenario.toml");
  std::filesystem::path dir_ = fresh_dir();
  std::filesystem::path file_ = dir_ / "scenario.toml";

  void SetUp() override {
    write_text(dir_ / "parameters.toml", read_text(data_dir() / "parameters.toml"));
  }
  void TearDown() override { testing::remove_dir(dir_); }
  std::string error_with(std::string_view from, std::string_view to) {
    write_text(file_, replace_once(good_, from, to));
    return error_of([&] { (void)read_scenario(file_); });
  }
  std::string at_line_of(std::string_view needle) const {
    return at(file_, line_of(good_, needle));
  }
};

TEST_F(BadScenario, MissingFile) {
  const auto missing = dir_ / "nothing-here.toml";
  EXPECT_EQ(error_of([&] { (void)read_scenario(missing); }),
            missing.string() + ": cannot read file: No such file or directory");
}

TEST_F(BadScenario, SyntaxError) {
  EXPECT_EQ(error_with("months = 24", "months = 24 months"),
            at_line_of("months = 24") +
                "syntax error: Error while parsing key-value pair: expected a comment or "
                "whitespace, saw 'm'");
}

TEST_F(BadScenario, MissingParametersFile) {
  EXPECT_EQ(error_with("\"parameters.toml\"", "\"../params/none.toml\""),
            at_line_of("parameters = ") + "parameters: cannot read \"" +
                (dir_.parent_path() / "params" / "none.toml").string() +
                "\": No such file or directory");
}

TEST_F(BadScenario, SyntaxErrorInParametersFile) {
  write_text(dir_ / "parameters.toml", "format = 1\nlabel = \"x\"\n[population\n");
  EXPECT_EQ(error_with("months = 24", "months = 24"),
            at(dir_ / "parameters.toml", 3) +
                "syntax error: Error while parsing table header: expected ']', saw '\\n'");
}

TEST_F(BadScenario, EmptyFile) {
  write_text(file_, "");
  EXPECT_EQ(error_of([&] { (void)read_scenario(file_); }),
            at(file_, 1) + "name: missing required key, expected a non-empty string");
}

TEST_F(BadScenario, EmptyName) {
  EXPECT_EQ(error_with("\"test-scenario\"", "\"\""),
            at_line_of("name = ") + "name: expected a non-empty string, found \"\"");
}

TEST_F(BadScenario, WrongType) {
  EXPECT_EQ(error_with("seed = 20111025", "seed = \"20111025\""),
            at_line_of("seed = ") + "seed: expected an integer, found a string");
}

TEST_F(BadScenario, UnknownKey) {
  EXPECT_EQ(error_with("base_vte = 70", "bse_vte = 70"),
            at_line_of("base_vte = 70") +
                "capacity.SW.bse_vte: unknown key, expected one of base_vte, budget_eur, "
                "cost_per_vte_eur, growth_cost_per_vte_eur, steps, annual_growth_pct, growth_from");
}

// With one key allowed the message names it, not "one of" it.
TEST_F(BadScenario, UnknownKeyWhereOneIsAllowed) {
  EXPECT_EQ(
      error_with("scale = 2", "scale = 2\nsize = 3"),
      at(file_, line_of(good_, "scale = 2") + 1) + "population.size: unknown key, expected scale");
}

TEST_F(BadScenario, UnknownTopLevelKey) {
  EXPECT_EQ(error_with("replications = 3", "replication = 3"),
            at_line_of("replications = 3") +
                "replication: unknown key, expected one of name, description, base, parameters, "
                "start, months, seed, replications, population, capacity, overrides");
}

TEST_F(BadScenario, UnknownProgramme) {
  EXPECT_EQ(error_with("[capacity.AZ]", "[capacity.WSE]"),
            at_line_of("[capacity.AZ]") +
                "capacity.WSE: unknown programme, expected one of BW, SW, INV_DC, INV_NDC, LDE, "
                "AZ");
}

TEST_F(BadScenario, NegativeVte) {
  EXPECT_EQ(error_with("base_vte = 70", "base_vte = -5"),
            at_line_of("base_vte = 70") + "capacity.SW.base_vte: expected a number >= 0, found -5");
}

TEST_F(BadScenario, NaN) {
  EXPECT_EQ(error_with("vte = 10 }", "vte = nan }"),
            at_line_of("vte = 10 }") +
                "capacity.SW.steps[0].vte: expected a finite number, "
                "found nan");
}

TEST_F(BadScenario, Infinity) {
  EXPECT_EQ(error_with("base_vte = 70", "base_vte = inf"),
            at_line_of("base_vte = 70") +
                "capacity.SW.base_vte: expected a finite number, "
                "found inf");
}

TEST_F(BadScenario, BadMonthString) {
  EXPECT_EQ(error_with("start = \"2011-06\"", "start = \"2011-13\""),
            at_line_of("start = ") + "start: expected a month as YYYY-MM, found \"2011-13\"");
}

TEST_F(BadScenario, MonthWrittenAsADate) {
  EXPECT_EQ(
      error_with("start = \"2011-06\"", "start = 2011-06-01"),
      at_line_of("start = ") + "start: expected a month as a string \"YYYY-MM\", found a date");
}

TEST_F(BadScenario, StepBeforeStart) {
  EXPECT_EQ(error_with("from = \"2011-06\"", "from = \"2011-01\""),
            at_line_of("from = \"2011-06\"") +
                "capacity.AZ.steps[0].from: expected a month at or after the start 2011-06, found "
                "2011-01");
}

TEST_F(BadScenario, CapacityDrivenNegative) {
  EXPECT_EQ(error_with("vte = -80", "vte = -80.5"),
            at_line_of("vte = -80") +
                "capacity.SW.steps[1].vte: expected the SW capacity to "
                "stay >= 0, found -0.5 VTE from 2012-06");
}

TEST_F(BadScenario, CapacityDrivenNegativeFromStartVte) {
  // Without base_vte the programme's start_vte (10 for AZ) is the base.
  EXPECT_EQ(error_with("vte = 5 }", "vte = -11 }"),
            at_line_of("vte = 5 }") +
                "capacity.AZ.steps[0].vte: expected the AZ capacity to "
                "stay >= 0, found -1 VTE from 2011-06");
}

TEST_F(BadScenario, MonthsOutOfRange) {
  EXPECT_EQ(error_with("months = 24", "months = 1201"),
            at_line_of("months = 24") + "months: expected an integer in 1..1200, found 1201");
}

TEST_F(BadScenario, ReplicationsOutOfRange) {
  EXPECT_EQ(
      error_with("replications = 3", "replications = 0"),
      at_line_of("replications = 3") + "replications: expected an integer in 1..100000, found 0");
}

TEST_F(BadScenario, NegativeSeed) {
  EXPECT_EQ(error_with("seed = 20111025", "seed = -1"),
            at_line_of("seed = ") + "seed: expected an integer >= 0, found -1");
}

TEST_F(BadScenario, ScaleOutOfRange) {
  EXPECT_EQ(error_with("scale = 2", "scale = 1001"),
            at_line_of("scale = 2") +
                "population.scale: expected an integer in 1..1000, found "
                "1001");
}

TEST_F(BadScenario, OverrideOfUnknownKey) {
  EXPECT_EQ(error_with("programmes.SW.work_share = 0.2", "programmes.SW.wrk_share = 0.2"),
            at_line_of("programmes.SW.work_share") +
                "overrides.programmes.SW.wrk_share: unknown key, expected one of start_persons, "
                "start_vte, exit_hazard_monthly, work_share, part_time_vte, selection, "
                "flag_weights, eligibility, cost_per_vte_eur, growth_cost_per_vte_eur");
}

TEST_F(BadScenario, OverrideWithBadValue) {
  EXPECT_EQ(error_with("programmes.SW.work_share = 0.2", "programmes.SW.work_share = 1.2"),
            at_line_of("programmes.SW.work_share") +
                "overrides.programmes.SW.work_share: expected a number in [0, 1], found 1.2");
}

TEST_F(BadScenario, OverrideWithWrongType) {
  EXPECT_EQ(error_with("fill_rate = 1", "fill_rate = true"),
            at_line_of("fill_rate = 1") +
                "overrides.entry.fill_rate: expected a number, found a boolean");
}

TEST_F(BadScenario, OverrideOfUnknownProgramme) {
  EXPECT_EQ(error_with("programmes.SW.work_share = 0.2", "programmes.WSE.work_share = 0.2"),
            at_line_of("programmes.SW.work_share") +
                "overrides.programmes.WSE: unknown programme, expected one of BW, SW, INV_DC, "
                "INV_NDC, LDE, AZ");
}

TEST_F(BadScenario, OverridesNotATable) {
  const std::string text = "overrides = 1\n" + good_.substr(0, good_.find("[overrides]"));
  write_text(file_, text);
  EXPECT_EQ(error_of([&] { (void)read_scenario(file_); }),
            at(file_, 1) + "overrides: expected a table, found an integer");
}

}  // namespace
}  // namespace groeipad::io
