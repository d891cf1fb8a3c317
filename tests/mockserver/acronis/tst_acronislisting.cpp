// Contract tests of the Acronis mock's listing: tenant uuid lists (order, errors), uuid
// batches of at most 100 (walk, boundaries, levels of detail), the user shape, determinism
// by seed, and a 100,000-user directory.
#include "AcronisTestSupport.h"
#include "MockServer.h"
#include "RawHttpClient.h"

#include <QSet>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace AcronisTest;

class tst_AcronisListing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tenantListsCoverEveryUserOnce();
    void tenantListOrder_data();
    void tenantListOrder();
    void tenantListErrors_data();
    void tenantListErrors();
    void batchWalkSeesEveryTenantUserOnce();
    void batchBoundaries();
    void batchLevelsOfDetail_data();
    void batchLevelsOfDetail();
    void batchErrors_data();
    void batchErrors();
    void userShape();
    void sameSeedSameDirectory();
    void largeDirectory();
    void batchItemsAreTheUsersThemselves();

private:
    MockServerConfig m_config;
    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<RawHttpClient> m_http;
    QString m_token;
    QStringList m_tenants;
    QString m_someUser;
};

void tst_AcronisListing::initTestCase()
{
    m_config.users = 600;
    m_server = std::make_unique<MockServer>(m_config);
    QVERIFY(m_server->listen());
    m_http = std::make_unique<RawHttpClient>(m_server->baseUrl());
    m_token = fetchToken(*m_http, m_config.credentials.acronisClientId,
                         m_config.credentials.acronisClientSecret);
    QVERIFY(!m_token.isEmpty());
    m_tenants = tenantIds(*m_http);
    QVERIFY(m_tenants.size() >= 2);
    const QStringList users = tenantUsers(*m_http, m_token, m_tenants.first());
    QVERIFY(!users.isEmpty());
    m_someUser = users.first();
}

void tst_AcronisListing::tenantListsCoverEveryUserOnce()
{
    QSet<QString> seen;
    for (const QString &tenant : std::as_const(m_tenants)) {
        QVERIFY(isUuid(tenant));
        const RawReply reply = m_http->get(QStringLiteral("/api/2/tenants/%1/users").arg(tenant),
                                           { RawHttpClient::bearer(m_token) });
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.object().value(QStringLiteral("items")).isArray());
        for (const QString &id :
             toStrings(reply.object().value(QStringLiteral("items")).toArray())) {
            QVERIFY2(isUuid(id), qPrintable(id));
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
        }
    }
    QCOMPARE(seen.size(), m_config.users);
}

void tst_AcronisListing::tenantListOrder_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("descending");
    QTest::newRow("login") << QStringLiteral("login") << QStringLiteral("login") << false;
    QTest::newRow("-login") << QStringLiteral("-login") << QStringLiteral("login") << true;
    QTest::newRow("name (default)") << QString() << QStringLiteral("name") << false;
    QTest::newRow("-name") << QStringLiteral("-name") << QStringLiteral("name") << true;
}

void tst_AcronisListing::tenantListOrder()
{
    QFETCH(QString, order);
    QFETCH(QString, field);
    QFETCH(bool, descending);
    const QString query = order.isEmpty() ? QString() : QStringLiteral("?order=") + order;
    const QStringList ids = tenantUsers(*m_http, m_token, m_tenants.first(), query);
    QVERIFY(ids.size() > 1);
    QStringList keys;
    for (qsizetype i = 0; i < ids.size(); i += 100) {
        for (const QJsonValue &item : batch(*m_http, m_token, ids.mid(i, 100))) {
            const QJsonObject user = item.toObject();
            const QJsonObject contact = user.value(QStringLiteral("contact")).toObject();
            keys.append(field == QLatin1String("login")
                            ? user.value(QStringLiteral("login")).toString()
                            : contact.value(QStringLiteral("firstname")).toString()
                                + QLatin1Char(' ')
                                + contact.value(QStringLiteral("lastname")).toString());
        }
    }
    QCOMPARE(keys.size(), ids.size());
    for (qsizetype i = 1; i < keys.size(); ++i) {
        const int compared = keys.at(i - 1).compare(keys.at(i), Qt::CaseInsensitive);
        QVERIFY2(descending ? compared >= 0 : compared <= 0,
                 qPrintable(keys.at(i - 1) + QStringLiteral(" / ") + keys.at(i)));
    }
    // The same set of users whatever the order.
    QStringList asIs =
        tenantUsers(*m_http, m_token, m_tenants.first(), QStringLiteral("?order=as_is"));
    QStringList sorted = ids;
    asIs.sort();
    sorted.sort();
    QCOMPARE(sorted, asIs);
}

void tst_AcronisListing::tenantListErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("malformed tenant uuid")
        << QStringLiteral("/api/2/tenants/not-a-uuid/users") << 400;
    QTest::newRow("unknown tenant") << QStringLiteral("/api/2/tenants/%1/users")
                                           .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                                    << 404;
    QTest::newRow("unknown order")
        << QStringLiteral("/api/2/tenants/{t}/users?order=shoe_size") << 400;
    QTest::newRow("non-boolean flag")
        << QStringLiteral("/api/2/tenants/{t}/users?include_hidden=maybe") << 400;
}

void tst_AcronisListing::tenantListErrors()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    path.replace(QStringLiteral("{t}"), m_tenants.first());
    const RawReply reply = m_http->get(path, { RawHttpClient::bearer(m_token) });
    verifyErrorScheme(reply, status, status);
}

void tst_AcronisListing::batchWalkSeesEveryTenantUserOnce()
{
    for (const QString &tenant : std::as_const(m_tenants)) {
        const QStringList ids = tenantUsers(*m_http, m_token, tenant);
        QStringList walked;
        for (qsizetype offset = 0; offset < ids.size(); offset += 100) {
            const QStringList slice = ids.mid(offset, 100);
            const RawReply reply = m_http->get(
                QStringLiteral("/api/2/users?uuids=%1").arg(slice.join(QLatin1Char(','))),
                { RawHttpClient::bearer(m_token) });
            QCOMPARE(reply.status, 200);
            QVERIFY(isDate(reply.object().value(QStringLiteral("timestamp")).toString()));
            const QJsonArray items = reply.object().value(QStringLiteral("items")).toArray();
            QCOMPARE(items.size(), slice.size());
            for (const QJsonValue &item : items) {
                QCOMPARE(item.toObject().value(QStringLiteral("tenant_id")).toString(), tenant);
                walked.append(item.toObject().value(QStringLiteral("id")).toString());
            }
        }
        // Requested order, every user exactly once.
        QCOMPARE(walked, ids);
    }
}

void tst_AcronisListing::batchBoundaries()
{
    QStringList all;
    for (const QString &tenant : std::as_const(m_tenants))
        all += tenantUsers(*m_http, m_token, tenant);
    QVERIFY(all.size() > 101);

    // Exactly the maximum: one full page.
    QCOMPARE(batch(*m_http, m_token, all.mid(0, 100)).size(), 100);
    // One uuid: a page of one.
    QCOMPARE(batch(*m_http, m_token, all.mid(5, 1)).size(), 1);
    // Only unknown uuids: an empty page, not an error.
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const RawReply empty = m_http->get(QStringLiteral("/api/2/users?uuids=%1").arg(unknown),
                                       { RawHttpClient::bearer(m_token) });
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.object().value(QStringLiteral("items")).toArray().size(), 0);
    // Unknown ones are skipped, the rest keep the requested order.
    const QStringList mixed = { all.at(7), unknown, all.at(3) };
    const QJsonArray items = batch(*m_http, m_token, mixed);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("id")).toString(), all.at(7));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("id")).toString(), all.at(3));
    // 101 uuids: over the documented maximum, and the error says so.
    const RawReply tooMany = m_http->get(
        QStringLiteral("/api/2/users?uuids=%1").arg(all.mid(0, 101).join(QLatin1Char(','))),
        { RawHttpClient::bearer(m_token) });
    verifyErrorScheme(tooMany, 400, 400);
    QVERIFY2(errorText(tooMany).contains(QStringLiteral("100")), qPrintable(errorText(tooMany)));
}

void tst_AcronisListing::batchLevelsOfDetail_data()
{
    QTest::addColumn<QString>("lod");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<QStringList>("absent");
    const QStringList stamps = { QStringLiteral("id"),
                                 QStringLiteral("version"),
                                 QStringLiteral("tenant_id"),
                                 QStringLiteral("created_at"),
                                 QStringLiteral("updated_at"),
                                 QStringLiteral("deleted_at"),
                                 QStringLiteral("access_policies"),
                                 QStringLiteral("origin_id"),
                                 QStringLiteral("origin_external_id"),
                                 QStringLiteral("disable_after") };
    const QStringList basic = stamps
        + QStringList { QStringLiteral("personal_tenant_id"), QStringLiteral("login"),
                        QStringLiteral("enabled") };
    const QStringList full = basic
        + QStringList { QStringLiteral("contact"), QStringLiteral("activated"),
                        QStringLiteral("language"), QStringLiteral("business_types"),
                        QStringLiteral("notifications") };
    QTest::newRow("stamps") << QStringLiteral("stamps") << stamps
                            << QStringList { QStringLiteral("login"), QStringLiteral("contact") };
    QTest::newRow("basic") << QStringLiteral(
        "basic") << basic << QStringList { QStringLiteral("contact"), QStringLiteral("activated") };
    QTest::newRow("full") << QStringLiteral("full") << full << QStringList();
    QTest::newRow("default is full") << QString() << full << QStringList();
}

void tst_AcronisListing::batchLevelsOfDetail()
{
    QFETCH(QString, lod);
    QFETCH(QStringList, required);
    QFETCH(QStringList, absent);
    const QString query = lod.isEmpty() ? QString() : QStringLiteral("&lod=") + lod;
    const RawReply reply =
        m_http->get(QStringLiteral("/api/2/users?uuids=%1%2").arg(m_someUser, query),
                    { RawHttpClient::bearer(m_token) });
    QCOMPARE(reply.status, 200);
    const QJsonObject item =
        reply.object().value(QStringLiteral("items")).toArray().at(0).toObject();
    for (const QString &field : std::as_const(required))
        QVERIFY2(item.contains(field), qPrintable(field));
    for (const QString &field : std::as_const(absent))
        QVERIFY2(!item.contains(field), qPrintable(field));
}

void tst_AcronisListing::batchErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("named");
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("no filter") << QString() << QStringLiteral("uuids");
    QTest::newRow("empty uuids") << QStringLiteral("?uuids=") << QStringLiteral("uuid");
    QTest::newRow("malformed uuid")
        << QStringLiteral("?uuids=%1,xyz").arg(id) << QStringLiteral("xyz");
    QTest::newRow("trailing comma")
        << QStringLiteral("?uuids=%1,").arg(id) << QStringLiteral("uuid");
    QTest::newRow("with tenant_id")
        << QStringLiteral("?uuids=%1&tenant_id=%1").arg(id) << QStringLiteral("tenant_id");
    QTest::newRow("bad lod") << QStringLiteral("?uuids=%1&lod=everything").arg(id)
                             << QStringLiteral("lod");
}

void tst_AcronisListing::batchErrors()
{
    QFETCH(QString, query);
    QFETCH(QString, named);
    const RawReply reply =
        m_http->get(QStringLiteral("/api/2/users") + query, { RawHttpClient::bearer(m_token) });
    verifyErrorScheme(reply, 400, 400);
    QVERIFY2(errorText(reply).contains(named), qPrintable(errorText(reply)));
}

void tst_AcronisListing::userShape()
{
    const RawReply reply = m_http->get(QStringLiteral("/api/2/users/%1").arg(m_someUser),
                                       { RawHttpClient::bearer(m_token) });
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject user = reply.object();
    QCOMPARE(user.value(QStringLiteral("id")).toString(), m_someUser);
    QVERIFY(user.value(QStringLiteral("version")).isDouble());
    QVERIFY(isUuid(user.value(QStringLiteral("tenant_id")).toString()));
    QVERIFY(m_tenants.contains(user.value(QStringLiteral("tenant_id")).toString()));
    QVERIFY(!user.value(QStringLiteral("login")).toString().isEmpty());
    QVERIFY(user.value(QStringLiteral("activated")).isBool());
    QVERIFY(user.value(QStringLiteral("enabled")).isBool());
    QVERIFY(isDate(user.value(QStringLiteral("created_at")).toString()));
    QVERIFY(isDate(user.value(QStringLiteral("updated_at")).toString()));
    QVERIFY(user.contains(QStringLiteral("deleted_at")));
    QVERIFY(user.value(QStringLiteral("deleted_at")).isNull());
    QVERIFY(!user.value(QStringLiteral("language")).toString().isEmpty());
    QVERIFY(user.value(QStringLiteral("business_types")).isArray());
    QVERIFY(user.value(QStringLiteral("notifications")).isArray());
    const QStringList mfa = { QStringLiteral("disabled"), QStringLiteral("forcibly_disabled"),
                              QStringLiteral("setup_required"), QStringLiteral("enabled") };
    QVERIFY(mfa.contains(user.value(QStringLiteral("mfa_status")).toString()));
    QVERIFY(isUuid(user.value(QStringLiteral("idp_id")).toString()));
    QVERIFY(user.contains(QStringLiteral("personal_tenant_id")));

    const QJsonObject contact = user.value(QStringLiteral("contact")).toObject();
    QVERIFY(isUuid(contact.value(QStringLiteral("id")).toString()));
    QVERIFY(contact.value(QStringLiteral("email")).toString().contains(QLatin1Char('@')));
    QVERIFY(contact.value(QStringLiteral("email_confirmed")).isBool());
    QVERIFY(contact.value(QStringLiteral("firstname")).isString());
    QVERIFY(contact.value(QStringLiteral("lastname")).isString());
    QVERIFY(contact.value(QStringLiteral("phone")).isString()
            || contact.value(QStringLiteral("phone")).isNull());
    const QJsonArray types = contact.value(QStringLiteral("types")).toArray();
    for (const QJsonValue &type : types) {
        QVERIFY(QStringList({ QStringLiteral("legal"), QStringLiteral("primary"),
                              QStringLiteral("billing"), QStringLiteral("technical"),
                              QStringLiteral("management"), QStringLiteral("company_billing") })
                    .contains(type.toString()));
    }

    // The batch item is the same user (plus the batch-only access_policies).
    QJsonObject item = batch(*m_http, m_token, { m_someUser }).at(0).toObject();
    QVERIFY(item.value(QStringLiteral("access_policies")).isArray());
    item.remove(QStringLiteral("access_policies"));
    QCOMPARE(item, user);
}

void tst_AcronisListing::sameSeedSameDirectory()
{
    const auto snapshot = [](quint64 seed) {
        MockServerConfig config;
        config.users = 150;
        config.seed = seed;
        MockServer server(config);
        if (!server.listen())
            return QJsonArray();
        RawHttpClient http(server.baseUrl());
        const QString token = fetchToken(http, config.credentials.acronisClientId,
                                         config.credentials.acronisClientSecret);
        QJsonArray result;
        for (const QString &tenant : tenantIds(http)) {
            const QStringList ids = tenantUsers(http, token, tenant);
            result.append(QJsonArray::fromStringList(ids));
            for (qsizetype i = 0; i < ids.size(); i += 100) {
                for (const QJsonValue &item : batch(http, token, ids.mid(i, 100))) {
                    const QJsonObject user = item.toObject();
                    result.append(user.value(QStringLiteral("login")));
                    result.append(user.value(QStringLiteral("contact"))
                                      .toObject()
                                      .value(QStringLiteral("email")));
                    result.append(user.value(QStringLiteral("activated")));
                }
            }
        }
        return result;
    };
    const QJsonArray first = snapshot(7);
    QVERIFY(first.size() > 150);
    QCOMPARE(snapshot(7), first);
    QVERIFY(snapshot(8) != first);
}

void tst_AcronisListing::largeDirectory()
{
    MockServerConfig config;
    config.users = 100000;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    const QString token = fetchToken(http, config.credentials.acronisClientId,
                                     config.credentials.acronisClientSecret);
    qsizetype total = 0;
    QStringList firstPage;
    for (const QString &tenant : tenantIds(http)) {
        const QStringList ids = tenantUsers(http, token, tenant, QStringLiteral("?order=as_is"));
        total += ids.size();
        if (firstPage.isEmpty())
            firstPage = ids.mid(ids.size() - 100);
    }
    QCOMPARE(total, qsizetype(config.users));
    QCOMPARE(batch(http, token, firstPage).size(), 100);
}

// Batch items of untouched users are written straight to the page (the mock's hot path),
// those of users changed through PUT as objects: either way an item is GET /users/{id} of the
// same user plus the batch's access_policies.
void tst_AcronisListing::batchItemsAreTheUsersThemselves()
{
    const QStringList ids = tenantUsers(*m_http, m_token, m_tenants.first()).mid(0, 100);
    QVERIFY(ids.size() >= 2);
    const auto single = [this](const QString &id) {
        return m_http->get(QStringLiteral("/api/2/users/%1").arg(id),
                           { RawHttpClient::bearer(m_token) });
    };
    const RawReply before = single(ids.at(1));
    QCOMPARE(before.status, 200);
    const QJsonObject change {
        { QStringLiteral("contact"),
          QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Zoë \"Renamed\"") } } },
        { QStringLiteral("version"), before.object().value(QStringLiteral("version")) }
    };
    QCOMPARE(m_http
                 ->sendJson("PUT", QStringLiteral("/api/2/users/%1").arg(ids.at(1)), change,
                            { RawHttpClient::bearer(m_token) })
                 .status,
             200);

    const RawReply batch =
        m_http->get(QStringLiteral("/api/2/users?uuids=%1").arg(ids.join(QLatin1Char(','))),
                    { RawHttpClient::bearer(m_token) });
    QCOMPARE(batch.status, 200);
    const QJsonArray items = batch.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const RawReply user = single(ids.at(i));
        QCOMPARE(user.status, 200);
        QJsonObject expected = user.object();
        expected.insert(QStringLiteral("access_policies"), QJsonArray());
        QCOMPARE(items.at(i).toObject(), expected);
    }
    QCOMPARE(items.at(1)
                 .toObject()
                 .value(QStringLiteral("contact"))
                 .toObject()
                 .value(QStringLiteral("firstname"))
                 .toString(),
             QStringLiteral("Zoë \"Renamed\""));
}

QTEST_GUILESS_MAIN(tst_AcronisListing)
#include "tst_acronislisting.moc"
