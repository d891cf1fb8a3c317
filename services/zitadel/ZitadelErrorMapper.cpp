#include "ZitadelErrorMapper.h"

#include "StatusErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace {
/// A gRPC status code is a small whole number. Anything else (1e51 from a hostile server) is not
/// one, and converting it to int would be undefined behaviour (found by fuzz_zitadel_error).
bool isRpcCode(double number)
{
    return number >= 0 && number <= 1000 && number == std::floor(number);
}

/// Seconds of a numeric Retry-After; 0 when absent or a date (HttpCall resolves dates).
int retryAfterOf(const HttpResponse &response)
{
    bool isNumber = false;
    const int seconds = response.header("Retry-After").trimmed().toInt(&isNumber);
    return isNumber ? std::max(0, seconds) : 0;
}

/// A short, plain server text for messages; never an HTML page.
QString plainSnippet(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body).simplified();
    if (text.isEmpty() || text.startsWith(QLatin1Char('<')))
        return {};
    return text.size() > 200 ? text.left(200) + QStringLiteral("...") : text;
}

bool isAny(const QString &value, std::initializer_list<const char *> candidates)
{
    for (const char *candidate : candidates) {
        if (value.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ServiceError fieldError(const QString &field, const QString &message)
{
    ServiceError error(ServiceError::Kind::Validation, message);
    error.withFieldError(field, message);
    return error;
}

/// INVALID_ARGUMENT and FAILED_PRECONDITION: what was wrong with the input, on its field.
/// Texts and ids from zitadel/zitadel internal/command and i18n (API.md §2); the request
/// validation texts ("invalid SetMyEmailRequest.Email: ...") from protoc-gen-validate.
ServiceError validationError(const QString &text, const QString &id)
{
    const QString lower = text.toLower();
    if (isAny(id, { "COMMAND-2b7fM", "COMMAND-Uch5e" }) || lower.startsWith(u"email not changed"))
        return fieldError(
            RequestField::newEmail,
            ZitadelErrorMapper::tr("The new address is the same as the current one."));
    if (isAny(id, { "COMMAND-3m9ds" }) || lower.contains(u"already verified"))
        return { ServiceError::Kind::Validation,
                 ZitadelErrorMapper::tr(
                     "The address is already verified; there is nothing to confirm or resend.") };
    if (isAny(id, { "CODE-woT0xc", "COMMAND-eis9R" }) || lower.startsWith(u"code is invalid"))
        return fieldError(RequestField::verificationCode,
                          ZitadelErrorMapper::tr(
                              "The code is not correct. Check the code in the verification mail "
                              "and try again."));
    if (isAny(id, { "CODE-QvUQ4P" }) || lower.startsWith(u"code is expired"))
        return fieldError(RequestField::verificationCode,
                          ZitadelErrorMapper::tr(
                              "The code has expired. Send the verification mail again and use the "
                              "new code."));
    if (isAny(id, { "COMMAND-2M9fs", "EMAIL-5w5ilin4yt" }) || lower.startsWith(u"code is empty"))
        return fieldError(RequestField::verificationCode,
                          ZitadelErrorMapper::tr(
                              "No verification is waiting for this account. Change the address "
                              "or send the verification mail again first."));
    if (lower.contains(u".code:"))
        return fieldError(
            RequestField::verificationCode,
            ZitadelErrorMapper::tr("Enter the code from the verification mail (at most 200 "
                                   "characters)."));
    if (lower.contains(u".email:") && lower.contains(u"length"))
        return fieldError(
            RequestField::newEmail,
            ZitadelErrorMapper::tr("The address must be between 1 and 200 characters long."));
    if (isAny(id, { "EMAIL-599BI" }) || lower.startsWith(u"email is invalid")
        || lower.contains(u".email:"))
        return fieldError(RequestField::newEmail,
                          ZitadelErrorMapper::tr("This is not a valid email address."));
    if (lower.contains(u"not initialised") || lower.contains(u"not initialized"))
        return { ServiceError::Kind::Validation,
                 ZitadelErrorMapper::tr(
                     "The user has not finished the initial sign-up yet, so the address cannot "
                     "be changed now.") };
    if (lower.contains(u"list query") || lower.contains(u"list.query"))
        return { ServiceError::Kind::Validation,
                 ZitadelErrorMapper::tr("ZITADEL rejected the search: %1").arg(text) };
    return { ServiceError::Kind::Validation,
             ZitadelErrorMapper::tr("ZITADEL refused the request: %1").arg(text) };
}
} // namespace

ServiceError ZitadelErrorMapper::map(const HttpResponse &response)
{
    return map(response, Api::Management);
}

ServiceError ZitadelErrorMapper::mapSelf(const HttpResponse &response)
{
    return map(response, Api::Self);
}

ServiceError ZitadelErrorMapper::map(const HttpResponse &response, Api api)
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonObject body = document.object();
    ServiceError error;
    const QJsonValue oauthError = body.value(QStringLiteral("error"));
    const QJsonValue code = body.value(QStringLiteral("code"));
    if (oauthError.isString() && !oauthError.toString().isEmpty()) {
        error = mapOAuth(response, oauthError.toString(),
                         body.value(QStringLiteral("error_description")).toString());
    } else if (code.isDouble() && isRpcCode(code.toDouble())) {
        QString text = body.value(QStringLiteral("message")).toString().trimmed();
        QString id;
        // ZITADEL's own errors carry a zitadel.v1.ErrorDetail{id, message}.
        for (const QJsonValue detail : body.value(QStringLiteral("details")).toArray()) {
            const QString detailId = detail[QStringLiteral("id")].toString();
            if (!detailId.isEmpty()) {
                id = detailId;
                const QString detailText = detail[QStringLiteral("message")].toString().trimmed();
                if (!detailText.isEmpty())
                    text = detailText;
                break;
            }
        }
        // Without the detail, the id still ends the message: "Email not changed (COMMAND-2b7fM)".
        static const QRegularExpression idSuffix(
            QStringLiteral("^(.*\\S)\\s*\\(([A-Z]+-\\w+)\\)$"));
        const QRegularExpressionMatch match = idSuffix.match(text);
        if (match.hasMatch()) {
            text = match.captured(1);
            if (id.isEmpty())
                id = match.captured(2);
        }
        error = mapRpcStatus(response, int(code.toDouble()), text, id, api);
        if (!id.isEmpty())
            error.withBackendCode(id);
    } else {
        error = StatusErrors::forStatus(response.status, plainSnippet(response.body));
    }
    error.withHttpStatus(response.status);
    if (error.retryAfterSeconds() == 0 && retryAfterOf(response) > 0)
        error.withRetryAfter(retryAfterOf(response));
    return error;
}

ServiceError ZitadelErrorMapper::mapRpcStatus(const HttpResponse &response, int code,
                                              const QString &text, const QString &id, Api api)
{
    const QString lower = text.toLower();
    switch (code) {
    case InvalidArgument:
    case FailedPrecondition:
        if (response.status == 413)
            return { ServiceError::Kind::Validation, tr("The request is too large for ZITADEL.") };
        return validationError(text, id);
    case 11: // OUT_OF_RANGE
        return { ServiceError::Kind::Validation, tr("ZITADEL refused the request: %1").arg(text) };
    case NotFound:
        if (id.isEmpty() && isAny(text, { "Not Found" })) {
            // grpc-gateway's routing error: the path itself is unknown.
            return { ServiceError::Kind::NotFound,
                     tr("ZITADEL does not offer this API at the profile's address (HTTP 404). "
                        "Check the base URL.") };
        }
        if (lower.contains(u"email not found"))
            return { ServiceError::Kind::NotFound, tr("The user has no email address.") };
        if (lower.contains(u"user") || isAny(id, { "QUERY-Dfbg2" })) {
            return { ServiceError::Kind::NotFound,
                     api == Api::Self
                         ? tr("ZITADEL could not find your account.")
                         : tr("The user was not found in this organisation; it may have been "
                              "deleted or belong to another organisation.") };
        }
        return { ServiceError::Kind::NotFound, tr("ZITADEL could not find it: %1").arg(text) };
    case AlreadyExists:
        if (lower.contains(u"email") || lower.contains(u"e-mail"))
            return fieldError(RequestField::newEmail,
                              tr("This address is already used by another account."));
        return { ServiceError::Kind::Conflict, tr("This already exists in ZITADEL: %1").arg(text) };
    case 10: // ABORTED: a concurrent change won
        return { ServiceError::Kind::Conflict,
                 tr("The user was changed at the same time by someone else; reload and try "
                    "again.") };
    case PermissionDenied:
        return { ServiceError::Kind::Forbidden,
                 api == Api::Self
                     ? tr("ZITADEL refused the request: this token may not use the self-service "
                          "API. Use the signed-in user's own token.")
                     : tr("The service account lacks permission in this organisation.") };
    case Unauthenticated:
        return { ServiceError::Kind::Unauthenticated,
                 api == Api::Self
                     ? tr("ZITADEL rejected your session token; it is invalid or has expired. "
                          "Sign in again and use a fresh token.")
                     : tr("ZITADEL rejected the access token. Check the profile's personal "
                          "access token or client secret.") };
    case ResourceExhausted: {
        if (response.status == 413)
            return { ServiceError::Kind::Validation, tr("The request is too large for ZITADEL.") };
        const int wait = retryAfterOf(response);
        ServiceError error(ServiceError::Kind::RateLimited,
                           wait > 0 ? tr("ZITADEL received too many requests; wait %n "
                                         "second(s) and try again.",
                                         nullptr, wait)
                                    : tr("ZITADEL received too many requests; wait a moment and "
                                         "try again."));
        error.withRetryAfter(wait);
        return error;
    }
    case Unimplemented:
        return { ServiceError::Kind::Unsupported,
                 tr("This ZITADEL instance does not offer this call (%1).").arg(text) };
    case 4: // DEADLINE_EXCEEDED
        return { ServiceError::Kind::Timeout,
                 tr("ZITADEL did not finish the request in time; try again.") };
    case Internal:
        return { ServiceError::Kind::Server,
                 tr("ZITADEL failed with an internal error; try again later.") };
    case Unavailable:
        return { ServiceError::Kind::Server,
                 tr("ZITADEL is unavailable right now; try again in a moment.") };
    default:
        return StatusErrors::forStatus(response.status, text);
    }
}

ServiceError ZitadelErrorMapper::mapOAuth(const HttpResponse &response, const QString &error,
                                          const QString &description)
{
    ServiceError mapped;
    if (error == QLatin1String("invalid_client")) {
        mapped = { ServiceError::Kind::Unauthenticated,
                   tr("ZITADEL rejected the client id or secret.") };
    } else if (error == QLatin1String("unauthorized_client")) {
        mapped = { ServiceError::Kind::Forbidden,
                   tr("This client may not use the client-credentials grant; allow it for the "
                      "service account in ZITADEL.") };
    } else if (error == QLatin1String("invalid_scope")) {
        mapped = { ServiceError::Kind::Forbidden,
                   tr("ZITADEL refused the access IdentityDesk asks for (the ZITADEL API "
                      "audience): %1")
                       .arg(description) };
    } else if (error == QLatin1String("invalid_grant")) {
        mapped = { ServiceError::Kind::Unauthenticated,
                   tr("ZITADEL refused to issue a token: %1").arg(description) };
    } else if (error == QLatin1String("unsupported_grant_type")) {
        mapped = { ServiceError::Kind::Unsupported,
                   tr("This ZITADEL instance does not allow the client-credentials grant.") };
    } else if (error == QLatin1String("invalid_request")) {
        mapped = { ServiceError::Kind::Validation,
                   tr("ZITADEL rejected the token request: %1").arg(description) };
    } else if (error == QLatin1String("temporarily_unavailable") && response.status == 429) {
        const int wait = retryAfterOf(response);
        mapped = { ServiceError::Kind::RateLimited,
                   wait > 0 ? tr("ZITADEL received too many requests; "
                                 "wait %n second(s) and try again.",
                                 nullptr, wait)
                            : tr("ZITADEL received too many requests; wait a moment and try "
                                 "again.") };
        mapped.withRetryAfter(wait);
    } else if (error == QLatin1String("temporarily_unavailable")
               || error == QLatin1String("server_error")) {
        mapped = { ServiceError::Kind::Server,
                   tr("ZITADEL's token service failed; try again in a moment.") };
    } else {
        mapped =
            StatusErrors::forStatus(response.status, description.isEmpty() ? error : description);
    }
    mapped.withBackendCode(error);
    return mapped;
}
