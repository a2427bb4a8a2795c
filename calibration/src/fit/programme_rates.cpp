#include "programme_rates.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "simulated_year.hpp"

namespace groeipad::calibration {
namespace {

struct SourceRows {
  const char* table5;
  const char* table6;
  const char* table8;  // nullptr: Tabel 8 has no row
};

SourceRows rows_of(Programme p) {
  switch (p) {
    case Programme::BW:
      return {"Beschutte werkplaatsen*", "Beschutte werkplaatsen", nullptr};
    case Programme::SW:
      return {"Sociale werkplaatsen", "Sociale werkplaatsen", "SW (doelgroep)"};
    case Programme::INV_DC:
      return {"Dienstencheque", "Dienstencheque", "Invoeg Dienstencheque"};
    case Programme::INV_NDC:
      return {"Niet-dienstencheque", "Niet-dienstencheque", "Invoeg Niet-Dienstencheque"};
    case Programme::LDE:
      return {"Lokale Diensteconomie", "Lokale Diensteconomie", "Lokale Diensteneconomie."};
    case Programme::AZ:
      return {"Arbeidszorg", "Arbeidszorg", "Arbeidszorg"};
  }
  return {"", "", nullptr};
}

std::optional<Sourced> table8(const SourceData& data, const SourceRows& rows, int year,
                              const char* column) {
  if (rows.table8 == nullptr) return std::nullopt;
  const std::string row = fmt::format("Programma={};Jaar={}", rows.table8, year);
  if (!data.has("Tabel 8", row, column, year)) return std::nullopt;
  return data.get("Tabel 8", row, column, year);
}

std::string key(Programme p, const char* name) {
  return fmt::format("programmes.{}.{}", code_of(p), name);
}

}  // namespace

std::array<ProgrammeFigures, kProgrammeCount> programme_figures(const SourceData& data, int year) {
  std::array<ProgrammeFigures, kProgrammeCount> figures;
  for (const Programme p : kAllProgrammes) {
    const SourceRows rows = rows_of(p);
    ProgrammeFigures& f = figures[index_of(p)];
    f.start_persons = data.get("Tabel 5", rows.table5, "31/12/2009", 2009);
    f.start_vte = data.get("Tabel 6", rows.table6, "31/12/2009", 2009);
    f.end_vte = year >= 2010 ? data.get("Tabel 6", rows.table6, "31/12/2010", 2010) : f.start_vte;
    if (year >= 2010 && data.has("Tabel 5", rows.table5, "uitstroom", year)) {
      f.outflow = data.get("Tabel 5", rows.table5, "uitstroom", year);
    } else {
      f.outflow = table8(data, rows, year, "B1**");
    }
    f.to_work = table8(data, rows, year, "C");
    f.leavers = table8(data, rows, year, "B1**");
    if (p != Programme::BW && !f.outflow) f.proxy = "SW";
  }
  return figures;
}

void set_programme_stocks(const SourceData& data, int year, Parameters& parameters,
                          std::vector<std::pair<std::string, std::string>>& sources) {
  const std::string column = fmt::format("31/12/{}", year);
  for (const Programme p : kAllProgrammes) {
    const SourceRows rows = rows_of(p);
    ProgrammeParameters& pp = parameters.programmes[index_of(p)];
    const Sourced persons = data.get("Tabel 5", rows.table5, column, year);
    const Sourced vte = data.get("Tabel 6", rows.table6, column, year);
    pp.start_persons = static_cast<std::int64_t>(std::llround(persons.value));
    pp.start_vte = vte.value;
    sources.emplace_back(key(p, "start_persons"), persons.source);
    sources.emplace_back(key(p, "start_vte"), vte.source);
  }
}

void fit_programme_rates(const std::array<ProgrammeFigures, kProgrammeCount>& figures,
                         const CalibrationOptions& options, Parameters& parameters,
                         Calibration& result) {
  const int year = options.year;
  std::array<double, kProgrammeCount> end_vte{};
  for (const Programme p : kAllProgrammes) {
    const ProgrammeFigures& f = figures[index_of(p)];
    ProgrammeParameters& pp = parameters.programmes[index_of(p)];
    end_vte[index_of(p)] = f.end_vte.value;
    if (f.outflow) {
      // First guess: the outflow over a year of the mean stock, a stock kept full.
      pp.exit_hazard_monthly = f.outflow->value / (12 * f.start_persons.value);
    }
  }
  const Scenario scenario = year_scenario(parameters, {year - 1, 12}, 12, end_vte);
  Scenario s = scenario;
  std::array<double, kProgrammeCount> hazard_exits{};
  std::array<double, kProgrammeCount> retired{};
  std::array<double, kProgrammeCount> outflow{};
  for (int iteration = 0; iteration < 4; ++iteration) {
    s.parameters = parameters;
    const SimulatedMonths sim =
        simulate_months(s, options.seed, options.replications, options.threads, false);
    hazard_exits.fill(0);
    retired.fill(0);
    outflow.fill(0);
    for (const auto& records : sim.records) {
      for (const MonthRecord& r : records) {
        for (int k = 0; k < kProgrammeCount; ++k) {
          outflow[k] += static_cast<double>(r.programmes[k].uitstroom) / options.replications;
          retired[k] +=
              static_cast<double>(r.programmes[k].uitstroom_pensioen) / options.replications;
        }
      }
    }
    for (int k = 0; k < kProgrammeCount; ++k) hazard_exits[k] = outflow[k] - retired[k];
    if (iteration == 3) break;
    for (const Programme p : kAllProgrammes) {
      const ProgrammeFigures& f = figures[index_of(p)];
      if (!f.outflow || hazard_exits[index_of(p)] <= 0) continue;
      ProgrammeParameters& pp = parameters.programmes[index_of(p)];
      const double wanted = std::max(0.0, f.outflow->value - retired[index_of(p)]);
      pp.exit_hazard_monthly =
          std::min(1.0, pp.exit_hazard_monthly * wanted / hazard_exits[index_of(p)]);
    }
    for (const Programme p : kAllProgrammes) {
      if (figures[index_of(p)].proxy == "SW") {
        parameters.programmes[index_of(p)].exit_hazard_monthly =
            parameters.programme(Programme::SW).exit_hazard_monthly;
      }
    }
  }
  for (const Programme p : kAllProgrammes) {
    const ProgrammeFigures& f = figures[index_of(p)];
    ProgrammeParameters& pp = parameters.programmes[index_of(p)];
    const int k = index_of(p);
    if (f.outflow) {
      result.targets.push_back({fmt::format("programma.{}.{}.uitstroom", code_of(p), year),
                                "programme_year", f.outflow->value, outflow[k], f.outflow->source});
      result.sources.emplace_back(
          key(p, "exit_hazard_monthly"),
          fmt::format(
              "gesimuleerd {} zodat hazard-uitstroom + pensioneringen ({:.0f}) = {} ({:.0f})", year,
              retired[k], f.outflow->source, f.outflow->value));
    } else if (!f.proxy.empty()) {
      result.sources.emplace_back(
          key(p, "exit_hazard_monthly"),
          fmt::format("aanname: de bron geeft geen uitstroom in {}; die van {}", year, f.proxy));
      result.notes.push_back(fmt::format("{}: no {} outflow in the source; takes {}'s hazard",
                                         code_of(p), year, f.proxy));
    }
    // The work share of hazard leavers that makes C/B1 over all leavers Tabel 8's.
    const ProgrammeFigures& w = f.to_work ? f : figures[index_of(Programme::SW)];
    if (p == Programme::BW) continue;  // no Tabel 8 row: the base file's assumption holds
    const double c_b1 = w.to_work->value / w.leavers->value;
    const double all_over_hazard =
        hazard_exits[k] > 0 ? (hazard_exits[k] + retired[k]) / hazard_exits[k] : 1;
    pp.work_share = std::clamp(c_b1 * all_over_hazard, 0.0, 1.0);
    result.sources.emplace_back(
        key(p, "work_share"),
        fmt::format("{}{} / {} = {:.4f}, maal (alle vertrekkers / hazard-vertrekkers) {:.4f}",
                    f.to_work ? "" : "aanname: die van SW; ", w.to_work->source, w.leavers->source,
                    c_b1, all_over_hazard));
    const double model_c_b1 = outflow[k] > 0 ? pp.work_share * hazard_exits[k] / outflow[k] : 0;
    result.targets.push_back({fmt::format("programma.{}.{}.C_B1", code_of(p), year),
                              "programme_year", 100 * c_b1, 100 * model_c_b1, w.to_work->source});
  }
}

}  // namespace groeipad::calibration
