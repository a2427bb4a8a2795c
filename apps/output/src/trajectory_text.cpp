#include "trajectory_text.hpp"

#include <charconv>
#include <vector>

namespace groeipad::output::detail {
namespace {

// Every field of a month record, in file order.
template <typename Record, typename Visit>
void fields(Record& r, Visit&& visit) {
  for (auto& p : r.programmes) {
    visit(p.instroom);
    visit(p.uitstroom);
    visit(p.uitstroom_werk);
    visit(p.uitstroom_pensioen);
    visit(p.personen);
    visit(p.vte_units);
    visit(p.capacity_units);
    visit(p.pool);
  }
  for (auto& g : r.groups) {
    visit(g.nwwz);
    visit(g.naar_werk);
    visit(g.naar_out);
    visit(g.nieuw);
    visit(g.naar_programma);
    visit(g.van_programma);
    visit(g.langdurig_2j);
  }
  visit(r.work_total);
  visit(r.out_total);
  visit(r.agent_months);
}

}  // namespace

std::string trajectory_text(const Trajectory& trajectory) {
  std::string text;
  char buffer[24];
  for (const MonthRecord& record : trajectory) {
    bool first = true;
    fields(record, [&](std::int64_t value) {
      if (!first) text += ' ';
      first = false;
      char* const end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
      text.append(buffer, end);
    });
    text += '\n';
  }
  return text;
}

std::optional<Trajectory> parse_trajectory(std::string_view text, int months) {
  Trajectory trajectory(static_cast<std::size_t>(months) + 1);
  const char* at = text.data();
  const char* const end = text.data() + text.size();
  for (MonthRecord& record : trajectory) {
    bool ok = true;
    bool first = true;
    fields(record, [&](std::int64_t& value) {
      if (!ok) return;
      if (!first) {
        if (at >= end || *at != ' ') {
          ok = false;
          return;
        }
        ++at;
      }
      first = false;
      const auto [stop, error] = std::from_chars(at, end, value);
      ok = error == std::errc{};
      at = stop;
    });
    if (!ok || at >= end || *at != '\n') return std::nullopt;
    ++at;
  }
  if (at != end) return std::nullopt;
  return trajectory;
}

}  // namespace groeipad::output::detail
