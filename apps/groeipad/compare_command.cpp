#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "commands.hpp"
#include "groeipad/build_info.hpp"
#include "groeipad/io/comparable.hpp"
#include "groeipad/io/scenario_reader.hpp"
#include "groeipad/output/compare_csv.hpp"
#include "groeipad/output/output_directory.hpp"
#include "groeipad/output/sha256.hpp"
#include "groeipad/simulation/simulation.hpp"
#include "groeipad/stats/comparison.hpp"
#include "progress.hpp"
#include "run_options.hpp"
#include "run_record.hpp"

namespace groeipad::cli {
namespace {

// Whole euros with thousands separated by commas ("-1,234,567"), signed when asked.
std::string euros(double value, bool sign) {
  auto whole = static_cast<unsigned long long>(std::llround(std::abs(value)));
  std::string reversed;  // digits from the right, a comma after every third
  int digits = 0;
  do {
    if (digits > 0 && digits % 3 == 0) reversed.push_back(',');
    reversed.push_back(static_cast<char>('0' + whole % 10));
    whole /= 10;
    ++digits;
  } while (whole > 0);
  if (value < 0 && reversed != "0") {
    reversed.push_back('-');
  } else if (sign) {
    reversed.push_back('+');
  }
  return {reversed.rbegin(), reversed.rend()};
}

std::string interval(const Quantiles& q, const char* format) {
  return fmt::format(fmt::runtime(format), q.mean) + " (" +
         fmt::format(fmt::runtime(format), q.p05) + " .. " +
         fmt::format(fmt::runtime(format), q.p95) + ")";
}

std::string euro_interval(const Quantiles& q, bool sign) {
  return euros(q.mean, sign) + " (" + euros(q.p05, sign) + " .. " + euros(q.p95, sign) + ")";
}

std::string effects_summary(const std::string& base_name, const std::string& alt_name,
                            const HorizonEffects& e, int replications) {
  std::string out = fmt::format("{} against {} ({} paired replications; mean, 90 % interval)\n",
                                alt_name, base_name, replications);
  out += fmt::format("  extra VTE-years            {}\n", interval(e.vte_years, "{:+.1f}"));
  out += fmt::format("  extra persons reached      {}\n", interval(e.persons_reached, "{:+.0f}"));
  out += fmt::format("  extra outflow to work      {}\n", interval(e.outflow_to_work, "{:+.0f}"));
  out += fmt::format("  extra cost (euro)          {}\n", euro_interval(e.cost_eur, true));
  if (e.cost_per_work_defined) {
    out +=
        fmt::format("  cost per extra to work     {}\n", euro_interval(e.cost_per_work_eur, false));
  } else {
    out +=
        "  cost per extra to work     not defined: the replications do not agree on more or "
        "fewer\n";
  }
  return out;
}

// The stored form of a compared table: the paired difference's statistics per row (the
// two runs' own means are in compare.csv).
std::vector<SummaryRow> difference_rows(const std::vector<ComparisonRow>& rows) {
  std::vector<SummaryRow> out;
  out.reserve(rows.size());
  for (const ComparisonRow& r : rows) out.push_back({r.period, r.unit, r.metric, r.difference});
  return out;
}

}  // namespace

int compare_command(const CompareArguments& arguments) {
  // Every file is read and checked before anything runs.
  const io::ScenarioInput base_input = io::read_scenario_input(arguments.base);
  const Scenario& base = base_input.scenario;
  std::vector<io::ScenarioInput> alternatives;
  for (const auto& file : arguments.alternatives) {
    alternatives.push_back(io::read_scenario_input(file));
    io::check_comparable(base, file, alternatives.back().scenario);
  }
  const RunOptions options = options_for(base, arguments);
  const std::filesystem::path out =
      arguments.out.value_or(std::filesystem::path("out") / ("compare-" + base.name));
  check_output_location(out);
  std::optional<store::RunStore> run_store = open_run_store(arguments);

  const auto started_utc = std::chrono::system_clock::now();
  const auto started = std::chrono::steady_clock::now();
  ProgressLine progress(!arguments.quiet);
  const std::int64_t runs = static_cast<std::int64_t>(alternatives.size()) + 1;
  std::int64_t finished_runs = 0;
  const auto report = [&](std::int64_t done, std::int64_t total) {
    progress.update(finished_runs * total + done, runs * total);
  };
  const RunResult base_result = run(base, options, report);
  ++finished_runs;
  std::int64_t agent_months = base_result.agent_months;
  std::vector<store::StoredTable> stored;
  output::ComparedTables monthly;
  output::ComparedTables yearly;
  std::string summary;
  for (const io::ScenarioInput& input : alternatives) {
    const Scenario& alt = input.scenario;
    const RunResult alt_result = run(alt, options, report);
    ++finished_runs;
    agent_months += alt_result.agent_months;
    monthly.emplace_back(alt.name,
                         compare_table(base_result.tables, alt_result.tables, Table::monthly));
    yearly.emplace_back(alt.name,
                        compare_table(base_result.tables, alt_result.tables, Table::yearly));
    stored.push_back({"compare_monthly:" + alt.name, difference_rows(monthly.back().second)});
    stored.push_back({"compare_yearly:" + alt.name, difference_rows(yearly.back().second)});
    summary += effects_summary(
        base.name, alt.name, horizon_effects(base_result.tables, alt_result.tables, vte_costs(alt)),
        options.replications);
  }
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  output::OutputDirectory directory(out);
  directory.add("compare.csv", output::compare_csv("month", monthly));
  directory.add("compare_yearly.csv", output::compare_csv("year", yearly));
  directory.commit();

  fmt::print("{}\nresults in {}/ ({:.1f} s)\n", summary, out.string(), wall);

  if (run_store) {
    output::RunFacts facts;
    facts.scenario_file = arguments.base;
    facts.scenario_digest = output::sha256_hex(base_input.scenario_bytes);
    facts.parameters_digest = output::sha256_hex(base_input.parameters_bytes);
    facts.options = options;
    facts.threads_used = base_result.threads;
    facts.engine_version = build_info::version;
    facts.git_commit = build_info::git_commit;
    facts.wall_seconds = wall;
    facts.agent_months = agent_months;
    store::StoredRun record = stored_run(
        base_input, facts, {started_utc, std::chrono::system_clock::now()}, std::move(stored));
    record.kind = "compare";
    const std::int64_t id = run_store->record(record);
    fmt::print("recorded as run {} in {}\n", id, run_store->path().string());
  }
  return 0;
}

}  // namespace groeipad::cli
