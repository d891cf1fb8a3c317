#include "SeenIdSet.h"

#include <QHashFunctions>

#include <utility>

namespace {
/// 0 marks a free slot; a real hash of 0 is stored as this instead.
constexpr std::uint64_t zeroHash = 0x9e3779b97f4a7c15ULL;
} // namespace

std::uint64_t SeenIdSet::hashOf(QStringView id)
{
    // Two independently seeded hashes make 64 bits even where size_t is 32 bits wide.
    const std::uint64_t high = qHash(id, size_t(0x5bd1e995));
    const std::uint64_t low = qHash(id, size_t(0x1b873593));
    const std::uint64_t hash =
        sizeof(size_t) >= 8 ? high ^ (low * 0xff51afd7ed558ccdULL) : (high << 32) ^ low;
    return hash == 0 ? zeroHash : hash;
}

bool SeenIdSet::insert(QStringView id)
{
    if (std::size_t(m_size + 1) * 2 > m_slots.size())
        resize(m_slots.size() == 0 ? 1024 : m_slots.size() * 2);
    const std::uint64_t hash = hashOf(id);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = std::size_t(hash) & mask;; slot = (slot + 1) & mask) {
        if (m_slots[slot] == hash)
            return false;
        if (m_slots[slot] == 0) {
            m_slots[slot] = hash;
            ++m_size;
            return true;
        }
    }
}

void SeenIdSet::place(std::uint64_t hash)
{
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = std::size_t(hash) & mask;
    while (m_slots[slot] != 0)
        slot = (slot + 1) & mask;
    m_slots[slot] = hash;
}

void SeenIdSet::reserve(qint64 ids)
{
    const std::size_t capacity = halfFullCapacity(m_slots.size(), ids, maxReserved);
    if (capacity > m_slots.size())
        resize(capacity);
}

void SeenIdSet::resize(std::size_t capacity)
{
    ZeroedArray<std::uint64_t> old = std::exchange(m_slots, ZeroedArray<std::uint64_t>(capacity));
    for (const std::uint64_t hash : old) {
        if (hash != 0)
            place(hash);
    }
}

void SeenIdSet::clear()
{
    m_slots = {};
    m_size = 0;
}
