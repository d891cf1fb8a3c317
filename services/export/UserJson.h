#pragma once

#include "User.h"

#include <QByteArray>
#include <QJsonObject>

/// A user as JSON, one shape for every output (the CLI's show, users, NDJSON; exports):
/// id, login, displayName, email, verification, state, stateText, organisationId,
/// organisationName, version, pendingEmail.
class UserJson
{
public:
    static QJsonObject toObject(const User &user);
    /// The same object as compact UTF-8 text appended to `out`, without building a
    /// QJsonObject: listings write 100,000 of these.
    static void append(QByteArray &out, const User &user);
    /// `text` as a JSON string literal, quotes included.
    static void appendString(QByteArray &out, const QString &text);

private:
    /// One ASCII character inside a JSON string, escaped where JSON needs it.
    static void appendAscii(QByteArray &out, char c);
};
