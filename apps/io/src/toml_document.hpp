#pragma once
// Whole TOML documents: reading a file, parsing it with syntax errors turned into
// InputError, and laying a scenario's overrides over a parameters document.

#include <toml++/toml.h>

#include <filesystem>
#include <optional>
#include <string>

namespace groeipad::io::detail {

// The bytes of a file, or the reason (strerror text) it cannot be read.
struct FileText {
  std::optional<std::string> text;
  std::string reason;
};
FileText read_file_text(const std::filesystem::path& file);

// Parses a document; every node remembers `file` as its source. A syntax error, or
// bytes that are not UTF-8 TOML at all, fails with "FILE:LINE: syntax error: ...".
toml::table parse_document(const std::string& text, const std::filesystem::path& file);

// The bytes of a file; a file that cannot be read fails with
// "FILE: cannot read file: REASON".
std::string read_input_file(const std::filesystem::path& file);

// read_input_file() and parse_document().
toml::table read_document(const std::filesystem::path& file);

// Deep merge: tables merge key by key, anything else in `overrides` replaces what is
// in `base`. The nodes are moved, so they keep the file and line they were written at.
void merge_into(toml::table& base, toml::table& overrides);

}  // namespace groeipad::io::detail
