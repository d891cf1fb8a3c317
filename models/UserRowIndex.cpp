#include "UserRowIndex.h"

#include "IdHash.h"

#include <algorithm>
#include <utility>

std::size_t UserRowIndex::hashOf(QByteArrayView id)
{
    return std::size_t(IdHash::of(id));
}

int UserRowIndex::find(QStringView id, const UserRows &users) const
{
    if (m_slots.size() == 0)
        return -1;
    const QByteArray utf8 = id.toUtf8();
    const std::size_t hash = hashOf(utf8);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
        const Slot &slot = m_slots[at];
        if (slot.entry == 0)
            return -1;
        // Equal hashes are not enough: the row's own id has the last word.
        if (slot.hash == std::uint32_t(hash)
            && idOf(int(slot.entry - 1), users) == QByteArrayView(utf8))
            return int(slot.entry - 1);
    }
}

void UserRowIndex::insert(int row, const UserRows &users)
{
    if (std::size_t(m_size + 1) * 2 > m_slots.size()) {
        adoptReadyTable();
        if (std::size_t(m_size + 1) * 2 > m_slots.size())
            resize(m_slots.size() == 0 ? 1024 : m_slots.size() * 2);
    }
    const std::size_t hash = hashOf(idOf(row, users));
    place({ std::uint32_t(row) + 1, std::uint32_t(hash) }, hash);
    ++m_size;
}

void UserRowIndex::place(Slot slot, std::size_t hash)
{
    const std::size_t mask = m_slots.size() - 1;
    std::size_t at = hash & mask;
    while (m_slots[at].entry != 0)
        at = (at + 1) & mask;
    m_slots[at] = slot;
}

void UserRowIndex::reserve(qint64 rows)
{
    adoptReadyTable();
    const std::size_t capacity = halfFullCapacity(m_slots.size(), rows, maxReserved);
    if (capacity <= std::max(m_slots.size(), m_bigger.size()))
        return;
    if (capacity * sizeof(Slot) < bigZeroedArrayBytes)
        resize(capacity);
    else
        m_bigger.start(capacity);
}

void UserRowIndex::adoptReadyTable()
{
    ZeroedArray<Slot> bigger = m_bigger.take();
    if (bigger.size() > m_slots.size())
        moveInto(std::move(bigger));
}

void UserRowIndex::resize(std::size_t capacity)
{
    moveInto(ZeroedArray<Slot>(capacity));
}

void UserRowIndex::moveInto(ZeroedArray<Slot> table)
{
    const ZeroedArray<Slot> old = std::exchange(m_slots, std::move(table));
    // The table never exceeds 2^32 slots, so the kept low 32 bits of a hash place it as the
    // whole hash would.
    for (const Slot &slot : old) {
        if (slot.entry != 0)
            place(slot, slot.hash);
    }
}

void UserRowIndex::clear()
{
    m_bigger.reset();
    m_slots = {};
    m_size = 0;
}
