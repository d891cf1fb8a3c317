#pragma once

#include "RawHttpClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

/// Raw-HTTP helpers shared by the Acronis contract suites. Expectations come from the spec
/// (patterns, required fields), never from the mock's sources.
namespace AcronisTest {

inline bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

/// components.schemas.item1 (with the JavaScript-unfriendly `\:` written as `:`).
inline bool isDate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([\+\-]\d{2}:\d{2})?$)"));
    return text.size() >= 19 && text.size() <= 32 && pattern.match(text).hasMatch();
}

inline QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery query;
    for (const auto &[key, value] : fields)
        query.addQueryItem(key, value);
    return query.toString(QUrl::FullyEncoded).toUtf8();
}

/// An access token for the given API client, or an empty string (with a test failure).
inline QString fetchToken(RawHttpClient &http, const QString &clientId, const QString &secret)
{
    const RawReply reply = http.postForm(
        QStringLiteral("/api/2/idp/token"),
        form({ { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } }),
        { RawHttpClient::basic(clientId, secret) });
    if (reply.status != 200) {
        QTest::qFail("token request failed", __FILE__, __LINE__);
        return {};
    }
    return reply.object().value(QStringLiteral("access_token")).toString();
}

inline QStringList tenantIds(RawHttpClient &http)
{
    QStringList ids;
    const QJsonArray tenants = http.get(QStringLiteral("/mock/acronis/tenants"))
                                   .object()
                                   .value(QStringLiteral("tenants"))
                                   .toArray();
    for (const QJsonValue &tenant : tenants)
        ids.append(tenant.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

inline QStringList toStrings(const QJsonArray &array)
{
    QStringList strings;
    for (const QJsonValue &value : array)
        strings.append(value.toString());
    return strings;
}

inline QStringList tenantUsers(RawHttpClient &http, const QString &token, const QString &tenantId,
                               const QString &query = {})
{
    const RawReply reply =
        http.get(QStringLiteral("/api/2/tenants/%1/users%2").arg(tenantId, query),
                 { RawHttpClient::bearer(token) });
    return toStrings(reply.object().value(QStringLiteral("items")).toArray());
}

inline QJsonArray batch(RawHttpClient &http, const QString &token, const QStringList &ids)
{
    const RawReply reply =
        http.get(QStringLiteral("/api/2/users?uuids=%1").arg(ids.join(QLatin1Char(','))),
                 { RawHttpClient::bearer(token) });
    return reply.object().value(QStringLiteral("items")).toArray();
}

/// Checks errorScheme: error.{code, domain, message, details} present, with the given values.
inline void verifyErrorScheme(const RawReply &reply, int status, int code)
{
    QCOMPARE(reply.status, status);
    const QJsonObject error = reply.object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(-1), code);
    QCOMPARE(error.value(QStringLiteral("domain")).toString(),
             QStringLiteral("PlatformAccountServer"));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(error.value(QStringLiteral("details")).isObject());
    QVERIFY(error.value(QStringLiteral("details")).toObject().contains(QStringLiteral("info")));
    QVERIFY(error.value(QStringLiteral("context")).isObject());
}

/// The full error text (message plus details.info), for "names the field" checks.
inline QString errorText(const RawReply &reply)
{
    const QJsonObject error = reply.object().value(QStringLiteral("error")).toObject();
    return error.value(QStringLiteral("message")).toString() + QLatin1Char(' ')
        + error.value(QStringLiteral("details"))
              .toObject()
              .value(QStringLiteral("info"))
              .toString();
}

} // namespace AcronisTest
