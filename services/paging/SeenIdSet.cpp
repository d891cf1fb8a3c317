#include "SeenIdSet.h"

#include "IdHash.h"

#include <algorithm>
#include <utility>

namespace {
/// 0 marks a free slot; a real hash of 0 is stored as this instead.
constexpr std::uint64_t zeroHash = 0x9e3779b97f4a7c15ULL;
} // namespace

std::uint64_t SeenIdSet::hashOf(QStringView id)
{
    const std::uint64_t hash = IdHash::of(id);
    return hash == 0 ? zeroHash : hash;
}

bool SeenIdSet::insert(QStringView id)
{
    if (std::size_t(m_size + 1) * 2 > m_slots.size()) {
        ZeroedArray<std::uint64_t> bigger = m_bigger.take();
        if (bigger.size() > m_slots.size())
            moveInto(std::move(bigger));
        else
            moveInto(ZeroedArray<std::uint64_t>(m_slots.size() == 0 ? 1024 : m_slots.size() * 2));
    }
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
    if (capacity <= std::max(m_slots.size(), m_bigger.size()))
        return;
    if (capacity * sizeof(std::uint64_t) < bigZeroedArrayBytes)
        moveInto(ZeroedArray<std::uint64_t>(capacity));
    else
        m_bigger.start(capacity);
}

void SeenIdSet::moveInto(ZeroedArray<std::uint64_t> table)
{
    const ZeroedArray<std::uint64_t> old = std::exchange(m_slots, std::move(table));
    for (const std::uint64_t hash : old) {
        if (hash != 0)
            place(hash);
    }
}

void SeenIdSet::clear()
{
    m_bigger.reset();
    m_slots = {};
    m_size = 0;
}
