#pragma once

#include "BackendCapabilities.h"
#include "BulkPlan.h"
#include "User.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

/// What one row of a bulk change asks for, before it is resolved to a user.
struct BulkChangeRequest
{
    /// The CSV line; 0 when the row was built from the directory or the journal.
    int sourceLine = 0;
    /// A user id, or "email:" and the user's current address.
    QString userReference;
    QString newEmail;
    bool markVerified = false;
};

/// Turns requests into plan rows against a whole directory, without asking any server: each
/// row resolves to exactly one user or is refused with the reason (user not found or
/// ambiguous, invalid or unchanged address, an address another user has or another row asks
/// for, a duplicate row, a backend that cannot change addresses in bulk).
class BulkPlanResolver
{
    Q_DECLARE_TR_FUNCTIONS(BulkPlanResolver)

public:
    explicit BulkPlanResolver(const BackendCapabilities &capabilities);

    /// Adds one user of the directory (each id once; call for every user listed).
    void addUser(const User &user);
    qsizetype userCount() const { return m_users.size(); }

    QList<BulkPlanRow> resolve(const QList<BulkChangeRequest> &requests) const;

    /// The requests of a domain rename: every user whose address is exactly at `oldDomain`
    /// (ignoring case; not its subdomains) to the same local part at `newDomain`, in directory
    /// order.
    QList<BulkChangeRequest> domainRename(const QString &oldDomain, const QString &newDomain) const;

    /// Why the backend cannot take bulk changes (a password per user, only the signed-in
    /// account), or empty when it can.
    static QString bulkRefusal(const BackendCapabilities &capabilities);
    /// Whether `domain` can be the domain part of an address; false with a reason otherwise.
    static bool isDomain(const QString &domain, QString *problem);

private:
    struct DirectoryUser
    {
        QString id;
        QString login;
        QString displayName;
        QString email;
    };

    /// The index of the user a reference names, or -1 (not found) / -2 (several match).
    qsizetype find(const QString &reference) const;

    BackendCapabilities m_capabilities;
    QList<DirectoryUser> m_users;
    QHash<QString, qsizetype> m_byId;
    /// Lower-cased address -> users; an address may be shared.
    QMultiHash<QString, qsizetype> m_byEmail;
};
