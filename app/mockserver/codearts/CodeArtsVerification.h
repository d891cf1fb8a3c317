#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>

/// Email verification codes of POST /v4/user/email-verify-code: one pending code per user,
/// bound to the address it was sent to, valid for a lifetime and usable once. A new request
/// replaces the previous code. Thread-safe.
class CodeArtsVerification
{
public:
    enum class Outcome { Redeemed, NotRequested, OtherAddress, Expired, WrongCode };

    explicit CodeArtsVerification(int lifetimeSeconds);

    /// Creates (or replaces) the user's pending code for `email` and returns it: six
    /// characters from A-Z and 0-9, like the documented example "SFLAJA".
    QString issue(const QString &userId, const QString &email);

    /// Checks `code` for `email`; when it matches, runs `apply` under the store's lock (so a
    /// code is redeemed at most once, even by concurrent requests) and consumes the code.
    Outcome redeem(const QString &userId, const QString &email, const QString &code,
                   const std::function<void()> &apply);

private:
    struct Pending
    {
        QString email;
        QString code;
        QDeadlineTimer deadline;
    };

    const int m_lifetimeSeconds;
    QMutex m_mutex;
    QHash<QString, Pending> m_pending;
};
