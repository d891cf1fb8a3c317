#include "ServiceError.h"

#include <QCoreApplication>
#include <QStringList>

ServiceError::ServiceError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{ }

QString ServiceError::kindName() const
{
    switch (m_kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Unauthenticated:
        return QStringLiteral("unauthenticated");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::MalformedResponse:
        return QStringLiteral("malformed-response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    }
    return QStringLiteral("server");
}

ServiceError &ServiceError::withFieldError(const QString &field, const QString &message)
{
    m_fieldErrors.insert(field, message);
    return *this;
}

ServiceError &ServiceError::withHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}

ServiceError &ServiceError::withBackendCode(const QString &code)
{
    m_backendCode = code;
    return *this;
}

ServiceError &ServiceError::withRetryAfter(int seconds)
{
    m_retryAfterSeconds = seconds;
    return *this;
}

ServiceError &ServiceError::withCurrentUser(const User &user)
{
    m_currentUser = user;
    return *this;
}

ServiceError &ServiceError::withMoreDetail(const QString &sentence)
{
    if (!sentence.isEmpty())
        m_message += QLatin1Char(' ') + sentence;
    return *this;
}

ServiceError &ServiceError::withAddressTried(const QString &sentence)
{
    m_addressTried = sentence;
    return withMoreDetail(sentence);
}

ServiceError ServiceError::rephrasedAs(const QString &message) const
{
    ServiceError copy = *this;
    copy.m_message = message;
    copy.withMoreDetail(m_addressTried);
    return copy;
}

QString ServiceError::describe() const
{
    QStringList parts { m_message };
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        if (!m_message.contains(it.value()))
            parts.append(it.key() + QStringLiteral(": ") + it.value());
    }
    return parts.join(QStringLiteral("; "));
}

ServiceError ServiceError::network(const QString &detail)
{
    return {
        Kind::Network,
        QCoreApplication::translate("ServiceError", "Cannot reach the server: %1").arg(detail)
    };
}

ServiceError ServiceError::timeout(int seconds)
{
    return { Kind::Timeout,
             QCoreApplication::translate("ServiceError",
                                         "The server did not answer within %n "
                                         "second(s).",
                                         nullptr, seconds) };
}

ServiceError ServiceError::unfinished(int seconds)
{
    return { Kind::Timeout,
             QCoreApplication::translate("ServiceError",
                                         "The server began to answer but did not finish within "
                                         "%n second(s).",
                                         nullptr, seconds) };
}

ServiceError ServiceError::malformed(const QString &detail)
{
    return { Kind::MalformedResponse,
             QCoreApplication::translate("ServiceError", "Unexpected answer from the server: %1")
                 .arg(detail) };
}

ServiceError ServiceError::cancelled()
{
    return { Kind::Cancelled, QCoreApplication::translate("ServiceError", "Cancelled.") };
}
