#pragma once
// The five social-economy programmes of the model, with invoeg split in two.

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace groeipad {

// Values double as indices into per-programme arrays and as agent states.
enum class Programme : std::uint8_t { BW = 0, SW = 1, INV_DC = 2, INV_NDC = 3, LDE = 4, AZ = 5 };

inline constexpr int kProgrammeCount = 6;

inline constexpr std::array<Programme, kProgrammeCount> kAllProgrammes = {
    Programme::BW,      Programme::SW,  Programme::INV_DC,
    Programme::INV_NDC, Programme::LDE, Programme::AZ};

inline constexpr std::array<std::string_view, kProgrammeCount> kProgrammeCodes = {
    "BW", "SW", "INV_DC", "INV_NDC", "LDE", "AZ"};

constexpr int index_of(Programme p) { return static_cast<int>(p); }
constexpr std::string_view code_of(Programme p) { return kProgrammeCodes[index_of(p)]; }

std::optional<Programme> programme_from_code(std::string_view code);

}  // namespace groeipad
