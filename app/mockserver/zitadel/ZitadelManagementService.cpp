#include "ZitadelManagementService.h"

#include "EmailRules.h"
#include "ZitadelAccess.h"
#include "ZitadelDirectory.h"
#include "ZitadelErrorShape.h"
#include "ZitadelJson.h"
#include "ZitadelUserSearch.h"

#include <QJsonArray>
#include <QJsonObject>

ZitadelManagementService::ZitadelManagementService(ZitadelDirectory &directory,
                                                   const ZitadelAccess &access)
    : m_directory(directory)
    , m_access(access)
{ }

MockResponse ZitadelManagementService::listUsers(const MockRequest &request) const
{
    MockOrg org;
    if (auto failure = m_access.authorizeManagement(request, false, &org))
        return *failure;
    QJsonObject body;
    MockResponse error;
    if (!ZitadelJson::parseBody(request, &body, &error))
        return error;
    ZitadelUserSearch search;
    if (!ZitadelUserSearch::parse(body, m_directory.orgDomains(), &search, &error))
        return error;

    const ZitadelDirectory::Page page = m_directory.search(org.id, search);
    // Written directly rather than as a QJsonObject: the mock's hottest ZITADEL path.
    JsonWriter out(200 + page.users.size() * 700);
    out.beginObject();
    out.key("details").beginObject();
    out.key("processedSequence").value(QString::number(m_directory.processedSequence()));
    out.key("viewTimestamp").value(ZitadelJson::timestamp(QDateTime::currentDateTimeUtc()));
    if (page.total != 0)
        out.key("totalResult").value(QString::number(page.total));
    out.endObject();
    if (!search.columnName.isEmpty())
        out.key("sortingColumn").value(search.columnName);
    if (!page.users.isEmpty()) {
        out.key("result").beginArray();
        for (const MockUser &user : page.users)
            ZitadelJson::writeUser(out, user, org);
        out.endArray();
    }
    out.endObject();
    return MockResponse::json(200, out.take());
}

MockResponse ZitadelManagementService::getUser(const MockRequest &request) const
{
    MockOrg org;
    if (auto failure = m_access.authorizeManagement(request, false, &org))
        return *failure;
    const auto user = m_directory.find(request.pathArg(0), org.id);
    if (!user)
        return ZitadelErrorShape::userNotFound();
    return MockResponse::json(
        200, QJsonObject { { QStringLiteral("user"), ZitadelJson::user(*user, org) } });
}

MockResponse ZitadelManagementService::getEmail(const MockRequest &request) const
{
    MockOrg org;
    if (auto failure = m_access.authorizeManagement(request, false, &org))
        return *failure;
    const auto user = m_directory.find(request.pathArg(0), org.id);
    if (!user)
        return ZitadelErrorShape::userNotFound();
    return MockResponse::json(200,
                              QJsonObject {
                                  { QStringLiteral("details"), ZitadelJson::readDetails(*user) },
                                  { QStringLiteral("email"), ZitadelJson::email(*user) },
                              });
}

MockResponse ZitadelManagementService::updateEmail(const MockRequest &request) const
{
    MockOrg org;
    if (auto failure = m_access.authorizeManagement(request, true, &org))
        return *failure;
    QJsonObject body;
    MockResponse error;
    if (!ZitadelJson::parseBody(request, &body, &error))
        return error;
    QString email, problem;
    bool verified = false;
    if (!ZitadelJson::readString(body, "email", &email, &problem)
        || !ZitadelJson::readBool(body, "isEmailVerified", &verified, &problem))
        return ZitadelErrorShape::plainError(ZitadelErrorShape::InvalidArgument, problem);
    // protoc-gen-validate rule of UpdateHumanEmailRequest.email: min_len 1, max_len 200.
    if (email.isEmpty() || email.size() > 200) {
        return ZitadelErrorShape::plainError(
            ZitadelErrorShape::InvalidArgument,
            QStringLiteral("invalid UpdateHumanEmailRequest.Email: value length must be between "
                           "1 and 200 runes, inclusive"));
    }
    email = email.trimmed();
    if (!EmailRules::isValid(email)) {
        return ZitadelErrorShape::zitadelError(ZitadelErrorShape::InvalidArgument,
                                               QStringLiteral("EMAIL-599BI"),
                                               QStringLiteral("Email is invalid"));
    }
    const ZitadelDirectory::Result result =
        m_directory.changeEmail(request.pathArg(0), org.id, email, verified);
    switch (result.outcome) {
    case ZitadelDirectory::Outcome::Done:
        break;
    case ZitadelDirectory::Outcome::EmailUnchanged:
        return ZitadelErrorShape::emailNotChanged();
    default:
        return ZitadelErrorShape::userNotFound();
    }
    return ZitadelJson::detailsResponse(result.user);
}

MockResponse ZitadelManagementService::resendEmailVerification(const MockRequest &request) const
{
    MockOrg org;
    if (auto failure = m_access.authorizeManagement(request, true, &org))
        return *failure;
    QJsonObject body;
    MockResponse error;
    if (!ZitadelJson::parseBody(request, &body, &error))
        return error;
    const ZitadelDirectory::Result result =
        m_directory.resendVerification(request.pathArg(0), org.id);
    switch (result.outcome) {
    case ZitadelDirectory::Outcome::Done:
        break;
    case ZitadelDirectory::Outcome::AlreadyVerified:
        return ZitadelErrorShape::emailAlreadyVerified();
    default:
        return ZitadelErrorShape::userNotFound();
    }
    return ZitadelJson::detailsResponse(result.user);
}
