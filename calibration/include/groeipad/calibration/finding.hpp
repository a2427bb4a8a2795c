#pragma once
// One printed figure of the source document that disagrees with the value its own table
// (or another table) implies, by more than the rounding of the printed figure, with what
// the calibration does about it.

#include <optional>
#include <string>

#include "groeipad/io/source_table.hpp"

namespace groeipad::calibration {

struct Finding {
  std::string table;        // "Tabel 5", or "Tekst 3.2" for a figure in running text
  std::string row;          // the printed row label
  std::string column;       // the printed column label
  std::optional<int> year;  // the year the figure refers to, if one
  double printed = 0;       // the figure as printed
  double implied = 0;  // the value the other figures give it (or the bound they set), unrounded
  std::string rule;    // what was checked, in a few words
  // What the calibration uses for the figure and why: the `use` and `reason` columns of
  // the figure's row in calibration/data; unstated when the data file says nothing.
  io::FigureUse use;
  std::string reason;
};

}  // namespace groeipad::calibration
