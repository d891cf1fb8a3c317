#include "MockServer.h"
#include "RawHttpClient.h"

#include <QHash>
#include <QTest>

#include <algorithm>
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

    void listingsDuringChangesSeeEveryUserOnce()
    {
        // Writers change emails while readers list the whole directory, all in flight at once
        // on several connections (so on several worker threads). Every listing must hold every
        // user exactly once, each with either its old or its new address, and afterwards every
        // change is visible exactly once.
        MockServerConfig config;
        config.gcoreUsers = 1500;
        config.users = 10;
        MockServer server(config);
        QVERIFY(server.listen());
        const RawHttpClient::Headers headers {
            { "Authorization", "APIKey " + config.credentials.gcoreApiKey.toUtf8() },
            { "Content-Type", "application/json" }
        };
        const auto listing = [](const RawReply &reply) {
            QHash<qint64, QString> emails;
            int entries = 0;
            for (const QJsonValue &user :
                 reply.object().value(QStringLiteral("results")).toArray()) {
                emails.insert(user.toObject().value(QStringLiteral("id")).toInteger(),
                              user.toObject().value(QStringLiteral("email")).toString());
                ++entries;
            }
            return entries == emails.size() ? emails : QHash<qint64, QString> {};
        };
        RawHttpClient a(server.baseUrl()), b(server.baseUrl()), c(server.baseUrl()),
            d(server.baseUrl());
        const QHash<qint64, QString> before = listing(a.get(QStringLiteral("/iam/users"), headers));
        QCOMPARE(before.size(), 1500);
        const QList<qint64> ids = before.keys();

        constexpr int Writes = 300;
        constexpr int Reads = 24;
        const auto newEmail = [](int n) { return QStringLiteral("rw-%1@fresh.example").arg(n); };
        const QString password = config.credentials.gcoreUserPassword;
        QList<QNetworkReply *> writes, reads;
        QList<RawHttpClient *> clients { &a, &b, &c, &d };
        for (int n = 0; n < Writes; ++n) {
            const QByteArray body =
                QJsonDocument(QJsonObject { { QStringLiteral("new_email"), newEmail(n) },
                                            { QStringLiteral("password"), password } })
                    .toJson(QJsonDocument::Compact);
            writes.append(clients.at(n % 4)->start(
                "PUT", QStringLiteral("/iam/users/%1/email").arg(ids.at(n * 5)), body, headers));
            if (n % (Writes / Reads) == 0)
                reads.append(clients.at((n + 1) % 4)
                                 ->start("GET", QStringLiteral("/iam/users"), {}, headers));
        }
        const auto finished = [](const QList<QNetworkReply *> &replies) {
            return std::all_of(replies.cbegin(), replies.cend(),
                               [](QNetworkReply *reply) { return reply->isFinished(); });
        };
        QVERIFY(QTest::qWaitFor([&] { return finished(writes) && finished(reads); }, 120000));

        QHash<qint64, int> writtenTo; // user id -> n of the change
        for (int n = 0; n < Writes; ++n) {
            writtenTo.insert(ids.at(n * 5), n);
            QCOMPARE(RawHttpClient::collect(writes.at(n)).status, 200);
            writes.at(n)->deleteLater();
        }
        for (QNetworkReply *reply : std::as_const(reads)) {
            const RawReply raw = RawHttpClient::collect(reply);
            reply->deleteLater();
            QCOMPARE(raw.status, 200);
            QCOMPARE(raw.object().value(QStringLiteral("count")).toInt(), 1500);
            const QHash<qint64, QString> seen = listing(raw);
            QCOMPARE(seen.size(), 1500); // no user missing, none twice
            for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
                const auto written = writtenTo.constFind(it.key());
                const bool old = it.value() == before.value(it.key());
                QVERIFY2(old || (written != writtenTo.cend() && it.value() == newEmail(*written)),
                         qPrintable(it.value()));
            }
        }

        const QHash<qint64, QString> after = listing(a.get(QStringLiteral("/iam/users"), headers));
        QCOMPARE(after.size(), 1500);
        int changed = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            const auto written = writtenTo.constFind(it.key());
            QCOMPARE(it.value(),
                     written == writtenTo.cend() ? before.value(it.key()) : newEmail(*written));
            changed += written == writtenTo.cend() ? 0 : 1;
        }
        QCOMPARE(changed, Writes);
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
