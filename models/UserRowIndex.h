#pragma once

#include "UserRows.h"
#include "ZeroedArrayMaker.h"

#include <QByteArrayView>
#include <QStringView>

#include <cstdint>

/// Finds the row of a loaded user by id in O(1), in 16 bytes per row at most: an open-addressing
/// table of row numbers with their ids' hashes, probed by the hash and confirmed against the
/// row's own id. A QHash<QString, int> costs about 40 bytes per row for the same answer (a node,
/// the QString header, the bucket), 40 MB at a million users.
///
/// The hash is kept beside the row so that growing the table never reads the rows: rehashing
/// half a million ids from the rows themselves (two cache misses each) stalled a Load all of a
/// million users for ~80 ms.
///
/// The rows are the caller's (UserTableModel's UserRows); the index only stores their numbers, so
/// it must be told of every row appended (insert()) and of a reset (clear()). Rows are never
/// removed one by one, and a row's id never changes (updateUser() keeps it).
class UserRowIndex
{
public:
    /// The row of the user with this id in `users`, or -1.
    int find(QStringView id, const UserRows &users) const;
    /// Records that `users[row]` has its id; the id must not be indexed yet.
    void insert(int row, const UserRows &users);
    /// Makes room for `rows` ids (at most maxReserved) while the table is small: growing later
    /// rehashes every id at once (45 ms at half a million in a Load all).
    ///
    /// A big table (bigZeroedArrayBytes or more) is allocated and faulted in on a thread of its own
    /// and taken over by a later reserve() or insert() once it is there; until then the table
    /// grows as rows come. Faulting in the 16 MiB for a million rows on the window's thread
    /// stalled the first page of a Load all for 54 to 60 ms on a loaded VM (issue 11).
    void reserve(qint64 rows);
    /// Forgets every row. Waits for a table still being made (a few ms at most).
    void clear();
    /// Slots of the table in use now (twice the rows it has room for): for tests.
    std::size_t capacity() const { return m_slots.size(); }

    /// A total a server announces is no promise: reserve() takes at most this many rows.
    static constexpr qint64 maxReserved = qint64(1) << 22;

private:
    /// Of the id's UTF-8 bytes, as the rows keep it.
    static std::size_t hashOf(QByteArrayView id);
    static QByteArrayView idOf(int row, const UserRows &users)
    {
        const QUtf8StringView id = users.searchText(row, UserRows::Text::Id);
        return QByteArrayView(id.data(), id.size());
    }

    struct Slot
    {
        /// row + 1; 0 marks a free slot (all zero bytes, as ZeroedArray gives them).
        std::uint32_t entry;
        /// The low 32 bits of the id's hash.
        std::uint32_t hash;
    };
    /// Puts `slot` into the first free place from its hash on.
    void place(Slot slot, std::size_t hash);
    void resize(std::size_t capacity);
    /// Makes `table` (empty, bigger) the table, with every row placed in it.
    void moveInto(ZeroedArray<Slot> table);
    /// Moves the rows into the table made on another thread, once it is there and bigger.
    void adoptReadyTable();

    /// The bigger table reserve() has asked for.
    ZeroedArrayMaker<Slot> m_bigger;

    /// Kept at most half full, so probes stay short; a power of two in size.
    ZeroedArray<Slot> m_slots;
    int m_size = 0;
};
