#pragma once

#include "User.h"

#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

/// Names of request fields that a backend error can point at, so a front end can show the
/// message beside the right input.
namespace RequestField {
inline const QString newEmail = QStringLiteral("newEmail");
inline const QString password = QStringLiteral("password");
inline const QString verificationCode = QStringLiteral("verificationCode");
} // namespace RequestField

/// A failure of a service call, classified for the front end and phrased for a person.
class ServiceError
{
public:
    enum class Kind {
        Network,
        Timeout,
        Tls,
        Unauthenticated,
        Forbidden,
        NotFound,
        Validation,
        Conflict,
        RateLimited,
        Server,
        MalformedResponse,
        Cancelled,
        /// The profile or request cannot work as given (e.g. a backend without that action).
        Unsupported,
    };

    ServiceError() = default;
    ServiceError(Kind kind, QString message);

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    /// Stable lower-case name of the kind ("rate-limited"), for logs, JSON and exit codes.
    QString kindName() const;

    /// Per-field messages for validation errors, keyed by RequestField names.
    const QMap<QString, QString> &fieldErrors() const { return m_fieldErrors; }
    ServiceError &withFieldError(const QString &field, const QString &message);

    int httpStatus() const { return m_httpStatus; }
    ServiceError &withHttpStatus(int status);
    /// The backend's own error code ("DEV.00000003", "1001", "COMMAND-2b7fM"), when it sent one.
    const QString &backendCode() const { return m_backendCode; }
    ServiceError &withBackendCode(const QString &code);
    /// Seconds the server asked us to wait (429/503 with Retry-After); 0 when not said.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    ServiceError &withRetryAfter(int seconds);
    /// For conflicts: the record as the server has it now, so the user sees what changed.
    const std::optional<User> &currentUser() const { return m_currentUser; }
    ServiceError &withCurrentUser(const User &user);

    /// Adds a sentence to the message (e.g. how long the server asked to wait).
    ServiceError &withMoreDetail(const QString &sentence);
    /// Adds the sentence naming the address a request went to ("Address tried: ..."), kept
    /// apart as well so that a backend that rewords the message can keep it (rephrasedAs).
    ServiceError &withAddressTried(const QString &sentence);
    const QString &addressTried() const { return m_addressTried; }
    /// The same error with another message: kind, fields, status, codes, the current user
    /// and the address tried are kept.
    ServiceError rephrasedAs(const QString &message) const;

    /// The message plus any field messages, on one line.
    QString describe() const;

    /// Messages shared by all backends.
    static ServiceError network(const QString &detail);
    static ServiceError timeout(int seconds);
    /// The answer began but did not end within the deadline (a server dripping its body).
    static ServiceError unfinished(int seconds);
    static ServiceError malformed(const QString &detail);
    static ServiceError cancelled();

private:
    Kind m_kind = Kind::Server;
    QString m_message;
    QMap<QString, QString> m_fieldErrors;
    int m_httpStatus = 0;
    QString m_backendCode;
    int m_retryAfterSeconds = 0;
    std::optional<User> m_currentUser;
    QString m_addressTried;
};

Q_DECLARE_METATYPE(ServiceError)
