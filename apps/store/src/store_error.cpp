#include "groeipad/store/store_error.hpp"

namespace groeipad::store {

StoreError::StoreError(const std::filesystem::path& path, const std::string& reason)
    : std::runtime_error(path.string() + ": " + reason), path_(path), reason_(reason) {}

}  // namespace groeipad::store
