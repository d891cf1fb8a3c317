#include "ZitadelUserServiceV2.h"

#include "EmailRules.h"
#include "ZitadelAccess.h"
#include "ZitadelDirectory.h"
#include "ZitadelErrorShape.h"
#include "ZitadelJson.h"
#include "ZitadelUserSearch.h"

#include <QDateTime>
#include <QJsonArray>

namespace {
MockResponse invalid(const QString &message)
{
    return ZitadelErrorShape::plainError(ZitadelErrorShape::InvalidArgument, message);
}

/// protoc-gen-validate's text for a string length rule.
QString lengthRule(const QString &field, int min, int max)
{
    return QStringLiteral("invalid %1: value length must be between %2 and %3 runes, inclusive")
        .arg(field)
        .arg(min)
        .arg(max);
}

bool has(const QJsonObject &object, const char *camelName)
{
    const QJsonValue value = ZitadelJson::field(object, camelName);
    return !value.isUndefined() && !value.isNull();
}

/// A message-typed field: absent, or an object.
bool readMessage(const QJsonObject &object, const char *camelName, QJsonObject *out,
                 MockResponse *error)
{
    const QJsonValue value = ZitadelJson::field(object, camelName);
    *out = {};
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject()) {
        *error = invalid(QStringLiteral("proto: invalid value for message field %1")
                             .arg(QLatin1String(camelName)));
        return false;
    }
    *out = value.toObject();
    return true;
}

/// The `verification` oneof of SetHumanEmail, SetEmailRequest, ResendEmailCodeRequest and
/// SendEmailCodeRequest: at most one of `sendCode {urlTemplate?}`, `returnCode {}` and (where
/// `withVerified`) `isVerified`.
struct Verification
{
    bool verified = false;
    bool returnCode = false;
};

bool readVerification(const QJsonObject &message, const QString &messageName, bool withVerified,
                      bool verifiedMustBeTrue, Verification *out, MockResponse *error)
{
    const QList<const char *> members = withVerified
        ? QList<const char *> { "sendCode", "returnCode", "isVerified" }
        : QList<const char *> { "sendCode", "returnCode" };
    int set = 0;
    for (const char *member : members)
        set += has(message, member) ? 1 : 0;
    if (set > 1) {
        *error = invalid(QStringLiteral("proto: oneof zitadel.user.v2.%1.verification is already "
                                        "set")
                             .arg(messageName));
        return false;
    }
    QJsonObject sendCode, returnCode;
    if (!readMessage(message, "sendCode", &sendCode, error)
        || !readMessage(message, "returnCode", &returnCode, error))
        return false;
    QString urlTemplate, problem;
    if (!ZitadelJson::readString(sendCode, "urlTemplate", &urlTemplate, &problem)) {
        *error = invalid(problem);
        return false;
    }
    if (has(sendCode, "urlTemplate") && (urlTemplate.isEmpty() || urlTemplate.size() > 200)) {
        *error =
            invalid(lengthRule(QStringLiteral("SendEmailVerificationCode.UrlTemplate"), 1, 200));
        return false;
    }
    out->returnCode = has(message, "returnCode");
    if (withVerified) {
        if (!ZitadelJson::readBool(message, "isVerified", &out->verified, &problem)) {
            *error = invalid(problem);
            return false;
        }
        // SetEmailRequest.is_verified: (validate.rules).bool.const = true.
        if (verifiedMustBeTrue && has(message, "isVerified") && !out->verified) {
            *error = invalid(
                QStringLiteral("invalid %1.IsVerified: value must equal true").arg(messageName));
            return false;
        }
    }
    return true;
}

/// The address rules of SetHumanEmail.email and SetEmailRequest.email: 1 to 200 runes and an
/// address (`email: true`).
bool readAddress(const QJsonObject &message, const QString &messageName, QString *email,
                 MockResponse *error)
{
    QString problem;
    if (!ZitadelJson::readString(message, "email", email, &problem)) {
        *error = invalid(problem);
        return false;
    }
    if (email->isEmpty() || email->size() > 200) {
        *error = invalid(lengthRule(messageName + QStringLiteral(".Email"), 1, 200));
        return false;
    }
    if (!EmailRules::isValid(*email)) {
        *error = invalid(QStringLiteral("invalid %1.Email: value must be a valid email address")
                             .arg(messageName));
        return false;
    }
    return true;
}

/// UpdateUserRequest.Human.Profile: every field optional, and 1 to 200 runes when given
/// (preferred language 1 to 10).
bool checkProfile(const QJsonObject &profile, MockResponse *error)
{
    const std::pair<const char *, int> fields[] = { { "givenName", 200 },
                                                    { "familyName", 200 },
                                                    { "nickName", 200 },
                                                    { "displayName", 200 },
                                                    { "preferredLanguage", 10 } };
    for (const auto &[name, max] : fields) {
        QString value, problem;
        if (!ZitadelJson::readString(profile, name, &value, &problem)) {
            *error = invalid(problem);
            return false;
        }
        if (has(profile, name) && (value.isEmpty() || value.size() > max)) {
            QString field = QLatin1String(name);
            field[0] = field.at(0).toUpper();
            *error = invalid(
                lengthRule(QStringLiteral("UpdateUserRequest_Human_Profile.") + field, 1, max));
            return false;
        }
    }
    return true;
}

MockResponse codeResponse(const MockUser &user, const QString &code, const char *codeField)
{
    QJsonObject body { { QStringLiteral("details"), ZitadelJson::changeDetails(user) } };
    if (!code.isEmpty())
        body.insert(QLatin1String(codeField), code);
    return MockResponse::json(200, body);
}

MockResponse codeEmpty()
{
    // Upstream's resendUserEmailCode when no code is waiting (Errors.User.Code.Empty).
    return ZitadelErrorShape::zitadelError(ZitadelErrorShape::FailedPrecondition,
                                           QStringLiteral("EMAIL-5w5ilin4yt"),
                                           QStringLiteral("Code is empty"));
}

MockResponse emailNotChanged()
{
    // The v2 command's id (v1 uses COMMAND-2b7fM).
    return ZitadelErrorShape::zitadelError(ZitadelErrorShape::FailedPrecondition,
                                           QStringLiteral("COMMAND-Uch5e"),
                                           QStringLiteral("Email not changed"));
}
} // namespace

ZitadelUserServiceV2::ZitadelUserServiceV2(ZitadelDirectory &directory, const ZitadelAccess &access)
    : m_directory(directory)
    , m_access(access)
{ }

std::optional<MockResponse> ZitadelUserServiceV2::findUser(const MockRequest &request, bool write,
                                                           MockUser *user) const
{
    if (auto failure = m_access.authorizeInstance(request, write))
        return failure;
    const auto found = m_directory.find(request.pathArg(0), QString());
    if (!found)
        return ZitadelErrorShape::userNotFound();
    if (!m_directory.serviceAccountIsMemberOf(found->orgId))
        return ZitadelErrorShape::permissionDenied();
    *user = *found;
    return std::nullopt;
}

MockResponse ZitadelUserServiceV2::listUsers(const MockRequest &request) const
{
    if (auto failure = m_access.authorizeInstance(request, false))
        return *failure;
    QJsonObject body;
    MockResponse error;
    if (!ZitadelJson::parseBody(request, &body, &error))
        return error;
    ZitadelUserSearch search;
    if (!ZitadelUserSearch::parse(body, m_directory.orgDomains(), &search, &error,
                                  ZitadelUserSearch::Dialect::V2))
        return error;

    // Instance-wide: the organisations the caller may read (an organizationIdQuery narrows).
    const ZitadelDirectory::Page page = m_directory.search(QString(), search);
    QJsonObject details {
        { QStringLiteral("processedSequence"), QString::number(m_directory.processedSequence()) },
        { QStringLiteral("timestamp"), ZitadelJson::timestamp(QDateTime::currentDateTimeUtc()) }
    };
    if (page.total != 0)
        details.insert(QStringLiteral("totalResult"), QString::number(page.total));
    QJsonObject response { { QStringLiteral("details"), details } };
    if (!search.columnName.isEmpty())
        response.insert(QStringLiteral("sortingColumn"), search.columnName);
    QJsonArray result;
    for (const MockUser &user : page.users)
        result.append(ZitadelJson::userV2(user, *m_directory.org(user.orgId)));
    if (!result.isEmpty())
        response.insert(QStringLiteral("result"), result);
    return MockResponse::json(200, response);
}

MockResponse ZitadelUserServiceV2::getUser(const MockRequest &request) const
{
    MockUser user;
    if (auto failure = findUser(request, false, &user))
        return *failure;
    const QJsonObject userJson = ZitadelJson::userV2(user, *m_directory.org(user.orgId));
    // The top-level details are deprecated upstream (moved into user.details) but still sent.
    return MockResponse::json(
        200,
        QJsonObject { { QStringLiteral("details"), userJson.value(QStringLiteral("details")) },
                      { QStringLiteral("user"), userJson } });
}

MockResponse ZitadelUserServiceV2::updateUser(const MockRequest &request) const
{
    MockUser user;
    if (auto failure = findUser(request, true, &user))
        return *failure;
    QJsonObject body, human, machine, email, profile;
    MockResponse error;
    if (!ZitadelJson::parseBody(request, &body, &error)
        || !readMessage(body, "human", &human, &error)
        || !readMessage(body, "machine", &machine, &error)
        || !readMessage(human, "email", &email, &error)
        || !readMessage(human, "profile", &profile, &error))
        return error;
    if (has(body, "human") && has(body, "machine"))
        return invalid(QStringLiteral(
            "proto: oneof zitadel.user.v2.UpdateUserRequest.user_type is already set"));
    QString username, problem;
    if (!ZitadelJson::readString(body, "username", &username, &problem))
        return invalid(problem);
    if (has(body, "username") && (username.isEmpty() || username.size() > 200))
        return invalid(lengthRule(QStringLiteral("UpdateUserRequest.Username"), 1, 200));
    if (!checkProfile(profile, &error))
        return error;
    if (has(body, "machine"))
        return ZitadelErrorShape::zitadelError(ZitadelErrorShape::FailedPrecondition,
                                               QStringLiteral("COMMAND-Ty8Ai"),
                                               QStringLiteral("User is not a machine"));
    for (const char *other : { "username", "metadata" }) {
        if (has(body, other))
            return ZitadelErrorShape::plainError(
                ZitadelErrorShape::Unimplemented,
                QStringLiteral("the mock server changes only human.email"));
    }
    for (const char *other : { "profile", "phone", "password" }) {
        if (has(human, other))
            return ZitadelErrorShape::plainError(
                ZitadelErrorShape::Unimplemented,
                QStringLiteral("the mock server changes only human.email"));
    }

    QJsonObject response;
    if (has(human, "email")) {
        QString address;
        Verification verification;
        if (!readAddress(email, QStringLiteral("SetHumanEmail"), &address, &error)
            || !readVerification(email, QStringLiteral("SetHumanEmail"), true, false, &verification,
                                 &error))
            return error;
        const ZitadelDirectory::Result result =
            m_directory.changeEmail(user.id, QString(), address.trimmed(), verification.verified,
                                    verification.returnCode ? ZitadelDirectory::Delivery::Return
                                                            : ZitadelDirectory::Delivery::Mail);
        if (result.outcome == ZitadelDirectory::Outcome::EmailUnchanged)
            return emailNotChanged();
        if (result.outcome != ZitadelDirectory::Outcome::Done)
            return ZitadelErrorShape::userNotFound();
        user = result.user;
        if (!result.code.isEmpty())
            response.insert(QStringLiteral("emailCode"), result.code);
    }
    response.insert(QStringLiteral("changeDate"), ZitadelJson::timestamp(user.updatedAt));
    return MockResponse::json(200, response);
}

MockResponse ZitadelUserServiceV2::setEmail(const MockRequest &request) const
{
    MockUser user;
    if (auto failure = findUser(request, true, &user))
        return *failure;
    QJsonObject body;
    MockResponse error;
    QString address;
    Verification verification;
    if (!ZitadelJson::parseBody(request, &body, &error)
        || !readAddress(body, QStringLiteral("SetEmailRequest"), &address, &error)
        || !readVerification(body, QStringLiteral("SetEmailRequest"), true, true, &verification,
                             &error))
        return error;
    const ZitadelDirectory::Result result =
        m_directory.changeEmail(user.id, QString(), address.trimmed(), verification.verified,
                                verification.returnCode ? ZitadelDirectory::Delivery::Return
                                                        : ZitadelDirectory::Delivery::Mail);
    if (result.outcome == ZitadelDirectory::Outcome::EmailUnchanged)
        return emailNotChanged();
    if (result.outcome != ZitadelDirectory::Outcome::Done)
        return ZitadelErrorShape::userNotFound();
    return codeResponse(result.user, result.code, "verificationCode");
}

MockResponse ZitadelUserServiceV2::resendEmailCode(const MockRequest &request) const
{
    return codeRequest(request, true);
}

MockResponse ZitadelUserServiceV2::sendEmailCode(const MockRequest &request) const
{
    return codeRequest(request, false);
}

MockResponse ZitadelUserServiceV2::codeRequest(const MockRequest &request,
                                               bool onlyWhenWaiting) const
{
    MockUser user;
    if (auto failure = findUser(request, true, &user))
        return *failure;
    QJsonObject body;
    MockResponse error;
    Verification verification;
    const QString messageName = onlyWhenWaiting ? QStringLiteral("ResendEmailCodeRequest")
                                                : QStringLiteral("SendEmailCodeRequest");
    if (!ZitadelJson::parseBody(request, &body, &error)
        || !readVerification(body, messageName, false, false, &verification, &error))
        return error;
    const ZitadelDirectory::Result result =
        m_directory.resendVerification(user.id, QString(),
                                       onlyWhenWaiting ? ZitadelDirectory::CodeRule::OnlyWhenWaiting
                                                       : ZitadelDirectory::CodeRule::Always,
                                       verification.returnCode ? ZitadelDirectory::Delivery::Return
                                                               : ZitadelDirectory::Delivery::Mail);
    if (result.outcome == ZitadelDirectory::Outcome::NoPendingCode)
        return codeEmpty();
    if (result.outcome != ZitadelDirectory::Outcome::Done)
        return ZitadelErrorShape::userNotFound();
    return codeResponse(result.user, result.code, "verificationCode");
}

MockResponse ZitadelUserServiceV2::verifyEmail(const MockRequest &request) const
{
    MockUser user;
    if (auto failure = findUser(request, true, &user))
        return *failure;
    QJsonObject body;
    MockResponse error;
    if (!ZitadelJson::parseBody(request, &body, &error))
        return error;
    QString code, problem;
    if (!ZitadelJson::readString(body, "verificationCode", &code, &problem))
        return invalid(problem);
    if (code.isEmpty() || code.size() > 20)
        return invalid(lengthRule(QStringLiteral("VerifyEmailRequest.VerificationCode"), 1, 20));
    const ZitadelDirectory::Result result = m_directory.verifyEmail(user.id, code);
    switch (result.outcome) {
    case ZitadelDirectory::Outcome::Done:
        return ZitadelJson::detailsResponse(result.user);
    case ZitadelDirectory::Outcome::CodeExpired:
        return ZitadelErrorShape::zitadelError(ZitadelErrorShape::InvalidArgument,
                                               QStringLiteral("CODE-QvUQ4P"),
                                               QStringLiteral("Code is expired"));
    case ZitadelDirectory::Outcome::UserNotFound:
        return ZitadelErrorShape::userNotFound();
    default:
        // Upstream's VerifyCode: no code waiting (verified already) fails like a wrong code.
        return ZitadelErrorShape::zitadelError(ZitadelErrorShape::InvalidArgument,
                                               QStringLiteral("COMMAND-eis9R"),
                                               QStringLiteral("Code is invalid"));
    }
}
