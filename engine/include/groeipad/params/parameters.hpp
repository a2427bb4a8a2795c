#pragma once
// Every number the model uses, as plain values. The engine never holds a figure of
// its own: these come from a parameters file in calibration/ (with provenance there)
// and may be overridden by a scenario.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "groeipad/core/profile.hpp"
#include "groeipad/core/programme.hpp"
#include "groeipad/params/eligibility.hpp"

namespace groeipad {

// One row of the joint kansengroep profile of the job seekers at the start.
struct ProfileCell {
  Profile flags = 0;  // a combination of profile_bit::A, H, O, K
  std::int64_t count = 0;
};

// Persons unemployed more than two years (counts), and the five-year K figures.
struct LongTermTargets {
  std::int64_t any_group = 0;  // in at least one kansengroep
  std::int64_t no_group = 0;   // in none
  std::int64_t a = 0;
  std::int64_t h = 0;
  std::int64_t o = 0;
  std::int64_t k = 0;
  std::int64_t k_five_years = 0;    // K and unemployed at least five years
  std::int64_t k_h_five_years = 0;  // of those, also H
};

// Shares of the attributes that the start profile does not give jointly; assigned
// conditionally independent of the flags.
struct AttributeShares {
  double male = 0.5;
  double high_among_non_k = 0.3;   // high (vs mid) education among those without K
  double young_among_non_o = 0.3;  // younger than 25 among those without O
  double under_one_year = 0.5;     // unemployed less than a year
};

// Ages in whole years that bound the age bands (ages are uniform within a band).
struct AgeBands {
  int min_age = 18;         // youngest job seeker
  int young_below = 25;     // the "< 25" band ends here
  int old_from = 50;        // O starts here
  int retirement_age = 65;  // leaves to OUT on reaching it
};

// logit p = b0 + bA A + bH H + b_young [age<25] + b_old O + b_mid mid + b_high high
//           + b_male male + b12 [d>=12] + b24 [d>=24] + b60 [d>=60]
struct JobFindingCoefficients {
  int year = 2010;
  double b0 = 0;
  double b_a = 0;
  double b_h = 0;
  double b_young = 0;
  double b_old = 0;
  double b_mid = 0;
  double b_high = 0;
  double b_male = 0;
  double b12 = 0;
  double b24 = 0;
  double b60 = 0;
};

enum class SelectionRule : std::uint8_t { random, longest_duration, weighted };

struct ProgrammeParameters {
  std::int64_t start_persons = 0;  // participants at the start
  double start_vte = 0;            // filled VTE at the start (= starting capacity)
  double exit_hazard_monthly = 0;  // gross monthly exit hazard
  double work_share = 0;           // share of hazard leavers that go to regular work
  double part_time_vte = 0.5;      // VTE of a part-time participant (full-time is 1)
  EligibilityRule eligibility;
  SelectionRule selection = SelectionRule::random;
  // For SelectionRule::weighted: relative weight per kansengroep flag A, H, O, K
  // (a person's weight is the product over the flags they carry).
  std::array<double, 4> flag_weights = {1, 1, 1, 1};
  // Euro per funded VTE (scale-free), to turn budgets and cuts in euro into VTE.
  double cost_per_vte_eur = 0;
  // Euro per VTE added by growth money, which may buy places at another price than the
  // average place costs; unset: cost_per_vte_eur.
  std::optional<double> growth_cost_per_vte_eur;
};

enum class Screening : std::uint8_t { bw_right = 0, sw_screening = 1, az_advice = 2 };
inline constexpr int kScreeningCount = 3;

struct ScreeningParameters {
  EligibilityRule target;          // who can receive this mark
  std::int64_t start_holders = 0;  // job seekers holding the mark at the start
  double per_year = 0;             // new marks per year (spread over the target pool)
  bool hold_level = false;         // instead: top up to the start number of holders
};

// hold_stock: registrations keep the job-seeker stock at its start level; trend: at its
// start level grown by registration_growth_pct a year (e.g. Tabel 2's trend); none: no
// registrations.
enum class RegistrationMode : std::uint8_t { hold_stock, none, trend };

struct Parameters {
  std::string label;  // the parameters file's label, e.g. "provisional-2011"

  std::vector<ProfileCell> cells;
  LongTermTargets long_term;
  AttributeShares shares;
  AgeBands ages;
  int max_duration_months = 180;  // longest unemployment spell in the start population

  std::vector<JobFindingCoefficients> job_finding;  // by calendar year, ascending
  double other_exit_hazard_monthly = 0;             // NWWZ to OUT, for reasons other than work
  bool duration_resumes = false;  // programme leavers back to NWWZ keep their old duration

  std::array<ProgrammeParameters, kProgrammeCount> programmes;
  std::array<Programme, kProgrammeCount> entry_order = kAllProgrammes;
  double fill_rate = 1.0;

  std::array<ScreeningParameters, kScreeningCount> screening;
  RegistrationMode registration = RegistrationMode::hold_stock;
  double registration_growth_pct = 0;  // for RegistrationMode::trend: percent a year

  [[nodiscard]] const ProgrammeParameters& programme(Programme p) const {
    return programmes[index_of(p)];
  }
  // The coefficient set in force in a calendar year: the latest at or before it,
  // else the earliest.
  [[nodiscard]] const JobFindingCoefficients& job_finding_for(int year) const;
  [[nodiscard]] std::int64_t start_job_seekers() const;
};

}  // namespace groeipad
