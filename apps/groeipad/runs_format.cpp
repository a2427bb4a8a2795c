#include "runs_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <stdexcept>

#include "run_summary.hpp"

namespace groeipad::cli {
namespace {

struct Column {
  const char* header;
  bool right;  // numbers
};

constexpr std::array<Column, 10> kColumns = {{{"id", true},
                                              {"kind", false},
                                              {"started (UTC)", false},
                                              {"scenario", false},
                                              {"replications", true},
                                              {"seed", true},
                                              {"wall s", true},
                                              {"agent-months/s", true},
                                              {"version", false},
                                              {"commit", false}}};

using Line = std::array<std::string, kColumns.size()>;

// "2026-11-27T14:03:12Z" as "2026-11-27 14:03:12": the column says it is UTC.
std::string readable_time(std::string utc) {
  if (utc.size() == 20 && utc[10] == 'T' && utc[19] == 'Z') {
    utc[10] = ' ';
    utc.pop_back();
  }
  return utc;
}

Line line_of(const store::RunSummary& r) {
  return {std::to_string(r.id),
          r.kind,
          readable_time(r.started_utc),
          r.scenario_name,
          std::to_string(r.replications),
          std::to_string(r.seed),
          fmt::format("{:.2f}", r.wall_seconds),
          fmt::format("{:.3g}", r.agent_months_per_second),
          r.engine_version,
          r.git_commit};
}

std::string format_line(const Line& cells, const std::array<std::size_t, kColumns.size()>& width) {
  std::string text;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    if (c > 0) text += "  ";
    text += kColumns[c].right ? fmt::format("{:>{}}", cells[c], width[c])
                              : fmt::format("{:<{}}", cells[c], width[c]);
  }
  // The last column is left-aligned: no padding at the end of the line.
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text + "\n";
}

const store::StoredTable* table_named(const store::StoredRun& run, const std::string& name) {
  const auto found = std::find_if(run.tables.begin(), run.tables.end(),
                                  [&](const store::StoredTable& t) { return t.name == name; });
  return found == run.tables.end() ? nullptr : &*found;
}

// The summary `run` printed, from the stored tables; empty when the run has no such
// tables (another kind) or they are incomplete.
std::string stored_summary(const store::StoredRun& run) {
  const store::StoredTable* yearly = table_named(run, "yearly");
  const store::StoredTable* jobseekers = table_named(run, "jobseekers");
  const std::optional<YearMonth> start = parse_year_month(run.start_month);
  if (yearly == nullptr || jobseekers == nullptr || !start) return "";
  Scenario scenario;
  scenario.name = run.scenario_name;
  scenario.start = *start;
  scenario.months = run.months;
  try {
    return run_summary(scenario, run.replications, yearly->rows, jobseekers->rows);
  } catch (const std::out_of_range&) {
    return "(the stored tables lack rows of the summary)\n";
  }
}

}  // namespace

std::string runs_table(const std::vector<store::RunSummary>& runs) {
  std::vector<Line> lines;
  Line header;
  for (std::size_t c = 0; c < kColumns.size(); ++c) header[c] = kColumns[c].header;
  lines.push_back(header);
  for (const store::RunSummary& r : runs) lines.push_back(line_of(r));
  std::array<std::size_t, kColumns.size()> width{};
  for (const Line& line : lines) {
    for (std::size_t c = 0; c < line.size(); ++c) width[c] = std::max(width[c], line[c].size());
  }
  std::string text;
  for (const Line& line : lines) text += format_line(line, width);
  return text;
}

std::string run_details(std::int64_t id, const store::StoredRun& run) {
  const double speed =
      run.wall_seconds > 0 ? static_cast<double>(run.agent_months) / run.wall_seconds : 0.0;
  std::string text = fmt::format("run {} ({})\n", id, run.kind);
  const auto fact = [&](std::string_view name, const std::string& value) {
    text += fmt::format("  {:<14}{}\n", name, value);
  };
  fact("scenario", fmt::format("{}, {} (sha256 {})", run.scenario_name, run.scenario_file,
                               run.scenario_sha256));
  fact("parameters", fmt::format("{}, {} (sha256 {})", run.parameters_label, run.parameters_file,
                                 run.parameters_sha256));
  fact("start", fmt::format("{}, {} months", run.start_month, run.months));
  fact("seed", std::to_string(run.seed));
  fact("replications", std::to_string(run.replications));
  fact("threads", std::to_string(run.threads));
  fact("engine", fmt::format("{}, commit {}", run.engine_version, run.git_commit));
  fact("started", run.started_utc);
  fact("finished", run.finished_utc);
  fact("wall time",
       fmt::format("{:.2f} s, {:.3g} agent-months per second", run.wall_seconds, speed));
  std::string tables;
  for (const store::StoredTable& table : run.tables) {
    if (!tables.empty()) tables += ", ";
    tables += fmt::format("{} ({} rows)", table.name, table.rows.size());
  }
  fact("tables", tables.empty() ? "none" : tables);
  const std::string summary = stored_summary(run);
  if (!summary.empty()) text += "\n" + summary;
  return text;
}

}  // namespace groeipad::cli
