#pragma once

#include "User.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class ActionJob;

/// The names of the organisations (ZITADEL) or tenants (Acronis) users belong to, looked up
/// once per organisation and kept for the life of the backend (the session): a listing never
/// costs one request per row, only one per organisation not seen before.
///
/// The lookup is the backend's: a job whose message() is the organisation's name. A lookup that
/// fails (no permission to read organisations, say) is remembered as "no name", so the id is
/// shown and the failing request is not repeated for every page. Lookups belong to this object,
/// not to the job that first needed them, so cancelling one listing does not strand another
/// that waits for the same organisation.
class OrganisationNames : public QObject
{
    Q_OBJECT
public:
    using Lookup = std::function<ActionJob *(const QString &organisationId)>;

    explicit OrganisationNames(Lookup lookup, QObject *parent = nullptr);

    /// Sets User::organisationName of each user from what is known, looking up the unknown
    /// organisations first; calls `then` with the users once every name is settled (at once
    /// when none is missing). Nothing is called when `context` is gone by then.
    void fill(QList<User> users, QObject *context, std::function<void(QList<User>)> then);
    /// The same for one user.
    void fill(User user, QObject *context, std::function<void(User)> then);

    /// The known name of `organisationId`; empty when unknown or without a name.
    QString name(const QString &organisationId) const { return m_names.value(organisationId); }
    /// How many lookups were started (for diagnostics and tests).
    int lookupCount() const { return m_lookups; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        QList<User> users;
        QSet<QString> missing;
        std::function<void(QList<User>)> then;
    };

    void settle(const QString &organisationId, const QString &name);
    void apply(QList<User> *users) const;

    Lookup m_lookup;
    QHash<QString, QString> m_names;
    QSet<QString> m_pending;
    QList<Waiter> m_waiters;
    int m_lookups = 0;
};
