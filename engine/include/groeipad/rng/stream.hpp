#pragma once
// Names the purpose of every draw. A counter is
//   {person index, (person origin << 16) | stream, month, seed high word}
// and the key is {seed low word, replication}; a person is (origin, index), where
// origin 0 is the start population and origin t the registrants of month t.
// Each process owns its stream, so adding a draw to one process shifts no other.

#include <cstdint>

#include "groeipad/rng/philox.hpp"

namespace groeipad::rng {

enum class Stream : std::uint16_t {
  monthly = 1,          // the one block per person-month used by the hot phases (lanes below)
  entry = 2,            // a programme entrant's VTE fraction
  registration = 3,     // a registrant's profile and age
  synthesis = 4,        // attributes of the start population
  start_programme = 5,  // who the start participants are
};

// Lanes of the Stream::monthly block.
namespace lane {
inline constexpr int exit = 0;         // job seeker: work / other exit; participant: hazard
inline constexpr int destination = 1;  // participant leaving: to work or back to NWWZ
inline constexpr int priority = 1;     // job seeker: place in the entry queue
inline constexpr int screening = 2;    // job seeker: a screening outcome this month
inline constexpr int spare = 3;
}  // namespace lane

inline Key make_key(std::uint64_t seed, std::uint32_t replication) {
  return Key{static_cast<std::uint32_t>(seed), replication};
}

inline constexpr std::uint32_t stream_word(std::uint16_t origin, Stream stream) {
  return (static_cast<std::uint32_t>(origin) << 16U) | static_cast<std::uint32_t>(stream);
}

inline Block draw(const Key& key, std::uint64_t seed, std::uint32_t index, std::uint16_t origin,
                  Stream stream, std::uint32_t month) {
  return philox(
      Block{index, stream_word(origin, stream), month, static_cast<std::uint32_t>(seed >> 32U)},
      key);
}

// A uniform draw in [0, 1) from 32 bits; thresholds compare against the raw bits.
inline double to_unit(std::uint32_t bits) { return bits * 0x1p-32; }

// The integer threshold t with P(u < t) = p for a uniform 32-bit u (p = 1 gives 1 - 2^-32).
inline std::uint32_t threshold(double p) {
  if (!(p > 0)) return 0;
  if (p >= 1) return UINT32_MAX;
  const double scaled = p * 0x1p32;
  if (scaled >= 0x1p32 - 1) return UINT32_MAX;
  // Half up, exactly: truncating scaled + 0.5 would round values just below 0.5 up to 1.
  const auto whole = static_cast<std::uint32_t>(scaled);
  return scaled - whole >= 0.5 ? whole + 1 : whole;
}

}  // namespace groeipad::rng
