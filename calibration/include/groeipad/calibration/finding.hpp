#pragma once
// One printed figure of the source document that disagrees with the value its own table
// (or another table) implies, by more than the rounding of the printed figure.

#include <string>

namespace groeipad::calibration {

struct Finding {
  std::string table;   // "Tabel 5", or "Tekst 3.2" for a figure in running text
  std::string row;     // the printed row label
  std::string column;  // the printed column label
  double printed = 0;  // the figure as printed
  double implied = 0;  // the value the other figures give it, unrounded
  std::string rule;    // what was checked, in a few words
};

}  // namespace groeipad::calibration
