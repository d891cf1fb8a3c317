#pragma once

#include "MockUser.h"

#include <QHash>
#include <QList>
#include <QReadLocker>
#include <QReadWriteLock>
#include <QWriteLocker>

#include <functional>
#include <optional>

/// A thread-safe in-memory user store with O(1) lookup by id and by email.
/// Reads take a shared lock; `modify` runs a caller's check-and-update atomically.
class UserDirectory
{
public:
    using Predicate = std::function<bool(const MockUser &)>;

    UserDirectory(QList<MockOrg> orgs, QList<MockUser> users);

    const QList<MockOrg> &orgs() const { return m_orgs; }
    std::optional<MockOrg> org(const QString &id) const;

    int size() const;
    std::optional<MockUser> find(const QString &id) const;
    /// Users [offset, offset + limit) of those accepted by `filter` (all when null), in seed
    /// order; `total` receives the number accepted. Unfiltered pages cost O(limit).
    QList<MockUser> page(qsizetype offset, qsizetype limit, const Predicate &filter = {},
                         qsizetype *total = nullptr) const;
    QList<QString> ids(const Predicate &filter = {}) const;
    /// Calls `visit(user)` for every user in seed order under the read lock, without the
    /// copies page() makes: for building indexes of big directories.
    template<typename Visit>
    void forEach(Visit &&visit) const
    {
        QReadLocker locker(&m_lock);
        for (const MockUser &user : m_users)
            visit(user);
    }

    /// Runs `fn(user)` under the write lock (`user` is null for an unknown id) and keeps the
    /// email index in step with whatever `fn` changed. Inside `fn` use `emailOwnerLocked`.
    template<typename Fn>
    auto modify(const QString &id, Fn &&fn)
    {
        QWriteLocker locker(&m_lock);
        const auto found = m_byId.constFind(id);
        MockUser *user = found == m_byId.cend() ? nullptr : &m_users[*found];
        const QString before = user ? user->email : QString();
        auto result = fn(user);
        if (user && user->email != before)
            reindexEmail(before, *found);
        return result;
    }

    /// Id of the user who has `email` (case-insensitive), or empty. Caller holds the lock.
    QString emailOwnerLocked(const QString &email) const;
    QString emailOwner(const QString &email) const;

private:
    void reindexEmail(const QString &before, qsizetype position);

    const QList<MockOrg> m_orgs;
    mutable QReadWriteLock m_lock;
    QList<MockUser> m_users;
    QHash<QString, qsizetype> m_byId;
    /// Lower-case email -> position in m_users: a position is a third of a QString's size,
    /// which counts with a million users per directory.
    QHash<QString, qsizetype> m_emailOwner;
};
