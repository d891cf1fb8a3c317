#include "MockServer.h"
#include "RawHttpClient.h"
#include "TestBuild.h"

#include <QSet>
#include <QTest>

#include <memory>

/// Walks whole directories of 100,000 users (20,000 under AddressSanitizer) page by page, the way
/// clients do, and proves that no user is skipped or repeated and that the totals agree with what
/// was walked.
class TstMockPaging : public QObject
{
    Q_OBJECT

private:
    // Under AddressSanitizer a fifth of them: the run checks memory safety, not volume, and
    // walking 100,000 users three ways takes minutes there.
    static constexpr int userCount = TestBuild::sanitized ? 20000 : 100000;
    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<RawHttpClient> m_http;

    RawHttpClient::Headers gcoreAuth() const
    {
        return { { "Authorization",
                   "APIKey " + m_server->config().credentials.gcoreApiKey.toUtf8() } };
    }

    QString acronisToken()
    {
        const MockCredentials &creds = m_server->config().credentials;
        const RawReply reply = m_http->postForm(
            QStringLiteral("/api/2/idp/token"), "grant_type=client_credentials",
            { RawHttpClient::basic(creds.acronisClientId, creds.acronisClientSecret) });
        return reply.object().value(QStringLiteral("access_token")).toString();
    }

private slots:
    void initTestCase()
    {
        MockServerConfig config;
        config.users = userCount;
        m_server = std::make_unique<MockServer>(config);
        QVERIFY(m_server->listen());
        m_http = std::make_unique<RawHttpClient>(m_server->baseUrl());
    }

    void gcoreOffsetPaging_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("pages of 1000") << 1000;
        QTest::newRow("pages of 997 (last page partial)") << 997;
    }

    void gcoreOffsetPaging()
    {
        QFETCH(int, limit);
        QSet<qint64> seen;
        int pages = 0;
        for (int offset = 0;; offset += limit) {
            const RawReply reply =
                m_http->get(QStringLiteral("/iam/users?limit=%1&offset=%2").arg(limit).arg(offset),
                            gcoreAuth());
            QCOMPARE(reply.status, 200);
            const QJsonObject page = reply.object();
            QCOMPARE(page.value(QStringLiteral("count")).toInt(), userCount);
            const QJsonArray results = page.value(QStringLiteral("results")).toArray();
            for (const QJsonValue &user : results) {
                const qint64 id = user.toObject().value(QStringLiteral("id")).toInteger(-1);
                QVERIFY2(!seen.contains(id), qPrintable(QStringLiteral("repeated id %1").arg(id)));
                seen.insert(id);
            }
            ++pages;
            if (page.value(QStringLiteral("next")).isNull()) {
                QVERIFY(results.size() <= limit);
                break;
            }
            QCOMPARE(results.size(), qsizetype(limit));
        }
        QCOMPARE(seen.size(), qsizetype(userCount));
        QCOMPARE(pages, (userCount + limit - 1) / limit);
    }

    void zitadelSearchPaging()
    {
        const RawHttpClient::Headers auth { RawHttpClient::bearer(
            m_server->config().credentials.zitadelPat) };
        QSet<QString> seen;
        qint64 total = -1;
        const int limit = 1000;
        for (qint64 offset = 0; total < 0 || offset < total; offset += limit) {
            const QJsonObject query { { QStringLiteral("offset"), QString::number(offset) },
                                      { QStringLiteral("limit"), limit },
                                      { QStringLiteral("asc"), true } };
            const RawReply reply =
                m_http->sendJson("POST", QStringLiteral("/management/v1/users/_search"),
                                 QJsonObject { { QStringLiteral("query"), query } }, auth);
            QCOMPARE(reply.status, 200);
            const QJsonObject body = reply.object();
            // protojson: 64-bit totals are strings.
            const QJsonValue totalValue = body.value(QStringLiteral("details"))
                                              .toObject()
                                              .value(QStringLiteral("totalResult"));
            QVERIFY(totalValue.isString());
            total = totalValue.toString().toLongLong();
            for (const QJsonValue &user : body.value(QStringLiteral("result")).toArray()) {
                const QString id = user.toObject().value(QStringLiteral("id")).toString();
                QVERIFY2(!seen.contains(id), qPrintable(id));
                seen.insert(id);
            }
        }
        QVERIFY(total > 0);
        QCOMPARE(seen.size(), qsizetype(total));
    }

    void acronisUuidListThenBatches()
    {
        const QString token = acronisToken();
        QVERIFY(!token.isEmpty());
        const RawHttpClient::Headers auth { RawHttpClient::bearer(token) };

        const RawReply tenants = m_http->get(QStringLiteral("/mock/acronis/tenants"));
        QCOMPARE(tenants.status, 200);
        QSet<QString> seen;
        qsizetype listed = 0;
        for (const QJsonValue &tenant :
             tenants.object().value(QStringLiteral("tenants")).toArray()) {
            const QString tenantId = tenant.toObject().value(QStringLiteral("id")).toString();
            const RawReply uuidList =
                m_http->get(QStringLiteral("/api/2/tenants/%1/users").arg(tenantId), auth);
            QCOMPARE(uuidList.status, 200);
            const QJsonArray uuids = uuidList.object().value(QStringLiteral("items")).toArray();
            listed += uuids.size();
            for (qsizetype start = 0; start < uuids.size(); start += 100) {
                QStringList batch;
                for (qsizetype i = start; i < std::min(uuids.size(), start + 100); ++i)
                    batch.append(uuids.at(i).toString());
                const RawReply users = m_http->get(
                    QStringLiteral("/api/2/users?uuids=%1").arg(batch.join(QLatin1Char(','))),
                    auth);
                QCOMPARE(users.status, 200);
                const QJsonArray items = users.object().value(QStringLiteral("items")).toArray();
                QCOMPARE(items.size(), batch.size());
                for (const QJsonValue &user : items) {
                    const QJsonObject object = user.toObject();
                    QCOMPARE(object.value(QStringLiteral("tenant_id")).toString(), tenantId);
                    const QString id = object.value(QStringLiteral("id")).toString();
                    QVERIFY2(!seen.contains(id), qPrintable(id));
                    seen.insert(id);
                }
            }
        }
        QCOMPARE(listed, qsizetype(userCount));
        QCOMPARE(seen.size(), qsizetype(userCount));
    }
};

QTEST_GUILESS_MAIN(TstMockPaging)
#include "tst_mockpaging.moc"
