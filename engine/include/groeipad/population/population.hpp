#pragma once
// Agents as structure-of-arrays: one contiguous column per attribute, small integer
// types, 16 bytes of hot state per person. A slot whose person left to regular work
// or to OUT is vacant and is reused by the next registrant.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "groeipad/core/profile.hpp"
#include "groeipad/core/programme.hpp"

namespace groeipad {

// Agent states; programme states equal the Programme values so they index tables.
namespace state {
inline constexpr std::uint8_t nwwz = kProgrammeCount;  // registered unemployed job seeker
inline constexpr std::uint8_t vacant = nwwz + 1;       // slot free: its person went to WORK or OUT
constexpr bool in_programme(std::uint8_t s) { return s < kProgrammeCount; }
}  // namespace state

// VTE fractions are held in whole units of 1/200 VTE so that occupancy sums are exact
// integers, identical whatever the order of summation.
inline constexpr int kVteUnits = 200;

struct Population {
  std::vector<std::uint8_t> state;
  std::vector<Profile> profile;
  std::vector<std::uint16_t> duration_months;  // unemployment duration
  std::vector<std::uint16_t> months_in_state;
  std::vector<std::uint16_t> age_months;
  std::vector<std::uint8_t> vte_units;  // VTE fraction while in a programme, in kVteUnits
  std::vector<std::uint8_t> marks;      // screening outcomes (params/eligibility.hpp: mark::)
  std::vector<std::uint32_t> id_index;  // person id: (origin, index), the key of every draw
  std::vector<std::uint16_t> id_origin;

  [[nodiscard]] std::size_t size() const { return state.size(); }
  void resize(std::size_t n);
  void reserve(std::size_t n);
  // Bytes per person of the columns above (the hot state).
  static constexpr std::size_t bytes_per_person() {
    return sizeof(std::uint8_t) * 4 + sizeof(std::uint16_t) * 4 + sizeof(std::uint32_t);
  }
};

}  // namespace groeipad
