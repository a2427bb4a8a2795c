#include "groeipad/core/calendar.hpp"

#include <charconv>
#include <cstdio>

namespace groeipad {

std::string YearMonth::to_string() const {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", year, month);
  return text;
}

std::optional<YearMonth> parse_year_month(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  int year = 0;
  int month = 0;
  const auto* begin = text.data();
  if (std::from_chars(begin, begin + 4, year).ptr != begin + 4) return std::nullopt;
  if (std::from_chars(begin + 5, begin + 7, month).ptr != begin + 7) return std::nullopt;
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return std::nullopt;
  return YearMonth{year, month};
}

}  // namespace groeipad
