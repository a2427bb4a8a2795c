#include "groeipad/calibration/audit_json.hpp"

namespace groeipad::calibration {
namespace {

// The use and the value used, as the data file states them; nulls where it states none, so
// that a reader tells "not stated" from any stated use.
void add_use(nlohmann::ordered_json& object, const Finding& finding) {
  nlohmann::ordered_json use;
  nlohmann::ordered_json uses;
  switch (finding.use.kind) {
    case io::FigureUse::kPrinted:
      use = "printed";
      uses = finding.printed;
      break;
    case io::FigureUse::kCorrected:
      use = "corrected";
      if (finding.use.corrected) uses = *finding.use.corrected;
      break;
    case io::FigureUse::kNotUsed:
      use = "not used";
      break;
    case io::FigureUse::kUnstated:
      break;
  }
  object["use"] = use;
  object["uses"] = uses;
  object["reason"] =
      finding.reason.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(finding.reason);
}

}  // namespace

nlohmann::ordered_json audit_json(const std::vector<Finding>& findings) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Finding& finding : findings) {
    nlohmann::ordered_json object;
    object["table"] = finding.table;
    object["row"] = finding.row;
    object["column"] = finding.column;
    object["year"] =
        finding.year ? nlohmann::ordered_json(*finding.year) : nlohmann::ordered_json();
    object["printed"] = finding.printed;
    object["implied"] = finding.implied;
    object["rule"] = finding.rule;
    add_use(object, finding);
    list.push_back(std::move(object));
  }
  return list;
}

}  // namespace groeipad::calibration
