#pragma once
// Eligibility of a job seeker for every programme and screening at once, as one table
// lookup: the rules (data) are evaluated ahead for each profile, duration class and
// set of marks, so the per-person loops do two loads instead of walking clauses.

#include <array>
#include <cstdint>
#include <vector>

#include "groeipad/params/eligibility.hpp"
#include "groeipad/params/parameters.hpp"

namespace groeipad::detail {

// Bits of an eligibility mask: programmes 0..5, screening targets from bit 8.
inline constexpr int kScreeningTargetBit = 8;
constexpr std::uint16_t programme_bit(int programme) { return std::uint16_t(1U << programme); }
constexpr std::uint16_t screening_target_bit(int screening) {
  return std::uint16_t(1U << (kScreeningTargetBit + screening));
}

class EligibilityTable {
 public:
  explicit EligibilityTable(const Parameters& parameters);

  // The lookups on raw pointers, for the per-person loops: a copy they keep in registers.
  struct View {
    const std::uint8_t* class_of;
    const std::uint16_t* masks;
    const std::uint16_t* signature_of_cell;
    std::size_t classes;

    [[nodiscard]] std::size_t cell(Profile profile, std::uint16_t duration,
                                   std::uint8_t marks) const {
      return (static_cast<std::size_t>(profile) * classes + class_of[duration]) * 8 +
             (marks & mark::all_screenings);
    }
    [[nodiscard]] std::uint16_t signature(Profile profile, std::uint16_t duration,
                                          std::uint8_t marks) const {
      return signature_of_cell[cell(profile, duration, marks)];
    }
  };
  [[nodiscard]] View view() const {
    return View{class_of_.data(), masks_.data(), signature_of_cell_.data(), classes_};
  }

  // A person's cell of the table: profile, duration class and screening marks.
  [[nodiscard]] std::size_t cell(Profile profile, std::uint16_t duration,
                                 std::uint8_t marks) const {
    return (static_cast<std::size_t>(profile) * classes_ + class_of_[duration]) * 8 +
           (marks & mark::all_screenings);
  }
  [[nodiscard]] std::uint16_t mask_of_cell(std::size_t cell) const { return masks_[cell]; }
  [[nodiscard]] std::uint16_t mask(Profile profile, std::uint16_t duration,
                                   std::uint8_t marks) const {
    return masks_[cell(profile, duration, marks)];
  }
  // The screening marks of the persons in a cell.
  [[nodiscard]] static std::uint8_t marks_of_cell(std::size_t cell) {
    return static_cast<std::uint8_t>(cell & mark::all_screenings);
  }
  [[nodiscard]] std::size_t cell_count() const { return masks_.size(); }
  [[nodiscard]] std::size_t duration_classes() const { return classes_; }
  // Durations (above 0) at which some rule changes its verdict; a duration's class is the
  // number of these at or below it.
  [[nodiscard]] const std::vector<std::uint16_t>& duration_edges() const { return edges_; }

  // Cells with the same eligibility mask and marks share a signature; the per-person
  // loops count signatures, a short table, and pools follow from the counts.
  [[nodiscard]] std::uint16_t signature_of_cell(std::size_t cell) const {
    return signature_of_cell_[cell];
  }
  [[nodiscard]] std::size_t signature_count() const { return signature_mask_.size(); }
  [[nodiscard]] std::uint16_t signature_mask(std::size_t signature) const {
    return signature_mask_[signature];
  }
  [[nodiscard]] std::uint8_t signature_marks(std::size_t signature) const {
    return signature_marks_[signature];
  }

 private:
  std::vector<std::uint16_t> edges_;
  std::vector<std::uint8_t> class_of_;  // duration -> duration class, for every uint16 duration
  std::size_t classes_ = 1;
  std::vector<std::uint16_t> masks_;
  std::vector<std::uint16_t> signature_of_cell_;
  std::vector<std::uint16_t> signature_mask_;
  std::vector<std::uint8_t> signature_marks_;
};

}  // namespace groeipad::detail
