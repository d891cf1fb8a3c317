#pragma once

#include "UserRows.h"

#include <QByteArrayView>
#include <QStringView>

#include <cstdint>
#include <vector>

/// Finds the row of a loaded user by id in O(1), in 8 bytes per row at most: an open-addressing
/// table of row numbers, probed by the id's hash and confirmed against the row's own id. A
/// QHash<QString, int> costs about 40 bytes per row for the same answer (a node, the QString
/// header, the bucket), 40 MB at a million users.
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
    void clear();

private:
    void grow(const UserRows &users);
    /// Of the id's UTF-8 bytes, as the rows keep it.
    static std::size_t hashOf(QByteArrayView id);
    static QByteArrayView idOf(int row, const UserRows &users)
    {
        const QUtf8StringView id = users.searchText(row, UserRows::Text::Id);
        return QByteArrayView(id.data(), id.size());
    }

    /// row + 1 per slot; 0 marks a free slot. Kept at most half full, so probes stay short.
    std::vector<std::uint32_t> m_slots;
    int m_size = 0;
};
