#pragma once

#include "ZeroedArrayMaker.h"

#include <QStringView>

#include <cstdint>

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
    /// Makes room for `ids` (at most maxReserved): growing later rehashes every hash at once,
    /// into a table twice the size, in the middle of a listing. A big table is made on a thread
    /// of its own (ZeroedArrayMaker) and taken over when the table next has to grow; until
    /// then the table grows as ids come.
    void reserve(qint64 ids);
    /// Forgets every id. Waits for a table still being made.
    void clear();
    /// Slots of the table in use now: for tests.
    std::size_t capacity() const { return m_slots.size(); }

    /// A total a server announces is no promise: reserve() takes at most this many ids.
    static constexpr qint64 maxReserved = qint64(1) << 22;

private:
    /// Makes `table` (empty, bigger) the table, with every hash placed in it.
    void moveInto(ZeroedArray<std::uint64_t> table);
    /// Puts `hash` into the first free slot from its place on.
    void place(std::uint64_t hash);
    static std::uint64_t hashOf(QStringView id);

    /// The bigger table reserve() has asked for.
    ZeroedArrayMaker<std::uint64_t> m_bigger;
    /// Kept at most half full, so probes stay short; a power of two in size.
    ZeroedArray<std::uint64_t> m_slots;
    qint64 m_size = 0;
};
