#include "toml_document.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <memory>

#include "groeipad/io/input_error.hpp"

namespace groeipad::io::detail {

namespace {

// Far above any scenario, parameters or source file (the largest is some tens of KiB).
constexpr std::size_t kMaxInputBytes = std::size_t{64} << 20U;

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

// toml++ describes problems on one line already; this guarantees it whatever the input.
std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20U || byte == 0x7FU) {
      out += fmt::format("\\u{:04X}", byte);
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

FileText read_file_text(const std::filesystem::path& file) {
  std::error_code ec;
  // fopen() of a directory succeeds on POSIX; reading it would then fail less clearly.
  if (std::filesystem::is_directory(file, ec)) return {std::nullopt, std::strerror(EISDIR)};
  errno = 0;
  const std::unique_ptr<std::FILE, FileCloser> in(std::fopen(file.c_str(), "rb"));
  if (!in) return {std::nullopt, std::strerror(errno != 0 ? errno : EIO)};
  std::string text;
  char buffer[1 << 16];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, in.get())) > 0) {
    text.append(buffer, got);
    // A file named by mistake (or `base = "/dev/zero"`) must not take all memory.
    if (text.size() > kMaxInputBytes) {
      return {std::nullopt, fmt::format("larger than {} MiB", kMaxInputBytes >> 20U)};
    }
  }
  if (std::ferror(in.get()) != 0) return {std::nullopt, std::strerror(errno != 0 ? errno : EIO)};
  return {std::move(text), {}};
}

toml::table parse_document(const std::string& text, const std::filesystem::path& file) {
  try {
    return toml::parse(text, file.string());
  } catch (const toml::parse_error& error) {
    const auto line = static_cast<int>(error.source().begin.line);
    fail(file, line == 0 ? 1 : line, "",
         fmt::format("syntax error: {}", one_line(error.description())));
  }
}

std::string read_input_file(const std::filesystem::path& file) {
  FileText read = read_file_text(file);
  if (!read.text) fail(file, 0, "", fmt::format("cannot read file: {}", read.reason));
  return *std::move(read.text);
}

toml::table read_document(const std::filesystem::path& file) {
  return parse_document(read_input_file(file), file);
}

void merge_into(toml::table& base, toml::table& overrides) {
  for (auto&& [key, node] : overrides) {
    toml::table* inner_override = node.as_table();
    toml::table* inner_base = base.get_as<toml::table>(key.str());
    if (inner_override != nullptr && inner_base != nullptr) {
      merge_into(*inner_base, *inner_override);
    } else {
      base.insert_or_assign(key, std::move(node));
    }
  }
}

}  // namespace groeipad::io::detail
