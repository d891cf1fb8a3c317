#include "AcronisErrorMapper.h"

#include "StatusErrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace {
/// What an errorScheme body says, as far as it can be read.
struct ErrorBody
{
    QString code;
    QString message;
    QString info;
};

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    // Whole numbers a double holds exactly (|n| <= 2^53) only: converting 4e110 to qint64 would
    // be undefined behaviour (found by fuzz_acronis_error).
    const double number = value.toDouble();
    if (value.isDouble() && std::abs(number) <= double(qint64(1) << 53)
        && number == std::floor(number))
        return QString::number(qint64(number));
    return {};
}

ErrorBody readErrorScheme(const QByteArray &body)
{
    ErrorBody result;
    const QJsonValue error = QJsonDocument::fromJson(body).object().value(QStringLiteral("error"));
    if (!error.isObject())
        return result;
    const QJsonObject object = error.toObject();
    result.code = textOf(object.value(QStringLiteral("code")));
    result.message = textOf(object.value(QStringLiteral("message")));
    result.info =
        textOf(object.value(QStringLiteral("details")).toObject().value(QStringLiteral("info")));
    return result;
}

/// The server's own words ("Version mismatch: The user is at version 3 ..."), or nothing.
QString serverText(const ErrorBody &body)
{
    if (body.info.isEmpty() || body.info == body.message)
        return body.message;
    if (body.message.isEmpty())
        return body.info;
    QString message = body.message;
    if (!message.endsWith(QLatin1Char('.')))
        message += QLatin1Char('.');
    return message + QLatin1Char(' ') + body.info;
}

bool isUserOperation(AcronisErrorMapper::Operation operation)
{
    using Operation = AcronisErrorMapper::Operation;
    return operation == Operation::ReadUser || operation == Operation::ChangeEmail
        || operation == Operation::SendActivation;
}
} // namespace

ServiceError AcronisErrorMapper::map(const HttpResponse &response)
{
    return map(response, Operation::Generic);
}

ServiceError AcronisErrorMapper::map(const HttpResponse &response, Operation operation)
{
    const int status = response.status;
    const ErrorBody body = readErrorScheme(response.body);
    const QString said = serverText(body);
    // Appends the server's words where they add something the person may need.
    const auto withServerText = [&said](const QString &message) {
        return said.isEmpty() ? message : tr("%1 Acronis says: %2").arg(message, said);
    };

    ServiceError error;
    if (status == 409 && body.code == VersionMismatchCode) {
        error = ServiceError(ServiceError::Kind::Conflict,
                             tr("Someone changed this user meanwhile; reload and try again."));
    } else if (status == 409 && operation == Operation::ChangeEmail) {
        // The PUT carries only the address and the version, and the version is not the
        // problem: the address belongs to someone else ("Another object of the same type
        // already exists").
        const QString message = tr("This address is already used by another account.");
        error = ServiceError(ServiceError::Kind::Validation, message)
                    .withFieldError(RequestField::newEmail, message);
    } else if (status == 409) {
        error = ServiceError(ServiceError::Kind::Conflict,
                             withServerText(tr("Acronis reports a conflict with another "
                                               "object.")));
    } else if (status == 400 && operation == Operation::SendActivation) {
        error = ServiceError(ServiceError::Kind::Validation, alreadyActivatedMessage());
    } else if (status == 400 && operation == Operation::ChangeEmail) {
        const QString message = said.isEmpty()
            ? tr("Acronis does not accept this address.")
            : tr("Acronis does not accept this address: %1").arg(said);
        error = ServiceError(ServiceError::Kind::Validation, message)
                    .withFieldError(RequestField::newEmail, message);
    } else if (status == 400) {
        error = ServiceError(ServiceError::Kind::Validation,
                             withServerText(tr("Acronis refused the request as invalid.")));
    } else if (status == 401) {
        error = ServiceError(ServiceError::Kind::Unauthenticated,
                             withServerText(tr("Acronis did not accept the sign-in of this API "
                                               "client. Check the profile's client id and "
                                               "secret.")));
    } else if (status == 403) {
        QString message;
        switch (operation) {
        case Operation::ChangeEmail:
            message = tr("This API client may not change users in Acronis (it needs the "
                         "company or unit administrator role).");
            break;
        case Operation::SendActivation:
            message = tr("This API client may not send activation mails in Acronis (it needs "
                         "the user administrator role).");
            break;
        case Operation::ListTenantUsers:
            message = tr("This API client may not list the users of this tenant in Acronis.");
            break;
        case Operation::ReadUser:
        case Operation::ReadUsers:
            message = tr("This API client may not read this user in Acronis.");
            break;
        case Operation::Generic:
            message = tr("This API client lacks the rights for this action in Acronis.");
            break;
        }
        error = ServiceError(ServiceError::Kind::Forbidden, withServerText(message));
    } else if (status == 404 && operation == Operation::ListTenantUsers) {
        error = ServiceError(ServiceError::Kind::NotFound,
                             tr("Acronis has no tenant with the profile's tenant id, or this API "
                                "client cannot see it. Check the profile."));
    } else if (status == 404 && isUserOperation(operation)) {
        error = ServiceError(ServiceError::Kind::NotFound,
                             tr("This user does not exist in Acronis (any more)."));
    } else if (status == 404) {
        error = ServiceError(ServiceError::Kind::NotFound,
                             withServerText(tr("Acronis does not know this address. Check the "
                                               "profile's data-center URL.")));
    } else if (status == 405) {
        error = ServiceError(ServiceError::Kind::Server,
                             withServerText(tr("Acronis does not offer this operation at this "
                                               "address (HTTP 405). Check the profile's "
                                               "data-center URL.")));
    } else if (status == 415) {
        error = ServiceError(ServiceError::Kind::Unsupported,
                             withServerText(tr("Acronis does not accept the format IdentityDesk "
                                               "sent (HTTP 415); this Acronis version may need "
                                               "a newer IdentityDesk.")));
    } else if (status == 429) {
        error = ServiceError(ServiceError::Kind::RateLimited,
                             tr("Acronis received too many requests; wait a moment and try "
                                "again."));
    } else if (status >= 500) {
        error = ServiceError(ServiceError::Kind::Server,
                             withServerText(tr("Acronis failed to handle the request (HTTP %1); "
                                               "try again in a minute.")
                                                .arg(status)));
    } else {
        error = StatusErrors::forStatus(status, said);
    }
    error.withHttpStatus(status);
    if (!body.code.isEmpty())
        error.withBackendCode(body.code);
    return error;
}

ServiceError AcronisErrorMapper::mapTokenError(const HttpResponse &response)
{
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QJsonValue code = body.value(QStringLiteral("error"));
    if (!code.isString())
        return map(response); // not a tokenError (gateway, rate limit, server failure)

    const QString error = code.toString();
    const QString description = textOf(body.value(QStringLiteral("error_description")));
    ServiceError result;
    if (response.status == 404) {
        result = ServiceError(ServiceError::Kind::NotFound,
                              tr("There is no Acronis sign-in service at this address. Check the "
                                 "profile's data-center URL."));
    } else if (response.status == 403) {
        result = ServiceError(ServiceError::Kind::Forbidden,
                              tr("Acronis does not grant this API client the access it asks "
                                 "for."));
    } else if (error.startsWith(QLatin1String("totp_")) || error == QLatin1String("invalid_totp")) {
        result = ServiceError(ServiceError::Kind::Unauthenticated,
                              tr("Acronis asks for a two-factor code, which an API client "
                                 "cannot give. Use the id and secret of an API client, not a "
                                 "user account."));
    } else if (error == QLatin1String("invalid_client") || response.status == 401) {
        result = ServiceError(ServiceError::Kind::Unauthenticated,
                              tr("Acronis rejected the API client id or secret."));
    } else {
        // invalid_request, invalid_grant, unsupported_grant_type, ...: the sign-in was refused,
        // but nothing says the secret is wrong.
        result = ServiceError(ServiceError::Kind::Unauthenticated,
                              tr("Acronis refused the sign-in of the API client (%1).").arg(error));
    }
    if (!description.isEmpty()) {
        result = ServiceError(result.kind(),
                              tr("%1 Acronis says: %2").arg(result.message(), description));
    }
    result.withHttpStatus(response.status).withBackendCode(error);
    return result;
}

QString AcronisErrorMapper::alreadyActivatedMessage()
{
    return tr("This user has already activated the account, so there is no activation mail to "
              "send.");
}
