#include "groeipad/calibration/source_data.hpp"

#include <fmt/format.h>

#include <stdexcept>
#include <utility>

namespace groeipad::calibration {

SourceData::SourceData(std::vector<io::SourceFigure> figures) : figures_(std::move(figures)) {}

const io::SourceFigure* SourceData::find(std::string_view table, std::string_view row,
                                         std::string_view column, std::optional<int> year) const {
  for (const io::SourceFigure& f : figures_) {
    if (f.table == table && f.row == row && f.column == column && f.year == year) return &f;
  }
  return nullptr;
}

bool SourceData::has(std::string_view table, std::string_view row, std::string_view column,
                     std::optional<int> year) const {
  return find(table, row, column, year) != nullptr;
}

Sourced SourceData::get(std::string_view table, std::string_view row, std::string_view column,
                        std::optional<int> year) const {
  const io::SourceFigure* f = find(table, row, column, year);
  if (f == nullptr) {
    throw std::invalid_argument(fmt::format("the source data hold no figure {} | {} | {} | {}",
                                            table, row, column,
                                            year ? std::to_string(*year) : std::string("no year")));
  }
  // The data file says what the calibration does with a figure the audit questions.
  switch (f->use.kind) {
    case io::FigureUse::kCorrected:
      return {*f->use.corrected, fmt::format("{}; gedrukt {}, gebruikt {}: {}", provenance(*f),
                                             f->value, *f->use.corrected, f->reason)};
    case io::FigureUse::kNotUsed:
      throw std::invalid_argument(
          fmt::format("{} is marked not used: {}", provenance(*f), f->reason));
    case io::FigureUse::kPrinted:
    case io::FigureUse::kUnstated:
      break;
  }
  return {f->value, provenance(*f)};
}

std::string provenance(const io::SourceFigure& figure) {
  if (figure.table == "Tekst") {
    return fmt::format("§{}: {}, {}{}", figure.section, figure.row, figure.column,
                       figure.year ? fmt::format(", {}", *figure.year) : std::string());
  }
  return fmt::format("{}, rij {}, kolom {} (§{})", figure.table, figure.row, figure.column,
                     figure.section);
}

}  // namespace groeipad::calibration
