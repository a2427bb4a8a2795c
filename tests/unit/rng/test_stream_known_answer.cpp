// The first blocks of the named streams for a fixed seed, stored: they were computed with
// Random123's philox4x32 from the counter and key layout stream.hpp documents, so a change
// to that layout (which would change every result of every scenario) fails here first.
// Each block is checked through draw() and through both batch kernels, as the monthly
// phases draw it.

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>

#include "groeipad/rng/philox.hpp"
#include "groeipad/rng/stream.hpp"

namespace groeipad::rng {
namespace {

// A seed with a high word, so that both halves are placed.
constexpr std::uint64_t kSeed = 20111025ULL | (7ULL << 32U);

struct StreamAnswer {
  std::uint32_t index;
  std::uint16_t origin;
  Stream stream;
  std::uint32_t month;
  std::uint32_t replication;
  Block expected;
};

const StreamAnswer kAnswers[] = {
    {0, 0, Stream::monthly, 0, 0, {0xd89df2b3, 0x5aef4522, 0xe3e6923d, 0xeb822a66}},
    {1, 0, Stream::monthly, 0, 0, {0x38f9fdcb, 0xe295ff9d, 0x8279676c, 0xce674554}},
    {0, 0, Stream::monthly, 1, 0, {0x8044d724, 0x5847ca2e, 0x0d21960f, 0x39c9c431}},
    {0, 0, Stream::entry, 0, 0, {0x22c10b9a, 0xa589da47, 0x5d04c3b7, 0x3ec0784c}},
    {5, 3, Stream::registration, 3, 0, {0x128c28f8, 0xc054c5a6, 0xd9294569, 0x1a6c6952}},
    {0, 0, Stream::synthesis, 0, 0, {0x3ab529ac, 0xfc91d9b5, 0x153f591c, 0xa72df923}},
    {0, 0, Stream::start_programme, 0, 0, {0x7a213094, 0x1c0aec4c, 0x94500e88, 0xa1283416}},
    {0, 0, Stream::monthly, 0, 1, {0x13d7f2f5, 0x4e7c3856, 0x276dc3ca, 0x21a355f3}},
    {182509, 0, Stream::monthly, 119, 19, {0xc699a811, 0x655d6bd0, 0x1c9e0217, 0x05def934}},
};

TEST(StreamKnownAnswer, Draw) {
  for (const StreamAnswer& a : kAnswers) {
    EXPECT_EQ(draw(make_key(kSeed, a.replication), kSeed, a.index, a.origin, a.stream, a.month),
              a.expected)
        << "person " << a.index << ", stream " << static_cast<int>(a.stream);
  }
}

// Copies of each counter through every kernel: 25 copies reach the AVX-512 step (16), the
// AVX2 step (8) and the scalar tail (1).
TEST(StreamKnownAnswer, BatchKernels) {
  const Kernel kernels[] = {Kernel::scalar, Kernel::avx2, Kernel::avx512};
  for (const Kernel kernel : kernels) {
    for (const StreamAnswer& a : kAnswers) {
      constexpr std::size_t kCopies = 25;
      std::uint32_t c0[kCopies];
      std::uint32_t c1[kCopies];
      std::uint32_t out[4][kCopies];
      for (std::size_t i = 0; i < kCopies; ++i) {
        c0[i] = a.index;
        c1[i] = stream_word(a.origin, a.stream);
      }
      philox_batch(kCopies, c0, c1, a.month, static_cast<std::uint32_t>(kSeed >> 32U),
                   make_key(kSeed, a.replication), out[0], out[1], out[2], out[3], kernel);
      for (std::size_t i = 0; i < kCopies; ++i) {
        EXPECT_EQ((Block{out[0][i], out[1][i], out[2][i], out[3][i]}), a.expected)
            << "person " << a.index << ", copy " << i;
      }
    }
  }
}

}  // namespace
}  // namespace groeipad::rng
