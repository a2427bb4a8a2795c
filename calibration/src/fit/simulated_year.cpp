#include "simulated_year.hpp"

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>

#include "groeipad/population/duration_bands.hpp"
#include "groeipad/simulation/simulation.hpp"

namespace groeipad::calibration {

Scenario year_scenario(const Parameters& parameters, YearMonth start, int months,
                       const std::array<double, kProgrammeCount>& end_vte) {
  Scenario s;
  s.name = "calibration";
  s.start = start;
  s.months = months;
  s.parameters = parameters;
  for (const Programme p : kAllProgrammes) {
    const double from = parameters.programme(p).start_vte;
    CapacityPath& path = s.capacity[index_of(p)];
    path.base_vte = from;
    if (end_vte[index_of(p)] != from) {
      path.steps.push_back({start.plus(1), end_vte[index_of(p)] - from, std::nullopt, months});
    }
  }
  return s;
}

Stock job_seeker_stock(const Population& people) {
  std::array<double, std::size_t{kProfileCount} * kDurationBandCount> counts{};
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (people.state[i] != state::nwwz) continue;
    counts[people.profile[i] * kDurationBandCount + duration_band(people.duration_months[i])] += 1;
  }
  Stock stock;
  for (int p = 0; p < kProfileCount; ++p) {
    for (int b = 0; b < kDurationBandCount; ++b) {
      const double n = counts[p * kDurationBandCount + b];
      if (n > 0) stock.push_back({static_cast<Profile>(p), b, n});
    }
  }
  return stock;
}

namespace {

double sw_pool_of(const Population& people) {
  double n = 0;
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (people.state[i] == state::nwwz && (people.profile[i] & profile_bit::K) != 0 &&
        people.duration_months[i] >= 60) {
      n += 1;
    }
  }
  return n;
}

}  // namespace

SimulatedMonths simulate_months(const Scenario& scenario, std::uint64_t seed, int replications,
                                int threads, bool stocks, const std::vector<int>& pool_months) {
  const auto start = start_population(scenario, seed);
  const auto n = static_cast<std::size_t>(replications);
  std::vector<std::vector<Stock>> stocks_of(n);
  SimulatedMonths out;
  out.records.resize(n);
  out.sw_pool.resize(n);
  // A replication a task, each on one thread: the calibration's populations are small, so
  // whole replications side by side keep the cores busier than threads within one.
  tbb::task_arena arena(threads > 0 ? threads : tbb::this_task_arena::max_concurrency());
  arena.execute([&] {
    tbb::parallel_for(std::size_t{0}, n, [&](std::size_t r) {
      Replication replication(scenario, *start, seed, static_cast<std::uint32_t>(r), 1);
      for (int m = 1; m <= scenario.months; ++m) {
        if (stocks) stocks_of[r].push_back(job_seeker_stock(replication.population()));
        out.records[r].push_back(replication.advance());
        if (std::find(pool_months.begin(), pool_months.end(), m) != pool_months.end()) {
          out.sw_pool[r].push_back(sw_pool_of(replication.population()));
        }
      }
    });
  });
  for (std::vector<Stock>& s : stocks_of) {
    for (Stock& month : s) out.stocks.push_back(std::move(month));
  }
  return out;
}

}  // namespace groeipad::calibration
