#pragma once
// The source data of the calibration (calibration/data/*.csv): one figure printed in the
// source document a row, with where it was printed. Layout and transcription conventions
// are in calibration/data/README.md.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace groeipad::io {

// What the calibration does with a figure the audit finds inconsistent (the `use` column):
// nothing stated (the figure agrees, or is not in question), the figure as printed, another
// value in its place, or not the figure at all. The reason is the `reason` column.
struct FigureUse {
  enum Kind { kUnstated, kPrinted, kCorrected, kNotUsed };
  Kind kind = kUnstated;
  std::optional<double> corrected;  // the value used instead, for kCorrected only
};

struct SourceFigure {
  std::string table;        // "Tabel 5", or "Tekst" for a figure in running text
  std::string section;      // the section it is printed in, "3.4"
  std::string row;          // the printed row label
  std::string column;       // the printed column label
  std::optional<int> year;  // the year the figure refers to, if one
  double value = 0;         // the printed figure
  std::string unit;         // persons, vte, percent, eur, hours or count
  FigureUse use;            // what the calibration does with it, when that needs saying
  std::string reason;       // why, when a use is stated
  std::string note;
  int line = 0;  // the line of the file the row starts on
};

// Reads a file with the header table,section,row,column,year,value,unit,use,reason,note
// (RFC 4180: fields with commas, quotes or line breaks in double quotes, a quote in them
// doubled; empty lines are skipped). Throws InputError, one line "FILE:LINE: COLUMN: what
// was expected, what was found", for a file that cannot be read, another header, a row
// with another number of fields, a stray or missing quote, an empty table, section, row or
// column, a value that is not a finite number, an unknown unit, a year that is not a whole
// number in 1900..2100, a use other than printed, not used or corrected:NUMBER, a use
// without a reason or a reason without a use, a field that is not UTF-8, or a second
// figure with the table, section, row, column and year of an earlier one.
std::vector<SourceFigure> read_source_table(const std::filesystem::path& file);

// As read_source_table(), of bytes already read; `file` names them in messages.
std::vector<SourceFigure> parse_source_table(const std::filesystem::path& file,
                                             std::string_view bytes);

// Every CSV file of a source data directory (calibration/data), read in name order so
// that nothing depends on the order the file system lists them in. Throws InputError
// naming the directory when it cannot be listed or holds no CSV file.
std::vector<SourceFigure> read_source_directory(const std::filesystem::path& directory);

}  // namespace groeipad::io
