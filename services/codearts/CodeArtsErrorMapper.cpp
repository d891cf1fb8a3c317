#include "CodeArtsErrorMapper.h"

#include "StatusErrors.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

/// What went wrong, in the person's terms; several vendor codes and wordings map to one cause.
enum class Cause {
    Unknown,
    TokenInvalid,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    PayloadTooLarge,
    UnsupportedMediaType,
    ServerFailure,
    BadRequest,
    MissingField,
    InvalidEmail,
    EmailTaken,
    CodeNotRequested,
    CodeForOtherAddress,
    CodeExpired,
    CodeWrong,
    Throttled,
};

Cause causeFromCode(const QString &code)
{
    namespace Code = CodeArtsCode;
    static const QHash<QString, Cause> causes {
        { Code::tokenInvalid, Cause::TokenInvalid },
        { Code::badRequest, Cause::BadRequest },
        { Code::forbidden, Cause::Forbidden },
        { Code::notFound, Cause::NotFound },
        { Code::methodNotAllowed, Cause::MethodNotAllowed },
        { Code::payloadTooLarge, Cause::PayloadTooLarge },
        { Code::unsupportedMediaType, Cause::UnsupportedMediaType },
        { Code::serverError, Cause::ServerFailure },
        { Code::missingField, Cause::MissingField },
        { Code::invalidEmail, Cause::InvalidEmail },
        { Code::codeNotRequested, Cause::CodeNotRequested },
        { Code::codeForOtherAddress, Cause::CodeForOtherAddress },
        { Code::codeExpired, Cause::CodeExpired },
        { Code::codeWrong, Cause::CodeWrong },
        { Code::throttled, Cause::Throttled },
    };
    return causes.value(code.trimmed().toUpper(), Cause::Unknown);
}

bool containsAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

/// Reads causes from the wording of `error_msg`, for codes this client does not know (other
/// regions, newer releases). Conservative: anything unclear stays Unknown.
Cause causeFromText(const QString &message)
{
    const QString text = message.toLower();
    if (text.isEmpty())
        return Cause::Unknown;
    const bool aboutCode = containsAny(
        text,
        { "verify_code", "verification code", "verify code", "verification_code", "captcha" });
    const bool aboutEmail = containsAny(text, { "email", "e-mail", "mail address" });
    if (containsAny(text,
                    { "required", "missing", "must not be empty", "cannot be empty",
                      "can not be empty", "is empty" }))
        return Cause::MissingField;
    if (aboutCode) {
        if (containsAny(text, { "expire", "timed out", "no longer valid" }))
            return Cause::CodeExpired;
        if (containsAny(text, { "different", "another", "other address", "other email" }))
            return Cause::CodeForOtherAddress;
        if (containsAny(text,
                        { "no verification code", "not requested", "not been sent", "not sent",
                          "not exist", "not found", "request one", "obtain a verification code",
                          "get a verification code" }))
            return Cause::CodeNotRequested;
        if (containsAny(
                text,
                { "incorrect", "wrong", "invalid", "error", "mismatch", "not match", "failed" }))
            return Cause::CodeWrong;
    }
    if (aboutEmail) {
        if (containsAny(text, { "already", "in use", "occupied", "duplicate", "taken" }))
            return Cause::EmailTaken;
        if (containsAny(text, { "invalid", "not a valid", "format", "illegal", "malformed" }))
            return Cause::InvalidEmail;
    }
    if (containsAny(text, { "throttl", "too many requests", "rate limit", "flow control" }))
        return Cause::Throttled;
    if (containsAny(text, { "token", "authentication information", "unauthorized" })
        && containsAny(text, { "expire", "invalid", "unauthorized" }))
        return Cause::TokenInvalid;
    return Cause::Unknown;
}

/// Which request field a "missing field" answer points at, from the field names it mentions.
QString fieldOfMissing(const QString &message)
{
    const QString text = message.toLower();
    if (containsAny(text, { "verify_code", "verification code", "verify code" }))
        return RequestField::verificationCode;
    if (containsAny(text, { "email" }))
        return RequestField::newEmail;
    return {};
}

/// `message` plus the server's words, when they add something.
QString withDetail(const QString &message, const QString &detail)
{
    const QString trimmed = detail.trimmed();
    if (trimmed.isEmpty())
        return message;
    return message + QLatin1Char(' ') + CodeArtsErrorMapper::tr("(CodeArts: %1)").arg(trimmed);
}

ServiceError fieldError(ServiceError::Kind kind, const QString &field, const QString &message)
{
    ServiceError error(kind, message);
    error.withFieldError(field, message);
    return error;
}

} // namespace

CodeArtsErrorMapper::Details CodeArtsErrorMapper::details(const QByteArray &body)
{
    Details details;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.value(QStringLiteral("error_code")).isString())
        details.code = object.value(QStringLiteral("error_code")).toString().trimmed();
    if (object.value(QStringLiteral("error_msg")).isString())
        details.message = object.value(QStringLiteral("error_msg")).toString().trimmed();
    // Keystone's own shape, which IAM uses for some token failures.
    const QJsonObject keystone = object.value(QStringLiteral("error")).toObject();
    if (details.message.isEmpty() && keystone.value(QStringLiteral("message")).isString())
        details.message = keystone.value(QStringLiteral("message")).toString().trimmed();
    if (details.code.isEmpty() && keystone.value(QStringLiteral("title")).isString())
        details.code = keystone.value(QStringLiteral("title")).toString().trimmed();
    return details;
}

ServiceError CodeArtsErrorMapper::map(const HttpResponse &response)
{
    using Kind = ServiceError::Kind;
    const Details vendor = details(response.body);
    const int status = response.status;

    Cause cause = causeFromCode(vendor.code);
    if (cause == Cause::Unknown)
        cause = causeFromText(vendor.message);
    // The status decides where code and words do not: a 401 is always the token, a 429 always
    // throttling, whatever text a gateway puts in front of it.
    if (status == 401)
        cause = Cause::TokenInvalid;
    else if (status == 429)
        cause = Cause::Throttled;

    ServiceError error;
    switch (cause) {
    case Cause::TokenInvalid:
        error = { Kind::Unauthenticated,
                  tr("The Huawei token has expired or is invalid; sign in again.") };
        break;
    case Cause::Forbidden:
        error = { Kind::Forbidden,
                  withDetail(tr("This IAM user may not do this in CodeArts Repo. Ask the account "
                                "administrator for the CodeArts Repo user settings permissions "
                                "(codeartsrepo::getUserSetting, "
                                "codeartsrepo::updateUserSetting)."),
                             vendor.message) };
        break;
    case Cause::NotFound:
        error = { Kind::NotFound,
                  tr("CodeArts Repo has no such endpoint here (HTTP %1). Check the profile's "
                     "CodeArts address and region.")
                      .arg(status) };
        break;
    case Cause::MethodNotAllowed:
        error = { Kind::Unsupported,
                  tr("This CodeArts Repo endpoint does not accept the request (HTTP %1). Check "
                     "that the profile's address points at the CodeArts Repo API.")
                      .arg(status) };
        break;
    case Cause::PayloadTooLarge:
        error = { Kind::Validation, tr("The request is too large for CodeArts Repo.") };
        break;
    case Cause::UnsupportedMediaType:
        error = { Kind::Validation,
                  withDetail(tr("CodeArts Repo did not accept the request format."),
                             vendor.message) };
        break;
    case Cause::ServerFailure:
        error = { Kind::Server,
                  tr("CodeArts Repo failed (HTTP %1); try again later.").arg(status) };
        break;
    case Cause::BadRequest:
        error = { Kind::Validation,
                  withDetail(tr("CodeArts Repo refused the request."), vendor.message) };
        break;
    case Cause::MissingField: {
        const QString field = fieldOfMissing(vendor.message);
        if (field == RequestField::verificationCode) {
            error = fieldError(Kind::Validation, field,
                               tr("Enter the verification code that was mailed to the new "
                                  "address."));
        } else if (field == RequestField::newEmail) {
            error = fieldError(Kind::Validation, field, tr("Enter the new email address."));
        } else {
            error = { Kind::Validation,
                      withDetail(tr("CodeArts Repo says a required value is missing."),
                                 vendor.message) };
        }
        break;
    }
    case Cause::InvalidEmail:
        error = fieldError(Kind::Validation, RequestField::newEmail,
                           tr("CodeArts Repo does not accept this as an email address."));
        break;
    case Cause::EmailTaken:
        error = fieldError(Kind::Conflict, RequestField::newEmail,
                           tr("This address is already used by another account."));
        break;
    case Cause::CodeNotRequested:
        error = fieldError(Kind::Validation, RequestField::verificationCode,
                           tr("No verification code is waiting for this account. Send a code to "
                              "the new address first; each code works only once."));
        break;
    case Cause::CodeForOtherAddress:
        error = fieldError(Kind::Validation, RequestField::verificationCode,
                           tr("This code was sent to a different address. Send a new code to "
                              "the address entered here."));
        break;
    case Cause::CodeExpired:
        error = fieldError(Kind::Validation, RequestField::verificationCode,
                           tr("The verification code has expired. Send a new code to the new "
                              "address."));
        break;
    case Cause::CodeWrong:
        error = fieldError(Kind::Validation, RequestField::verificationCode,
                           tr("The verification code is not correct. Check it and try again."));
        break;
    case Cause::Throttled:
        error = { Kind::RateLimited,
                  tr("CodeArts Repo is throttling requests (at most 600 calls per API per minute "
                     "for everyone in the region); wait a moment and try again.") };
        break;
    case Cause::Unknown:
        error = StatusErrors::forStatus(status, vendor.message);
        break;
    }
    error.withHttpStatus(status);
    if (!vendor.code.isEmpty())
        error.withBackendCode(vendor.code);
    return error;
}

ServiceError CodeArtsErrorMapper::mapIam(const HttpResponse &response)
{
    using Kind = ServiceError::Kind;
    const Details vendor = details(response.body);
    const int status = response.status;
    const QString rejected = tr("Huawei IAM rejected the account, user or password.");

    ServiceError error;
    if (status == 401) {
        error = { Kind::Unauthenticated, rejected };
    } else if (status == 400) {
        // The login body was refused, e.g. an account or project name IAM does not accept.
        error = { Kind::Unauthenticated,
                  vendor.message.isEmpty()
                      ? rejected
                      : rejected + QLatin1Char(' ') + tr("(IAM: %1)").arg(vendor.message) };
    } else if (status == 403) {
        error = { Kind::Forbidden,
                  withDetail(tr("Huawei IAM refused a token to this user; it may be disabled or "
                                "restricted by the account's login policy."),
                             vendor.message) };
    } else if (status == 404) {
        error = { Kind::NotFound,
                  tr("There is no Huawei IAM token service at this address. Check the profile's "
                     "IAM address.") };
    } else if (status == 429) {
        error = { Kind::RateLimited,
                  tr("Huawei IAM is throttling sign-ins; wait a moment and try again.") };
    } else if (status >= 500) {
        error = { Kind::Server, tr("Huawei IAM failed (HTTP %1); try again later.").arg(status) };
    } else {
        error = StatusErrors::forStatus(status, vendor.message);
        error = { error.kind(), tr("Huawei IAM: %1").arg(error.message()) };
    }
    error.withHttpStatus(status);
    if (!vendor.code.isEmpty())
        error.withBackendCode(vendor.code);
    return error;
}
