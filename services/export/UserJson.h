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
    /// The most bytes writeString() can write for `text`.
    static qsizetype maxStringBytes(QStringView text);
    /// `text` as a JSON string literal at `at`, which has room for maxStringBytes(); returns
    /// the end of what it wrote.
    static char *writeString(char *at, QStringView text);
    /// `c`, a quote, backslash or control character, as its JSON escape at `at`.
    static char *writeEscaped(char *at, char c);
};
