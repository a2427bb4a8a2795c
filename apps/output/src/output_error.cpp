#include "groeipad/output/output_error.hpp"

#include <fmt/format.h>

namespace groeipad::output {

OutputError::OutputError(const std::filesystem::path& path, std::string_view reason)
    : std::runtime_error(fmt::format("cannot write {}: {}", path.string(), reason)) {}

}  // namespace groeipad::output
