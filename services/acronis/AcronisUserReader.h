#pragma once

#include "JsonReader.h"
#include "User.h"

#include <QCoreApplication>
#include <QString>

/// One Acronis `user` object, read with type checks: the IdentityDesk User plus the raw
/// values the backend needs for writing (`version` as a number, `activated`).
struct AcronisUserSnapshot
{
    User user;
    qint64 version = 0;
    bool activated = false;
};

/// Maps Acronis user JSON to User: id = UUID, login, display name from contact first and last
/// name (falling back to the login), email = contact.email, verification from
/// contact.email_confirmed (null = Unknown), state (not activated = Initial, disabled =
/// Inactive, soft-deleted = Deleted, else Active), organisation = tenant_id, version as text.
class AcronisUserReader
{
    Q_DECLARE_TR_FUNCTIONS(AcronisUserReader)
public:
    /// Reads `object`; problems are recorded in the reader (check reader.ok()).
    static AcronisUserSnapshot read(const JsonReader &object);
    /// Whether `text` looks like an Acronis id (a UUID, any case).
    static bool isUuid(const QString &text);
};
