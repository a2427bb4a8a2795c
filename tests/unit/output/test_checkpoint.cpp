// Checkpoint: a replication saved is loaded back exactly, and only by the run it belongs
// to; a damaged file is not taken; the identity names what differs; one process at a time.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "../../support/temp_dir.hpp"
#include "groeipad/output/checkpoint.hpp"
#include "groeipad/output/output_error.hpp"

namespace groeipad::output {
namespace {

namespace fs = std::filesystem;
using test_support::TempDir;

const RunIdentity kIdentity = {{"scenario_sha256", "abc"}, {"seed", "7"}, {"replications", "4"}};

Trajectory sample(int months, std::int64_t salt) {
  Trajectory t(static_cast<std::size_t>(months) + 1);
  std::int64_t v = salt;
  for (MonthRecord& r : t) {
    for (ProgrammeMonth& p : r.programmes) {
      p.instroom = v++;
      p.personen = -v++;  // any integer, negative ones too
      p.pool = v * 1000003;
    }
    for (GroupMonth& g : r.groups) g.langdurig_2j = v++;
    r.work_total = v++;
    r.agent_months = std::int64_t{1} << 40U;
  }
  return t;
}

bool same(const Trajectory& a, const Trajectory& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t m = 0; m < a.size(); ++m) {
    for (int k = 0; k < kProgrammeCount; ++k) {
      const ProgrammeMonth& x = a[m].programmes[k];
      const ProgrammeMonth& y = b[m].programmes[k];
      if (x.instroom != y.instroom || x.personen != y.personen || x.pool != y.pool) return false;
    }
    for (int g = 0; g < kGroupCount; ++g) {
      if (a[m].groups[g].langdurig_2j != b[m].groups[g].langdurig_2j) return false;
    }
    if (a[m].work_total != b[m].work_total || a[m].agent_months != b[m].agent_months) return false;
  }
  return true;
}

TEST(Checkpoint, IsTheOutputDirectoryWithPartialAppended) {
  EXPECT_EQ(checkpoint_path("out/run"), fs::path("out/run.partial"));
  EXPECT_EQ(checkpoint_path("out/run/"), fs::path("out/run.partial"));
}

TEST(Checkpoint, LoadsBackExactlyWhatWasSaved) {
  const TempDir dir;
  Checkpoint c(dir / "run.partial", kIdentity, 5);
  EXPECT_FALSE(c.exists());
  c.open();
  EXPECT_TRUE(c.exists());
  EXPECT_FALSE(c.load(2).has_value());
  const Trajectory t = sample(5, 3);
  c.save(2, t);
  const auto loaded = c.load(2);
  ASSERT_TRUE(loaded.has_value());
  EXPECT_TRUE(same(*loaded, t));
  EXPECT_FALSE(c.load(1).has_value());
}

TEST(Checkpoint, TakesNoFileOfAnotherRunLengthOrNumber) {
  const TempDir dir;
  {
    Checkpoint c(dir / "run.partial", kIdentity, 5);
    c.open();
    c.save(0, sample(5, 1));
  }
  const RunIdentity other = {{"scenario_sha256", "abc"}, {"seed", "8"}, {"replications", "4"}};
  Checkpoint other_seed(dir / "run.partial", other, 5);
  EXPECT_EQ(other_seed.difference(), "seed: 7 there, 8 here");
  Checkpoint same_run(dir / "run.partial", kIdentity, 5);
  EXPECT_EQ(same_run.difference(), "");
  // A file renamed to another replication's name is not that replication.
  fs::rename(dir / "run.partial" / "replication-000000.txt",
             dir / "run.partial" / "replication-000001.txt");
  same_run.open();
  EXPECT_FALSE(same_run.load(1).has_value());
  Checkpoint longer(dir / "run.partial", kIdentity, 6);
  EXPECT_FALSE(longer.load(0).has_value());
}

TEST(Checkpoint, TakesNoDamagedFile) {
  const TempDir dir;
  Checkpoint c(dir / "run.partial", kIdentity, 3);
  c.open();
  c.save(0, sample(3, 5));
  const fs::path file = dir / "run.partial" / "replication-000000.txt";
  std::ostringstream text;
  text << std::ifstream(file).rdbuf();
  const std::string original = text.str();
  std::string damaged = original;
  const std::size_t digit = damaged.find_first_of("0123456789", damaged.find("months"));
  damaged[digit + 12] = damaged[digit + 12] == '5' ? '6' : '5';
  std::ofstream(file, std::ios::binary) << damaged;
  EXPECT_FALSE(c.load(0).has_value());
  std::ofstream(file, std::ios::binary)
      .write(original.data(), static_cast<std::streamsize>(original.size() / 2));
  EXPECT_FALSE(c.load(0).has_value());
}

TEST(Checkpoint, OneProcessAtATimeAndTemporariesOfKilledOnesCleared) {
  const TempDir dir;
  Checkpoint first(dir / "run.partial", kIdentity, 3);
  first.open();
  std::ofstream(dir / "run.partial" / ".replication-000001.txt.tmp-99999") << "half";
  Checkpoint second(dir / "run.partial", kIdentity, 3);
  EXPECT_THROW(second.open(), OutputError);
  first.remove();
  EXPECT_FALSE(fs::exists(dir / "run.partial"));
  std::error_code ignored;
  fs::create_directories(dir / "again.partial", ignored);
  std::ofstream(dir / "again.partial" / ".replication-000001.txt.tmp-99999") << "half";
  Checkpoint third(dir / "again.partial", kIdentity, 3);
  third.open();
  EXPECT_FALSE(fs::exists(dir / "again.partial" / ".replication-000001.txt.tmp-99999"));
}

}  // namespace
}  // namespace groeipad::output
