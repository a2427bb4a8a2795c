#include "groeipad/io/source_table.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <tuple>
#include <utility>
#include <vector>

#include "groeipad/io/input_error.hpp"
#include "toml_access.hpp"    // quote() and one_of(), so messages read as the TOML readers'
#include "toml_document.hpp"  // read_input_file()
#include "utf8.hpp"

namespace groeipad::io {

namespace {

constexpr std::array<std::string_view, 10> kColumns = {"table", "section", "row", "column", "year",
                                                       "value", "unit",    "use", "reason", "note"};
// Positions in kColumns.
enum Column : std::size_t {
  kTable,
  kSection,
  kRow,
  kColumn,
  kYear,
  kValue,
  kUnit,
  kUse,
  kReason,
  kNote
};
constexpr std::array<std::string_view, 6> kUnits = {"persons", "vte",   "percent",
                                                    "eur",     "hours", "count"};
// Wide enough for any year a source could speak of, narrow enough to catch a figure typed
// into the year column.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2100;
// How much of the rest of a line a message about a stray character shows.
constexpr std::size_t kShownChars = 20;

struct Record {
  int line = 0;  // where the record starts
  std::vector<std::string> fields;
};

// A field is named in messages by its column; past the last column it has no name.
std::string_view key_of(std::size_t index) {
  return index < kColumns.size() ? kColumns[index] : std::string_view{};
}

bool at_line_end(std::string_view text, std::size_t at) {
  return text[at] == '\n' || (text[at] == '\r' && at + 1 < text.size() && text[at + 1] == '\n');
}

// Splits `text` into RFC 4180 records. Lines end in LF or CRLF; empty lines are skipped
// (an editor may leave one at the end), so a record is never a single empty field.
class RecordSplitter {
 public:
  RecordSplitter(const std::filesystem::path& file, std::string_view text)
      : file_(file), text_(text) {}

  std::vector<Record> split() {
    std::vector<Record> records;
    while (at_ < text_.size()) {
      if (at_line_end(text_, at_)) {
        skip_line_end();
        continue;
      }
      Record record{line_, {}};
      for (;;) {
        record.fields.push_back(field(record.fields.size()));
        if (at_ < text_.size() && text_[at_] == ',') {
          ++at_;
          continue;
        }
        if (at_ < text_.size()) {
          skip_line_end();
        }
        break;
      }
      records.push_back(std::move(record));
    }
    return records;
  }

 private:
  void skip_line_end() {
    at_ += text_[at_] == '\r' ? 2 : 1;
    ++line_;
  }

  bool at_field_end() const {
    return at_ == text_.size() || text_[at_] == ',' || at_line_end(text_, at_);
  }

  // The line from `from` on, quoted and cut short, to show what was found.
  std::string rest_of_line(std::size_t from) const {
    std::size_t end = from;
    while (end < text_.size() && !at_line_end(text_, end)) {
      ++end;
    }
    return detail::quote(text_.substr(from, end - from), kShownChars);
  }

  std::string field(std::size_t index) {
    std::string value;
    if (at_ < text_.size() && text_[at_] == '"') {
      const int opened = line_;
      ++at_;
      for (;;) {
        if (at_ == text_.size()) {
          fail(file_, opened, key_of(index),
               "expected a closing double quote, found the end of the file");
        }
        const char c = text_[at_++];
        if (c == '"') {
          if (at_ == text_.size() || text_[at_] != '"') {
            break;
          }
          ++at_;  // a doubled quote stands for one
        } else if (c == '\n') {
          ++line_;
        }
        value += c;
      }
      if (!at_field_end()) {
        fail(file_, line_, key_of(index),
             fmt::format("expected a comma or the end of the line after a closing double "
                         "quote, found {}",
                         rest_of_line(at_)));
      }
      return value;
    }
    const std::size_t start = at_;
    while (!at_field_end()) {
      if (text_[at_] == '"') {
        fail(file_, line_, key_of(index),
             fmt::format("expected a field in double quotes or without any, found {}",
                         rest_of_line(start)));
      }
      value += text_[at_++];
    }
    return value;
  }

  const std::filesystem::path& file_;
  std::string_view text_;
  std::size_t at_ = 0;
  int line_ = 1;
};

class FieldReader {
 public:
  FieldReader(const std::filesystem::path& file, const Record& record)
      : file_(file), record_(record) {}

  std::string text(std::size_t index) const {
    const std::string& value = record_.fields[index];
    if (value.empty()) {
      fail_at(index, "expected a non-empty field, found \"\"");
    }
    return value;
  }

  std::optional<int> year(std::size_t index) const {
    const std::string& value = record_.fields[index];
    if (value.empty()) {
      return std::nullopt;
    }
    int year = 0;
    const char* end = value.data() + value.size();
    const auto [stop, error] = std::from_chars(value.data(), end, year);
    if (error != std::errc{} || stop != end || year < kFirstYear || year > kLastYear) {
      fail_at(index, fmt::format("expected a year in {}..{} or an empty field, found {}",
                                 kFirstYear, kLastYear, detail::quote(value)));
    }
    return year;
  }

  double number(std::size_t index) const {
    const std::string& value = record_.fields[index];
    double number = 0;
    const char* end = value.data() + value.size();
    // from_chars takes neither spaces, a leading '+' nor a decimal comma: the plain
    // notation of the files is all it lets through.
    const auto [stop, error] = std::from_chars(value.data(), end, number);
    if (error == std::errc::result_out_of_range) {
      fail_at(index, fmt::format("expected a finite number, found {}", detail::quote(value)));
    }
    if (value.empty() || error != std::errc{} || stop != end) {
      fail_at(index, fmt::format("expected a number, found {}", detail::quote(value)));
    }
    if (!std::isfinite(number)) {
      fail_at(index, fmt::format("expected a finite number, found {}", detail::quote(value)));
    }
    return number;
  }

  // The use column: empty, "printed", "not used" or "corrected:NUMBER".
  FigureUse use(std::size_t index) const {
    const std::string& value = record_.fields[index];
    if (value.empty()) return {};
    if (value == "printed") return {FigureUse::kPrinted, std::nullopt};
    if (value == "not used") return {FigureUse::kNotUsed, std::nullopt};
    constexpr std::string_view kCorrected = "corrected:";
    if (value.starts_with(kCorrected)) {
      double corrected = 0;
      const char* begin = value.data() + kCorrected.size();
      const char* end = value.data() + value.size();
      const auto [stop, error] = std::from_chars(begin, end, corrected);
      if (begin != end && error == std::errc{} && stop == end && std::isfinite(corrected)) {
        return {FigureUse::kCorrected, corrected};
      }
    }
    fail_at(index,
            fmt::format("expected printed, not used, corrected:NUMBER or an empty field, found {}",
                        detail::quote(value)));
  }

  std::string unit(std::size_t index) const {
    const std::string& value = record_.fields[index];
    if (std::find(kUnits.begin(), kUnits.end(), value) == kUnits.end()) {
      fail_at(index,
              fmt::format("expected {}, found {}", detail::one_of(kUnits), detail::quote(value)));
    }
    return value;
  }

 private:
  [[noreturn]] void fail_at(std::size_t index, std::string_view message) const {
    fail(file_, record_.line, key_of(index), message);
  }

  const std::filesystem::path& file_;
  const Record& record_;
};

// The files are UTF-8 (calibration/data/README.md); a field in another encoding would
// reach the audit's output, and the tables' names, as garbled text.
void check_utf8(const std::filesystem::path& file, const Record& record, bool is_header) {
  for (std::size_t i = 0; i < record.fields.size(); ++i) {
    const std::string& field = record.fields[i];
    const std::size_t bad = detail::first_invalid_utf8(field);
    if (bad == std::string::npos) continue;
    fail(file, record.line, is_header ? "header" : key_of(i),
         fmt::format("expected UTF-8 text, found the byte 0x{:02X} in {}",
                     static_cast<unsigned char>(field[bad]), detail::quote(field)));
  }
}

void check_header(const std::filesystem::path& file, const std::vector<Record>& records) {
  const std::string wanted = fmt::format("{}", fmt::join(kColumns, ","));
  if (records.empty()) {
    fail(file, 1, "header", fmt::format("expected {}, found an empty file", wanted));
  }
  const Record& header = records.front();
  check_utf8(file, header, true);
  if (!std::equal(header.fields.begin(), header.fields.end(), kColumns.begin(), kColumns.end())) {
    fail(file, header.line, "header",
         fmt::format("expected {}, found {}", wanted,
                     detail::quote(fmt::format("{}", fmt::join(header.fields, ",")))));
  }
}

SourceFigure figure_of(const std::filesystem::path& file, const Record& record) {
  if (record.fields.size() != kColumns.size()) {
    // Named at the first column missing, or at the last one when there are too many:
    // where the row parts from the header.
    const std::size_t at = std::min(record.fields.size(), kColumns.size() - 1);
    fail(file, record.line, key_of(at),
         fmt::format("expected {} fields (double quotes around a field that holds a comma), "
                     "found {}",
                     kColumns.size(), record.fields.size()));
  }
  check_utf8(file, record, false);
  const FieldReader read(file, record);
  SourceFigure figure;
  figure.table = read.text(kTable);
  figure.section = read.text(kSection);
  figure.row = read.text(kRow);
  figure.column = read.text(kColumn);
  figure.year = read.year(kYear);
  figure.value = read.number(kValue);
  figure.unit = read.unit(kUnit);
  figure.use = read.use(kUse);
  figure.reason = record.fields[kReason];
  // A stated use without its reason, or a reason without a use, says half of what the
  // calibration does with the figure.
  if (figure.use.kind != FigureUse::kUnstated && figure.reason.empty()) {
    fail(file, record.line, kColumns[kReason], "expected the reason for the use, found \"\"");
  }
  if (figure.use.kind == FigureUse::kUnstated && !figure.reason.empty()) {
    fail(file, record.line, kColumns[kUse],
         "expected printed, not used or corrected:NUMBER with a reason, found \"\"");
  }
  figure.note = record.fields[kNote];
  figure.line = record.line;
  return figure;
}

}  // namespace

std::vector<SourceFigure> read_source_table(const std::filesystem::path& file) {
  return parse_source_table(file, detail::read_input_file(file));
}

std::vector<SourceFigure> parse_source_table(const std::filesystem::path& file,
                                             std::string_view bytes) {
  std::string_view text = bytes;
  // A byte order mark, as some spreadsheet programs write, is not part of the header.
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  if (text.starts_with(kByteOrderMark)) {
    text.remove_prefix(kByteOrderMark.size());
  }
  const std::vector<Record> records = RecordSplitter(file, text).split();
  check_header(file, records);
  std::vector<SourceFigure> figures;
  figures.reserve(records.size() - 1);
  // A figure is found by where it was printed; a second row for the same place is a
  // transcription slip, and the audit would check only one of the two.
  std::map<std::tuple<std::string, std::string, std::string, std::string, std::optional<int>>, int>
      first_line;
  for (std::size_t i = 1; i < records.size(); ++i) {
    SourceFigure figure = figure_of(file, records[i]);
    const auto [at, added] = first_line.try_emplace(
        {figure.table, figure.section, figure.row, figure.column, figure.year}, figure.line);
    if (!added) {
      fail(file, figure.line, "row",
           fmt::format("expected one figure per table, section, row, column and year, found "
                       "a second one for {} {} (the first at line {})",
                       detail::quote(figure.row), detail::quote(figure.column), at->second));
    }
    figures.push_back(std::move(figure));
  }
  return figures;
}

std::vector<SourceFigure> read_source_directory(const std::filesystem::path& directory) {
  std::error_code error;
  std::filesystem::directory_iterator entries(directory, error);
  if (error) {
    fail(directory, 0, "data", "expected a directory of CSV files, found " + error.message());
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : entries) {
    if (entry.path().extension() == ".csv") files.push_back(entry.path());
  }
  if (files.empty()) fail(directory, 0, "data", "expected CSV files, found none");
  std::sort(files.begin(), files.end());
  std::vector<SourceFigure> figures;
  for (const std::filesystem::path& file : files) {
    std::vector<SourceFigure> read = read_source_table(file);
    figures.insert(figures.end(), read.begin(), read.end());
  }
  return figures;
}

}  // namespace groeipad::io
