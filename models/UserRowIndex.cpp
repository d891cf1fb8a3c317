#include "UserRowIndex.h"

#include <QHashFunctions>

std::size_t UserRowIndex::hashOf(QByteArrayView id)
{
    return qHash(id, std::size_t(0x9e3779b9));
}

int UserRowIndex::find(QStringView id, const UserRows &users) const
{
    if (m_slots.empty())
        return -1;
    const QByteArray utf8 = id.toUtf8();
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = hashOf(utf8) & mask;; slot = (slot + 1) & mask) {
        const std::uint32_t entry = m_slots[slot];
        if (entry == 0)
            return -1;
        // Equal hashes are not enough: the row's own id has the last word.
        if (idOf(int(entry - 1), users) == QByteArrayView(utf8))
            return int(entry - 1);
    }
}

void UserRowIndex::insert(int row, const UserRows &users)
{
    if (std::size_t(m_size + 1) * 2 > m_slots.size())
        grow(users);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = hashOf(idOf(row, users)) & mask;
    while (m_slots[slot] != 0)
        slot = (slot + 1) & mask;
    m_slots[slot] = std::uint32_t(row) + 1;
    ++m_size;
}

void UserRowIndex::grow(const UserRows &users)
{
    std::vector<std::uint32_t> old;
    old.swap(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
    const std::size_t mask = m_slots.size() - 1;
    for (const std::uint32_t entry : old) {
        if (entry == 0)
            continue;
        std::size_t slot = hashOf(idOf(int(entry - 1), users)) & mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = entry;
    }
}

void UserRowIndex::clear()
{
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_size = 0;
}
