#include "figure_index.hpp"

namespace groeipad::calibration {

const io::SourceFigure* FigureIndex::find(std::string_view table, std::string_view row,
                                          std::string_view column, std::optional<int> year) {
  const io::SourceFigure* found = nullptr;
  for (const io::SourceFigure& figure : figures_) {
    if (figure.table != table || figure.row != row || figure.column != column) continue;
    if (year && figure.year != year) continue;
    if (found != nullptr) return nullptr;
    found = &figure;
  }
  if (found != nullptr) used_.insert(found);
  return found;
}

const io::SourceFigure* FigureIndex::find_in_section(std::string_view section,
                                                     std::string_view table, std::string_view row,
                                                     std::string_view column) {
  const io::SourceFigure* found = nullptr;
  for (const io::SourceFigure& figure : figures_) {
    if (figure.section != section || figure.table != table || figure.row != row ||
        figure.column != column) {
      continue;
    }
    if (found != nullptr) return nullptr;
    found = &figure;
  }
  if (found != nullptr) used_.insert(found);
  return found;
}

std::vector<const io::SourceFigure*> FigureIndex::select(
    std::string_view table, std::string_view column,
    const std::function<bool(std::string_view row)>& row_test) {
  std::vector<const io::SourceFigure*> selected;
  for (const io::SourceFigure& figure : figures_) {
    if (figure.table == table && figure.column == column && row_test(figure.row)) {
      selected.push_back(&figure);
      used_.insert(&figure);
    }
  }
  return selected;
}

}  // namespace groeipad::calibration
