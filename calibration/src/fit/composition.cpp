#include "groeipad/calibration/composition.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <stdexcept>

#include "groeipad/calibration/table4.hpp"

namespace groeipad::calibration {
namespace {

constexpr double kHalfStep = 0.05;  // Tabel 4 prints rates to 0.1 point

// The value of f at the printed rates and its range over every combination of the rates
// at either end of their rounding interval (f is monotone in each on its domain).
DerivedShare derive(std::string name, const std::vector<double>& rates,
                    const std::function<double(const std::vector<double>&)>& f,
                    std::string derivation) {
  DerivedShare d{std::move(name), f(rates), 0, 0, std::move(derivation)};
  d.low = d.value;
  d.high = d.value;
  const std::size_t corners = std::size_t{1} << rates.size();
  for (std::size_t corner = 0; corner < corners; ++corner) {
    std::vector<double> r = rates;
    for (std::size_t k = 0; k < r.size(); ++k) {
      r[k] += ((corner >> k) & 1U) != 0 ? kHalfStep : -kHalfStep;
    }
    const double v = f(r);
    d.low = std::min(d.low, v);
    d.high = std::max(d.high, v);
  }
  return d;
}

// s in total = s * second + (1 - s) * first.
DerivedShare two_way(const std::string& name, const Table4Year& t, Category first,
                     Category second) {
  const double total = t.rates[static_cast<int>(Category::total)].value;
  const double a = t.rates[static_cast<int>(first)].value;
  const double b = t.rates[static_cast<int>(second)].value;
  return derive(
      name, {total, a, b},
      [](const std::vector<double>& r) { return (r[0] - r[1]) / (r[2] - r[1]); },
      fmt::format("Tabel 4 {}: totaal {:.1f} = s x {} {:.1f} + (1 - s) x {} {:.1f}, s = ({:.1f} - "
                  "{:.1f}) / ({:.1f} - {:.1f})",
                  t.year, total, kCategoryLabels[static_cast<int>(second)].row, b,
                  kCategoryLabels[static_cast<int>(first)].row, a, total, a, b, a));
}

// s in total = known * k_rate + s * second + (1 - known - s) * first: the share of the
// second category when the share of a third is known from the group counts.
DerivedShare three_way(const std::string& name, const Table4Year& t, double known,
                       Category known_category, Category first, Category second) {
  const double total = t.rates[static_cast<int>(Category::total)].value;
  const double k = t.rates[static_cast<int>(known_category)].value;
  const double a = t.rates[static_cast<int>(first)].value;
  const double b = t.rates[static_cast<int>(second)].value;
  return derive(
      name, {total, k, a, b},
      [known](const std::vector<double>& r) {
        return (r[0] - known * r[1] - (1 - known) * r[2]) / (r[3] - r[2]);
      },
      fmt::format("Tabel 4 {}: totaal {:.1f} = {:.4f} x {} {:.1f} + s x {} {:.1f} + (1 - {:.4f} - "
                  "s) x {} {:.1f}",
                  t.year, total, known, kCategoryLabels[static_cast<int>(known_category)].row, k,
                  kCategoryLabels[static_cast<int>(second)].row, b, known,
                  kCategoryLabels[static_cast<int>(first)].row, a));
}

Profile flags_of_row(const std::string& row) {
  constexpr std::array<std::pair<const char*, Profile>, 4> names = {{
      {"Allochtoon=Ja", profile_bit::A},
      {"Arbeidshandicap=Ja", profile_bit::H},
      {"Vijftigplus=Ja", profile_bit::O},
      {"Kortgeschoold=Ja", profile_bit::K},
  }};
  Profile flags = 0;
  for (const auto& [name, bit] : names) {
    if (row.find(name) != std::string::npos) flags |= bit;
  }
  return flags;
}

double total_of(const std::vector<ProfileCell>& cells) {
  double n = 0;
  for (const ProfileCell& c : cells) n += static_cast<double>(c.count);
  return n;
}

std::array<double, 4> flag_counts(const std::vector<ProfileCell>& cells) {
  std::array<double, 4> counts{};
  for (const ProfileCell& c : cells) {
    for (int f = 0; f < 4; ++f) {
      if ((c.flags & (1U << static_cast<unsigned>(f))) != 0) {
        counts[f] += static_cast<double>(c.count);
      }
    }
  }
  return counts;
}

double cells_where(const std::vector<ProfileCell>& cells, const std::function<bool(Profile)>& in) {
  double n = 0;
  for (const ProfileCell& c : cells) {
    if (in(c.flags)) n += static_cast<double>(c.count);
  }
  return n;
}

// The group counts of Tabel 2 for a year's job seekers: June of that year, or for 2009
// (which Tabel 2 skips) the geometric mean of June 2008 and June 2010.
std::array<Sourced, 4> group_counts(const SourceData& data, int year) {
  constexpr std::array<const char*, 4> columns = {"Allochtonen", "Pmah", "50-plussers",
                                                  "Kortgeschoolden"};
  std::array<Sourced, 4> counts;
  for (int g = 0; g < 4; ++g) {
    if (data.has("Tabel 2", fmt::format("Juni {}", year), columns[g], year)) {
      counts[g] = data.get("Tabel 2", fmt::format("Juni {}", year), columns[g], year);
      continue;
    }
    const Sourced before =
        data.get("Tabel 2", fmt::format("Juni {}", year - 1), columns[g], year - 1);
    const Sourced after =
        data.get("Tabel 2", fmt::format("Juni {}", year + 1), columns[g], year + 1);
    counts[g] = {std::sqrt(before.value * after.value),
                 fmt::format("geometrisch midden van {} en {}", before.source, after.source)};
  }
  return counts;
}

}  // namespace

std::vector<ProfileCell> table3_cells(const SourceData& data) {
  std::vector<ProfileCell> cells;
  for (const io::SourceFigure& f : data.figures()) {
    if (f.table != "Tabel 3" || f.column != "Aantal" || f.row.find('=') == std::string::npos) {
      continue;
    }
    cells.push_back({flags_of_row(f.row), static_cast<std::int64_t>(std::llround(f.value))});
  }
  if (cells.size() != 16) {
    throw std::invalid_argument("the source data do not hold Tabel 3's 16 cells");
  }
  return cells;
}

std::vector<ProfileCell> rake_cells(const std::vector<ProfileCell>& seed, double total,
                                    const std::array<double, 4>& flag_count) {
  std::vector<double> w(seed.size());
  const double seed_total = total_of(seed);
  for (std::size_t i = 0; i < seed.size(); ++i) {
    w[i] = static_cast<double>(seed[i].count) * total / seed_total;
  }
  for (int iteration = 0; iteration < 1000; ++iteration) {
    double worst = 0;
    for (int f = 0; f < 4; ++f) {
      const auto bit = static_cast<Profile>(1U << static_cast<unsigned>(f));
      double with = 0;
      double without = 0;
      for (std::size_t i = 0; i < seed.size(); ++i) {
        ((seed[i].flags & bit) != 0 ? with : without) += w[i];
      }
      worst = std::max(worst, std::abs(with - flag_count[f]));
      const double up = flag_count[f] / with;
      const double down = (total - flag_count[f]) / without;
      for (std::size_t i = 0; i < seed.size(); ++i) w[i] *= (seed[i].flags & bit) != 0 ? up : down;
    }
    if (worst < 1e-9 * total) break;
  }
  // Largest remainders, so the integer cells sum to the rounded total.
  const auto whole = static_cast<std::int64_t>(std::llround(total));
  std::vector<ProfileCell> cells = seed;
  std::vector<std::pair<double, std::size_t>> remainders;
  std::int64_t given = 0;
  for (std::size_t i = 0; i < seed.size(); ++i) {
    cells[i].count = static_cast<std::int64_t>(std::floor(w[i]));
    given += cells[i].count;
    remainders.emplace_back(w[i] - std::floor(w[i]), i);
  }
  std::sort(remainders.begin(), remainders.end(), std::greater<>());
  for (std::size_t k = 0; given < whole && k < remainders.size(); ++k, ++given) {
    ++cells[remainders[k].second].count;
  }
  return cells;
}

Composition compose(const SourceData& data, int rates_year, int population_year,
                    TotalChoice total) {
  const Table4Year t = read_table4(data, rates_year);
  Composition c;
  c.rates_year = rates_year;
  c.population_year = population_year;
  const std::vector<ProfileCell> june_2011 = table3_cells(data);

  const DerivedShare non_european =
      two_way("niet_europees", t, Category::european, Category::non_european);
  const DerivedShare disabled =
      two_way("arbeidshandicap", t, Category::not_disabled, Category::disabled);
  const DerivedShare male = two_way("mannen", t, Category::women, Category::men);
  const DerivedShare under_one =
      two_way("korter_dan_1_jaar", t, Category::over_one_year, Category::under_one_year);
  c.derived = {non_european, disabled};

  if (population_year == 2011) {
    c.cells = june_2011;
    c.job_seekers = total_of(june_2011);
    c.notes.push_back("job seekers of June 2011: Tabel 3's 16 cells as printed");
    for (const io::SourceFigure& f : data.figures()) {
      if (f.table == "Tabel 3" && f.row.find('=') != std::string::npos) {
        c.sources.emplace_back(fmt::format("population.cells.{}", f.row), provenance(f));
      }
    }
  } else {
    const std::array<Sourced, 4> counts = group_counts(data, population_year);
    // The total from each identity; combined, each weighs by the inverse square of the
    // width its rounding range leaves it.
    const double n_origin = counts[0].value / non_european.value;
    const double n_disability = counts[1].value / disabled.value;
    const auto width = [](const DerivedShare& d, double count) {
      return count / d.low - count / d.high;
    };
    const double w_origin = 1 / std::pow(width(non_european, counts[0].value), 2);
    const double w_disability = 1 / std::pow(width(disabled, counts[1].value), 2);
    switch (total) {
      case TotalChoice::combined:
        c.job_seekers =
            (w_origin * n_origin + w_disability * n_disability) / (w_origin + w_disability);
        break;
      case TotalChoice::origin:
        c.job_seekers = n_origin;
        break;
      case TotalChoice::disability:
        c.job_seekers = n_disability;
        break;
    }
    c.notes.push_back(fmt::format(
        "total job seekers {}: {:.0f} (A count {:.0f} / non-European share {:.4f} = {:.0f}; H "
        "count "
        "{:.0f} / disability share {:.4f} = {:.0f}; combined by the precision rounding leaves "
        "each: weights {:.2f} and {:.2f}); choice: {}",
        population_year, c.job_seekers, counts[0].value, non_european.value, n_origin,
        counts[1].value, disabled.value, n_disability, w_origin / (w_origin + w_disability),
        w_disability / (w_origin + w_disability),
        total == TotalChoice::combined ? "combined"
                                       : (total == TotalChoice::origin ? "origin" : "disability")));
    c.cells = rake_cells(june_2011, c.job_seekers,
                         {counts[0].value, counts[1].value, counts[2].value, counts[3].value});
    c.notes.push_back(fmt::format(
        "cells: Tabel 3 (June 2011) raked to the {} total and the group counts A {:.0f}, H {:.0f}, "
        "O {:.0f}, K {:.0f} ({})",
        population_year, counts[0].value, counts[1].value, counts[2].value, counts[3].value,
        counts[0].source));
    for (std::size_t i = 0; i < c.cells.size(); ++i) {
      c.sources.emplace_back(fmt::format("population.cells[{}]", i),
                             fmt::format("Tabel 3 (juni 2011) geraked naar de groepen van {} "
                                         "(Tabel 2) en een totaal uit Tabel 4 {}",
                                         population_year, rates_year));
    }
  }

  const std::array<double, 4> groups = flag_counts(c.cells);
  const double n = total_of(c.cells);
  const double k_share = groups[3] / n;
  const double o_share = groups[2] / n;
  const DerivedShare high =
      three_way("hooggeschoold", t, k_share, Category::low, Category::mid, Category::high);
  const DerivedShare young =
      three_way("jonger_dan_25", t, o_share, Category::old, Category::middle, Category::young);
  c.derived.push_back(male);
  c.derived.push_back(high);
  c.derived.push_back(young);
  c.derived.push_back(under_one);
  for (const DerivedShare& d : c.derived) {
    if (!(d.value > 0 && d.value < 1)) {
      throw std::invalid_argument(
          fmt::format("Tabel 4 {} implies a {} share of {:.4f}", rates_year, d.name, d.value));
    }
  }
  c.shares.male = male.value;
  c.shares.high_among_non_k = high.value / (1 - k_share);
  c.shares.young_among_non_o = young.value / (1 - o_share);
  c.shares.under_one_year = under_one.value;
  c.sources.emplace_back("population.shares.male", male.derivation);
  c.sources.emplace_back(
      "population.shares.high_among_non_k",
      fmt::format("{}; gedeeld door 1 - K-aandeel {:.4f}", high.derivation, k_share));
  c.sources.emplace_back(
      "population.shares.young_among_non_o",
      fmt::format("{}; gedeeld door 1 - O-aandeel {:.4f}", young.derivation, o_share));
  c.sources.emplace_back("population.shares.under_one_year", under_one.derivation);

  // Long-term unemployment: §3.2 prints June 2011 only. Another year keeps June 2011's
  // share per group, scaled by how the year's over-one-year share (Tabel 4) compares with
  // 2010's, the year the June 2011 stock's duration split is taken from.
  const Sourced any =
      data.get("Tekst", "Minstens één kansengroep", "meer dan twee jaar werkloos (aantal)", 2011);
  const Sourced a = data.get("Tekst", "Allochtonen", "meer dan twee jaar werkloos (aantal)", 2011);
  const Sourced h =
      data.get("Tekst", "Arbeidsgehandicapten", "meer dan twee jaar werkloos (aantal)", 2011);
  const Sourced o =
      data.get("Tekst", "Vijftigplussers", "meer dan twee jaar werkloos (aantal)", 2011);
  const Sourced k =
      data.get("Tekst", "Kortgeschoolden", "meer dan twee jaar werkloos (aantal)", 2011);
  const Sourced five =
      data.get("Tekst", "Kortgeschoolde en minstens vijf jaar werkzoekende NWWZ", "aantal", 2011);
  const Sourced five_h = data.get(
      "Tekst", "Kortgeschoolde en minstens vijf jaar werkzoekende NWWZ, ook arbeidsgehandicapt",
      "aantal", 2011);
  const std::array<double, 4> groups_2011 = flag_counts(june_2011);
  const double none_2011 = cells_where(june_2011, [](Profile f) { return f == 0; });
  const double kh_2011 = cells_where(
      june_2011, [](Profile f) { return (f & profile_bit::K) != 0 && (f & profile_bit::H) != 0; });
  const double none = cells_where(c.cells, [](Profile f) { return f == 0; });
  const double kh = cells_where(
      c.cells, [](Profile f) { return (f & profile_bit::K) != 0 && (f & profile_bit::H) != 0; });
  double scale = 1;
  if (population_year != 2011) {
    const DerivedShare ref = two_way("korter_dan_1_jaar", read_table4(data, 2010),
                                     Category::over_one_year, Category::under_one_year);
    scale = (1 - under_one.value) / (1 - ref.value);
  }
  const auto count = [](double v) { return static_cast<std::int64_t>(std::llround(v)); };
  // Printed 677, a dropped digit (audit); the data file's correction is all - any.
  const Sourced none_long =
      data.get("Tekst", "De anderen", "meer dan twee jaar werkloos (aantal)", 2011);
  const double no_group_2011 = none_long.value;
  c.long_term.any_group = count(any.value / (total_of(june_2011) - none_2011) * scale * (n - none));
  c.long_term.no_group = count(no_group_2011 / none_2011 * scale * none);
  c.long_term.a = count(a.value / groups_2011[0] * scale * groups[0]);
  c.long_term.h = count(h.value / groups_2011[1] * scale * groups[1]);
  c.long_term.o = count(o.value / groups_2011[2] * scale * groups[2]);
  c.long_term.k = count(k.value / groups_2011[3] * scale * groups[3]);
  c.long_term.k_five_years = count(five.value / groups_2011[3] * scale * groups[3]);
  c.long_term.k_h_five_years = count(five_h.value / kh_2011 * scale * kh);
  const std::string how =
      population_year == 2011
          ? std::string()
          : fmt::format(
                "; aandeel van juni 2011 in de groep, maal de groep in {} en maal {:.4f} "
                "(aandeel langer dan 1 jaar in Tabel 4 {} over dat in 2010)",
                population_year, scale, rates_year);
  c.sources.emplace_back("population.long_term.any_group", any.source + how);
  c.sources.emplace_back("population.long_term.no_group", none_long.source + how);
  c.sources.emplace_back("population.long_term.a", a.source + how);
  c.sources.emplace_back("population.long_term.h", h.source + how);
  c.sources.emplace_back("population.long_term.o", o.source + how);
  c.sources.emplace_back("population.long_term.k", k.source + how);
  c.sources.emplace_back("population.long_term.k_five_years", five.source + how);
  c.sources.emplace_back("population.long_term.k_h_five_years", five_h.source + how);
  if (population_year != 2011) {
    c.notes.push_back(fmt::format(
        "long-term figures: §3.2 gives June 2011 only; each group's June 2011 share is kept, "
        "times {:.4f}, the year's over-one-year share over 2010's (Tabel 4)",
        scale));
  }
  return c;
}

}  // namespace groeipad::calibration
