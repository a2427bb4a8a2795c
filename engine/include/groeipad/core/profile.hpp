#pragma once
// A job seeker's profile: the attributes the job-finding probability depends on,
// packed in one byte so that per-profile tables stay small (128 entries).
//
// bits 0-3: the kansengroep flags A (non-EU origin), H (work disability),
//           O (50-plus), K (low education);
// bit 4:    male;
// bit 5:    high education (only without K: K is low education, the rest mid or high);
// bit 6:    younger than 25 (only without O).

#include <array>
#include <cstdint>
#include <string_view>

namespace groeipad {

using Profile = std::uint8_t;

inline constexpr int kProfileCount = 128;

namespace profile_bit {
inline constexpr Profile A = 1U << 0U;
inline constexpr Profile H = 1U << 1U;
inline constexpr Profile O = 1U << 2U;
inline constexpr Profile K = 1U << 3U;
inline constexpr Profile male = 1U << 4U;
inline constexpr Profile high_education = 1U << 5U;
inline constexpr Profile young = 1U << 6U;
inline constexpr Profile flags = A | H | O | K;
}  // namespace profile_bit

// The reporting groups of jobseekers.csv: everybody, each kansengroep, and those in none.
enum class Group : std::uint8_t { totaal = 0, A = 1, H = 2, O = 3, K = 4, geen = 5 };
inline constexpr int kGroupCount = 6;
inline constexpr std::array<std::string_view, kGroupCount> kGroupCodes = {"totaal", "A", "H",
                                                                          "O",      "K", "geen"};

// Bit g of the result is set when a person with this profile belongs to Group g.
constexpr std::uint8_t group_mask(Profile p) {
  std::uint8_t mask = 1U;  // totaal
  if ((p & profile_bit::A) != 0) mask |= 1U << 1U;
  if ((p & profile_bit::H) != 0) mask |= 1U << 2U;
  if ((p & profile_bit::O) != 0) mask |= 1U << 3U;
  if ((p & profile_bit::K) != 0) mask |= 1U << 4U;
  if ((p & profile_bit::flags) == 0) mask |= 1U << 5U;
  return mask;
}

}  // namespace groeipad
