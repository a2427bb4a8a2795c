#pragma once
// Statistics over replications in the long format of the output files: one row per
// period, unit (programme or group) and metric, with the mean and the 5/50/95 %
// percentiles (linear interpolation between order statistics, as R's type 7).
//
// A replication is reduced to its value tables as soon as it ends (tabulate), so a run
// keeps per replication only one number per row, the values the percentiles need.

#include <cstddef>
#include <string>
#include <vector>

#include "groeipad/scenario/scenario.hpp"
#include "groeipad/stats/month_record.hpp"

namespace groeipad {

using Trajectory = std::vector<MonthRecord>;  // month 0 (the start) to the horizon

struct Quantiles {
  double mean = 0;
  double p05 = 0;
  double p50 = 0;
  double p95 = 0;
};

Quantiles summarise(std::vector<double> values);

struct RowKey {
  std::string period;  // "YYYY-MM" or "YYYY"
  std::string unit;    // programme code or group code
  std::string metric;
};

struct SummaryRow {
  std::string period;
  std::string unit;
  std::string metric;
  Quantiles value;
};

// The three tables of a run.
enum class Table : std::uint8_t { monthly = 0, jobseekers = 1, yearly = 2 };
inline constexpr int kTableCount = 3;

// The metric names, in output order.
const std::vector<std::string>& monthly_programme_metrics();
const std::vector<std::string>& jobseeker_metrics();
const std::vector<std::string>& yearly_programme_metrics();

// The rows of a table for a scenario's horizon:
//  monthly    per month and programme: instroom, uitstroom, uitstroom_werk, personen, vte,
//             capaciteit_vte, open_plaatsen (capacity minus occupied VTE; negative while a
//             cut leaves more occupied than funded), pool;
//  jobseekers per month and group: nwwz, naar_werk, nieuw, langdurig_2j;
//  yearly     per calendar year and programme, in the definitions of Tables 5 and 8:
//             bereik (stock at the start of the year plus the year's inflow), B1
//             (outflow), B2 = B1 / bereik, C (outflow to work), C_B1, C_A, instroom,
//             uitstroom, personen_eind, vte_eind, rotatie (min(instroom, uitstroom) /
//             stock at the start of the year); percentages in percent. A first or last
//             year that the horizon covers only in part counts the months it covers.
std::vector<RowKey> table_rows(const Scenario& scenario, Table table);

// One replication's values, one per row of each table, in table_rows order.
struct ValueTables {
  std::vector<double> values[kTableCount];
};
ValueTables tabulate(const Scenario& scenario, const Trajectory& trajectory);

// Collects the value tables of a run's replications (each replication fills its own
// column, so replications finishing on different threads need no lock) and summarises.
class Accumulator {
 public:
  Accumulator(const Scenario& scenario, int replications);

  void add(int replication, const ValueTables& tables);

  [[nodiscard]] int replications() const { return replications_; }
  [[nodiscard]] const std::vector<RowKey>& rows(Table table) const {
    return rows_[static_cast<int>(table)];
  }
  // The replications' values of one row.
  [[nodiscard]] std::vector<double> row_values(Table table, std::size_t row) const;
  // Every replication's value of every row, row-major (row * replications() +
  // replication): for callers that hand the numbers on without copying them.
  [[nodiscard]] const std::vector<double>& values(Table table) const {
    return values_[static_cast<int>(table)];
  }
  [[nodiscard]] std::vector<SummaryRow> summary(Table table) const;

 private:
  int replications_;
  std::vector<RowKey> rows_[kTableCount];
  std::vector<double> values_[kTableCount];  // row-major: row * replications + replication
};

// The summaries of a set of whole trajectories (tests and small runs).
std::vector<SummaryRow> monthly_programme_summary(const Scenario& scenario,
                                                  const std::vector<Trajectory>& replications);
std::vector<SummaryRow> jobseeker_summary(const Scenario& scenario,
                                          const std::vector<Trajectory>& replications);
std::vector<SummaryRow> yearly_programme_summary(const Scenario& scenario,
                                                 const std::vector<Trajectory>& replications);

}  // namespace groeipad
