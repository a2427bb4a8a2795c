#pragma once
// Tabel 4's categories: the monthly job-finding rates ("kans op werk") of the job seekers
// by gender, education, age, disability, origin and unemployment duration, in a year.

#include <array>
#include <cstdint>
#include <string_view>

#include "groeipad/calibration/source_data.hpp"
#include "groeipad/core/profile.hpp"

namespace groeipad::calibration {

enum class Category : std::uint8_t {
  total,
  men,
  women,
  low,
  mid,
  high,
  young,
  middle,
  old,
  disabled,
  not_disabled,
  european,
  non_european,
  under_one_year,
  over_one_year,
};
inline constexpr int kCategoryCount = 15;

// The name the calibration report uses, and the row label Tabel 4 prints.
struct CategoryLabel {
  std::string_view name;
  std::string_view row;
};
inline constexpr std::array<CategoryLabel, kCategoryCount> kCategoryLabels = {{
    {"totaal", "Totaal"},
    {"mannen", "Mannen"},
    {"vrouwen", "Vrouwen"},
    {"laaggeschoold", "Laaggeschoold"},
    {"middengeschoold", "Middengeschoold"},
    {"hooggeschoold", "Hooggeschoold"},
    {"jonger_dan_25", "<25 jaar"},
    {"25_49", "25-49 jaar"},
    {"ouder_dan_49", ">49 jaar"},
    {"met_arbeidshandicap", "Met arbeidshandicap"},
    {"zonder_arbeidshandicap", "Zonder arbeidshandicap"},
    {"europees", "Europees (incl.Belgen)"},
    {"niet_europees", "Niet-Europees"},
    {"korter_dan_1_jaar", "<1 jaar"},
    {"langer_dan_1_jaar", ">1 jaar"},
}};

// Bit c set when a job seeker of this profile and duration band (0: < 12 months) is in
// category c. Low education is K; age bands follow the profile's young and O bits.
std::uint16_t category_mask(Profile profile, int duration_band);

using CategoryValues = std::array<double, kCategoryCount>;

// The year's printed rates, in percent, with their provenance.
struct Table4Year {
  int year = 0;
  std::array<Sourced, kCategoryCount> rates;
  [[nodiscard]] CategoryValues values() const;
};
Table4Year read_table4(const SourceData& data, int year);

}  // namespace groeipad::calibration
