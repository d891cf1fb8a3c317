#include "ZitadelSelfService.h"

#include "EmailRules.h"
#include "ZitadelAccess.h"
#include "ZitadelDirectory.h"
#include "ZitadelErrorShape.h"
#include "ZitadelJson.h"

#include <QJsonObject>

ZitadelSelfService::ZitadelSelfService(ZitadelDirectory &directory, const ZitadelAccess &access)
    : m_directory(directory)
    , m_access(access)
{ }

MockResponse ZitadelSelfService::getMyUser(const MockRequest &request) const
{
    if (auto failure = m_access.authorizeSelf(request))
        return *failure;
    const auto user = m_directory.find(m_directory.selfUserId(), {});
    const MockOrg org = *m_directory.org(user->orgId);
    return MockResponse::json(
        200, QJsonObject { { QStringLiteral("user"), ZitadelJson::user(*user, org) } });
}

MockResponse ZitadelSelfService::getMyEmail(const MockRequest &request) const
{
    if (auto failure = m_access.authorizeSelf(request))
        return *failure;
    const auto user = m_directory.find(m_directory.selfUserId(), {});
    return MockResponse::json(200,
                              QJsonObject {
                                  { QStringLiteral("details"), ZitadelJson::readDetails(*user) },
                                  { QStringLiteral("email"), ZitadelJson::email(*user) },
                              });
}

MockResponse ZitadelSelfService::setMyEmail(const MockRequest &request) const
{
    if (auto failure = m_access.authorizeSelf(request))
        return *failure;
    QJsonObject body;
    MockResponse error;
    if (!ZitadelJson::parseBody(request, &body, &error))
        return error;
    QString email, problem;
    if (!ZitadelJson::readString(body, "email", &email, &problem))
        return ZitadelErrorShape::plainError(ZitadelErrorShape::InvalidArgument, problem);
    // protoc-gen-validate rule of SetMyEmailRequest.email: a valid address (required).
    if (email.size() > 200 || !EmailRules::isValid(email)) {
        return ZitadelErrorShape::plainError(
            ZitadelErrorShape::InvalidArgument,
            QStringLiteral("invalid SetMyEmailRequest.Email: value must be a valid email address"));
    }
    const ZitadelDirectory::Result result =
        m_directory.changeEmail(m_directory.selfUserId(), {}, email, false);
    if (result.outcome == ZitadelDirectory::Outcome::EmailUnchanged) {
        return ZitadelErrorShape::emailNotChanged();
    }
    return ZitadelJson::detailsResponse(result.user);
}

MockResponse ZitadelSelfService::verifyMyEmail(const MockRequest &request) const
{
    if (auto failure = m_access.authorizeSelf(request))
        return *failure;
    QJsonObject body;
    MockResponse error;
    if (!ZitadelJson::parseBody(request, &body, &error))
        return error;
    QString code, problem;
    if (!ZitadelJson::readString(body, "code", &code, &problem))
        return ZitadelErrorShape::plainError(ZitadelErrorShape::InvalidArgument, problem);
    if (code.isEmpty() || code.size() > 200) {
        return ZitadelErrorShape::plainError(
            ZitadelErrorShape::InvalidArgument,
            QStringLiteral("invalid VerifyMyEmailRequest.Code: value length must be between 1 "
                           "and 200 runes, inclusive"));
    }
    const ZitadelDirectory::Result result = m_directory.verifyEmail(m_directory.selfUserId(), code);
    switch (result.outcome) {
    case ZitadelDirectory::Outcome::Done:
        return ZitadelJson::detailsResponse(result.user);
    case ZitadelDirectory::Outcome::AlreadyVerified:
        return ZitadelErrorShape::emailAlreadyVerified();
    case ZitadelDirectory::Outcome::NoPendingCode:
        // Inference: upstream reports a missing code as a failed precondition.
        return ZitadelErrorShape::zitadelError(ZitadelErrorShape::FailedPrecondition,
                                               QStringLiteral("COMMAND-2M9fs"),
                                               QStringLiteral("Code is empty"));
    case ZitadelDirectory::Outcome::CodeExpired:
        return ZitadelErrorShape::zitadelError(ZitadelErrorShape::InvalidArgument,
                                               QStringLiteral("CODE-QvUQ4P"),
                                               QStringLiteral("Code is expired"));
    default:
        return ZitadelErrorShape::zitadelError(ZitadelErrorShape::InvalidArgument,
                                               QStringLiteral("CODE-woT0xc"),
                                               QStringLiteral("Code is invalid"));
    }
}

MockResponse ZitadelSelfService::resendMyEmailVerification(const MockRequest &request) const
{
    if (auto failure = m_access.authorizeSelf(request))
        return *failure;
    QJsonObject body;
    MockResponse error;
    if (!ZitadelJson::parseBody(request, &body, &error))
        return error;
    const ZitadelDirectory::Result result =
        m_directory.resendVerification(m_directory.selfUserId(), {});
    if (result.outcome == ZitadelDirectory::Outcome::AlreadyVerified)
        return ZitadelErrorShape::emailAlreadyVerified();
    return ZitadelJson::detailsResponse(result.user);
}
