#pragma once

#include "PositionTable.h"

#include <QString>

#include <optional>

class UserDirectory;

/// Acronis logins are unique case-insensitively: this finds the user of a login in a
/// directory of a million without a QString per user (a PositionTable keyed by the lower-case
/// login each position has now, compared by reading the directory).
/// Not thread-safe: AcronisDirectory calls it under its mutex, which every change of the
/// directory also holds, so reading the directory's *Locked accessors is safe.
class AcronisLoginIndex
{
public:
    /// Indexes the seeded logins of `users` (unique and lower-case by construction).
    explicit AcronisLoginIndex(const UserDirectory &users);

    std::optional<int> owner(const QString &login) const;
    /// Logins indexed: one per user, however often they were renamed.
    qsizetype size() const { return m_table.size(); }
    /// Call while the user at `position` still has `login` stored (inside modify()).
    void remove(const QString &login);
    /// Call once the user at `position` has `login` stored (after modify()).
    void add(const QString &login, int position);

private:
    const UserDirectory &m_users;
    PositionTable m_table;
};
