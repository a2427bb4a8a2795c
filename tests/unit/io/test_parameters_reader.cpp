// The parameters reader: a good file lands in the struct fields; each kind of bad input
// gives its exact one-line message, at the file, line and key of the offending value.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "groeipad/io/parameters_reader.hpp"
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

TEST(ParametersReader, ReadsEveryField) {
  const Parameters p = read_parameters(data_dir() / "parameters.toml");
  EXPECT_EQ(p.label, "test-parameters");

  ASSERT_EQ(p.cells.size(), 4U);
  EXPECT_EQ(p.cells[0].flags, 0);
  EXPECT_EQ(p.cells[0].count, 1000);
  EXPECT_EQ(p.cells[2].flags, profile_bit::A | profile_bit::H | profile_bit::O);
  EXPECT_EQ(p.cells[2].count, 30);
  EXPECT_EQ(p.cells[3].flags, profile_bit::K);
  EXPECT_EQ(p.start_job_seekers(), 1630);
  EXPECT_EQ(p.max_duration_months, 180);
  EXPECT_EQ(p.long_term.any_group, 300);  // figure form
  EXPECT_EQ(p.long_term.no_group, 100);
  EXPECT_EQ(p.long_term.k_h_five_years, 5);
  EXPECT_DOUBLE_EQ(p.shares.male, 0.55);
  EXPECT_DOUBLE_EQ(p.shares.high_among_non_k, 0.25);  // figure form
  EXPECT_DOUBLE_EQ(p.shares.under_one_year, 0.45);
  EXPECT_EQ(p.ages.min_age, 18);
  EXPECT_EQ(p.ages.retirement_age, 65);

  EXPECT_DOUBLE_EQ(p.other_exit_hazard_monthly, 0.01);
  EXPECT_TRUE(p.duration_resumes);
  ASSERT_EQ(p.job_finding.size(), 2U);
  EXPECT_EQ(p.job_finding[0].year, 2010);
  EXPECT_DOUBLE_EQ(p.job_finding[0].b0, -2.0);  // an integer where a number is expected
  EXPECT_DOUBLE_EQ(p.job_finding[0].b60, -0.8);
  EXPECT_DOUBLE_EQ(p.job_finding[1].b0, -2.5);
  EXPECT_EQ(p.job_finding_for(2013).year, 2012);

  const ProgrammeParameters& bw = p.programme(Programme::BW);
  EXPECT_EQ(bw.start_persons, 100);
  EXPECT_DOUBLE_EQ(bw.start_vte, 90);
  EXPECT_DOUBLE_EQ(bw.exit_hazard_monthly, 0.004);
  EXPECT_DOUBLE_EQ(bw.work_share, 0.05);
  EXPECT_DOUBLE_EQ(bw.part_time_vte, 0.5);
  EXPECT_EQ(bw.selection, SelectionRule::random);
  ASSERT_EQ(bw.eligibility.any_of.size(), 1U);
  EXPECT_EQ(bw.eligibility.any_of[0].profile_all, profile_bit::H);
  EXPECT_EQ(bw.eligibility.any_of[0].marks_all, mark::bw_right);

  const ProgrammeParameters& sw = p.programme(Programme::SW);
  EXPECT_EQ(sw.selection, SelectionRule::weighted);
  EXPECT_DOUBLE_EQ(sw.flag_weights[0], 2.0);  // A
  EXPECT_DOUBLE_EQ(sw.flag_weights[1], 1.0);  // H, not given
  EXPECT_DOUBLE_EQ(sw.flag_weights[3], 1.5);  // K

  const ProgrammeParameters& dc = p.programme(Programme::INV_DC);
  EXPECT_EQ(dc.selection, SelectionRule::longest_duration);
  ASSERT_EQ(dc.eligibility.any_of.size(), 2U);  // [[...eligibility]] tables
  EXPECT_EQ(dc.eligibility.any_of[0].profile_none, profile_bit::H);
  EXPECT_EQ(dc.eligibility.any_of[0].min_duration_months, 24);
  EXPECT_EQ(dc.eligibility.any_of[0].max_duration_months, UINT16_MAX);
  EXPECT_EQ(dc.eligibility.any_of[1].profile_all, profile_bit::A | profile_bit::K);
  EXPECT_EQ(dc.eligibility.any_of[1].max_duration_months, 600);

  const EligibilityClause& lde = p.programme(Programme::LDE).eligibility.any_of.at(0);
  EXPECT_EQ(lde.profile_all, profile_bit::male | profile_bit::young);
  EXPECT_EQ(lde.profile_none, profile_bit::high_education);
  EXPECT_DOUBLE_EQ(p.programme(Programme::INV_NDC).part_time_vte, 0.6);
  EXPECT_EQ(p.programme(Programme::AZ).eligibility.any_of.at(0).marks_all, mark::az_advice);

  EXPECT_DOUBLE_EQ(bw.cost_per_vte_eur, 20000);  // figure form
  EXPECT_FALSE(bw.growth_cost_per_vte_eur.has_value());
  EXPECT_DOUBLE_EQ(sw.cost_per_vte_eur, 15000);
  EXPECT_EQ(sw.growth_cost_per_vte_eur, 12500.0);
  EXPECT_DOUBLE_EQ(p.programme(Programme::AZ).cost_per_vte_eur, 2500.5);

  const std::array<Programme, kProgrammeCount> order = {Programme::SW,     Programme::BW,
                                                        Programme::INV_DC, Programme::INV_NDC,
                                                        Programme::LDE,    Programme::AZ};
  EXPECT_EQ(p.entry_order, order);
  EXPECT_DOUBLE_EQ(p.fill_rate, 0.9);

  const ScreeningParameters& bw_right = p.screening[0];
  EXPECT_EQ(bw_right.start_holders, 25);
  EXPECT_DOUBLE_EQ(bw_right.per_year, 0);
  EXPECT_FALSE(bw_right.hold_level);
  const ScreeningParameters& sw_screening = p.screening[1];
  ASSERT_EQ(sw_screening.target.any_of.size(), 2U);
  EXPECT_EQ(sw_screening.target.any_of[1].min_duration_months, 24);
  EXPECT_EQ(sw_screening.start_holders, 15);
  EXPECT_DOUBLE_EQ(sw_screening.per_year, 12.5);
  EXPECT_TRUE(sw_screening.hold_level);
  EXPECT_TRUE(p.screening[2].target.any_of.empty());
  EXPECT_EQ(p.registration, RegistrationMode::none);
}

// Each bad case is the good file with one piece of text changed.
class BadParameters : public ::testing::Test {
 protected:
  std::string good_ = read_text(data_dir() / "parameters.toml");
  std::filesystem::path file_ = fresh_dir() / "params.toml";

  void TearDown() override { testing::remove_dir(file_.parent_path()); }

  // The message for the good file with `from` replaced by `to`.
  std::string error_with(std::string_view from, std::string_view to) {
    write_text(file_, replace_once(good_, from, to));
    return error_of([&] { (void)read_parameters(file_); });
  }
  // The message for a file holding exactly `text`.
  std::string error_for(std::string_view text) {
    write_text(file_, text);
    return error_of([&] { (void)read_parameters(file_); });
  }
  // "FILE:LINE: " for the line of the good file that holds `needle`.
  std::string at_line_of(std::string_view needle) const {
    return at(file_, line_of(good_, needle));
  }
};

TEST_F(BadParameters, SyntaxError) {
  EXPECT_EQ(error_for("format = 1\nlabel = \n"),
            at(file_, 2) +
                "syntax error: Error while parsing key-value pair: expected value, "
                "saw '\\n'");
}

TEST_F(BadParameters, DuplicateKeyIsASyntaxError) {
  EXPECT_EQ(error_with("old_from = 50\n", "old_from = 50\nold_from = 51\n"),
            at(file_, line_of(good_, "old_from = 50") + 1) +
                "syntax error: Error while parsing key-value pair: cannot redefine existing "
                "integer 'old_from'");
}

TEST_F(BadParameters, MissingFile) {
  const auto missing = file_.parent_path() / "nothing-here.toml";
  EXPECT_EQ(error_of([&] { (void)read_parameters(missing); }),
            missing.string() + ": cannot read file: No such file or directory");
}

TEST_F(BadParameters, DirectoryInsteadOfFile) {
  const auto dir = file_.parent_path();
  EXPECT_EQ(error_of([&] { (void)read_parameters(dir); }),
            dir.string() + ": cannot read file: Is a directory");
}

TEST_F(BadParameters, EmptyFile) {
  EXPECT_EQ(error_for(""), at(file_, 1) + "format: missing required key, expected the integer 1");
}

TEST_F(BadParameters, BinaryGarbage) {
  const std::string garbage(
      "\x7f"
      "ELF\x02\x01\x01\x00\x00\xff\xfe\n\x00\x01",
      14);
  EXPECT_EQ(error_for(garbage), at(file_, 1) + "syntax error: Encountered invalid utf-8 sequence");
  // Control bytes in otherwise valid UTF-8 come back escaped, on one line.
  EXPECT_EQ(error_for(std::string("format = 1\n\x00\x01", 13)),
            at(file_, 2) +
                "syntax error: Error while parsing root table: expected keys, "
                "tables, whitespace or comments, saw '\\u0000'");
}

TEST_F(BadParameters, FormatNotOne) {
  EXPECT_EQ(error_with("format = 1", "format = 2"), at(file_, 3) + "format: expected 1, found 2");
}

TEST_F(BadParameters, WrongType) {
  EXPECT_EQ(error_with("start_persons = 80", "start_persons = \"80\""),
            at_line_of("start_persons = 80") +
                "programmes.SW.start_persons: expected an "
                "integer, found a string");
}

TEST_F(BadParameters, FloatWhereIntegerExpected) {
  EXPECT_EQ(error_with("max_duration_months = 180", "max_duration_months = 180.5"),
            at_line_of("max_duration_months") +
                "population.max_duration_months: expected an integer, found a floating-point "
                "number");
}

TEST_F(BadParameters, MissingRequiredKey) {
  // Reported at the line of the table that should hold it.
  EXPECT_EQ(error_with("work_share = 0.1\n", ""),
            at_line_of("[programmes.SW]") +
                "programmes.SW.work_share: missing required key, expected a number in [0, 1]");
}

TEST_F(BadParameters, MissingRequiredTable) {
  EXPECT_EQ(error_with("[registration]\nmode = \"none\"\n", ""),
            at(file_, 1) + "registration: missing required key, expected a table");
}

TEST_F(BadParameters, UnknownKey) {
  EXPECT_EQ(error_with("exit_hazard_monthly = 0.004", "exit_hazard_montly = 0.004"),
            at_line_of("exit_hazard_monthly = 0.004") +
                "programmes.BW.exit_hazard_montly: unknown key, expected one of start_persons, "
                "start_vte, exit_hazard_monthly, work_share, part_time_vte, selection, "
                "flag_weights, eligibility, cost_per_vte_eur, growth_cost_per_vte_eur");
}

// A cost per VTE turns money into places: zero would make any budget endless.
TEST_F(BadParameters, CostPerVteZero) {
  EXPECT_EQ(error_with("cost_per_vte_eur = 10000", "cost_per_vte_eur = 0"),
            at_line_of("cost_per_vte_eur = 10000") +
                "programmes.LDE.cost_per_vte_eur: expected a number > 0, found 0");
}

TEST_F(BadParameters, CostPerVteNegativeInFigureForm) {
  EXPECT_EQ(error_with("value = 20000", "value = -1"),
            at_line_of("value = 20000") +
                "programmes.BW.cost_per_vte_eur: expected a number > 0, found -1");
}

TEST_F(BadParameters, CostPerVteMissing) {
  EXPECT_EQ(error_with("cost_per_vte_eur = 10000\n", ""),
            at_line_of("[programmes.LDE]") +
                "programmes.LDE.cost_per_vte_eur: missing required key, expected a number > 0");
}

TEST_F(BadParameters, GrowthCostPerVteZero) {
  EXPECT_EQ(error_with("value = 12500", "value = 0"),
            at_line_of("value = 12500") +
                "programmes.SW.growth_cost_per_vte_eur: expected a number > 0, found 0");
}

TEST_F(BadParameters, CostPerVteInfinite) {
  EXPECT_EQ(error_with("cost_per_vte_eur = 2500.5", "cost_per_vte_eur = inf"),
            at_line_of("cost_per_vte_eur = 2500.5") +
                "programmes.AZ.cost_per_vte_eur: expected a finite number, found inf");
}

TEST_F(BadParameters, UnknownProgramme) {
  EXPECT_EQ(error_with("[programmes.AZ]", "[programmes.ZA]"),
            at_line_of("[programmes.AZ]") +
                "programmes.ZA: unknown programme, expected one of BW, SW, INV_DC, INV_NDC, LDE, "
                "AZ");
}

TEST_F(BadParameters, NegativeVte) {
  EXPECT_EQ(error_with("start_vte = 60", "start_vte = -5"),
            at_line_of("start_vte = 60") +
                "programmes.SW.start_vte: expected a number >= 0, "
                "found -5");
}

TEST_F(BadParameters, StartVteAbovePersons) {
  EXPECT_EQ(error_with("start_vte = 60", "start_vte = 81"),
            at_line_of("start_vte = 60") +
                "programmes.SW.start_vte: expected a number <= start_persons (80), found 81");
}

TEST_F(BadParameters, StartVteBelowPartTime) {
  EXPECT_EQ(error_with("start_vte = 60", "start_vte = 39.5"),
            at_line_of("start_vte = 60") +
                "programmes.SW.start_vte: expected a number >= part_time_vte * start_persons "
                "(40), found 39.5");
}

TEST_F(BadParameters, NaN) {
  EXPECT_EQ(error_with("male = 0.55", "male = nan"),
            at_line_of("male = 0.55") +
                "population.shares.male: expected a finite number, "
                "found nan");
}

TEST_F(BadParameters, Infinity) {
  EXPECT_EQ(error_with("b0 = -2\n", "b0 = -inf\n"),
            at_line_of("b0 = -2\n") +
                "job_finding.years[0].b0: expected a finite number, found "
                "-inf");
}

TEST_F(BadParameters, ProbabilityAboveOne) {
  EXPECT_EQ(error_with("work_share = 0.1", "work_share = 1.5"),
            at_line_of("work_share = 0.1") +
                "programmes.SW.work_share: expected a number in "
                "[0, 1], found 1.5");
}

TEST_F(BadParameters, PartTimeOutsideOpenInterval) {
  EXPECT_EQ(error_with("part_time_vte = 0.6", "part_time_vte = 1"),
            at_line_of("part_time_vte = 0.6") +
                "programmes.INV_NDC.part_time_vte: expected a "
                "number in (0, 1), found 1");
}

TEST_F(BadParameters, NegativeCount) {
  EXPECT_EQ(error_with("count = 200", "count = -200"),
            at_line_of("count = 200") +
                "population.cells[1].count: expected an integer >= 0, "
                "found -200");
}

TEST_F(BadParameters, BadFlagLetter) {
  EXPECT_EQ(error_with("flags = \"AHO\"", "flags = \"AHX\""),
            at_line_of("flags = \"AHO\"") +
                "population.cells[2].flags: expected distinct "
                "letters from A, H, O, K, found \"AHX\"");
}

TEST_F(BadParameters, RepeatedFlagLetter) {
  EXPECT_EQ(error_with("flags = \"AHO\"", "flags = \"AHA\""),
            at_line_of("flags = \"AHO\"") +
                "population.cells[2].flags: expected distinct "
                "letters from A, H, O, K, found \"AHA\"");
}

TEST_F(BadParameters, DuplicateCell) {
  EXPECT_EQ(error_with("flags = \"K\"", "flags = \"OHA\""),
            at_line_of("flags = \"K\"") +
                "population.cells[3].flags: expected each flag combination at most once "
                "(already in population.cells[2]), found \"OHA\"");
}

TEST_F(BadParameters, AgesOutOfOrder) {
  EXPECT_EQ(error_with("old_from = 50", "old_from = 25"),
            at_line_of("old_from = 50") +
                "population.ages.old_from: expected an integer > "
                "young_below (25), found 25");
}

TEST_F(BadParameters, FigureWithoutSource) {
  EXPECT_EQ(error_with("{ value = 90, source = \"test BW\" }", "{ value = 90 }"),
            at_line_of("source = \"test BW\"") +
                "programmes.BW.start_vte.source: missing required key, expected a non-empty "
                "string");
}

TEST_F(BadParameters, FigureWithUnknownKey) {
  EXPECT_EQ(error_with("{ value = 90, source = \"test BW\" }",
                       "{ value = 90, source = \"test BW\", note = \"x\" }"),
            at_line_of("source = \"test BW\"") +
                "programmes.BW.start_vte.note: unknown key, expected one of value, source");
}

TEST_F(BadParameters, FigureValueOutOfRange) {
  EXPECT_EQ(error_with("{ value = 0.25, source", "{ value = 1.25, source"),
            at_line_of("{ value = 0.25, source") +
                "population.shares.high_among_non_k: expected a number in [0, 1], found "
                "1.25");
}

TEST_F(BadParameters, UnknownProfileBit) {
  EXPECT_EQ(error_with("[\"male\", \"young\"]", "[\"male\", \"old\"]"),
            at_line_of("[\"male\", \"young\"]") +
                "programmes.LDE.eligibility[0].profile_all[1]: expected one of A, H, O, K, male, "
                "high_education, young, found \"old\"");
}

TEST_F(BadParameters, ProfileBitBothRequiredAndExcluded) {
  EXPECT_EQ(error_with("profile_none = [\"high_education\"]", "profile_none = [\"young\"]"),
            at_line_of("profile_none = [\"high_education\"]") +
                "programmes.LDE.eligibility[0].profile_none[0]: expected an attribute that is "
                "not also in profile_all, found \"young\"");
}

TEST_F(BadParameters, UnknownMark) {
  EXPECT_EQ(error_with("[\"az_advice\"]", "[\"az\"]"),
            at_line_of("[\"az_advice\"]") +
                "programmes.AZ.eligibility[0].marks_all[0]: expected one of bw_right, "
                "sw_screened, az_advice, found \"az\"");
}

TEST_F(BadParameters, UnknownClauseKey) {
  EXPECT_EQ(error_with("[ { min_duration_months = 24 } ]", "[ { min_duration = 24 } ]"),
            at_line_of("[ { min_duration_months = 24 } ]") +
                "programmes.INV_NDC.eligibility[0].min_duration: unknown key, expected one of "
                "profile_all, profile_none, min_duration_months, max_duration_months, marks_all");
}

TEST_F(BadParameters, DurationBoundsReversed) {
  EXPECT_EQ(error_with("max_duration_months = 600", "max_duration_months = 6"),
            at_line_of("max_duration_months = 600") +
                "programmes.INV_DC.eligibility[1].max_duration_months: expected an integer >= "
                "min_duration_months (12), found 6");
}

TEST_F(BadParameters, BadSelectionRule) {
  EXPECT_EQ(error_with("selection = \"random\"", "selection = \"lottery\""),
            at_line_of("selection = \"random\"") +
                "programmes.INV_NDC.selection: expected one of random, longest_duration, "
                "weighted, found \"lottery\"");
}

TEST_F(BadParameters, StringsInMessagesStayOnOneLine) {
  EXPECT_EQ(error_with("selection = \"random\"", "selection = \"ran\\ndom\\u0007\""),
            at_line_of("selection = \"random\"") +
                "programmes.INV_NDC.selection: expected one of random, longest_duration, "
                "weighted, found \"ran\\ndom\\u0007\"");
}

TEST_F(BadParameters, FlagWeightsWithoutWeightedSelection) {
  // The line above flag_weights is taken out.
  EXPECT_EQ(error_with("selection = \"weighted\"\n", ""),
            at(file_, line_of(good_, "flag_weights") - 1) +
                "programmes.SW.flag_weights: expected only with selection = \"weighted\", found "
                "selection = \"random\"");
}

TEST_F(BadParameters, FlagWeightNotPositive) {
  EXPECT_EQ(error_with("K = 1.5", "K = 0"),
            at_line_of("K = 1.5") + "programmes.SW.flag_weights.K: expected a number > 0, found 0");
}

TEST_F(BadParameters, EntryOrderWithDuplicate) {
  EXPECT_EQ(error_with("[\"SW\", \"BW\", \"INV_DC\"", "[\"SW\", \"BW\", \"SW\""),
            at_line_of("order = ") +
                "entry.order[2]: expected a permutation of BW, SW, INV_DC, "
                "INV_NDC, LDE, AZ (each once), found \"SW\"");
}

TEST_F(BadParameters, EntryOrderIncomplete) {
  EXPECT_EQ(error_with(", \"AZ\"]", "]"),
            at_line_of("order = ") +
                "entry.order: expected a permutation of BW, SW, INV_DC, "
                "INV_NDC, LDE, AZ, found AZ missing");
}

TEST_F(BadParameters, EntryOrderUnknownProgramme) {
  EXPECT_EQ(error_with("\"LDE\", \"AZ\"]", "\"LDE\", \"WSE\"]"),
            at_line_of("order = ") +
                "entry.order[5]: expected one of BW, SW, INV_DC, INV_NDC, "
                "LDE, AZ, found \"WSE\"");
}

TEST_F(BadParameters, YearsNotAscending) {
  EXPECT_EQ(error_with("year = 2012", "year = 2010"),
            at_line_of("year = 2012") +
                "job_finding.years[1].year: expected a year after 2010 "
                "(years strictly ascending), found 2010");
}

TEST_F(BadParameters, UnknownScreening) {
  EXPECT_EQ(error_with("[screening.az_advice]", "[screening.az_advise]"),
            at_line_of("[screening.az_advice]") +
                "screening.az_advise: unknown key, expected one of bw_right, sw_screening, "
                "az_advice");
}

TEST_F(BadParameters, BadRegistrationMode) {
  EXPECT_EQ(error_with("mode = \"none\"", "mode = \"grow\""),
            at_line_of("mode = \"none\"") +
                "registration.mode: expected one of hold_stock, none, trend, "
                "found \"grow\"");
}

}  // namespace
}  // namespace groeipad::io
