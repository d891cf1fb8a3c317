#include "PositionTable.h"

namespace {
/// At most 3/4 full: linear probing stays short, and a million keys take 2^21 slots (16 MB).
size_t capacityFor(qsizetype count)
{
    size_t capacity = 16;
    while (capacity * 3 / 4 < size_t(count) + 1)
        capacity *= 2;
    return capacity;
}
} // namespace

void PositionTable::reserve(qsizetype count)
{
    const size_t capacity = capacityFor(count);
    if (capacity > m_slots.size())
        grow(capacity);
}

void PositionTable::insertUnique(quint32 hash, quint32 position)
{
    Q_ASSERT(position != Empty);
    if ((size_t(m_count) + 1) * 4 > m_slots.size() * 3)
        grow(capacityFor(m_count + 1));
    size_t i = hash & m_mask;
    while (m_slots[i].position != Empty)
        i = (i + 1) & m_mask;
    m_slots[i] = { position, hash };
    ++m_count;
}

void PositionTable::erase(size_t slot)
{
    // Backward-shift deletion: move each follower whose home is not in (slot, next] into the
    // hole, so every key stays reachable from its home without tombstones.
    size_t hole = slot;
    for (size_t next = (hole + 1) & m_mask; m_slots[next].position != Empty;
         next = (next + 1) & m_mask) {
        const size_t home = m_slots[next].hash & m_mask;
        const bool homeBetween =
            hole <= next ? (hole < home && home <= next) : (hole < home || home <= next);
        if (homeBetween)
            continue;
        m_slots[hole] = m_slots[next];
        hole = next;
    }
    m_slots[hole] = Slot();
    --m_count;
}

void PositionTable::grow(size_t capacity)
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(capacity, Slot());
    m_mask = capacity - 1;
    for (const Slot &slot : old) {
        if (slot.position == Empty)
            continue;
        size_t i = slot.hash & m_mask;
        while (m_slots[i].position != Empty)
            i = (i + 1) & m_mask;
        m_slots[i] = slot;
    }
}
