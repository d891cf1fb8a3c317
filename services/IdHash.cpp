#include "IdHash.h"

#include <QHashSeed>

#include <cstring>

namespace {
#ifdef __SIZEOF_INT128__
// __extension__: the type is GCC's and Clang's, not ISO C++ (-Wpedantic).
__extension__ using Unsigned128 = unsigned __int128;
#endif

constexpr std::uint64_t secret[4] = { 0xa0761d6478bd642fULL, 0xe7037ed1a0b428dbULL,
                                      0x8ebc6af09c88c6e3ULL, 0x589965cc75374cc3ULL };

/// The 128-bit product of `a` and `b` as its low and high halves.
void multiply(std::uint64_t a, std::uint64_t b, std::uint64_t &low, std::uint64_t &high)
{
#ifdef __SIZEOF_INT128__
    const Unsigned128 product = static_cast<Unsigned128>(a) * b;
    low = std::uint64_t(product);
    high = std::uint64_t(product >> 64);
#else
    const std::uint64_t aHigh = a >> 32, aLow = a & 0xffffffffULL;
    const std::uint64_t bHigh = b >> 32, bLow = b & 0xffffffffULL;
    const std::uint64_t lowLow = aLow * bLow, lowHigh = aLow * bHigh;
    const std::uint64_t highLow = aHigh * bLow, highHigh = aHigh * bHigh;
    const std::uint64_t middle = (lowLow >> 32) + (lowHigh & 0xffffffffULL) + highLow;
    low = (middle << 32) | (lowLow & 0xffffffffULL);
    high = highHigh + (lowHigh >> 32) + (middle >> 32);
#endif
}

/// The product's halves xor-ed: every input bit moves many output bits.
std::uint64_t multiplyFold(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    multiply(a, b, low, high);
    return low ^ high;
}

std::uint64_t read64(const unsigned char *at)
{
    std::uint64_t value;
    std::memcpy(&value, at, sizeof value);
    return value;
}

std::uint64_t read32(const unsigned char *at)
{
    std::uint32_t value;
    std::memcpy(&value, at, sizeof value);
    return value;
}
} // namespace

std::uint64_t IdHash::of(const void *bytes, std::size_t length, std::uint64_t seed)
{
    const auto *at = static_cast<const unsigned char *>(bytes);
    seed ^= multiplyFold(seed ^ secret[0], secret[1]);
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    if (length <= 16) {
        // Overlapping reads cover 4 to 16 bytes without a loop; fewer are read one by one.
        if (length >= 4) {
            const std::size_t quarter = (length >> 3) << 2;
            a = (read32(at) << 32) | read32(at + quarter);
            b = (read32(at + length - 4) << 32) | read32(at + length - 4 - quarter);
        } else if (length > 0) {
            a = (std::uint64_t(at[0]) << 16) | (std::uint64_t(at[length >> 1]) << 8)
                | at[length - 1];
        }
    } else {
        std::size_t left = length;
        if (left > 48) {
            std::uint64_t second = seed;
            std::uint64_t third = seed;
            do {
                seed = multiplyFold(read64(at) ^ secret[1], read64(at + 8) ^ seed);
                second = multiplyFold(read64(at + 16) ^ secret[2], read64(at + 24) ^ second);
                third = multiplyFold(read64(at + 32) ^ secret[3], read64(at + 40) ^ third);
                at += 48;
                left -= 48;
            } while (left > 48);
            seed ^= second ^ third;
        }
        while (left > 16) {
            seed = multiplyFold(read64(at) ^ secret[1], read64(at + 8) ^ seed);
            at += 16;
            left -= 16;
        }
        // The last 16 bytes, overlapping what the loop read when fewer are left.
        a = read64(at + left - 16);
        b = read64(at + left - 8);
    }
    a ^= secret[1];
    b ^= seed;
    multiply(a, b, a, b);
    return multiplyFold(a ^ secret[0] ^ length, b ^ secret[1]);
}

std::uint64_t IdHash::processSeed()
{
    static const std::uint64_t seed = std::uint64_t(QHashSeed::globalSeed());
    return seed;
}
