#pragma once
// Looks figures up by where they were printed, and remembers which were looked up, so
// that the audit can say how many figures it checked.

#include <cstddef>
#include <functional>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

#include "groeipad/io/source_table.hpp"

namespace groeipad::calibration {

class FigureIndex {
 public:
  explicit FigureIndex(const std::vector<io::SourceFigure>& figures) : figures_(figures) {}

  // The one figure at this table, row and column (and year, when given); null when there
  // is none, or more than one, so that a check never compares against a guess.
  const io::SourceFigure* find(std::string_view table, std::string_view row,
                               std::string_view column, std::optional<int> year = std::nullopt);

  // The same, among the figures printed in one section: running text may print a figure
  // again in a later section, under the same row and column.
  const io::SourceFigure* find_in_section(std::string_view section, std::string_view table,
                                          std::string_view row, std::string_view column);

  // Every figure of a table in a column whose row passes the test, in file order.
  std::vector<const io::SourceFigure*> select(
      std::string_view table, std::string_view column,
      const std::function<bool(std::string_view row)>& row_test);

  std::size_t figures_used() const { return used_.size(); }

 private:
  const std::vector<io::SourceFigure>& figures_;
  std::set<const io::SourceFigure*> used_;
};

}  // namespace groeipad::calibration
