#pragma once

#include "AcronisLinkRegistry.h"
#include "AcronisLoginIndex.h"
#include "AcronisUserPut.h"
#include "AcronisUserRecord.h"
#include "UserDirectory.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

/// The Acronis tenants and users of the mock: a seeded UserDirectory plus what only Acronis
/// has (contact ids, overridden fields, pending email changes, activation links).
/// Thread-safe: every operation that reads or changes more than one value holds m_mutex.
class AcronisDirectory
{
public:
    /// `order` of GET /tenants/{id}/users: a key and a direction.
    struct Order
    {
        enum class Key { AsIs, Login, Name, Status, ContactTypes, Uniform };
        Key key = Key::Name;
        bool descending = false;
    };

    /// The result of PUT /users/{id}.
    struct Update
    {
        enum class Outcome {
            Updated,
            NotFound,
            VersionMismatch,
            EmailTaken,
            LoginTaken,
            WrongContact
        };
        Outcome outcome = Outcome::NotFound;
        qint64 currentVersion = 0;
        AcronisUserRecord record;
        /// Set when an activated user's email waits for the link sent to `oldEmail`.
        QString confirmationToken;
        QString oldEmail;
    };

    /// The result of opening an email-confirmation or activation link.
    struct LinkResult
    {
        enum class Outcome { Applied, UnknownToken, EmailTaken, AlreadyActivated };
        Outcome outcome = Outcome::UnknownToken;
        AcronisUserRecord record;
    };

    AcronisDirectory(quint64 seed, int users);

    const QList<MockOrg> &tenants() const { return m_users.orgs(); }
    bool hasTenant(const QString &tenantId) const;
    /// The tenant with this (lower-case) id, if there is one.
    std::optional<MockOrg> tenant(const QString &tenantId) const;
    /// Every user of the tenant (empty for an unknown tenant), ordered by `order`.
    QStringList tenantUserIds(const QString &tenantId, const Order &order) const;
    static std::optional<Order> parseOrder(const QString &text);

    std::optional<AcronisUserRecord> find(const QString &id) const;

    Update update(const QString &id, const AcronisUserPut &put);
    LinkResult confirmEmail(const QString &token);

    /// Issues an activation link token for a user who is not activated yet.
    enum class ActivationOutcome { Issued, NotFound, AlreadyActivated };
    ActivationOutcome issueActivation(const QString &id, QString *token, QString *email);
    LinkResult activate(const QString &token);

    static QUuid idNamespace();

private:
    AcronisUserRecord recordLocked(const MockUser &user) const;
    /// Applies `put` except the email; true when any stored value changed.
    bool applyFieldsLocked(MockUser &user, const AcronisUserPut &put);

    QStringList idsOf(const QList<int> &positions) const;

    /// Ids by position (name-based UUIDs, 16 bytes each); never change.
    const QList<QUuid> m_ids;
    UserDirectory m_users;
    /// Tenant id -> positions of its users, in seed order; users never change tenants.
    QHash<QString, QList<int>> m_tenantUsers;
    mutable QMutex m_mutex;
    /// Used under m_mutex only.
    AcronisLoginIndex m_loginOwner;
    QHash<QString, QJsonObject> m_userFields;
    QHash<QString, QJsonObject> m_contactFields;
    AcronisLinkRegistry m_links;
};
