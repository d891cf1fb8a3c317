#pragma once

#include "MockUser.h"
#include "PersonRecord.h"
#include "PositionTable.h"

#include <QHash>
#include <QList>
#include <QReadLocker>
#include <QReadWriteLock>
#include <QWriteLocker>

#include <functional>
#include <optional>

/// A thread-safe in-memory user store with O(1) lookup by id and by email.
/// Reads take a shared lock; `modify` runs a caller's check-and-update atomically.
///
/// Seeded users are kept as 20-byte PersonRecords and built into a MockUser when asked for;
/// a user changed through modify() is kept whole in an overrides table that every read checks
/// first. The id and email indexes are PositionTables (8 bytes a slot), and ids that are a
/// function of the position need no table at all (`indexOf`). A million users take ~40 MB
/// instead of ~650 MB.
class UserDirectory
{
public:
    using Predicate = std::function<bool(const MockUser &)>;
    using IdFor = std::function<QString(int position)>;
    /// A candidate position for an id, checked against IdFor before it is believed, so it
    /// may simply parse (e.g. "100007" -> 7). Null when ids are not computable: then a table.
    using IndexOf = std::function<std::optional<qint64>(const QString &id)>;

    UserDirectory(QList<MockOrg> orgs, QList<PersonRecord> people, IdFor idFor,
                  IndexOf indexOf = {});

    const QList<MockOrg> &orgs() const { return m_orgs; }
    std::optional<MockOrg> org(const QString &id) const;

    int size() const;
    std::optional<MockUser> find(const QString &id) const;
    /// The user at a position (0 <= position < size()), as it is now.
    MockUser at(int position) const;
    /// The position of the user with this id, if there is one.
    std::optional<int> position(const QString &id) const;
    /// Users [offset, offset + limit) of those accepted by `filter` (all when null), in seed
    /// order; `total` receives the number accepted. Unfiltered pages cost O(limit).
    QList<MockUser> page(qsizetype offset, qsizetype limit, const Predicate &filter = {},
                         qsizetype *total = nullptr) const;
    QList<QString> ids(const Predicate &filter = {}) const;
    /// Calls `visit(user)` for every user in seed order under the read lock.
    template<typename Visit>
    void forEach(Visit &&visit) const
    {
        QReadLocker locker(&m_lock);
        for (int i = 0; i < int(m_people.size()); ++i)
            visit(atLocked(i));
    }
    /// Calls `visit(position, record)` for every seeded record: what the generator drew, not
    /// what was changed since. For building the indexes of big directories at start-up
    /// without building a MockUser per user.
    template<typename Visit>
    void forEachSeeded(Visit &&visit) const
    {
        QReadLocker locker(&m_lock);
        for (int i = 0; i < int(m_people.size()); ++i)
            visit(i, m_people.at(i));
    }

    /// Runs `fn(user)` under the write lock (`user` is null for an unknown id) and keeps the
    /// email index in step with whatever `fn` changed. Inside `fn` use the *Locked readers;
    /// they see the directory as it was before `fn`. Ids cannot be changed.
    template<typename Fn>
    auto modify(const QString &id, Fn &&fn)
    {
        QWriteLocker locker(&m_lock);
        const std::optional<int> found = positionLocked(id);
        if (!found) {
            MockUser *none = nullptr;
            return fn(none);
        }
        MockUser user = atLocked(*found);
        const MockUser before = user;
        auto result = fn(&user);
        storeLocked(*found, before, std::move(user));
        return result;
    }

    /// Id of the user who has `email` (case-insensitive), or empty. Caller holds the lock.
    QString emailOwnerLocked(const QString &email) const;
    QString emailOwner(const QString &email) const;
    /// at() and position() for a caller that holds the lock (inside modify()), or that
    /// serialises every modify() of this directory with a lock of its own.
    MockUser atLocked(int position) const;
    std::optional<int> positionLocked(const QString &id) const;
    /// The email and login the user at `position` has now, without building the whole user:
    /// what the key tables compare a candidate with.
    QString emailAtLocked(int position) const;
    QString loginAtLocked(int position) const;

    /// The hash the directory's tables use for a key (owners' own PositionTables too).
    static quint32 keyHash(const QString &key);

private:
    /// The user at `position` as changed through modify(), or null when it is as seeded.
    const MockUser *changedLocked(int position) const;
    void storeLocked(int position, const MockUser &before, MockUser after);

    const QList<MockOrg> m_orgs;
    const IdFor m_idFor;
    const IndexOf m_indexOf;
    mutable QReadWriteLock m_lock;
    const QList<PersonRecord> m_people;
    /// Users changed through modify(), whole; few, so a QHash is the right size.
    QHash<int, MockUser> m_overrides;
    /// Id -> position, only when there is no IndexOf.
    PositionTable m_byId;
    /// Lower-case email -> position, for the email each position has now.
    PositionTable m_byEmail;
};
