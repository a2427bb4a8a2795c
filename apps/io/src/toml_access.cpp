#include "toml_access.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "groeipad/io/input_error.hpp"
#include "utf8.hpp"

namespace groeipad::io::detail {

namespace {

// Bare TOML keys are shown as they are; any other key is quoted, as TOML would need.
bool is_bare_key(std::string_view name) {
  if (name.empty()) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
  });
}

std::string noun_phrase(std::string_view noun, const std::string& range_text) {
  return range_text.empty() ? std::string(noun) : fmt::format("{} {}", noun, range_text);
}

int line_of(const toml::node& node) {
  // Lines start at 1; a node made in memory has none, and is placed at the top.
  const auto line = node.source().begin.line;
  return line == 0 ? 1 : static_cast<int>(line);
}

}  // namespace

// ---- Origin ----------------------------------------------------------------------------

Origin::Origin(std::string fallback_file,
               std::vector<std::shared_ptr<const std::string>> override_sources)
    : fallback_file_(std::move(fallback_file)), override_sources_(std::move(override_sources)) {}

void Origin::fail(const toml::node& node, std::string_view key, std::string_view message) const {
  const auto& source_path = node.source().path;
  const std::string& file = source_path ? *source_path : fallback_file_;
  // Each parse gives its nodes one shared path: the pointer identifies the file read.
  const bool overridden =
      source_path && std::find(override_sources_.begin(), override_sources_.end(), source_path) !=
                         override_sources_.end();
  if (overridden) {
    const std::string named = key.empty() ? "overrides" : fmt::format("overrides.{}", key);
    io::fail(file, line_of(node), named, message);
  }
  io::fail(file, line_of(node), key, message);
}

// ---- ranges ----------------------------------------------------------------------------

std::string IntRange::text() const {
  constexpr auto lowest = std::numeric_limits<std::int64_t>::min();
  constexpr auto highest = std::numeric_limits<std::int64_t>::max();
  if (min == lowest && max == highest) return "";
  if (max == highest) return fmt::format(">= {}", min);
  if (min == lowest) return fmt::format("<= {}", max);
  return fmt::format("in {}..{}", min, max);
}

bool Range::contains(double v) const {
  const bool above = min_open ? v > min : v >= min;
  const bool below = max_open ? v < max : v <= max;
  return above && below;
}

std::string Range::text() const {
  const bool bounded_below = std::isfinite(min);
  const bool bounded_above = std::isfinite(max);
  if (bounded_below && bounded_above) {
    return fmt::format("in {}{}, {}{}", min_open ? '(' : '[', min, max, max_open ? ')' : ']');
  }
  if (bounded_below) return fmt::format("{} {}", min_open ? ">" : ">=", min);
  if (bounded_above) return fmt::format("{} {}", max_open ? "<" : "<=", max);
  return "";
}

// ---- Node ------------------------------------------------------------------------------

void Node::fail(std::string_view message) const { origin_->fail(*node_, key_, message); }

void Node::expected(std::string_view what) const {
  fail(fmt::format("expected {}, found {}", what, describe_value(*node_)));
}

void Node::expected_type(std::string_view what) const {
  fail(fmt::format("expected {}, found {}", what, describe_type(*node_)));
}

std::int64_t Node::integer(IntRange range) const {
  const auto* value = node_->as_integer();
  if (value == nullptr) expected_type("an integer");
  const std::int64_t v = value->get();
  if (!range.contains(v)) expected(noun_phrase("an integer", range.text()));
  return v;
}

double Node::number(Range range) const {
  double v = 0;
  if (const auto* integral = node_->as_integer()) {
    v = static_cast<double>(integral->get());
  } else if (const auto* floating = node_->as_floating_point()) {
    v = floating->get();
    if (!std::isfinite(v)) expected("a finite number");
  } else {
    expected_type("a number");
  }
  if (!range.contains(v)) expected(noun_phrase("a number", range.text()));
  return v;
}

bool Node::boolean() const {
  const auto* value = node_->as_boolean();
  if (value == nullptr) expected_type("a boolean");
  return value->get();
}

const std::string& Node::string() const {
  const auto* value = node_->as_string();
  if (value == nullptr) expected_type("a string");
  return value->get();
}

std::size_t Node::choice(std::span<const std::string_view> options) const {
  const std::string& text = string();
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (options[i] == text) return i;
  }
  expected(one_of(options));
}

Table Node::table() const {
  const auto* value = node_->as_table();
  if (value == nullptr) expected_type("a table");
  return Table(*value, key_, *origin_);
}

std::vector<Node> Node::array() const {
  const auto* value = node_->as_array();
  if (value == nullptr) expected_type("an array");
  std::vector<Node> elements;
  elements.reserve(value->size());
  for (std::size_t i = 0; i < value->size(); ++i) {
    elements.emplace_back((*value)[i], fmt::format("{}[{}]", key_, i), *origin_);
  }
  return elements;
}

Node Node::figure() const {
  if (node_->as_table() == nullptr) return *this;
  Table form = table();
  const Node value = form.require("value", "a number");
  (void)form.non_empty_string("source");  // provenance is kept in the file, not the model
  form.finish();
  // Reported under the figure's own key, as for a bare number: `value` is only the form
  // the figure is written in. The line stays the value's.
  return Node(value.raw(), key_, *origin_);
}

// ---- Table -----------------------------------------------------------------------------

std::string Table::child_key(std::string_view name) const {
  const std::string shown = is_bare_key(name) ? std::string(name) : quote(name);
  return key_.empty() ? shown : fmt::format("{}.{}", key_, shown);
}

std::optional<Node> Table::find(std::string_view name) {
  if (std::find(asked_.begin(), asked_.end(), name) == asked_.end()) {
    if (keys_fixed_) {
      throw std::logic_error(fmt::format("{}: key {} read but not expected", key_, name));
    }
    asked_.emplace_back(name);
  }
  const toml::node* child = table_->get(name);
  if (child == nullptr) return std::nullopt;
  return Node(*child, child_key(name), *origin_);
}

Node Table::require(std::string_view name, std::string_view what) {
  if (auto child = find(name)) return *std::move(child);
  origin_->fail(*table_, child_key(name), fmt::format("missing required key, expected {}", what));
}

std::int64_t Table::integer(std::string_view name, IntRange range) {
  return require(name, noun_phrase("an integer", range.text())).integer(range);
}

std::optional<std::int64_t> Table::optional_integer(std::string_view name, IntRange range) {
  if (auto child = find(name)) return child->integer(range);
  return std::nullopt;
}

double Table::number(std::string_view name, Range range) {
  return require(name, noun_phrase("a number", range.text())).number(range);
}

std::optional<double> Table::optional_number(std::string_view name, Range range) {
  if (auto child = find(name)) return child->number(range);
  return std::nullopt;
}

std::int64_t Table::figure_integer(std::string_view name, IntRange range) {
  return require(name, noun_phrase("an integer", range.text())).figure().integer(range);
}

double Table::figure_number(std::string_view name, Range range) {
  return require(name, noun_phrase("a number", range.text())).figure().number(range);
}

std::optional<double> Table::optional_figure_number(std::string_view name, Range range) {
  if (auto child = find(name)) return child->figure().number(range);
  return std::nullopt;
}

std::optional<bool> Table::optional_boolean(std::string_view name) {
  if (auto child = find(name)) return child->boolean();
  return std::nullopt;
}

std::string Table::string(std::string_view name) { return require(name, "a string").string(); }

std::string Table::non_empty_string(std::string_view name) {
  const Node node = require(name, "a non-empty string");
  const std::string& text = node.string();
  if (text.empty()) node.expected("a non-empty string");
  return text;
}

std::optional<std::string> Table::optional_string(std::string_view name) {
  if (auto child = find(name)) return child->string();
  return std::nullopt;
}

Table Table::table(std::string_view name) { return require(name, "a table").table(); }

std::optional<Table> Table::optional_table(std::string_view name) {
  if (auto child = find(name)) return child->table();
  return std::nullopt;
}

std::vector<Node> Table::array(std::string_view name) { return require(name, "an array").array(); }

void Table::expect_keys(std::span<const std::string_view> keys) {
  asked_.assign(keys.begin(), keys.end());
  keys_fixed_ = true;
  finish();
}

void Table::finish() const {
  std::vector<std::string_view> allowed(asked_.begin(), asked_.end());
  if (allowed.empty()) {
    only(allowed, "unknown key, expected no keys here");
    return;
  }
  only(allowed, fmt::format("unknown key, expected {}", one_of(allowed)));
}

void Table::only(std::span<const std::string_view> allowed, std::string_view message) const {
  // The earliest offender in the file is reported (a table iterates in key order).
  const toml::node* first = nullptr;
  std::string_view first_name;
  for (const auto& [name, child] : *table_) {
    const std::string_view text = name.str();
    if (std::find(allowed.begin(), allowed.end(), text) != allowed.end()) continue;
    if (first == nullptr || child.source().begin.line < first->source().begin.line) {
      first = &child;
      first_name = text;
    }
  }
  if (first != nullptr) origin_->fail(*first, child_key(first_name), message);
}

// ---- text ------------------------------------------------------------------------------

std::string_view describe_type(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a floating-point number";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

std::string describe_value(const toml::node& node) {
  if (const auto* v = node.as_integer()) return fmt::format("{}", v->get());
  if (const auto* v = node.as_floating_point()) return fmt::format("{}", v->get());
  if (const auto* v = node.as_boolean()) return v->get() ? "true" : "false";
  if (const auto* v = node.as_string()) return quote(v->get());
  return std::string(describe_type(node));
}

std::string quote(std::string_view text, std::size_t longest) {
  bool cut = false;
  if (text.size() > longest) {
    // Cut at a character boundary: never inside a UTF-8 sequence.
    std::size_t end = longest;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) --end;
    text = text.substr(0, end);
    cut = true;
  }
  std::string out = "\"";
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80U) {
      const std::size_t length = utf8_sequence_length(text, at);
      if (length == 0) {
        out += fmt::format("\\x{:02X}", byte);
      } else {
        out += text.substr(at, length);
        at += length - 1;
      }
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (byte < 0x20U || byte == 0x7FU) {
      out += fmt::format("\\u{:04X}", byte);
    } else {
      out += c;
    }
  }
  out += cut ? "...\"" : "\"";
  return out;
}

std::string join(std::span<const std::string_view> words) {
  return fmt::format("{}", fmt::join(words, ", "));
}

std::string one_of(std::span<const std::string_view> words) {
  if (words.size() == 1) return std::string(words.front());
  return fmt::format("one of {}", join(words));
}

}  // namespace groeipad::io::detail
