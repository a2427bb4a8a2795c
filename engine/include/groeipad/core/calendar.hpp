#pragma once
// Calendar months as the model counts them: a year and a month, ordered, with
// arithmetic in whole months.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace groeipad {

struct YearMonth {
  int year = 2011;
  int month = 1;  // 1..12

  friend auto operator<=>(const YearMonth&, const YearMonth&) = default;

  // Months since January of year 0; differences of these are month counts.
  [[nodiscard]] constexpr int serial() const { return year * 12 + (month - 1); }
  [[nodiscard]] static constexpr YearMonth from_serial(int serial) {
    return YearMonth{serial / 12, serial % 12 + 1};
  }
  [[nodiscard]] constexpr YearMonth plus(int months) const {
    return from_serial(serial() + months);
  }
  [[nodiscard]] std::string to_string() const;  // "YYYY-MM"
};

// Parses "YYYY-MM" with a month 01..12 and a year 1900..2200; nullopt otherwise.
std::optional<YearMonth> parse_year_month(std::string_view text);

}  // namespace groeipad
