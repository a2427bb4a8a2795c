// The audit's findings as JSON: every member present, nulls where the data file states no
// use, and the value used as the data file gives it.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "groeipad/calibration/audit.hpp"
#include "groeipad/calibration/audit_json.hpp"

namespace groeipad::calibration {
namespace {

Finding finding(io::FigureUse use, std::string reason) {
  Finding made;
  made.table = "Tekst 3.2";
  made.row = "De anderen";
  made.column = "meer dan twee jaar werkloos (aantal)";
  made.year = 2011;
  made.printed = 677;
  made.implied = 4677;
  made.rule = "all - in a group";
  made.use = use;
  made.reason = std::move(reason);
  return made;
}

TEST(AuditJson, OneObjectAFindingWithItsUse) {
  const std::vector<Finding> findings = {
      finding({io::FigureUse::kCorrected, 4677.0}, "51802 - 47125"),
      finding({io::FigureUse::kPrinted, std::nullopt}, "its ratios agree"),
      finding({io::FigureUse::kNotUsed, std::nullopt}, "a lower bound"), finding({}, "")};
  const nlohmann::ordered_json json = audit_json(findings);
  ASSERT_TRUE(json.is_array());
  ASSERT_EQ(json.size(), 4U);
  const std::vector<std::string> keys = {"table",   "row",  "column", "year", "printed",
                                         "implied", "rule", "use",    "uses", "reason"};
  std::vector<std::string> found;
  for (const auto& [key, value] : json[0].items()) found.push_back(key);
  EXPECT_EQ(found, keys);
  EXPECT_EQ(json[0]["table"], "Tekst 3.2");
  EXPECT_EQ(json[0]["year"], 2011);
  EXPECT_EQ(json[0]["printed"], 677.0);
  EXPECT_EQ(json[0]["implied"], 4677.0);
  EXPECT_EQ(json[0]["use"], "corrected");
  EXPECT_EQ(json[0]["uses"], 4677.0);
  EXPECT_EQ(json[0]["reason"], "51802 - 47125");
  EXPECT_EQ(json[1]["use"], "printed");
  EXPECT_EQ(json[1]["uses"], 677.0);
  EXPECT_EQ(json[2]["use"], "not used");
  EXPECT_TRUE(json[2]["uses"].is_null());
  EXPECT_TRUE(json[3]["use"].is_null());
  EXPECT_TRUE(json[3]["uses"].is_null());
  EXPECT_TRUE(json[3]["reason"].is_null());
}

TEST(AuditJson, NoYearIsNullAndNoFindingIsAnEmptyList) {
  Finding without_year = finding({}, "");
  without_year.year = std::nullopt;
  EXPECT_TRUE(audit_json({without_year})[0]["year"].is_null());
  EXPECT_EQ(audit_json({}).dump(), "[]");
}

}  // namespace
}  // namespace groeipad::calibration
