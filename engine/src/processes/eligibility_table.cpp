#include "processes/eligibility_table.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace groeipad::detail {
namespace {

template <typename F>
void for_each_rule(const Parameters& parameters, F&& visit) {
  for (int p = 0; p < kProgrammeCount; ++p) {
    visit(parameters.programmes[p].eligibility, programme_bit(p));
  }
  for (int s = 0; s < kScreeningCount; ++s) {
    visit(parameters.screening[s].target, screening_target_bit(s));
  }
}

}  // namespace

EligibilityTable::EligibilityTable(const Parameters& parameters) {
  // Durations at which some rule changes its verdict; between two edges all agree.
  std::set<std::uint32_t> edges = {0};
  for_each_rule(parameters, [&](const EligibilityRule& rule, std::uint16_t) {
    for (const auto& clause : rule.any_of) {
      edges.insert(clause.min_duration_months);
      edges.insert(static_cast<std::uint32_t>(clause.max_duration_months) + 1);
    }
  });
  for (const std::uint32_t edge : edges) {
    if (edge > 0 && edge < 65536) edges_.push_back(static_cast<std::uint16_t>(edge));
  }
  class_of_.resize(65536);
  std::vector<std::uint16_t> representative;  // a duration in each class
  auto edge = edges.begin();
  for (std::uint32_t d = 0; d < class_of_.size(); ++d) {
    if (edge != edges.end() && d == *edge) {
      representative.push_back(static_cast<std::uint16_t>(d));
      ++edge;
    }
    class_of_[d] = static_cast<std::uint8_t>(representative.size() - 1);
  }
  classes_ = representative.size();
  if (classes_ > 255) throw std::invalid_argument("eligibility rules use too many duration limits");
  masks_.assign(static_cast<std::size_t>(kProfileCount) * classes_ * 8, 0);
  for (int profile = 0; profile < kProfileCount; ++profile) {
    for (std::size_t c = 0; c < classes_; ++c) {
      for (std::uint8_t marks = 0; marks < 8; ++marks) {
        std::uint16_t mask = 0;
        for_each_rule(parameters, [&](const EligibilityRule& rule, std::uint16_t bit) {
          if (rule.holds(static_cast<Profile>(profile), representative[c], marks)) mask |= bit;
        });
        masks_[(static_cast<std::size_t>(profile) * classes_ + c) * 8 + marks] = mask;
      }
    }
  }
  std::map<std::pair<std::uint16_t, std::uint8_t>, std::uint16_t> signatures;
  signature_of_cell_.resize(masks_.size());
  for (std::size_t cell = 0; cell < masks_.size(); ++cell) {
    const auto key = std::make_pair(masks_[cell], marks_of_cell(cell));
    auto [it, added] = signatures.try_emplace(key, static_cast<std::uint16_t>(signatures.size()));
    if (added) {
      signature_mask_.push_back(key.first);
      signature_marks_.push_back(key.second);
    }
    signature_of_cell_[cell] = it->second;
  }
}

}  // namespace groeipad::detail
