#pragma once

#include <QDateTime>
#include <QString>

/// An organisation (ZITADEL), account/client (Gcore) or tenant (Acronis) of the directory.
struct MockOrg
{
    QString id;
    QString name;
    QString domain;
};

/// Backend-neutral lifecycle states; each API maps them to its own vocabulary.
enum class MockUserState { Active, Inactive, Locked, Initial };

/// One user of a mock directory. Every backend keeps its own copy of the seeded people, with
/// ids in its own format, so a change through one API never leaks into another.
struct MockUser
{
    int index = 0;
    QString id;
    QString orgId;
    QString givenName;
    QString familyName;
    QString login;
    QString email;
    bool emailVerified = false;
    MockUserState state = MockUserState::Active;
    QString language;
    QString phone;
    QDateTime createdAt;
    QDateTime updatedAt;
    /// Concurrency token (Acronis `version`) and event sequence (ZITADEL `details.sequence`).
    qint64 version = 1;
    /// An email change that waits for a confirmation link (Acronis, activated users).
    QString pendingEmail;

    QString displayName() const { return givenName + QLatin1Char(' ') + familyName; }

    bool operator==(const MockUser &other) const
    {
        return index == other.index && id == other.id && orgId == other.orgId
            && givenName == other.givenName && familyName == other.familyName
            && login == other.login && email == other.email && emailVerified == other.emailVerified
            && state == other.state && language == other.language && phone == other.phone
            && createdAt == other.createdAt && updatedAt == other.updatedAt
            && version == other.version && pendingEmail == other.pendingEmail;
    }
    bool operator!=(const MockUser &other) const { return !(*this == other); }
};
