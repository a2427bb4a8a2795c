#include <string>
#include <string_view>

#include "groeipad/population/population.hpp"
#include "groeipad/simulation/check.hpp"

namespace groeipad {
namespace {

std::string programme_unit(Programme p) { return "programme " + std::string(code_of(p)); }

std::string group_unit(int g) { return "group " + std::string(kGroupCodes[g]); }

std::optional<Violation> equal(std::string_view identity, std::string unit, std::int64_t expected,
                               std::int64_t found) {
  if (expected == found) return std::nullopt;
  return Violation{std::string(identity), std::move(unit),
                   "expected " + std::to_string(expected) + ", found " + std::to_string(found)};
}

std::optional<Violation> at_most(std::string_view identity, std::string unit, std::int64_t limit,
                                 std::int64_t found) {
  if (found <= limit) return std::nullopt;
  return Violation{
      std::string(identity), std::move(unit),
      "expected at most " + std::to_string(limit) + ", found " + std::to_string(found)};
}

std::optional<Violation> non_negative(std::string_view count, std::string unit,
                                      std::int64_t found) {
  if (found >= 0) return std::nullopt;
  return Violation{"non-negative " + std::string(count), std::move(unit),
                   "expected >= 0, found " + std::to_string(found)};
}

// The stock identity of job seekers: what the month took away and brought in.
std::int64_t expected_job_seekers(const GroupMonth& before, const GroupMonth& now) {
  return before.nwwz - now.naar_werk - now.naar_out - now.naar_programma + now.van_programma +
         now.nieuw;
}

}  // namespace

std::optional<Violation> check_counts(const MonthRecord& r) {
  for (const Programme p : kAllProgrammes) {
    const ProgrammeMonth& m = r.programme(p);
    const std::int64_t counts[] = {m.instroom, m.uitstroom, m.uitstroom_werk, m.uitstroom_pensioen,
                                   m.personen, m.vte_units, m.capacity_units, m.pool};
    const std::string_view names[] = {"instroom",           "uitstroom", "uitstroom_werk",
                                      "uitstroom_pensioen", "personen",  "vte",
                                      "capaciteit_vte",     "pool"};
    for (std::size_t i = 0; i < std::size(counts); ++i) {
      if (auto v = non_negative(names[i], programme_unit(p), counts[i])) return v;
    }
    // Every participant holds between one unit and one full VTE.
    if (auto v = at_most("VTE per person (vte <= personen)", programme_unit(p),
                         m.personen * kVteUnits, m.vte_units)) {
      return v;
    }
    if (auto v = at_most("VTE per person (personen <= vte units)", programme_unit(p), m.vte_units,
                         m.personen)) {
      return v;
    }
  }
  for (int g = 0; g < kGroupCount; ++g) {
    const GroupMonth& m = r.groups[g];
    const std::int64_t counts[] = {m.nwwz,           m.naar_werk,     m.naar_out,    m.nieuw,
                                   m.naar_programma, m.van_programma, m.langdurig_2j};
    const std::string_view names[] = {"nwwz",           "naar_werk",     "naar_out",    "nieuw",
                                      "naar_programma", "van_programma", "langdurig_2j"};
    for (std::size_t i = 0; i < std::size(counts); ++i) {
      if (auto v = non_negative(names[i], group_unit(g), counts[i])) return v;
    }
    if (auto v = at_most("long-term job seekers (langdurig_2j <= nwwz)", group_unit(g), m.nwwz,
                         m.langdurig_2j)) {
      return v;
    }
  }
  return std::nullopt;
}

std::optional<Violation> check_month(const MonthRecord& before, const MonthRecord& now) {
  if (auto v = check_counts(now)) return v;
  std::int64_t entered = 0;
  std::int64_t returned = 0;
  for (const Programme p : kAllProgrammes) {
    const ProgrammeMonth& b = before.programme(p);
    const ProgrammeMonth& n = now.programme(p);
    if (auto v = equal("programme stock (personen = previous personen + instroom - uitstroom)",
                       programme_unit(p), b.personen + n.instroom - n.uitstroom, n.personen)) {
      return v;
    }
    if (auto v = at_most("programme leavers (uitstroom_werk + uitstroom_pensioen <= uitstroom)",
                         programme_unit(p), n.uitstroom, n.uitstroom_werk + n.uitstroom_pensioen)) {
      return v;
    }
    // Entrants take a place only while it fits, so a month with entrants ends within
    // capacity; a cut may leave a programme above it, but then nobody enters.
    if (n.instroom > 0) {
      if (auto v = at_most("capacity (vte <= capaciteit_vte in a month with instroom)",
                           programme_unit(p), n.capacity_units, n.vte_units)) {
        return v;
      }
    }
    entered += n.instroom;
    returned += n.uitstroom - n.uitstroom_werk - n.uitstroom_pensioen;
  }
  const GroupMonth& total = now.group(Group::totaal);
  if (auto v = equal("programme entrants (naar_programma = sum of instroom)", "all", entered,
                     total.naar_programma)) {
    return v;
  }
  if (auto v = equal("programme returns (van_programma = sum of uitstroom not to work or pension)",
                     "all", returned, total.van_programma)) {
    return v;
  }
  // Ageing moves persons into O (and out of geen), so only the other groups balance.
  for (const Group g : {Group::totaal, Group::A, Group::H, Group::K}) {
    const int i = static_cast<int>(g);
    if (auto v = equal("job seeker stock (nwwz = previous nwwz - naar_werk - naar_out - "
                       "naar_programma + van_programma + nieuw)",
                       group_unit(i), expected_job_seekers(before.groups[i], now.groups[i]),
                       now.groups[i].nwwz)) {
      return v;
    }
  }
  if (auto v = equal("everybody (job seekers + participants + WORK + OUT = previous + nieuw)",
                     "all", before.everybody() + total.nieuw, now.everybody())) {
    return v;
  }
  return std::nullopt;
}

CheckFailure::CheckFailure(const Violation& violation, const std::string& month_label, int month,
                           std::uint32_t replication, std::uint64_t seed)
    : std::runtime_error("check failed: " + violation.identity + " in month " + month_label +
                         " (month " + std::to_string(month) + "), " + violation.unit +
                         ", replication " + std::to_string(replication) + ", seed " +
                         std::to_string(seed) + ": " + violation.detail),
      violation_(violation),
      month_(month),
      replication_(replication),
      seed_(seed) {}

bool checks_always_on() {
#ifdef NDEBUG
  return false;
#else
  return true;
#endif
}

}  // namespace groeipad
