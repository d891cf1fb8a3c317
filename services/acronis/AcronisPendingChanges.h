#pragma once

#include "AcronisUserReader.h"

#include <QHash>
#include <QString>

#include <functional>

/// The address changes of this session that wait for the link Acronis mailed to the old
/// address: the API does not tell them (the user reads as before until the link is opened), so
/// the backend remembers each with the user's version at the time. Users are keyed by id in any
/// case. (The change journal keeps them across sessions; see PendingEmailChanges.)
class AcronisPendingChanges
{
public:
    /// `userId`'s change to `email` waits; `version` is the user's version after the request.
    void remember(const QString &userId, const QString &email, const QString &version);
    void forget(const QString &userId);
    /// Sets `record`'s pending address when its change still waits; forgets it when the address
    /// is the new one (confirmed) or the version moved on (the user changed since).
    void apply(AcronisUserSnapshot &record);
    /// `onUser` after apply(), as the handler of AcronisConnection::readUser(): every user read
    /// shows the change that still waits.
    std::function<void(AcronisUserSnapshot)>
    appliedBefore(std::function<void(const AcronisUserSnapshot &)> onUser);

private:
    struct Change
    {
        QString email;
        QString version;
    };
    QHash<QString, Change> m_changes;
};
