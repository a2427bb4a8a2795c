#pragma once
// SHA-256 (FIPS 180-4) of bytes, as lowercase hex: the digest of scenario and
// parameters files in manifests, so a result can be traced to the exact input.

#include <string>
#include <string_view>

namespace groeipad::output {

std::string sha256_hex(std::string_view bytes);

}  // namespace groeipad::output
