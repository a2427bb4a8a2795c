#include "calibrated_parameters.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <map>
#include <sstream>

#include "groeipad/core/programme.hpp"
#include "groeipad/io/input_error.hpp"

namespace groeipad::cli {
namespace {

toml::table sourced(double value, const std::string& source) {
  toml::table t{{"value", value}, {"source", source}};
  t.is_inline(true);
  return t;
}

// The table at a dotted path, created where missing.
toml::table& table_at(toml::table& root, std::initializer_list<std::string_view> path) {
  toml::table* t = &root;
  for (const std::string_view key : path) {
    if (!t->contains(key) || !(*t)[key].is_table()) t->insert_or_assign(key, toml::table{});
    t = (*t)[key].as_table();
  }
  return *t;
}

std::string flags_text(Profile flags) {
  std::string s;
  if ((flags & profile_bit::A) != 0) s += 'A';
  if ((flags & profile_bit::H) != 0) s += 'H';
  if ((flags & profile_bit::O) != 0) s += 'O';
  if ((flags & profile_bit::K) != 0) s += 'K';
  return s;
}

}  // namespace

std::string calibrated_parameters_toml(const std::filesystem::path& base,
                                       const calibration::Calibration& c,
                                       const std::string& command) {
  toml::table root;
  try {
    root = toml::parse_file(base.string());
  } catch (const toml::parse_error& e) {
    io::fail(base, static_cast<int>(e.source().begin.line), "syntax error",
             std::string(e.description()));
  }
  const std::map<std::string, std::string> sources(c.sources.begin(), c.sources.end());
  const auto source_of = [&](const std::string& key, const std::string& fallback) {
    const auto it = sources.find(key);
    return it != sources.end() ? it->second : fallback;
  };
  const Parameters& p = c.parameters;
  root.insert_or_assign("label", p.label);

  toml::array cells;
  for (std::size_t i = 0; i < p.cells.size(); ++i) {
    toml::table cell{{"flags", flags_text(p.cells[i].flags)}, {"count", p.cells[i].count}};
    const auto found = std::find_if(c.sources.begin(), c.sources.end(), [&](const auto& s) {
      return s.first == fmt::format("population.cells[{}]", i);
    });
    cell.insert("source", found != c.sources.end() ? found->second
                                                   : std::string("Tabel 3 (§3.2), juni 2011"));
    cell.is_inline(true);
    cells.push_back(std::move(cell));
  }
  table_at(root, {"population"}).insert_or_assign("cells", std::move(cells));

  toml::table& long_term = table_at(root, {"population", "long_term"});
  const LongTermTargets& lt = p.long_term;
  const std::pair<const char*, std::int64_t> counts[] = {{"any_group", lt.any_group},
                                                         {"no_group", lt.no_group},
                                                         {"a", lt.a},
                                                         {"h", lt.h},
                                                         {"o", lt.o},
                                                         {"k", lt.k},
                                                         {"k_five_years", lt.k_five_years},
                                                         {"k_h_five_years", lt.k_h_five_years}};
  for (const auto& [key, value] : counts) {
    toml::table count{
        {"value", value},
        {"source", source_of(fmt::format("population.long_term.{}", key), "calibration")}};
    count.is_inline(true);
    long_term.insert_or_assign(key, std::move(count));
  }
  toml::table& shares = table_at(root, {"population", "shares"});
  const std::pair<const char*, double> share_values[] = {
      {"male", p.shares.male},
      {"high_among_non_k", p.shares.high_among_non_k},
      {"young_among_non_o", p.shares.young_among_non_o},
      {"under_one_year", p.shares.under_one_year}};
  for (const auto& [key, value] : share_values) {
    shares.insert_or_assign(
        key, sourced(value, source_of(fmt::format("population.shares.{}", key), "calibration")));
  }

  toml::array years;
  const std::string fit = source_of("job_finding.years", "calibration");
  for (const JobFindingCoefficients& b : p.job_finding) {
    toml::table y{{"year", b.year}};
    y.insert("b0", sourced(b.b0, fit));
    const std::pair<const char*, double> rest[] = {
        {"b_a", b.b_a},     {"b_h", b.b_h},       {"b_young", b.b_young}, {"b_old", b.b_old},
        {"b_mid", b.b_mid}, {"b_high", b.b_high}, {"b_male", b.b_male},   {"b12", b.b12},
        {"b24", b.b24},     {"b60", b.b60}};
    for (const auto& [key, value] : rest) y.insert(key, value);
    years.push_back(std::move(y));
  }
  table_at(root, {"job_finding"}).insert_or_assign("years", std::move(years));

  for (const Programme programme : kAllProgrammes) {
    const ProgrammeParameters& pp = p.programme(programme);
    toml::table& t = table_at(root, {"programmes", code_of(programme)});
    const std::string prefix = fmt::format("programmes.{}.", code_of(programme));
    const std::pair<const char*, double> values[] = {
        {"start_persons", static_cast<double>(pp.start_persons)},
        {"start_vte", pp.start_vte},
        {"exit_hazard_monthly", pp.exit_hazard_monthly},
        {"work_share", pp.work_share}};
    for (const auto& [key, value] : values) {
      const auto it = sources.find(prefix + key);
      if (it == sources.end()) continue;  // not calibrated: the base file's assumption stays
      if (std::string_view(key) == "start_persons") {
        t.insert_or_assign(key, toml::table{{"value", pp.start_persons}, {"source", it->second}});
        t[key].as_table()->is_inline(true);
      } else {
        t.insert_or_assign(key, sourced(value, it->second));
      }
    }
  }
  const auto az = sources.find("screening.az_advice.per_year");
  if (az != sources.end()) {
    table_at(root, {"screening", "az_advice"})
        .insert_or_assign(
            "per_year",
            sourced(p.screening[static_cast<int>(Screening::az_advice)].per_year, az->second));
  }

  std::ostringstream out;
  out << "# groeipad parameters, written by `" << command << "`.\n"
      << "# Do not edit: change the base file or the source data and calibrate again.\n"
      << "# Every calibrated value carries its provenance in `source`; the other values are\n"
      << "# the base file's assumptions (" << base.filename().string() << ").\n\n"
      << root << "\n";
  return out.str();
}

}  // namespace groeipad::cli
