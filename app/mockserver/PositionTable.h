#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

/// A hash index from keys to positions in a user directory that does not store its keys:
/// each slot holds a position and the key's 32-bit hash, 8 bytes, where a
/// QHash<QString, qsizetype> node costs ~60 with its string. Callers pass the key's hash and
/// a `matches(position)` predicate that compares the key with the one the position has now
/// (by building it from the directory), which runs only when the stored hash is equal.
/// Open addressing with linear probing; removal shifts the followers back, so there are no
/// tombstones and lookups stay short after many changes. Not thread-safe: the owner locks.
class PositionTable
{
public:
    /// Room for `count` keys without growing.
    void reserve(qsizetype count);
    qsizetype size() const { return m_count; }

    template<typename Matches>
    std::optional<quint32> find(quint32 hash, Matches &&matches) const
    {
        const std::optional<size_t> slot = slotOf(hash, matches);
        return slot ? std::optional<quint32>(m_slots[*slot].position) : std::nullopt;
    }

    /// Adds a key the caller knows is not in the table yet (building from unique keys).
    void insertUnique(quint32 hash, quint32 position);

    /// Maps the key to `position`, replacing the position it had, like QHash::insert.
    template<typename Matches>
    void assign(quint32 hash, quint32 position, Matches &&matches)
    {
        if (const std::optional<size_t> slot = slotOf(hash, matches)) {
            m_slots[*slot].position = position;
            return;
        }
        insertUnique(hash, position);
    }

    /// Removes the key if it maps to `position` (any position when nullopt).
    template<typename Matches>
    bool remove(quint32 hash, Matches &&matches, std::optional<quint32> position = std::nullopt)
    {
        const std::optional<size_t> slot = slotOf(hash, matches);
        if (!slot || (position && m_slots[*slot].position != *position))
            return false;
        erase(*slot);
        return true;
    }

private:
    static constexpr quint32 Empty = 0xFFFFFFFFU;
    struct Slot
    {
        quint32 position = Empty;
        quint32 hash = 0;
    };

    template<typename Matches>
    std::optional<size_t> slotOf(quint32 hash, Matches &&matches) const
    {
        if (m_slots.empty())
            return std::nullopt;
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.position == Empty)
                return std::nullopt;
            if (slot.hash == hash && matches(slot.position))
                return i;
        }
    }
    void erase(size_t slot);
    void grow(size_t capacity);

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    qsizetype m_count = 0;
};
