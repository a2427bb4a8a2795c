#include "source_data_files.hpp"

#include <algorithm>
#include <system_error>

#include "groeipad/io/input_error.hpp"

namespace groeipad::cli {

std::vector<io::SourceFigure> read_source_data(const std::filesystem::path& directory) {
  std::error_code error;
  std::filesystem::directory_iterator entries(directory, error);
  if (error) {
    io::fail(directory, 0, "data", "expected a directory of CSV files, found " + error.message());
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : entries) {
    if (entry.path().extension() == ".csv") files.push_back(entry.path());
  }
  if (files.empty()) io::fail(directory, 0, "data", "expected CSV files, found none");
  std::sort(files.begin(), files.end());
  std::vector<io::SourceFigure> figures;
  for (const std::filesystem::path& file : files) {
    std::vector<io::SourceFigure> read = io::read_source_table(file);
    figures.insert(figures.end(), read.begin(), read.end());
  }
  return figures;
}

}  // namespace groeipad::cli
