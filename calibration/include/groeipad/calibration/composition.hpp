#pragma once
// The job seekers' composition in a calibration year. The source prints the joint
// profile of June 2011 only (Tabel 3); for another year the cells are raked (iterative
// proportional fitting) to that year's group sizes. Tabel 2 gives the group counts but no
// total; Tabel 4's own identities give shares (a total rate is the share-weighted mean of
// its categories), so the total is the one that makes the counts agree with those shares.
// The attributes Tabel 3 lacks (gender, mid/high education, age < 25, duration < 1 year)
// take the shares Tabel 4 implies.

#include <string>
#include <vector>

#include "groeipad/calibration/source_data.hpp"
#include "groeipad/params/parameters.hpp"

namespace groeipad::calibration {

// A share derived from printed rates, with the range the rounding of those rates to 0.1
// leaves (each printed rate anywhere within +-0.05).
struct DerivedShare {
  std::string name;
  double value = 0;
  double low = 0;
  double high = 0;
  std::string derivation;  // the identity, with the figures put in
};

// How the year's total number of job seekers is chosen from the group counts.
enum class TotalChoice : std::uint8_t {
  combined,    // both identities, weighted by the precision rounding leaves them
  origin,      // the non-European share alone
  disability,  // the disability share alone
};

struct Composition {
  int rates_year = 0;       // the Tabel 4 year whose rates give the shares
  int population_year = 0;  // the year whose job seekers these are (2011: Tabel 3 itself)
  double job_seekers = 0;   // the total
  std::vector<ProfileCell> cells;
  LongTermTargets long_term;
  AttributeShares shares;
  std::vector<DerivedShare> derived;  // every share, with its derivation
  std::vector<std::string> notes;     // the choices made, in words
  // Provenance of the population section, per key of the parameters file.
  std::vector<std::pair<std::string, std::string>> sources;
};

// The composition of `population_year`'s job seekers (2009, 2010 or 2011) with the
// attribute shares of `rates_year`'s Tabel 4.
Composition compose(const SourceData& data, int rates_year, int population_year,
                    TotalChoice total = TotalChoice::combined);

// Iterative proportional fitting of the 16 flag cells to a total and the counts with
// each flag (A, H, O, K): the interactions of `seed` are kept. Integer cells by largest
// remainders, summing to the rounded total.
std::vector<ProfileCell> rake_cells(const std::vector<ProfileCell>& seed, double total,
                                    const std::array<double, 4>& flag_counts);

// Tabel 3's cells as printed.
std::vector<ProfileCell> table3_cells(const SourceData& data);

}  // namespace groeipad::calibration
