#pragma once
// Simulations the calibration runs: a scenario built in code on a parameter set, run a
// replication at a time so that the job seekers' stock can be read at each month's start.

#include <cstdint>
#include <vector>

#include "groeipad/calibration/job_finding_fit.hpp"
#include "groeipad/population/population.hpp"
#include "groeipad/scenario/scenario.hpp"
#include "groeipad/stats/month_record.hpp"

namespace groeipad::calibration {

// Capacity from each programme's start VTE to `end_vte`, phased in over the months.
Scenario year_scenario(const Parameters& parameters, YearMonth start, int months,
                       const std::array<double, kProgrammeCount>& end_vte);

struct SimulatedMonths {
  std::vector<Stock> stocks;  // the job seekers at the start of each month, every replication
  std::vector<std::vector<MonthRecord>> records;  // per replication: the months after the start
  // Per replication, at the months asked for: job seekers K and unemployed 60 months or more.
  std::vector<std::vector<double>> sw_pool;
};

SimulatedMonths simulate_months(const Scenario& scenario, std::uint64_t seed, int replications,
                                int threads, bool stocks, const std::vector<int>& pool_months = {});

}  // namespace groeipad::calibration
