#pragma once
// Programme entry: eligible job seekers enter one at a time, in the order of the
// programme's selection rule, while the entrant's VTE fraction fits in the free capacity.
//
// The order is set by a key per person: their priority draw (random), their duration
// and then the draw (longest duration first), or an exponential race -ln(u)/w on their
// weight (weighted: Efraimidis-Spirakis sampling without replacement). Ties are broken
// by person id, so the order never depends on where a person is stored or on threads:
// each thread keeps the smallest keys it sees, and their union holds the smallest overall.

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "groeipad/params/parameters.hpp"

namespace groeipad::detail {

struct Candidate {
  std::uint64_t key = 0;
  std::uint64_t person = 0;  // (origin << 32) | index
  std::uint32_t slot = 0;

  friend bool operator<(const Candidate& a, const Candidate& b) {
    return a.key != b.key ? a.key < b.key : a.person < b.person;
  }
};

// Keeps the `limit` smallest candidates offered to it.
class CandidateHeap {
 public:
  void reset(std::size_t limit) {
    limit_ = limit;
    items_.clear();
  }
  [[nodiscard]] bool open() const { return limit_ > 0; }
  // Keys above this cannot enter: a quick test before building a candidate.
  [[nodiscard]] std::uint64_t bar() const {
    return items_.size() < limit_ ? UINT64_MAX : items_.front().key;
  }
  void offer(const Candidate& c) {
    if (items_.size() < limit_) {
      items_.push_back(c);
      std::push_heap(items_.begin(), items_.end());
    } else if (c < items_.front()) {
      std::pop_heap(items_.begin(), items_.end());
      items_.back() = c;
      std::push_heap(items_.begin(), items_.end());
    }
  }
  [[nodiscard]] const std::vector<Candidate>& items() const { return items_; }

 private:
  std::size_t limit_ = 0;
  std::vector<Candidate> items_;
};

class SelectionKeys {
 public:
  explicit SelectionKeys(const Parameters& parameters) {
    for (int p = 0; p < kProgrammeCount; ++p) {
      const ProgrammeParameters& pp = parameters.programmes[p];
      rule_[p] = pp.selection;
      for (int profile = 0; profile < kProfileCount; ++profile) {
        double w = 1;
        for (int flag = 0; flag < 4; ++flag) {
          if ((profile & (1 << flag)) != 0) w *= pp.flag_weights[flag];
        }
        inverse_weight_[p][profile] = 1 / w;
      }
    }
  }

  [[nodiscard]] std::uint64_t key(int programme, Profile profile, std::uint16_t duration,
                                  std::uint32_t priority) const {
    switch (rule_[programme]) {
      case SelectionRule::random:
        return priority;
      case SelectionRule::longest_duration:
        return (static_cast<std::uint64_t>(UINT16_MAX - duration) << 32U) | priority;
      case SelectionRule::weighted: {
        const double u = (priority + 0.5) * 0x1p-32;
        const double race = -std::log(u) * inverse_weight_[programme][profile];
        std::uint64_t bits = 0;  // positive doubles order like their bit patterns
        std::memcpy(&bits, &race, sizeof bits);
        return bits;
      }
    }
    return priority;
  }

 private:
  std::array<SelectionRule, kProgrammeCount> rule_{};
  std::array<std::array<double, kProfileCount>, kProgrammeCount> inverse_weight_{};
};

}  // namespace groeipad::detail
