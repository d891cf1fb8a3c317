#pragma once

#include <QHash>
#include <QMutex>
#include <QPair>
#include <QString>

#include <optional>

/// Single-use link tokens of the Acronis mock (email-change confirmation, activation).
/// A user has at most one live link per kind: issuing a new one revokes the previous one.
/// Thread-safe. Tokens are random (QRandomGenerator::system).
class AcronisLinkRegistry
{
public:
    enum class Kind { EmailChange, Activation };

    QString issue(Kind kind, const QString &userId);
    /// Consumes the token if it is live and of `kind`; returns its user.
    std::optional<QString> take(Kind kind, const QString &token);
    void revoke(Kind kind, const QString &userId);

private:
    using Key = QPair<int, QString>;

    mutable QMutex m_mutex;
    QHash<QString, QPair<Kind, QString>> m_byToken;
    QHash<Key, QString> m_byUser;
};
