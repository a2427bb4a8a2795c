#pragma once
// The printed figures the calibration fits to, looked up by where they are printed
// (table, row, column, year). Every value handed out carries its provenance, so the
// parameters file the calibration writes can say where each number came from.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "groeipad/io/source_table.hpp"

namespace groeipad::calibration {

// A printed figure and where it was printed, in words a reader can find in the source.
struct Sourced {
  double value = 0;
  std::string source;  // e.g. "Tabel 4, rij Totaal, kolom 2010 (§3.2)"
};

class SourceData {
 public:
  explicit SourceData(std::vector<io::SourceFigure> figures);

  // The figure at (table, row, column, year), as the data file says to use it (the
  // corrected value where its `use` column corrects the printed one); throws
  // std::invalid_argument naming the figure when the data hold no such row (a calibration
  // cannot guess a figure) or mark it not used.
  [[nodiscard]] Sourced get(std::string_view table, std::string_view row, std::string_view column,
                            std::optional<int> year) const;
  [[nodiscard]] bool has(std::string_view table, std::string_view row, std::string_view column,
                         std::optional<int> year) const;

  [[nodiscard]] const std::vector<io::SourceFigure>& figures() const { return figures_; }

 private:
  [[nodiscard]] const io::SourceFigure* find(std::string_view table, std::string_view row,
                                             std::string_view column,
                                             std::optional<int> year) const;
  std::vector<io::SourceFigure> figures_;
};

// Where a figure was printed, as the parameters files write provenance.
std::string provenance(const io::SourceFigure& figure);

}  // namespace groeipad::calibration
