#include "MockServer.h"
#include "RawHttpClient.h"

#include <QTest>

#include <memory>

/// Many clients changing users at once: every accepted change is applied exactly once, races for
/// the same address or the same version have exactly one winner, and the state read back
/// afterwards is consistent.
class TstMockConcurrency : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockServer> m_server;

    RawHttpClient::Headers gcoreHeaders() const
    {
        return { { "Authorization",
                   "APIKey " + m_server->config().credentials.gcoreApiKey.toUtf8() },
                 { "Content-Type", "application/json" } };
    }

    /// Starts all requests before waiting for any, several clients in parallel.
    static QList<RawReply>
    sendAll(QList<RawHttpClient *> clients,
            const std::function<QNetworkReply *(RawHttpClient &, int)> &start, int count)
    {
        QList<QNetworkReply *> replies;
        for (int n = 0; n < count; ++n)
            replies.append(start(*clients.at(n % clients.size()), n));
        QList<RawReply> results;
        for (QNetworkReply *reply : replies) {
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
                return {};
            results.append(RawHttpClient::collect(reply));
            reply->deleteLater();
        }
        return results;
    }

    QList<qint64> gcoreIds(RawHttpClient &http, int count)
    {
        const RawReply page =
            http.get(QStringLiteral("/iam/users?limit=%1&offset=0").arg(count), gcoreHeaders());
        QList<qint64> ids;
        for (const QJsonValue &user : page.object().value(QStringLiteral("results")).toArray())
            ids.append(user.toObject().value(QStringLiteral("id")).toInteger());
        return ids;
    }

private slots:
    void initTestCase()
    {
        MockServerConfig config;
        config.users = 500;
        m_server = std::make_unique<MockServer>(config);
        QVERIFY(m_server->listen());
    }

    void parallelChangesToDistinctUsersAllLand()
    {
        RawHttpClient a(m_server->baseUrl()), b(m_server->baseUrl()), c(m_server->baseUrl());
        const QList<qint64> ids = gcoreIds(a, 120);
        QCOMPARE(ids.size(), 120);
        const QByteArray password = m_server->config().credentials.gcoreUserPassword.toUtf8();
        const QList<RawReply> replies = sendAll(
            { &a, &b, &c },
            [&](RawHttpClient &http, int n) {
                const QByteArray body = R"({"new_email":"parallel-)" + QByteArray::number(n)
                    + R"(@fresh.example","password":")" + password + R"("})";
                return http.start("PUT", QStringLiteral("/iam/users/%1/email").arg(ids.at(n)), body,
                                  gcoreHeaders());
            },
            int(ids.size()));
        QCOMPARE(replies.size(), ids.size());
        for (const RawReply &reply : replies)
            QCOMPARE(reply.status, 200);
        for (int n = 0; n < ids.size(); ++n) {
            const RawReply user =
                a.get(QStringLiteral("/iam/users/%1").arg(ids.at(n)), gcoreHeaders());
            QCOMPARE(user.object().value(QStringLiteral("email")).toString(),
                     QStringLiteral("parallel-%1@fresh.example").arg(n));
        }
    }

    void raceForOneAddressHasOneWinner()
    {
        RawHttpClient a(m_server->baseUrl()), b(m_server->baseUrl());
        const QList<qint64> ids = gcoreIds(a, 300).mid(200, 40);
        QCOMPARE(ids.size(), 40);
        const QByteArray password = m_server->config().credentials.gcoreUserPassword.toUtf8();
        const QList<RawReply> replies = sendAll(
            { &a, &b },
            [&](RawHttpClient &http, int n) {
                const QByteArray body =
                    R"({"new_email":"contested@fresh.example","password":")" + password + R"("})";
                return http.start("PUT", QStringLiteral("/iam/users/%1/email").arg(ids.at(n)), body,
                                  gcoreHeaders());
            },
            int(ids.size()));
        QCOMPARE(replies.size(), ids.size());
        int winners = 0;
        for (const RawReply &reply : replies) {
            if (reply.status == 200) {
                ++winners;
                continue;
            }
            QCOMPARE(reply.status, 400);
            QVERIFY(reply.array()
                        .at(0)
                        .toObject()
                        .value(QStringLiteral("errors"))
                        .toObject()
                        .contains(QStringLiteral("new_email")));
        }
        QCOMPARE(winners, 1);
        int owners = 0;
        for (qint64 id : ids) {
            const QJsonObject user =
                a.get(QStringLiteral("/iam/users/%1").arg(id), gcoreHeaders()).object();
            owners += user.value(QStringLiteral("email")).toString()
                    == QLatin1String("contested@fresh.example")
                ? 1
                : 0;
        }
        QCOMPARE(owners, 1);
    }

    void raceOnOneVersionHasOneWinner()
    {
        RawHttpClient a(m_server->baseUrl()), b(m_server->baseUrl());
        const MockCredentials &creds = m_server->config().credentials;
        const QString token =
            a.postForm(QStringLiteral("/api/2/idp/token"), "grant_type=client_credentials",
                       { RawHttpClient::basic(creds.acronisClientId, creds.acronisClientSecret) })
                .object()
                .value(QStringLiteral("access_token"))
                .toString();
        QVERIFY(!token.isEmpty());
        const RawHttpClient::Headers auth { RawHttpClient::bearer(token) };

        // Find a user that is not activated: its change applies at once and bumps the version.
        QString userId;
        qint64 version = -1;
        const QJsonArray tenants = a.get(QStringLiteral("/mock/acronis/tenants"))
                                       .object()
                                       .value(QStringLiteral("tenants"))
                                       .toArray();
        for (const QJsonValue &tenant : tenants) {
            const QJsonArray uuids =
                a.get(QStringLiteral("/api/2/tenants/%1/users")
                          .arg(tenant.toObject().value(QStringLiteral("id")).toString()),
                      auth)
                    .object()
                    .value(QStringLiteral("items"))
                    .toArray();
            for (const QJsonValue &uuid : uuids) {
                const QJsonObject user =
                    a.get(QStringLiteral("/api/2/users/%1").arg(uuid.toString()), auth).object();
                if (!user.value(QStringLiteral("activated")).toBool()) {
                    userId = uuid.toString();
                    version = user.value(QStringLiteral("version")).toInteger();
                    break;
                }
            }
            if (!userId.isEmpty())
                break;
        }
        QVERIFY2(!userId.isEmpty(), "the seeded directory has no user awaiting activation");

        RawHttpClient::Headers headers = auth;
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        const QList<RawReply> replies = sendAll(
            { &a, &b },
            [&](RawHttpClient &http, int n) {
                const QByteArray body = R"({"contact":{"email":"racer-)" + QByteArray::number(n)
                    + R"(@fresh.example"},"version":)" + QByteArray::number(version) + '}';
                return http.start("PUT", QStringLiteral("/api/2/users/%1").arg(userId), body,
                                  headers);
            },
            20);
        QCOMPARE(replies.size(), 20);
        int winner = -1;
        for (int n = 0; n < replies.size(); ++n) {
            if (replies.at(n).status == 200) {
                QCOMPARE(winner, -1);
                winner = n;
                continue;
            }
            QCOMPARE(replies.at(n).status, 409);
            QCOMPARE(replies.at(n)
                         .object()
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toInt(),
                     1001);
        }
        QVERIFY(winner >= 0);
        const QJsonObject after =
            a.get(QStringLiteral("/api/2/users/%1").arg(userId), auth).object();
        QCOMPARE(after.value(QStringLiteral("version")).toInteger(), version + 1);
        QCOMPARE(after.value(QStringLiteral("contact"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toString(),
                 QStringLiteral("racer-%1@fresh.example").arg(winner));
    }
};

QTEST_GUILESS_MAIN(TstMockConcurrency)
#include "tst_mockconcurrency.moc"
