#include "scenario_document.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <system_error>
#include <utility>

#include "toml_access.hpp"
#include "toml_document.hpp"

namespace groeipad::io::detail {

namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 3> kNotInherited = {"name", "description", "base"};

// The two ways to give a programme's base capacity. A file that gives either replaces
// whichever it inherits: otherwise a scenario could never turn an inherited base_vte
// into a budget, as TOML has no way to remove a key.
constexpr std::array<std::string_view, 2> kBaseCapacityKeys = {"base_vte", "budget_eur"};

// A file as the chain of bases knows it: as shown in messages, and as compared (the
// same file reached through another path is still the same file).
struct Link {
  fs::path shown;
  fs::path identity;
};

fs::path identity_of(const fs::path& file) {
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(file, error);
  if (!error) return canonical;
  fs::path absolute = fs::absolute(file, error);
  return error ? file.lexically_normal() : absolute.lexically_normal();
}

void drop_replaced_base_capacity(const toml::table& over, toml::table& inherited) {
  const auto* mine = over.get_as<toml::table>("capacity");
  auto* theirs = inherited.get_as<toml::table>("capacity");
  if (mine == nullptr || theirs == nullptr) return;
  for (auto&& [programme, node] : *mine) {
    const auto* my_path = node.as_table();
    auto* their_path = theirs->get_as<toml::table>(programme.str());
    if (my_path == nullptr || their_path == nullptr) continue;
    const bool gives_base =
        std::any_of(kBaseCapacityKeys.begin(), kBaseCapacityKeys.end(),
                    [&](std::string_view key) { return my_path->contains(key); });
    if (!gives_base) continue;
    for (const std::string_view key : kBaseCapacityKeys) their_path->erase(key);
  }
}

// Lays `inherited` under `over`: keys only inherited are added, tables in both merge
// key by key, and everything else `over` has stays. The nodes are moved, so they keep
// the file and line they were written at.
void merge_under(toml::table& over, toml::table& inherited) {
  for (auto&& [key, node] : inherited) {
    toml::node* mine = over.get(key.str());
    if (mine == nullptr) {
      over.insert(key, std::move(node));
      continue;
    }
    auto* my_table = mine->as_table();
    auto* inherited_table = node.as_table();
    if (my_table != nullptr && inherited_table != nullptr) merge_under(*my_table, *inherited_table);
  }
}

// "a.toml -> b.toml -> a.toml": the files of the cycle from the first one repeated.
std::string describe_cycle(const std::vector<Link>& chain, std::vector<Link>::const_iterator first,
                           const fs::path& again) {
  std::string text;
  for (auto link = first; link != chain.end(); ++link) text += link->shown.string() + " -> ";
  return text + again.string();
}

// Parses `text` (the bytes of `file`, the last link of `chain`) and merges its bases
// under it.
toml::table read_level(const fs::path& file, const std::string& text, std::vector<Link>& chain,
                       ScenarioDocument& out) {
  toml::table document = parse_document(text, file);
  out.sources.push_back(document.source().path);
  const toml::node* base = document.get("base");
  if (base == nullptr) return document;

  const Origin origin(file.string());
  const Node node(*base, "base", origin);
  const std::string& written = node.string();
  if (written.empty()) node.expected("a path to a scenario file");
  const fs::path base_file = (file.parent_path() / written).lexically_normal();
  const fs::path identity = identity_of(base_file);
  const auto loop = std::find_if(chain.begin(), chain.end(),
                                 [&](const Link& link) { return link.identity == identity; });
  if (loop != chain.end()) {
    node.fail(fmt::format("expected a scenario that does not inherit from itself, found a cycle {}",
                          describe_cycle(chain, loop, base_file)));
  }
  FileText base_text = read_file_text(base_file);
  if (!base_text.text) {
    node.fail(fmt::format("cannot read {}: {}", quote(base_file.string(), std::string::npos),
                          base_text.reason));
  }

  chain.push_back(Link{base_file, identity});
  out.bases.emplace_back(base_file, *base_text.text);
  toml::table inherited = read_level(base_file, *base_text.text, chain, out);
  chain.pop_back();
  for (const std::string_view key : kNotInherited) inherited.erase(key);
  drop_replaced_base_capacity(document, inherited);
  merge_under(document, inherited);
  return document;
}

}  // namespace

ScenarioDocument read_scenario_document(const std::filesystem::path& file) {
  return read_scenario_document(file, read_input_file(file));
}

ScenarioDocument read_scenario_document(const std::filesystem::path& file, std::string bytes) {
  ScenarioDocument out;
  out.bytes = std::move(bytes);
  std::vector<Link> chain = {Link{file, identity_of(file)}};
  out.table = read_level(file, out.bytes, chain, out);
  return out;
}

}  // namespace groeipad::io::detail
