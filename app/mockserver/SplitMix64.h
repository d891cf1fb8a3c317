#pragma once

#include <QtGlobal>

/// A tiny, fully specified pseudo-random generator. Unlike std::uniform_*_distribution its
/// output is identical on every standard library, so the same seed gives the same directory.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, bound); the modulo bias is negligible for the small bounds used here.
    int below(int bound) { return int(next() % quint64(bound)); }
    /// True with probability percent/100.
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};
