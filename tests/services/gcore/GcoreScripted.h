#pragma once

// Helpers for the Gcore suites that script a server's answers (ScriptedHttpServer): IAM-shaped
// users, listings and token pairs, JWTs, and the request log as "VERB /path" lines.

#include "GcoreTestSupport.h"
#include "ScriptedHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gcoretest {

inline QJsonObject sampleUser(int id)
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("email"), QStringLiteral("user%1@example.org").arg(id) },
        { QStringLiteral("name"), QStringLiteral("User %1").arg(id) },
        { QStringLiteral("lang"), QStringLiteral("en") },
        { QStringLiteral("phone"), QJsonValue::Null },
        { QStringLiteral("company"), QStringLiteral("Acme") },
        { QStringLiteral("reseller"), 1 },
        { QStringLiteral("client"), 42 },
        { QStringLiteral("deleted"), false },
        { QStringLiteral("groups"), QJsonArray() },
        { QStringLiteral("activated"), true },
        { QStringLiteral("sso_auth"), false },
        { QStringLiteral("two_fa"), false },
        { QStringLiteral("auth_types"), QJsonArray { QStringLiteral("password") } },
        { QStringLiteral("user_type"), QStringLiteral("common") },
        { QStringLiteral("is_active"), true },
        { QStringLiteral("client_and_roles"), QJsonArray() },
    };
}

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QByteArray listing(const QJsonArray &users, qint64 count,
                          const QJsonValue &next = QJsonValue::Null,
                          const QString &key = QStringLiteral("results"))
{
    return json({ { QStringLiteral("count"), count },
                  { QStringLiteral("next"), next },
                  { QStringLiteral("previous"), QJsonValue::Null },
                  { key, users } });
}

inline QByteArray jwt(const QJsonObject &claims)
{
    const auto part = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part(R"({"alg":"HS256","typ":"JWT"})") + '.' + part(json(claims)) + '.'
        + part("signature");
}

inline QByteArray tokenPair(const QByteArray &access, const QByteArray &refresh)
{
    return R"({"access":")" + access + R"(","refresh":")" + refresh + R"("})";
}

inline QString line(const ScriptedRequest &request)
{
    return QString::fromLatin1(request.method + ' ' + request.target.split('?').constFirst());
}

inline QStringList lines(const ScriptedHttpServer &server)
{
    QStringList result;
    for (const ScriptedRequest &request : server.requests())
        result.append(line(request));
    return result;
}

inline const QString login = QStringLiteral("POST /iam/auth/jwt/login");
inline const QString refresh = QStringLiteral("POST /iam/auth/jwt/refresh");
inline const QString users = QStringLiteral("GET /iam/users");

/// A backend on a scripted server; user name "helpdesk@example.org", secret "s3cret".
inline std::unique_ptr<GcoreBackend> scriptedBackend(QNetworkAccessManager *network,
                                                     ScriptedHttpServer &server, AuthMethod method,
                                                     int timeoutMs = 10000)
{
    return std::make_unique<GcoreBackend>(
        network,
        settingsFor(server.url(), method, QStringLiteral("helpdesk@example.org"), timeoutMs),
        QStringLiteral("s3cret"));
}

} // namespace gcoretest
