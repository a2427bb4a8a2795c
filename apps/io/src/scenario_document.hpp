#pragma once
// A scenario file with the files it inherits from laid under it. A scenario may say
// `base = "other.toml"` (relative to its own file): that file is read first, with its
// own base, and so on; each file's tables are merged over what it inherits, key by key,
// and any other value, an array included, replaces the inherited one. `name`,
// `description` and `base` are never inherited: each file speaks for itself there.

#include <toml++/toml.h>

#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace groeipad::io::detail {

struct ScenarioDocument {
  toml::table table;  // the merged document: every node keeps the file and line it came from
  std::string bytes;  // the scenario file's own bytes, as read
  // The source of every file read, the scenario first: the nodes of each file share it.
  std::vector<std::shared_ptr<const std::string>> sources;
  // The files inherited from, nearest first, with their bytes as read.
  std::vector<std::pair<std::filesystem::path, std::string>> bases;
};

// Throws InputError: a file that cannot be read, a syntax error (at the file that has
// it), a base that cannot be read (at the `base` line naming it), or a cycle of bases.
ScenarioDocument read_scenario_document(const std::filesystem::path& file);
// `bytes` are the content of `file`, read by the caller (or a scenario not read from a
// file: a Python dict written as TOML); `file` names it in messages, and its directory
// resolves the paths it holds.
ScenarioDocument read_scenario_document(const std::filesystem::path& file, std::string bytes);

}  // namespace groeipad::io::detail
