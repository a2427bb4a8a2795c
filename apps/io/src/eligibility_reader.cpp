#include "eligibility_reader.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace groeipad::io::detail {

namespace {

constexpr std::array<std::string_view, 7> kProfileNames = {
    "A", "H", "O", "K", "male", "high_education", "young"};
constexpr std::array<Profile, 7> kProfileBits = {profile_bit::A,    profile_bit::H,
                                                 profile_bit::O,    profile_bit::K,
                                                 profile_bit::male, profile_bit::high_education,
                                                 profile_bit::young};

constexpr std::array<std::string_view, 3> kMarkNames = {"bw_right", "sw_screened", "az_advice"};
constexpr std::array<std::uint8_t, 3> kMarkBits = {mark::bw_right, mark::sw_screened,
                                                   mark::az_advice};

constexpr IntRange kDurationMonths{0, UINT16_MAX};

Profile read_profile_bits(const Node& list) {
  Profile bits = 0;
  for (const Node& name : list.array()) bits |= kProfileBits[name.choice(kProfileNames)];
  return bits;
}

std::uint8_t read_marks(const Node& list) {
  std::uint8_t bits = 0;
  for (const Node& name : list.array()) bits |= kMarkBits[name.choice(kMarkNames)];
  return bits;
}

EligibilityClause read_clause(const Node& node) {
  Table table = node.table();
  EligibilityClause clause;
  if (auto all = table.find("profile_all")) clause.profile_all = read_profile_bits(*all);
  if (auto none = table.find("profile_none")) {
    clause.profile_none = read_profile_bits(*none);
    // A bit both required and excluded makes a clause that never holds: a mistake.
    for (const Node& name : none->array()) {
      if ((kProfileBits[name.choice(kProfileNames)] & clause.profile_all) != 0) {
        name.expected("an attribute that is not also in profile_all");
      }
    }
  }
  std::optional<Node> min_node = table.find("min_duration_months");
  if (min_node) {
    clause.min_duration_months =
        static_cast<std::uint16_t>(min_node->figure().integer(kDurationMonths));
  }
  if (auto max_node = table.find("max_duration_months")) {
    const Node value = max_node->figure();
    clause.max_duration_months = static_cast<std::uint16_t>(value.integer(kDurationMonths));
    if (clause.max_duration_months < clause.min_duration_months) {
      value.expected(
          fmt::format("an integer >= min_duration_months ({})", clause.min_duration_months));
    }
  }
  if (auto marks = table.find("marks_all")) clause.marks_all = read_marks(*marks);
  table.finish();
  return clause;
}

}  // namespace

EligibilityRule read_eligibility_rule(const Node& node) {
  EligibilityRule rule;
  for (const Node& clause : node.array()) rule.any_of.push_back(read_clause(clause));
  return rule;
}

}  // namespace groeipad::io::detail
