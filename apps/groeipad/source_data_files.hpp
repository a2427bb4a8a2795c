#pragma once
// The source data directory (calibration/data): every CSV file in it, read by name order
// so that nothing depends on the order the file system lists them in.

#include <filesystem>
#include <vector>

#include "groeipad/io/source_table.hpp"

namespace groeipad::cli {

// Throws io::InputError naming the directory when it cannot be listed or holds no CSV
// file, and the reader's one-line error for a file that cannot be read.
std::vector<io::SourceFigure> read_source_data(const std::filesystem::path& directory);

}  // namespace groeipad::cli
