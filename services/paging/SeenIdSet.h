#pragma once

#include <QStringView>

#include <cstdint>
#include <vector>

/// The ids a listing has delivered, in 8 bytes per id: an open-addressing table of 64-bit
/// hashes, so that a listing of 1,000,000 users can tell a repeated id without keeping the ids
/// themselves. Two different ids share a hash with a chance of about n²/2⁶⁵ (3·10⁻⁸ at a
/// million); the cost of such a collision is one user reported as a repeat, never a crash.
class SeenIdSet
{
public:
    /// Adds `id`; false when it was there already.
    bool insert(QStringView id);
    qint64 size() const { return m_size; }
    void clear();

private:
    void grow();
    static std::uint64_t hashOf(QStringView id);

    std::vector<std::uint64_t> m_slots;
    qint64 m_size = 0;
};
