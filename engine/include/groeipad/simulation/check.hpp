#pragma once
// The numerical guards of a run: every month's conservation identities, counts that
// cannot be negative, and the running counts against a fresh count of the population.
// They run in debug builds always and in release builds with `run --check`; a broken one
// stops the run with a CheckFailure that names the identity, month, unit, replication
// and seed, so that the replication can be replayed alone.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

#include "groeipad/stats/month_record.hpp"

namespace groeipad {

// An identity that does not hold in one month.
struct Violation {
  std::string identity;  // its name and formula, e.g. "programme stock (personen = ...)"
  std::string unit;      // "programme SW", "group A", or "all"
  std::string detail;    // "expected N, found M": the two sides of the identity
};

// The identities between the records of two consecutive months (`before` the month
// before `now`); the first that does not hold, or nullopt.
std::optional<Violation> check_month(const MonthRecord& before, const MonthRecord& now);

// Counts that cannot be negative, in one month's record (the start month included).
std::optional<Violation> check_counts(const MonthRecord& record);

class CheckFailure : public std::runtime_error {
 public:
  // `month_label` is the month as "YYYY-MM".
  CheckFailure(const Violation& violation, const std::string& month_label, int month,
               std::uint32_t replication, std::uint64_t seed);

  [[nodiscard]] const Violation& violation() const { return violation_; }
  [[nodiscard]] int month() const { return month_; }
  [[nodiscard]] std::uint32_t replication() const { return replication_; }
  [[nodiscard]] std::uint64_t seed() const { return seed_; }

 private:
  Violation violation_;
  int month_;
  std::uint32_t replication_;
  std::uint64_t seed_;
};

// Whether this build checks every month whatever the options say (debug builds do).
bool checks_always_on();

}  // namespace groeipad
