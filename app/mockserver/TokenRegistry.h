#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

/// Issues opaque bearer tokens with a lifetime and resolves them back to their subject.
/// Thread-safe. Tokens are random (QRandomGenerator::system), never derived from secrets.
class TokenRegistry
{
public:
    struct Issued
    {
        QString token;
        int expiresInSeconds = 0;
    };

    /// `prefix` makes tokens recognisable in a debugger ("gc-access-...").
    Issued issue(const QString &prefix, const QString &subject, int lifetimeSeconds);
    /// The subject of a live token; nullopt when unknown, expired or revoked.
    std::optional<QString> subject(const QString &token) const;
    /// Removes the token; returns its subject if it was live (single-use refresh tokens).
    std::optional<QString> take(const QString &token);

private:
    struct Entry
    {
        QString subject;
        QDeadlineTimer deadline;
    };
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_tokens;
};
