#pragma once

#include "MockServerConfig.h"
#include "RawHttpClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QUrl>

/// Shared requests and checks of the CodeArts contract suites (Huawei IAM + CodeArts Repo).
namespace CodeArtsTest {

inline const QString tokensPath = QStringLiteral("/v3/auth/tokens");
inline const QString emailsPath = QStringLiteral("/v4/user/emails");
inline const QString verifyCodePath = QStringLiteral("/v4/user/email-verify-code");

/// The Keystone v3 password body of the Huawei IAM documentation.
inline QJsonObject tokenRequest(const QString &domain, const QString &user, const QString &password,
                                const QString &project = QStringLiteral("ap-southeast-3"))
{
    const QJsonObject userObject { { QStringLiteral("domain"),
                                     QJsonObject { { QStringLiteral("name"), domain } } },
                                   { QStringLiteral("name"), user },
                                   { QStringLiteral("password"), password } };
    const QJsonObject identity {
        { QStringLiteral("methods"), QJsonArray { QStringLiteral("password") } },
        { QStringLiteral("password"), QJsonObject { { QStringLiteral("user"), userObject } } }
    };
    const QJsonObject scope { { QStringLiteral("project"),
                                QJsonObject { { QStringLiteral("name"), project } } } };
    return { { QStringLiteral("auth"),
               QJsonObject { { QStringLiteral("identity"), identity },
                             { QStringLiteral("scope"), scope } } } };
}

inline QJsonObject demoTokenRequest(const MockCredentials &credentials)
{
    return tokenRequest(credentials.huaweiDomain, credentials.huaweiUser,
                        credentials.huaweiPassword);
}

inline RawHttpClient::Headers authHeader(const QString &token)
{
    return { { QByteArray("X-Auth-Token"), token.toUtf8() } };
}

/// Signs in through IAM and returns the X-Subject-Token (empty on failure).
inline QString login(RawHttpClient &http, const MockCredentials &credentials)
{
    const RawReply reply = http.sendJson("POST", tokensPath, demoTokenRequest(credentials));
    return reply.status == 201 ? QString::fromUtf8(reply.header("X-Subject-Token")) : QString();
}

/// Checks a Huawei error body: exactly `error_code` and `error_msg`, both non-empty strings.
inline void verifyHuaweiError(const RawReply &reply, int status, const QString &codePrefix)
{
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.json().isObject(), reply.body.constData());
    const QJsonObject body = reply.object();
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({ QStringLiteral("error_code"), QStringLiteral("error_msg") }));
    QVERIFY(body.value(QStringLiteral("error_code")).isString());
    QVERIFY2(body.value(QStringLiteral("error_code")).toString().startsWith(codePrefix),
             reply.body.constData());
    QVERIFY(!body.value(QStringLiteral("error_msg")).toString().isEmpty());
}

inline QString errorCode(const RawReply &reply)
{
    return reply.object().value(QStringLiteral("error_code")).toString();
}

inline QString errorMessage(const RawReply &reply)
{
    return reply.object().value(QStringLiteral("error_msg")).toString();
}

/// The documented CodeArts 401, compared field by field.
inline void verifyRepoUnauthorized(const RawReply &reply)
{
    verifyHuaweiError(reply, 401, QStringLiteral("DEV."));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(errorCode(reply), QStringLiteral("DEV.00000003"));
    QCOMPARE(errorMessage(reply), QStringLiteral("Authentication information expired."));
}

/// Messages the mock mailed to `address`, newest first.
inline QJsonArray mailTo(RawHttpClient &http, const QString &address)
{
    const RawReply reply = http.get(QStringLiteral("/mock/mailbox?to=")
                                    + QString::fromLatin1(QUrl::toPercentEncoding(address)));
    return reply.object().value(QStringLiteral("messages")).toArray();
}

/// The newest CodeArts code mailed to `address`, or empty.
inline QString latestCode(RawHttpClient &http, const QString &address)
{
    for (const QJsonValue &mail : mailTo(http, address)) {
        if (mail.toObject().value(QStringLiteral("backend")).toString()
            == QLatin1String("codearts"))
            return mail.toObject().value(QStringLiteral("code")).toString();
    }
    return {};
}

inline bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

} // namespace CodeArtsTest
