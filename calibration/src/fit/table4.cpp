#include "groeipad/calibration/table4.hpp"

#include <string>

namespace groeipad::calibration {

std::uint16_t category_mask(Profile profile, int duration_band) {
  const auto bit = [](Category c) {
    return static_cast<std::uint16_t>(1U << static_cast<unsigned>(c));
  };
  const bool low = (profile & profile_bit::K) != 0;
  const bool high = !low && (profile & profile_bit::high_education) != 0;
  const bool young = (profile & profile_bit::young) != 0;
  const bool old = (profile & profile_bit::O) != 0;
  std::uint16_t mask = bit(Category::total);
  mask |= bit((profile & profile_bit::male) != 0 ? Category::men : Category::women);
  mask |= bit(low ? Category::low : (high ? Category::high : Category::mid));
  mask |= bit(young ? Category::young : (old ? Category::old : Category::middle));
  mask |= bit((profile & profile_bit::H) != 0 ? Category::disabled : Category::not_disabled);
  mask |= bit((profile & profile_bit::A) != 0 ? Category::non_european : Category::european);
  mask |= bit(duration_band == 0 ? Category::under_one_year : Category::over_one_year);
  return mask;
}

CategoryValues Table4Year::values() const {
  CategoryValues v{};
  for (int c = 0; c < kCategoryCount; ++c) v[c] = rates[c].value;
  return v;
}

Table4Year read_table4(const SourceData& data, int year) {
  Table4Year t;
  t.year = year;
  for (int c = 0; c < kCategoryCount; ++c) {
    t.rates[c] = data.get("Tabel 4", kCategoryLabels[c].row, std::to_string(year), year);
  }
  return t;
}

}  // namespace groeipad::calibration
