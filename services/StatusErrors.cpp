#include "StatusErrors.h"

#include <QCoreApplication>

ServiceError::Kind StatusErrors::kindFor(int status)
{
    switch (status) {
    case 400:
    case 422:
        return ServiceError::Kind::Validation;
    case 401:
        return ServiceError::Kind::Unauthenticated;
    case 403:
        return ServiceError::Kind::Forbidden;
    case 404:
        return ServiceError::Kind::NotFound;
    case 409:
    case 412:
        return ServiceError::Kind::Conflict;
    case 429:
        return ServiceError::Kind::RateLimited;
    default:
        return status >= 500 ? ServiceError::Kind::Server : ServiceError::Kind::Validation;
    }
}

ServiceError StatusErrors::forStatus(int status, const QString &detail)
{
    const char *text = nullptr;
    switch (kindFor(status)) {
    case ServiceError::Kind::Unauthenticated:
        text = QT_TRANSLATE_NOOP("StatusErrors",
                                 "The server rejected the credentials (HTTP %1). Check the "
                                 "profile's key, token or secret.");
        break;
    case ServiceError::Kind::Forbidden:
        text = QT_TRANSLATE_NOOP("StatusErrors",
                                 "The credentials lack permission for this action (HTTP %1).");
        break;
    case ServiceError::Kind::NotFound:
        text = QT_TRANSLATE_NOOP("StatusErrors", "Not found (HTTP %1).");
        break;
    case ServiceError::Kind::Conflict:
        text = QT_TRANSLATE_NOOP("StatusErrors",
                                 "The record changed on the server meanwhile (HTTP %1).");
        break;
    case ServiceError::Kind::RateLimited:
        text = QT_TRANSLATE_NOOP("StatusErrors",
                                 "Too many requests; the server asks to slow "
                                 "down (HTTP %1).");
        break;
    case ServiceError::Kind::Server:
        text = QT_TRANSLATE_NOOP("StatusErrors", "The server failed (HTTP %1); try again later.");
        break;
    default:
        text = QT_TRANSLATE_NOOP("StatusErrors", "The server refused the request (HTTP %1).");
        break;
    }
    QString message = QCoreApplication::translate("StatusErrors", text).arg(status);
    if (!detail.trimmed().isEmpty())
        message += QLatin1Char(' ') + detail.trimmed();
    return { kindFor(status), message };
}

ServiceError StatusErrors::signInError(ServiceError mapped, int status, const QString &service)
{
    if (status < 500)
        return mapped;
    ServiceError error(ServiceError::Kind::Server,
                       QCoreApplication::translate("StatusErrors",
                                                   "The %1 sign-in service failed (HTTP %2); "
                                                   "this is a problem of the server, not of the "
                                                   "profile's credentials. Try again later.")
                           .arg(service)
                           .arg(status));
    error.withHttpStatus(status)
        .withBackendCode(mapped.backendCode())
        .withRetryAfter(mapped.retryAfterSeconds());
    return error;
}
