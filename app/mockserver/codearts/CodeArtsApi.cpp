#include "CodeArtsApi.h"

#include "EmailRules.h"
#include "JsonBody.h"
#include "MockRouter.h"

#include <QDateTime>

namespace Code = CodeArtsErrorCode;

CodeArtsApi::CodeArtsApi(const MockContext &context)
    : m_context(context)
    , m_directory(context.config)
    , m_iam(context.config, m_directory)
    , m_verification(context.config.codeTtlSeconds)
{ }

void CodeArtsApi::registerRoutes(MockRouter &router)
{
    router.addErrorShape(QStringLiteral("/v3/"), m_iamShape);
    router.addErrorShape(QStringLiteral("/v4/"), m_repoShape);

    router.add("POST", QStringLiteral("/v3/auth/tokens"),
               [this](const MockRequest &request) { return m_iam.issue(request); });
    router.add("GET", QStringLiteral("/v4/user/emails"),
               [this](const MockRequest &request) { return showUserEmails(request); });
    router.add("PUT", QStringLiteral("/v4/user/emails"),
               [this](const MockRequest &request) { return updateUserEmail(request); });
    router.add("POST", QStringLiteral("/v4/user/email-verify-code"),
               [this](const MockRequest &request) { return sendVerifyCode(request); });
}

std::optional<QString> CodeArtsApi::authenticate(const MockRequest &request) const
{
    return m_iam.userFor(request.header("X-Auth-Token"));
}

std::optional<MockResponse> CodeArtsApi::checkMediaType(const MockRequest &request)
{
    const QByteArray mediaType = request.mediaType();
    if (mediaType.isEmpty() || mediaType == "application/json")
        return std::nullopt;
    return CodeArtsErrorShape::body(
        415, Code::unsupportedMediaType,
        QStringLiteral("Content-Type must be application/json (got %1).")
            .arg(QString::fromLatin1(mediaType)));
}

MockResponse CodeArtsApi::fieldError(const JsonBody &body)
{
    if (!body.isObject())
        return CodeArtsErrorShape::body(400, Code::badRequest, body.parseError());
    return CodeArtsErrorShape::body(
        400, Code::missingField,
        QStringLiteral("Invalid request parameters: %1").arg(body.problemSummary()));
}

MockResponse CodeArtsApi::showUserEmails(const MockRequest &request) const
{
    const std::optional<QString> userId = authenticate(request);
    if (!userId)
        return CodeArtsErrorShape::repoUnauthenticated();
    const std::optional<MockUser> user = m_directory.users().find(*userId);
    if (!user)
        return CodeArtsErrorShape::repoUnauthenticated();
    return MockResponse::json(200, m_directory.userJson(*user, true));
}

MockResponse CodeArtsApi::sendVerifyCode(const MockRequest &request)
{
    const std::optional<QString> userId = authenticate(request);
    if (!userId)
        return CodeArtsErrorShape::repoUnauthenticated();
    if (auto unsupported = checkMediaType(request))
        return *unsupported;

    JsonBody body = JsonBody::parse(request.body());
    if (!body.isObject())
        return fieldError(body);
    const std::optional<QString> email = body.requiredString(QStringLiteral("email"));
    // Documented as an optional field of this request; it has no effect here.
    body.optionalString(QStringLiteral("verify_code"));
    if (body.hasProblems())
        return fieldError(body);
    if (!EmailRules::isValid(*email)) {
        return CodeArtsErrorShape::body(
            400, Code::invalidEmail,
            QStringLiteral("email: '%1' is not a valid email address.").arg(*email));
    }

    MockMail mail;
    mail.backend = QStringLiteral("codearts");
    mail.to = *email;
    mail.subject = QStringLiteral("CodeArts Repo email verification code");
    mail.code = m_verification.issue(*userId, *email);
    m_context.mailbox.deliver(mail);
    return MockResponse::json(
        201,
        QJsonObject { { QStringLiteral("result"), QStringLiteral("Verification Code Sent") } });
}

MockResponse CodeArtsApi::updateUserEmail(const MockRequest &request)
{
    const std::optional<QString> userId = authenticate(request);
    if (!userId)
        return CodeArtsErrorShape::repoUnauthenticated();
    if (auto unsupported = checkMediaType(request))
        return *unsupported;

    // Both fields are marked optional in the reference, but the change cannot happen
    // without them, so a missing one is a 400 naming it.
    JsonBody body = JsonBody::parse(request.body());
    if (!body.isObject())
        return fieldError(body);
    const std::optional<QString> email = body.requiredString(QStringLiteral("email"));
    const std::optional<QString> code = body.requiredString(QStringLiteral("verify_code"));
    if (body.hasProblems())
        return fieldError(body);
    if (!EmailRules::isValid(*email)) {
        return CodeArtsErrorShape::body(
            400, Code::invalidEmail,
            QStringLiteral("email: '%1' is not a valid email address.").arg(*email));
    }

    std::optional<MockUser> updated;
    const CodeArtsVerification::Outcome outcome =
        m_verification.redeem(*userId, *email, *code, [&] {
            updated = m_directory.users().modify(*userId, [&](MockUser *user) {
                std::optional<MockUser> result;
                if (user) {
                    user->email = *email;
                    user->updatedAt = QDateTime::currentDateTimeUtc();
                    ++user->version;
                    result = *user;
                }
                return result;
            });
        });

    switch (outcome) {
    case CodeArtsVerification::Outcome::Redeemed:
        if (!updated)
            return CodeArtsErrorShape::repoUnauthenticated();
        return MockResponse::json(200, m_directory.userJson(*updated, false));
    case CodeArtsVerification::Outcome::NotRequested:
        return CodeArtsErrorShape::body(
            400, Code::codeNotRequested,
            QStringLiteral("verify_code: no verification code is pending for this user; request "
                           "one with POST /v4/user/email-verify-code (codes are single-use)."));
    case CodeArtsVerification::Outcome::OtherAddress:
        return CodeArtsErrorShape::body(
            400, Code::codeForOtherAddress,
            QStringLiteral("verify_code: the pending verification code was sent to a different "
                           "email address; request a code for '%1'.")
                .arg(*email));
    case CodeArtsVerification::Outcome::Expired:
        return CodeArtsErrorShape::body(
            400, Code::codeExpired,
            QStringLiteral("verify_code: the verification code has expired; request a new one."));
    case CodeArtsVerification::Outcome::WrongCode:
        return CodeArtsErrorShape::body(
            400, Code::codeWrong, QStringLiteral("verify_code: incorrect verification code."));
    }
    return CodeArtsErrorShape::body(500, Code::serverError, QStringLiteral("Unexpected outcome."));
}
