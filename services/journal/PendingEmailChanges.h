#pragma once

#include "User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

class ChangeJournal;

/// The email changes of one profile that still wait for confirmation at the old address, as
/// this machine's change journal knows them. Acronis answers such a change with "a link went to
/// the old address" and afterwards reports the user exactly as before: no API call tells that
/// a change waits. The journal does, so the wait survives a profile switch or a restart (on
/// this machine only: the journal is per machine and OS user).
///
/// A change counts as waiting while the user's address is still the one it was changed from;
/// once the address is the new one (confirmed) or anything else, the journal's entry no longer
/// says anything about the user.
class PendingEmailChanges
{
    Q_DECLARE_TR_FUNCTIONS(PendingEmailChanges)

public:
    struct Pending
    {
        QString oldEmail;
        QString newEmail;
        /// When the change was requested (UTC).
        QDateTime since;
    };

    PendingEmailChanges() = default;
    /// The waiting changes of `profile`; none when the journal is not open.
    static PendingEmailChanges read(const ChangeJournal &journal, const QString &profile);

    bool isEmpty() const { return m_byUserId.isEmpty(); }
    /// Whether a change of this user waits (ids compare ignoring case); apply() changes no
    /// other user.
    bool concerns(const QString &userId) const { return m_byUserId.contains(userId.toLower()); }
    /// Sets `user`'s pendingEmail and pendingSince when a change for them still waits; leaves
    /// the user as it is otherwise (also a pending address the server reported itself).
    void apply(User &user) const;

    /// How long ago `since` was, in the largest fitting unit: "3 minutes", "2 hours", "5 days"
    /// ("less than a minute" below one).
    static QString ageText(const QDateTime &since,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    /// Keyed by lower-case user id.
    QHash<QString, Pending> m_byUserId;
};
