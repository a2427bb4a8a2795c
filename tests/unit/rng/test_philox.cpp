// Philox4x32-10: Random123's known answers, for the single block and for every batch
// kernel, and the kernels against each other. A kernel the processor lacks runs as the
// scalar one (philox_batch's fallback), so these tests pass there too but check less.

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "groeipad/rng/philox.hpp"

namespace groeipad::rng {
namespace {

struct KnownAnswer {
  Block counter;
  Key key;
  Block expected;
};

// philox4x32_10 lines of Random123's kat_vectors.
const KnownAnswer kKnownAnswers[] = {
    {{0x00000000, 0x00000000, 0x00000000, 0x00000000},
     {0x00000000, 0x00000000},
     {0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8}},
    {{0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff},
     {0xffffffff, 0xffffffff},
     {0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd}},
    {{0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344},
     {0xa4093822, 0x299f31d0},
     {0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1}},
};

const Kernel kKernels[] = {Kernel::scalar, Kernel::avx2, Kernel::avx512};

// Random 32-bit words from a fixed seed (mt19937's result_type is wider than 32 bits).
class Words {
 public:
  explicit Words(std::uint32_t seed) : gen_(seed) {}
  std::uint32_t operator()() { return static_cast<std::uint32_t>(gen_()); }

 private:
  std::mt19937 gen_;
};

const char* name(Kernel kernel) {
  switch (kernel) {
    case Kernel::scalar:
      return "scalar";
    case Kernel::avx2:
      return "avx2";
    case Kernel::avx512:
      return "avx512";
  }
  return "?";
}

// Counters and blocks of one batch call, as four output columns.
struct Batch {
  explicit Batch(std::size_t n) : c0(n), c1(n) {
    for (auto& column : out) column.resize(n);
  }

  void run(std::uint32_t c2, std::uint32_t c3, const Key& key, Kernel kernel) {
    philox_batch(c0.size(), c0.data(), c1.data(), c2, c3, key, out[0].data(), out[1].data(),
                 out[2].data(), out[3].data(), kernel);
  }

  Block block(std::size_t i) const { return Block{out[0][i], out[1][i], out[2][i], out[3][i]}; }

  std::vector<std::uint32_t> c0;
  std::vector<std::uint32_t> c1;
  std::vector<std::uint32_t> out[4];
};

TEST(PhiloxKnownAnswer, SingleBlock) {
  for (const KnownAnswer& kat : kKnownAnswers) {
    EXPECT_EQ(philox(kat.counter, kat.key), kat.expected);
  }
}

// Each known-answer counter at the edges and inside of the wide kernels' steps and in the
// tails they leave to narrower ones: 59 = 32 + 16 (AVX-512) + 8 (AVX2) + 3 (scalar), and
// for AVX2 alone 59 = 3 * 16 + 8 + 3.
TEST(PhiloxKnownAnswer, Batch) {
  constexpr std::size_t kSize = 59;
  const std::size_t positions[] = {0,  3,  7,  8,  12, 15, 16, 21, 23, 24, 26,
                                   31, 32, 40, 47, 48, 51, 55, 56, 57, 58};
  for (const Kernel kernel : kKernels) {
    SCOPED_TRACE(name(kernel));
    for (const KnownAnswer& kat : kKnownAnswers) {
      Batch batch(kSize);
      for (std::size_t i = 0; i < kSize; ++i) {
        batch.c0[i] = static_cast<std::uint32_t>(i) * 0x01000193U;
        batch.c1[i] = ~static_cast<std::uint32_t>(i);
      }
      for (const std::size_t i : positions) {
        batch.c0[i] = kat.counter[0];
        batch.c1[i] = kat.counter[1];
      }
      batch.run(kat.counter[2], kat.counter[3], kat.key, kernel);
      for (const std::size_t i : positions) {
        EXPECT_EQ(batch.block(i), kat.expected) << "position " << i;
      }
    }
  }
}

// The batch agrees with single blocks at every position, for random counters and key.
TEST(PhiloxKernels, ScalarBatchMatchesSingleBlocks) {
  Words gen(20240101);
  Batch batch(1000);
  for (std::size_t i = 0; i < batch.c0.size(); ++i) {
    batch.c0[i] = gen();
    batch.c1[i] = gen();
  }
  const std::uint32_t c2 = gen();
  const std::uint32_t c3 = gen();
  const Key key{gen(), gen()};
  batch.run(c2, c3, key, Kernel::scalar);
  for (std::size_t i = 0; i < batch.c0.size(); ++i) {
    ASSERT_EQ(batch.block(i), philox(Block{batch.c0[i], batch.c1[i], c2, c3}, key)) << i;
  }
}

// Each wide kernel against the scalar one, at sizes around its steps and tails.
class PhiloxWideKernel : public testing::TestWithParam<Kernel> {};

TEST_P(PhiloxWideKernel, MatchesScalar) {
  const Kernel kernel = GetParam();
  if (!supported(kernel)) GTEST_SKIP() << "this processor has no " << name(kernel);
  const std::size_t sizes[] = {0, 1, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 47, 48, 1000, 4097};
  Words gen(7);
  for (const std::size_t n : sizes) {
    for (int trial = 0; trial < 4; ++trial) {
      SCOPED_TRACE(testing::Message() << "n = " << n << ", trial " << trial);
      Batch scalar(n);
      for (std::size_t i = 0; i < n; ++i) {
        scalar.c0[i] = gen();
        scalar.c1[i] = gen();
      }
      Batch wide = scalar;
      const std::uint32_t c2 = gen();
      const std::uint32_t c3 = gen();
      const Key key{gen(), gen()};
      scalar.run(c2, c3, key, Kernel::scalar);
      wide.run(c2, c3, key, kernel);
      for (int j = 0; j < 4; ++j) ASSERT_EQ(wide.out[j], scalar.out[j]) << "word " << j;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Kernels, PhiloxWideKernel, testing::Values(Kernel::avx2, Kernel::avx512),
                         [](const testing::TestParamInfo<Kernel>& kernel) {
                           return std::string(name(kernel.param));
                         });

// The best kernel is one the processor runs, and the widest it has.
TEST(PhiloxKernels, BestIsTheWidestSupported) {
  EXPECT_TRUE(supported(Kernel::scalar));
  EXPECT_TRUE(supported(best_kernel()));
  if (supported(Kernel::avx512)) {
    EXPECT_EQ(best_kernel(), Kernel::avx512);
    EXPECT_TRUE(supported(Kernel::avx2));  // the AVX-512 kernel leaves its tail to AVX2
  } else if (supported(Kernel::avx2)) {
    EXPECT_EQ(best_kernel(), Kernel::avx2);
  } else {
    EXPECT_EQ(best_kernel(), Kernel::scalar);
  }
}

// Arrays at any offset from a 32-byte boundary, and no write past the last counter.
TEST(PhiloxKernels, UnalignedArraysAndExactWrites) {
  constexpr std::size_t kSize = 61;  // 32 + 16 + 8 + 5: every kernel step and the tail
  constexpr std::uint32_t kGuard = 0xdeadbeef;
  const Key key{0x12345678, 0x9abcdef0};
  for (const Kernel kernel : kKernels) {
    for (std::size_t offset = 0; offset < 16; ++offset) {
      SCOPED_TRACE(testing::Message() << name(kernel) << ", offset " << offset);
      std::vector<std::uint32_t> c0(offset + kSize);
      std::vector<std::uint32_t> c1(offset + kSize);
      std::vector<std::uint32_t> out[4];
      for (auto& column : out) column.assign(offset + kSize + 1, kGuard);
      for (std::size_t i = 0; i < kSize; ++i) {
        c0[offset + i] = static_cast<std::uint32_t>(i);
        c1[offset + i] = static_cast<std::uint32_t>(3 * i + 1);
      }
      philox_batch(kSize, c0.data() + offset, c1.data() + offset, 5, 6, key, out[0].data() + offset,
                   out[1].data() + offset, out[2].data() + offset, out[3].data() + offset, kernel);
      for (std::size_t i = 0; i < kSize; ++i) {
        const Block expected = philox(Block{c0[offset + i], c1[offset + i], 5, 6}, key);
        for (std::size_t j = 0; j < 4; ++j) ASSERT_EQ(out[j][offset + i], expected[j]) << i;
      }
      for (const auto& column : out) {
        for (std::size_t i = 0; i < offset; ++i) EXPECT_EQ(column[i], kGuard);
        EXPECT_EQ(column[offset + kSize], kGuard);
      }
    }
  }
}

}  // namespace
}  // namespace groeipad::rng
