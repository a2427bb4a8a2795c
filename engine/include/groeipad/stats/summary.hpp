#pragma once
// Statistics over replications in the long format of the output files: one row per
// period, unit (programme or group) and metric, with the mean and the 5/50/95 %
// percentiles (linear interpolation between order statistics, as R's type 7).

#include <string>
#include <vector>

#include "groeipad/scenario/scenario.hpp"
#include "groeipad/simulation/simulation.hpp"

namespace groeipad {

struct Quantiles {
  double mean = 0;
  double p05 = 0;
  double p50 = 0;
  double p95 = 0;
};

Quantiles summarise(std::vector<double> values);

struct SummaryRow {
  std::string period;  // "YYYY-MM" or "YYYY"
  std::string unit;    // programme code or group code
  std::string metric;
  Quantiles value;
};

// The metric names, in output order.
const std::vector<std::string>& monthly_programme_metrics();
const std::vector<std::string>& jobseeker_metrics();
const std::vector<std::string>& yearly_programme_metrics();

// Per month and programme: instroom, uitstroom, uitstroom_werk, personen, vte,
// capaciteit_vte, open_plaatsen (capacity minus occupied VTE; negative while a cut
// leaves more occupied than funded), pool.
std::vector<SummaryRow> monthly_programme_summary(const Scenario& scenario,
                                                  const std::vector<Trajectory>& replications);

// Per month and group: nwwz, naar_werk, nieuw, langdurig_2j.
std::vector<SummaryRow> jobseeker_summary(const Scenario& scenario,
                                          const std::vector<Trajectory>& replications);

// Per calendar year and programme, in the definitions of Tables 5 and 8: bereik (stock at
// the start of the year plus the year's inflow), B1 (outflow), B2 = B1 / bereik, C
// (outflow to work), C_B1, C_A, instroom, uitstroom, personen_eind, vte_eind, rotatie
// (min(instroom, uitstroom) / stock at the start of the year); percentages in percent.
// A first or last year that the horizon covers only in part counts the months it covers.
std::vector<SummaryRow> yearly_programme_summary(const Scenario& scenario,
                                                 const std::vector<Trajectory>& replications);

}  // namespace groeipad
