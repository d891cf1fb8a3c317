#include "ZitadelOrgService.h"

#include "ZitadelAccess.h"
#include "ZitadelDirectory.h"
#include "ZitadelErrorShape.h"
#include "ZitadelJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace {
/// zitadel.org.v1.Org and zitadel.org.v2.Organization render alike (ORG_STATE_ACTIVE is the
/// v1 name, ORGANIZATION_STATE_ACTIVE the v2 one).
QJsonObject orgJson(const MockOrg &org, const char *activeState)
{
    return { { QStringLiteral("id"), org.id },
             { QStringLiteral("details"),
               QJsonObject { { QStringLiteral("sequence"), QStringLiteral("1") },
                             { QStringLiteral("resourceOwner"), org.id } } },
             { QStringLiteral("state"), QLatin1String(activeState) },
             { QStringLiteral("name"), org.name },
             { QStringLiteral("primaryDomain"), org.domain } };
}

MockResponse invalid(const QString &message)
{
    return ZitadelErrorShape::plainError(ZitadelErrorShape::InvalidArgument, message);
}
} // namespace

ZitadelOrgService::ZitadelOrgService(const ZitadelDirectory &directory, const ZitadelAccess &access)
    : m_directory(directory)
    , m_access(access)
{ }

MockResponse ZitadelOrgService::getMyOrg(const MockRequest &request) const
{
    MockOrg org;
    if (auto failure = m_access.authorizeManagement(request, false, &org))
        return *failure;
    return MockResponse::json(
        200, QJsonObject { { QStringLiteral("org"), orgJson(org, "ORG_STATE_ACTIVE") } });
}

MockResponse ZitadelOrgService::listOrganizations(const MockRequest &request) const
{
    if (auto failure = m_access.authorizeInstance(request, false))
        return *failure;
    QJsonObject body;
    MockResponse error;
    if (!ZitadelJson::parseBody(request, &body, &error))
        return error;
    const QJsonObject listQuery = ZitadelJson::field(body, "query").toObject();
    quint64 offset = 0, limit = 0;
    QString problem;
    if (!ZitadelJson::readUnsigned(listQuery, "offset", ~quint64(0), &offset, &problem)
        || !ZitadelJson::readUnsigned(listQuery, "limit", 0xFFFFFFFFULL, &limit, &problem))
        return invalid(problem);

    // SearchQuery's oneof, of which the mock knows idQuery and nameQuery (exact or contains).
    QList<std::function<bool(const MockOrg &)>> filters;
    const QJsonValue queries = ZitadelJson::field(body, "queries");
    if (!queries.isUndefined() && !queries.isNull() && !queries.isArray())
        return invalid(QStringLiteral("proto: invalid value for list field queries"));
    for (const QJsonValue item : queries.toArray()) {
        const QJsonObject query = item.toObject();
        const QJsonValue idQuery = ZitadelJson::field(query, "idQuery");
        const QJsonValue nameQuery = ZitadelJson::field(query, "nameQuery");
        if (idQuery.isObject()) {
            QString id;
            if (!ZitadelJson::readString(idQuery.toObject(), "id", &id, &problem))
                return invalid(problem);
            if (id.isEmpty() || id.size() > 200)
                return invalid(QStringLiteral("invalid OrganizationIDQuery.Id: value length must "
                                              "be between 1 and 200 runes, inclusive"));
            filters.append([id](const MockOrg &org) { return org.id == id; });
        } else if (nameQuery.isObject()) {
            QString name;
            if (!ZitadelJson::readString(nameQuery.toObject(), "name", &name, &problem))
                return invalid(problem);
            filters.append([name](const MockOrg &org) {
                return org.name.contains(name, Qt::CaseInsensitive);
            });
        } else {
            return ZitadelErrorShape::plainError(
                ZitadelErrorShape::Unimplemented,
                QStringLiteral("the mock server knows only idQuery and nameQuery"));
        }
    }

    QList<MockOrg> matches;
    for (const MockOrg &org : m_directory.orgs()) {
        if (!m_directory.serviceAccountIsMemberOf(org.id))
            continue;
        if (std::all_of(filters.cbegin(), filters.cend(),
                        [&org](const auto &filter) { return filter(org); }))
            matches.append(org);
    }
    QJsonArray result;
    const qsizetype count = limit == 0 ? matches.size() : qsizetype(limit);
    for (const MockOrg &org :
         matches.mid(qsizetype(std::min<quint64>(offset, matches.size())), count))
        result.append(orgJson(org, "ORGANIZATION_STATE_ACTIVE"));
    QJsonObject details { { QStringLiteral("timestamp"),
                            ZitadelJson::timestamp(QDateTime::currentDateTimeUtc()) } };
    if (!matches.isEmpty())
        details.insert(QStringLiteral("totalResult"), QString::number(matches.size()));
    QJsonObject response { { QStringLiteral("details"), details } };
    if (!result.isEmpty())
        response.insert(QStringLiteral("result"), result);
    return MockResponse::json(200, response);
}
