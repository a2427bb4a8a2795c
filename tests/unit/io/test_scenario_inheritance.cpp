// Scenario inheritance (`base = "..."`): the files a scenario inherits from are merged
// under it, tables key by key and everything else replaced; name and description are
// never inherited; paths resolve from the file that writes them; problems are reported
// at the file and line that hold them, cycles at the `base` that closes them.

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

const std::string kBase = R"(name = "base"
description = "The file inherited from."
parameters = "parameters.toml"
start = "2011-06"
months = 24
seed = 7
replications = 2

[population]
scale = 2

[capacity.SW]
base_vte = 70
steps = [ { from = "2011-12", vte = 10 } ]

[capacity.AZ]
steps = [ { from = "2012-01", vte = 5 } ]

[overrides]
programmes.SW.work_share = 0.2

[overrides.entry]
fill_rate = 0.5
)";

const std::string kChild = R"(base = "base.toml"
name = "child"
months = 36

[capacity.SW]
steps = [ { from = "2012-06", eur = 125000 } ]

[capacity.LDE]
budget_eur = 300000

[overrides]
programmes.SW.exit_hazard_monthly = 0.02
)";

class Inheritance : public ::testing::Test {
 protected:
  std::filesystem::path dir_ = fresh_dir();

  void SetUp() override {
    write_text(dir_ / "parameters.toml", read_text(data_dir() / "parameters.toml"));
  }
  void TearDown() override { testing::remove_dir(dir_); }

  std::filesystem::path write(std::string_view name, std::string_view text) const {
    auto file = dir_ / name;
    std::filesystem::create_directories(file.parent_path());
    write_text(file, text);
    return file;
  }
  static std::string error_reading(const std::filesystem::path& file) {
    return error_of([&] { (void)read_scenario(file); });
  }
};

TEST_F(Inheritance, MergesTheBaseUnderTheScenario) {
  write("base.toml", kBase);
  const Scenario s = read_scenario(write("child.toml", kChild));
  EXPECT_EQ(s.name, "child");
  EXPECT_EQ(s.description, "");  // never inherited
  EXPECT_EQ(s.parameters_file, dir_ / "parameters.toml");
  EXPECT_EQ(s.start, (YearMonth{2011, 6}));
  EXPECT_EQ(s.months, 36);  // the scenario's own value replaces the inherited one
  EXPECT_EQ(s.seed, 7U);
  EXPECT_EQ(s.replications, 2);
  EXPECT_EQ(s.population_scale, 2);

  // capacity.SW merges key by key: base_vte inherited, the steps array replaced whole.
  const CapacityPath& sw = s.capacity[index_of(Programme::SW)];
  EXPECT_EQ(sw.base_vte, 70.0);
  ASSERT_EQ(sw.steps.size(), 1U);
  EXPECT_EQ(sw.steps[0].from, (YearMonth{2012, 6}));
  EXPECT_EQ(sw.steps[0].eur, 125000.0);
  ASSERT_EQ(s.capacity[index_of(Programme::AZ)].steps.size(), 1U);  // inherited table
  EXPECT_EQ(s.capacity[index_of(Programme::LDE)].budget_eur, 300000.0);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::SW, 12), 2 * (70 + 10));  // 125,000 / 12,500
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::LDE, 0), 2 * 30);

  // The overrides of both files, merged.
  EXPECT_DOUBLE_EQ(s.parameters.programme(Programme::SW).work_share, 0.2);
  EXPECT_DOUBLE_EQ(s.parameters.programme(Programme::SW).exit_hazard_monthly, 0.02);
  EXPECT_DOUBLE_EQ(s.parameters.fill_rate, 0.5);
}

// The bytes kept for the manifest: the scenario file's own, and those of its bases.
TEST_F(Inheritance, KeepsTheScenarioFilesOwnBytes) {
  write("base.toml", kBase);
  const ScenarioInput input = read_scenario_input(write("child.toml", kChild));
  EXPECT_EQ(input.scenario_bytes, kChild);
  ASSERT_EQ(input.base_files.size(), 1U);
  EXPECT_EQ(input.base_files[0].path, dir_ / "base.toml");
  EXPECT_EQ(input.base_files[0].bytes, kBase);
}

// Three levels, in three directories: each path resolves from the file that writes it.
TEST_F(Inheritance, ThreeLevels) {
  write("lib/grand.toml", R"(name = "grand"
parameters = "../parameters.toml"
start = "2011-06"
months = 12
seed = 1
[capacity.BW]
base_vte = 50
[capacity.LDE]
base_vte = 10
)");
  write("mid/mid.toml", R"(base = "../lib/grand.toml"
name = "mid"
seed = 2
[capacity.BW]
steps = [ { from = "2012-01", vte = 5 } ]
[capacity.LDE]
budget_eur = 120000
)");
  const ScenarioInput input = read_scenario_input(write("top.toml", R"(base = "mid/mid.toml"
name = "top"
months = 6
[capacity.BW]
base_vte = 60
)"));
  ASSERT_EQ(input.base_files.size(), 2U);  // nearest first
  EXPECT_EQ(input.base_files[0].path, dir_ / "mid" / "mid.toml");
  EXPECT_EQ(input.base_files[1].path, dir_ / "lib" / "grand.toml");
  const Scenario& s = input.scenario;
  EXPECT_EQ(s.name, "top");
  EXPECT_EQ(s.parameters_file, dir_ / "parameters.toml");
  EXPECT_EQ(s.months, 6);  // top
  EXPECT_EQ(s.seed, 2U);   // mid over grand
  const CapacityPath& bw = s.capacity[index_of(Programme::BW)];
  EXPECT_EQ(bw.base_vte, 60.0);    // top over grand
  EXPECT_EQ(bw.steps.size(), 1U);  // mid
  // A budget given in mid replaces grand's base_vte rather than clashing with it.
  const CapacityPath& lde = s.capacity[index_of(Programme::LDE)];
  EXPECT_FALSE(lde.base_vte.has_value());
  EXPECT_EQ(lde.budget_eur, 120000.0);
  EXPECT_DOUBLE_EQ(s.capacity_vte(Programme::LDE, 0), 12);
}

TEST_F(Inheritance, NameIsRequiredInTheScenarioItself) {
  write("base.toml", kBase);
  const auto file = write("child.toml", "base = \"base.toml\"\n");
  EXPECT_EQ(error_reading(file),
            at(file, 1) + "name: missing required key, expected a non-empty string");
}

TEST_F(Inheritance, ErrorInTheBaseIsReportedThere) {
  const std::string bad_base = kBase.substr(0, kBase.find("base_vte = 70")) + "base_vte = -5\n";
  const auto base = write("base.toml", bad_base);
  const auto file = write("child.toml", "base = \"base.toml\"\nname = \"child\"\n");
  EXPECT_EQ(error_reading(file), at(base, line_of(bad_base, "base_vte = -5")) +
                                     "capacity.SW.base_vte: expected a number >= 0, found -5");
}

TEST_F(Inheritance, BadOverrideInTheBaseIsReportedThere) {
  const std::string bad_base = kBase.substr(0, kBase.find("fill_rate")) + "fill_rate = 2\n";
  const auto base = write("base.toml", bad_base);
  const auto file = write("child.toml", "base = \"base.toml\"\nname = \"child\"\n");
  EXPECT_EQ(error_reading(file), at(base, line_of(bad_base, "fill_rate = 2")) +
                                     "overrides.entry.fill_rate: expected a number in (0, 1], "
                                     "found 2");
}

TEST_F(Inheritance, SyntaxErrorInTheBase) {
  const auto base = write("base.toml", "name = \"base\"\nmonths = 24 months\n");
  const auto file = write("child.toml", "base = \"base.toml\"\nname = \"child\"\n");
  EXPECT_EQ(error_reading(file), at(base, 2) +
                                     "syntax error: Error while parsing key-value pair: expected a "
                                     "comment or whitespace, saw 'm'");
}

TEST_F(Inheritance, MissingBase) {
  const auto file = write("child.toml", "name = \"child\"\nbase = \"nothing.toml\"\n");
  EXPECT_EQ(error_reading(file), at(file, 2) + "base: cannot read \"" +
                                     (dir_ / "nothing.toml").string() +
                                     "\": No such file or directory");
}

TEST_F(Inheritance, BaseNotAString) {
  const auto file = write("child.toml", "name = \"child\"\nbase = 1\n");
  EXPECT_EQ(error_reading(file), at(file, 2) + "base: expected a string, found an integer");
}

TEST_F(Inheritance, EmptyBase) {
  const auto file = write("child.toml", "name = \"child\"\nbase = \"\"\n");
  EXPECT_EQ(error_reading(file),
            at(file, 2) + "base: expected a path to a scenario file, found \"\"");
}

TEST_F(Inheritance, FileNamingItself) {
  const auto file = write("a.toml", "name = \"a\"\nbase = \"a.toml\"\n");
  EXPECT_EQ(error_reading(file),
            at(file, 2) +
                "base: expected a scenario that does not inherit from itself, found a "
                "cycle " +
                file.string() + " -> " + file.string());
}

// The cycle is reported at the `base` that closes it, whichever file was given.
TEST_F(Inheritance, CycleOfTwoFiles) {
  const auto a = write("a.toml", "name = \"a\"\nbase = \"b.toml\"\n");
  const auto b = write("b.toml", "name = \"b\"\n\nbase = \"./a.toml\"\n");
  EXPECT_EQ(error_reading(a), at(b, 3) +
                                  "base: expected a scenario that does not inherit from itself, "
                                  "found a cycle " +
                                  a.string() + " -> " + b.string() + " -> " + a.string());
  EXPECT_EQ(error_reading(b), at(a, 2) +
                                  "base: expected a scenario that does not inherit from itself, "
                                  "found a cycle " +
                                  b.string() + " -> " + a.string() + " -> " + b.string());
}

// Only the files in the cycle are named, not the scenario that leads into it.
TEST_F(Inheritance, CycleFurtherUp) {
  write("a.toml", "name = \"a\"\nbase = \"b.toml\"\n");
  const auto b = write("b.toml", "name = \"b\"\nbase = \"a.toml\"\n");
  const auto top = write("top.toml", "name = \"top\"\nbase = \"a.toml\"\n");
  EXPECT_EQ(error_reading(top), at(b, 2) +
                                    "base: expected a scenario that does not inherit from itself, "
                                    "found a cycle " +
                                    (dir_ / "a.toml").string() + " -> " + b.string() + " -> " +
                                    (dir_ / "a.toml").string());
}

// A misspelt key inherited from the base is the base's mistake, and named there.
TEST_F(Inheritance, UnknownKeyInTheBaseIsReportedThere) {
  const auto base = write("base.toml", "name = \"base\"\nmonth = 3\n");
  const auto file = write("child.toml", "base = \"base.toml\"\nname = \"child\"\n");
  EXPECT_EQ(error_reading(file), at(base, 2) +
                                     "month: unknown key, expected one of name, description, "
                                     "base, parameters, start, months, seed, replications, "
                                     "population, capacity, overrides");
}

}  // namespace
}  // namespace groeipad::io
