#pragma once
// Source figures made up in a test, for the audit to check: a figure with its table,
// row, column and section, counted in persons.

#include <string>
#include <utility>
#include <vector>

#include "groeipad/io/source_table.hpp"

namespace groeipad::calibration::audit_test {

using io::SourceFigure;
using Figures = std::vector<SourceFigure>;

inline SourceFigure figure(std::string table, std::string row, std::string column, double value,
                           std::string section = "3.4") {
  SourceFigure made;
  made.table = std::move(table);
  made.section = std::move(section);
  made.row = std::move(row);
  made.column = std::move(column);
  made.value = value;
  made.unit = "persons";
  return made;
}

}  // namespace groeipad::calibration::audit_test
