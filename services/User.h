#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

/// Whether the backend says the user's current email address is confirmed. Backends without
/// such a flag (Huawei CodeArts Repo) report Unknown rather than guessing.
enum class EmailVerification { Unknown, Verified, Unverified };

/// Lifecycle state in one vocabulary for every backend; `User::stateText` keeps the backend's
/// own word for display.
enum class UserState { Unknown, Active, Inactive, Locked, Initial, Deleted };

/// One user as IdentityDesk shows it, whatever backend it came from.
struct User
{
    /// The backend's id as text: Gcore and CodeArts integers, ZITADEL numeric strings,
    /// Acronis UUIDs.
    QString id;
    QString login;
    QString displayName;
    QString email;
    EmailVerification verification = EmailVerification::Unknown;
    UserState state = UserState::Unknown;
    QString stateText;
    QString organisationId;
    QString organisationName;
    /// Optimistic-concurrency token where the backend has one (Acronis `version`).
    QString version;
    /// An address that waits for confirmation (Acronis: link sent to the old address).
    QString pendingEmail;
    /// When that change was requested (UTC), when known (PendingEmailChanges reads it from the
    /// change journal); invalid otherwise.
    QDateTime pendingSince;

    /// What to call the user in a sentence: the display name, else the login, else the id.
    QString shownName() const;

    bool operator==(const User &other) const;
    bool operator!=(const User &other) const { return !(*this == other); }
};

// Every member is relocatable (QString, QDateTime, enums): a growing QList<User> then moves its
// rows with realloc() instead of one by one. At ~65,000 loaded rows that one move stalled the
// window for ~70 ms of a Load all (issue 11).
Q_DECLARE_TYPEINFO(User, Q_RELOCATABLE_TYPE);

Q_DECLARE_METATYPE(User)
