#pragma once
// Typed access to a parsed TOML document. Every value is fetched through a Table or a
// Node, which know the full dotted key and the file and line the value was written at,
// so that every problem becomes the one-line InputError of the input contract:
//   FILE:LINE: KEY: what was expected, what was found

#include <toml++/toml.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace groeipad::io::detail {

// Names the file and key under which a node is reported. Nodes parsed from an
// override file (a scenario's [overrides] table, merged into a parameters document; a
// scenario and the files it inherits from may each hold some) are named as the user
// wrote them there: "overrides." before the key.
class Origin {
 public:
  // `fallback_file` names nodes that carry no source (none do after parsing).
  explicit Origin(std::string fallback_file,
                  std::vector<std::shared_ptr<const std::string>> override_sources = {});

  [[noreturn]] void fail(const toml::node& node, std::string_view key,
                         std::string_view message) const;

 private:
  std::string fallback_file_;
  std::vector<std::shared_ptr<const std::string>> override_sources_;
};

// An inclusive integer range; the text reads "in 1..1200" or ">= 0".
struct IntRange {
  std::int64_t min = std::numeric_limits<std::int64_t>::min();
  std::int64_t max = std::numeric_limits<std::int64_t>::max();

  [[nodiscard]] bool contains(std::int64_t v) const { return v >= min && v <= max; }
  [[nodiscard]] std::string text() const;
};

// A range of finite numbers, each end open or closed; the text reads ">= 0",
// "> 0", "in [0, 1]", "in (0, 1)" or "" (any finite number).
struct Range {
  double min = -std::numeric_limits<double>::infinity();
  double max = std::numeric_limits<double>::infinity();
  bool min_open = false;
  bool max_open = false;

  [[nodiscard]] bool contains(double v) const;
  [[nodiscard]] std::string text() const;
};

inline constexpr IntRange kCount{0, std::numeric_limits<std::int64_t>::max()};
inline constexpr Range kAnyNumber{};
inline constexpr Range kNonNegative{0, std::numeric_limits<double>::infinity(), false, false};
inline constexpr Range kPositive{0, std::numeric_limits<double>::infinity(), true, false};
inline constexpr Range kProbability{0, 1, false, false};

class Table;

// One value with the key it is reported under.
class Node {
 public:
  Node(const toml::node& node, std::string key, const Origin& origin)
      : node_(&node), key_(std::move(key)), origin_(&origin) {}

  [[nodiscard]] const std::string& key() const { return key_; }
  [[nodiscard]] const toml::node& raw() const { return *node_; }

  // Fails with "KEY: message" at this node's file and line.
  [[noreturn]] void fail(std::string_view message) const;
  // Fails with "KEY: expected WHAT, found <this value>" (a value out of range).
  [[noreturn]] void expected(std::string_view what) const;
  // Fails with "KEY: expected WHAT, found <this type>" (a value of the wrong type).
  [[noreturn]] void expected_type(std::string_view what) const;

  [[nodiscard]] std::int64_t integer(IntRange range = {}) const;
  // An integer or a floating-point value, finite.
  [[nodiscard]] double number(Range range = kAnyNumber) const;
  [[nodiscard]] bool boolean() const;
  [[nodiscard]] const std::string& string() const;
  // The position of this string among `options`; anything else is an error that
  // lists them.
  [[nodiscard]] std::size_t choice(std::span<const std::string_view> options) const;
  [[nodiscard]] Table table() const;
  // The elements, reported as KEY[0], KEY[1], ...
  [[nodiscard]] std::vector<Node> array() const;

  // A figure of the parameters file is a bare number or { value = ..., source = "..." }
  // (the provenance travels with the number); this is the node holding the number.
  [[nodiscard]] Node figure() const;

 private:
  const toml::node* node_;
  std::string key_;
  const Origin* origin_;
};

// A table being read. Each key asked for, present or not, is remembered: finish()
// then reports any other key as unknown (a typo, usually) and lists the keys that
// were asked for, so the list of allowed keys cannot drift from the reader.
// expect_keys() does the same check up front, so that a misspelt required key is
// reported as unknown rather than the correct one as missing; a reader then cannot ask
// for a key outside that list (a logic_error: a bug in the reader, not in the input).
class Table {
 public:
  Table(const toml::table& table, std::string key, const Origin& origin)
      : table_(&table), key_(std::move(key)), origin_(&origin) {}

  [[nodiscard]] const std::string& key() const { return key_; }
  [[nodiscard]] const toml::table& raw() const { return *table_; }
  // The key path of an entry of this table.
  [[nodiscard]] std::string child_key(std::string_view name) const;

  [[nodiscard]] std::optional<Node> find(std::string_view name);
  // A required entry; when missing, fails at this table with "missing required key,
  // expected WHAT".
  [[nodiscard]] Node require(std::string_view name, std::string_view what);

  [[nodiscard]] std::int64_t integer(std::string_view name, IntRange range = {});
  [[nodiscard]] std::optional<std::int64_t> optional_integer(std::string_view name,
                                                             IntRange range = {});
  [[nodiscard]] double number(std::string_view name, Range range = kAnyNumber);
  [[nodiscard]] std::optional<double> optional_number(std::string_view name,
                                                      Range range = kAnyNumber);
  // Figures: as integer() and number(), also accepting { value = ..., source = "..." }.
  [[nodiscard]] std::int64_t figure_integer(std::string_view name, IntRange range = {});
  [[nodiscard]] double figure_number(std::string_view name, Range range = kAnyNumber);
  [[nodiscard]] std::optional<double> optional_figure_number(std::string_view name,
                                                             Range range = kAnyNumber);
  [[nodiscard]] std::optional<bool> optional_boolean(std::string_view name);
  [[nodiscard]] std::string string(std::string_view name);
  // A string that says something: provenance, a name.
  [[nodiscard]] std::string non_empty_string(std::string_view name);
  [[nodiscard]] std::optional<std::string> optional_string(std::string_view name);
  [[nodiscard]] Table table(std::string_view name);
  [[nodiscard]] std::optional<Table> optional_table(std::string_view name);
  [[nodiscard]] std::vector<Node> array(std::string_view name);

  // Fails at the first (by line) key of this table that is not one of `keys`.
  void expect_keys(std::span<const std::string_view> keys);
  // Fails at the first (by line) key of this table that was never asked for.
  void finish() const;
  // Fails at the first (by line) key that is not one of `allowed`, with `message`.
  void only(std::span<const std::string_view> allowed, std::string_view message) const;

 private:
  const toml::table* table_;
  std::string key_;
  const Origin* origin_;
  std::vector<std::string> asked_;
  bool keys_fixed_ = false;  // set by expect_keys()
};

// How a value is shown after "found": numbers and booleans as written, strings quoted,
// anything else by its type ("a table"). describe_type() gives the type only.
std::string describe_value(const toml::node& node);
// "an integer", "a string", ...
std::string_view describe_type(const toml::node& node);
// A string in double quotes with control characters escaped, so the message stays on
// one line whatever the input holds, and bytes that are not UTF-8 shown as \xFF, so that
// it stays text; a string longer than `longest` bytes is cut.
std::string quote(std::string_view text, std::size_t longest = 60);
// "a, b, c"
std::string join(std::span<const std::string_view> words);
// "one of a, b, c", or just "a" when there is only one.
std::string one_of(std::span<const std::string_view> words);

}  // namespace groeipad::io::detail
