// Contract tests of the ZITADEL mock's management v1 user routes over raw HTTP: listing with
// paging, queries and sorting, organisation scoping, reading and changing email addresses.

#include "MockServer.h"
#include "MockServerConfig.h"
#include "RawHttpClient.h"
#include "ZitadelTestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace zitadeltest;

namespace {
const QString searchPath = QStringLiteral("/management/v1/users/_search");

QString userPath(const QString &id, const QString &suffix = {})
{
    return QStringLiteral("/management/v1/users/") + id + suffix;
}

QJsonObject listBody(QJsonValue offset, int limit, const QJsonArray &queries = {})
{
    QJsonObject query { { QStringLiteral("offset"), offset } };
    if (limit >= 0)
        query.insert(QStringLiteral("limit"), limit);
    QJsonObject body { { QStringLiteral("query"), query } };
    if (!queries.isEmpty())
        body.insert(QStringLiteral("queries"), queries);
    return body;
}

QJsonObject textQuery(const QString &type, const QString &field, const QString &value,
                      const QString &method)
{
    return { { type, QJsonObject { { field, value }, { QStringLiteral("method"), method } } } };
}

QStringList idsOf(const QJsonObject &listing)
{
    QStringList ids;
    for (const QJsonValue &user : listing.value(QStringLiteral("result")).toArray())
        ids.append(user[QStringLiteral("id")].toString());
    return ids;
}
} // namespace

class TestZitadelApi : public QObject
{
    Q_OBJECT

private:
    MockServerConfig m_config;
    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<RawHttpClient> m_http;
    /// Every user of the default organisation, read once with the full-rights PAT.
    QJsonArray m_defaultOrgUsers;
    QString m_defaultOrgId;

    QString pat() const { return m_config.credentials.zitadelPat; }
    RawReply search(const QJsonObject &body, const QString &orgId = {})
    {
        return m_http->sendJson("POST", searchPath, body, bearer(pat(), orgId));
    }
    QJsonObject userAt(int index) const { return m_defaultOrgUsers.at(index).toObject(); }
    QString idAt(int index) const { return userAt(index)[QStringLiteral("id")].toString(); }

private slots:
    void initTestCase();

    void listShape();
    void paging_data();
    void paging();
    void offsetAtUint64Maximum();
    void pagesConcatenateToFullListing();
    void defaultAndMaximumLimit();
    void queries_data();
    void queries();
    void invalidSearches_data();
    void invalidSearches();
    void sortingColumn();
    void organisationHeader();

    void getUserAndEmail();
    void everyListedUserIsTheUserItself();
    void updateEmailPersistsAndMailsCode();
    void updateEmailVerifiedAndSnakeCase();
    void updateEmailErrors_data();
    void updateEmailErrors();
    void resendVerification();

    void badRequestDoesNotAffectNext();
    void determinism();
    void plainPagingIsFastAtScale();
};

void TestZitadelApi::initTestCase()
{
    m_config.users = 1000;
    m_config.seed = 4242;
    m_server = std::make_unique<MockServer>(m_config);
    QVERIFY(m_server->listen());
    m_http = std::make_unique<RawHttpClient>(m_server->baseUrl());

    const RawReply all = search(listBody(QStringLiteral("0"), 1000));
    QCOMPARE(all.status, 200);
    m_defaultOrgUsers = all.object()[QStringLiteral("result")].toArray();
    QVERIFY(m_defaultOrgUsers.size() > 120); // enough for the default limit of 100
    QVERIFY(m_defaultOrgUsers.size() < m_config.users); // other organisations hold the rest
    m_defaultOrgId =
        userAt(0)[QStringLiteral("details")][QStringLiteral("resourceOwner")].toString();
    for (const QJsonValue &user : m_defaultOrgUsers)
        QCOMPARE(user[QStringLiteral("details")][QStringLiteral("resourceOwner")].toString(),
                 m_defaultOrgId);
}

void TestZitadelApi::listShape()
{
    const RawReply reply = search(listBody(QStringLiteral("0"), 10));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.object();
    const QJsonObject details = body[QStringLiteral("details")].toObject();
    QCOMPARE(details[QStringLiteral("totalResult")].toString(),
             QString::number(m_defaultOrgUsers.size()));
    QVERIFY(isUint64String(details[QStringLiteral("processedSequence")]));
    QVERIFY(isRfc3339Utc(details[QStringLiteral("viewTimestamp")]));
    QVERIFY2(findZeroValue(body).isEmpty(), qPrintable(findZeroValue(body)));

    const QJsonArray result = body[QStringLiteral("result")].toArray();
    QCOMPARE(result.size(), 10);
    static const QRegularExpression eighteenDigits(QStringLiteral("^[1-9][0-9]{17}$"));
    QSet<QString> ids;
    for (const QJsonValue &value : result) {
        const QJsonObject user = value.toObject();
        const QString id = user[QStringLiteral("id")].toString();
        QVERIFY2(eighteenDigits.match(id).hasMatch(), qPrintable(id));
        ids.insert(id);
        const QJsonObject userDetails = user[QStringLiteral("details")].toObject();
        QVERIFY(isUint64String(userDetails[QStringLiteral("sequence")]));
        QVERIFY(isRfc3339Utc(userDetails[QStringLiteral("creationDate")]));
        QVERIFY(isRfc3339Utc(userDetails[QStringLiteral("changeDate")]));
        QCOMPARE(userDetails[QStringLiteral("resourceOwner")].toString(), m_defaultOrgId);
        QVERIFY(user[QStringLiteral("state")].toString().startsWith(QStringLiteral("USER_STATE_")));
        const QString userName = user[QStringLiteral("userName")].toString();
        QVERIFY(!userName.isEmpty());
        const QJsonArray loginNames = user[QStringLiteral("loginNames")].toArray();
        QCOMPARE(loginNames.size(), 1);
        QVERIFY(loginNames.at(0).toString().startsWith(userName + QLatin1Char('@')));
        QCOMPARE(user[QStringLiteral("preferredLoginName")], loginNames.at(0));
        const QJsonObject human = user[QStringLiteral("human")].toObject();
        const QJsonObject profile = human[QStringLiteral("profile")].toObject();
        QVERIFY(!profile[QStringLiteral("firstName")].toString().isEmpty());
        QVERIFY(!profile[QStringLiteral("lastName")].toString().isEmpty());
        QCOMPARE(profile[QStringLiteral("displayName")].toString(),
                 profile[QStringLiteral("firstName")].toString() + QLatin1Char(' ')
                     + profile[QStringLiteral("lastName")].toString());
        const QJsonObject email = human[QStringLiteral("email")].toObject();
        QVERIFY(email[QStringLiteral("email")].toString().contains(QLatin1Char('@')));
        QVERIFY(!email.contains(QStringLiteral("isEmailVerified"))
                || email[QStringLiteral("isEmailVerified")] == QJsonValue(true));
        QVERIFY(human[QStringLiteral("phone")].isObject());
        QVERIFY(!user.contains(QStringLiteral("machine")));
    }
    QCOMPARE(ids.size(), 10);
    // Both verification states occur among the default organisation's users.
    int verified = 0;
    for (const QJsonValue &user : m_defaultOrgUsers)
        verified += user[QStringLiteral("human")][QStringLiteral("email")]
                        [QStringLiteral("isEmailVerified")]
                            .toBool();
    QVERIFY(verified > 0 && verified < m_defaultOrgUsers.size());
}

void TestZitadelApi::paging_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("offsetAsNumber");

    const int total = int(m_defaultOrgUsers.size());
    QTest::newRow("first page") << 0 << 7 << false;
    QTest::newRow("offset as number") << 5 << 7 << true;
    QTest::newRow("exactly one page") << 0 << total << false;
    QTest::newRow("last partial page") << total - 3 << 10 << false;
    QTest::newRow("empty page at end") << total << 10 << false;
    QTest::newRow("offset past end") << total + 50 << 10 << true;
}

void TestZitadelApi::paging()
{
    QFETCH(int, offset);
    QFETCH(int, limit);
    QFETCH(bool, offsetAsNumber);

    const QJsonValue offsetValue =
        offsetAsNumber ? QJsonValue(offset) : QJsonValue(QString::number(offset));
    const RawReply reply = search(listBody(offsetValue, limit));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.object();
    QCOMPARE(body[QStringLiteral("details")][QStringLiteral("totalResult")].toString(),
             QString::number(m_defaultOrgUsers.size()));
    QStringList expected;
    for (int i = offset; i < std::min<int>(offset + limit, int(m_defaultOrgUsers.size())); ++i)
        expected.append(idAt(i));
    QCOMPARE(idsOf(body), expected);
    // protojson omits the empty list entirely.
    QCOMPARE(body.contains(QStringLiteral("result")), !expected.isEmpty());
}

void TestZitadelApi::offsetAtUint64Maximum()
{
    const RawReply reply = search(listBody(QStringLiteral("18446744073709551615"), 1000));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.object().contains(QStringLiteral("result")));
    QCOMPARE(reply.object()[QStringLiteral("details")][QStringLiteral("totalResult")].toString(),
             QString::number(m_defaultOrgUsers.size()));
    ZITADEL_VERIFY_RPC(search(listBody(QStringLiteral("18446744073709551616"), 10)), 400, 3);
}

void TestZitadelApi::pagesConcatenateToFullListing()
{
    QStringList collected;
    for (int offset = 0; offset < m_defaultOrgUsers.size(); offset += 37)
        collected += idsOf(search(listBody(QString::number(offset), 37)).object());
    QStringList all;
    for (int i = 0; i < m_defaultOrgUsers.size(); ++i)
        all.append(idAt(i));
    QCOMPARE(collected, all);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
}

void TestZitadelApi::defaultAndMaximumLimit()
{
    QCOMPARE(idsOf(search(QJsonObject()).object()).size(), 100);
    QCOMPARE(idsOf(search(listBody(QStringLiteral("0"), 0)).object()).size(), 100);
    QCOMPARE(search(listBody(QStringLiteral("0"), 1000)).status, 200);
    const RawReply tooMany = search(listBody(QStringLiteral("0"), 1001));
    ZITADEL_VERIFY_RPC(tooMany, 400, 3, QString(), QStringLiteral("invalid list query"));
}

void TestZitadelApi::queries_data()
{
    QTest::addColumn<QJsonObject>("query");
    QTest::addColumn<QStringList>("expected");

    const QJsonObject sample = userAt(3);
    const QString email =
        sample[QStringLiteral("human")][QStringLiteral("email")][QStringLiteral("email")]
            .toString();
    const QString userName = sample[QStringLiteral("userName")].toString();
    const QString domain = email.mid(email.indexOf(QLatin1Char('@')));
    const QString firstName =
        sample[QStringLiteral("human")][QStringLiteral("profile")][QStringLiteral("firstName")]
            .toString();
    const auto matching = [this](const std::function<bool(const QJsonObject &)> &accept) {
        QStringList ids;
        for (const QJsonValue &user : m_defaultOrgUsers) {
            if (accept(user.toObject()))
                ids.append(user[QStringLiteral("id")].toString());
        }
        return ids;
    };
    const auto emailOf = [](const QJsonObject &u) {
        return u[QStringLiteral("human")][QStringLiteral("email")][QStringLiteral("email")]
            .toString();
    };

    QTest::newRow("email equals") << textQuery(QStringLiteral("emailQuery"),
                                               QStringLiteral("emailAddress"), email,
                                               QStringLiteral("TEXT_QUERY_METHOD_EQUALS"))
                                  << matching(
                                         [&](const QJsonObject &u) { return emailOf(u) == email; });
    QTest::newRow("email equals, wrong case")
        << textQuery(QStringLiteral("emailQuery"), QStringLiteral("emailAddress"), email.toUpper(),
                     QStringLiteral("TEXT_QUERY_METHOD_EQUALS"))
        << QStringList();
    QTest::newRow("email equals ignore case, snake_case")
        << textQuery(QStringLiteral("email_query"), QStringLiteral("email_address"),
                     email.toUpper(), QStringLiteral("TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE"))
        << matching([&](const QJsonObject &u) {
               return emailOf(u).compare(email, Qt::CaseInsensitive) == 0;
           });
    QTest::newRow("email ends with domain")
        << textQuery(QStringLiteral("emailQuery"), QStringLiteral("emailAddress"), domain,
                     QStringLiteral("TEXT_QUERY_METHOD_ENDS_WITH"))
        << matching([&](const QJsonObject &u) { return emailOf(u).endsWith(domain); });
    QTest::newRow("user name starts with")
        << textQuery(QStringLiteral("userNameQuery"), QStringLiteral("userName"), userName.left(3),
                     QStringLiteral("TEXT_QUERY_METHOD_STARTS_WITH"))
        << matching([&](const QJsonObject &u) {
               return u[QStringLiteral("userName")].toString().startsWith(userName.left(3));
           });
    QTest::newRow("first name contains ignore case")
        << textQuery(QStringLiteral("firstNameQuery"), QStringLiteral("firstName"),
                     firstName.mid(1, 2).toUpper(),
                     QStringLiteral("TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE"))
        << matching([&](const QJsonObject &u) {
               return u[QStringLiteral("human")][QStringLiteral("profile")]
                       [QStringLiteral("firstName")]
                           .toString()
                           .contains(firstName.mid(1, 2), Qt::CaseInsensitive);
           });
    QTest::newRow("login name equals")
        << textQuery(QStringLiteral("loginNameQuery"), QStringLiteral("loginName"),
                     sample[QStringLiteral("preferredLoginName")].toString(),
                     QStringLiteral("TEXT_QUERY_METHOD_EQUALS"))
        << QStringList { sample[QStringLiteral("id")].toString() };
    QTest::newRow("enums as numbers (EQUALS_IGNORE_CASE = 1)")
        << QJsonObject { { QStringLiteral("emailQuery"),
                           QJsonObject { { QStringLiteral("emailAddress"), email.toUpper() },
                                         { QStringLiteral("method"), 1 } } } }
        << matching([&](const QJsonObject &u) {
               return emailOf(u).compare(email, Qt::CaseInsensitive) == 0;
           });
    QTest::newRow("state locked") << QJsonObject {
        { QStringLiteral("stateQuery"),
          QJsonObject { { QStringLiteral("state"), QStringLiteral("USER_STATE_LOCKED") } } }
    } << matching([](const QJsonObject &u) {
        return u[QStringLiteral("state")].toString() == QLatin1String("USER_STATE_LOCKED");
    });
    QTest::newRow("type human") << QJsonObject {
        { QStringLiteral("typeQuery"),
          QJsonObject { { QStringLiteral("type"), QStringLiteral("TYPE_HUMAN") } } }
    } << matching([](const QJsonObject &) { return true; });
    QTest::newRow("type machine") << QJsonObject {
        { QStringLiteral("typeQuery"),
          QJsonObject { { QStringLiteral("type"), QStringLiteral("TYPE_MACHINE") } } }
    } << QStringList();
}

void TestZitadelApi::queries()
{
    QFETCH(QJsonObject, query);
    QFETCH(QStringList, expected);

    const RawReply reply = search(listBody(QStringLiteral("0"), 1000, QJsonArray { query }));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.object();
    QCOMPARE(idsOf(body), expected);
    const QJsonValue total = body[QStringLiteral("details")][QStringLiteral("totalResult")];
    if (expected.isEmpty())
        QVERIFY(total.isUndefined()); // "0" is a zero value: omitted
    else
        QCOMPARE(total.toString(), QString::number(expected.size()));
}

void TestZitadelApi::invalidSearches_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detailId");

    QTest::newRow("malformed json") << QByteArray("{\"query\": {") << QString();
    QTest::newRow("body is an array") << QByteArray("[]") << QString();
    QTest::newRow("offset not a number")
        << QByteArray("{\"query\":{\"offset\":\"abc\"}}") << QString();
    QTest::newRow("negative limit") << QByteArray("{\"query\":{\"limit\":-1}}") << QString();
    QTest::newRow("asc not a bool") << QByteArray("{\"query\":{\"asc\":\"yes\"}}") << QString();
    QTest::newRow("queries not a list") << QByteArray("{\"queries\":{}}") << QString();
    QTest::newRow("unknown sorting column")
        << QByteArray("{\"sortingColumn\":\"SHOE_SIZE\"}") << QString();
    QTest::newRow("unknown text method") << QByteArray(
        "{\"queries\":[{\"emailQuery\":{\"emailAddress\":\"a\",\"method\":\"LIKE\"}}]}")
                                         << QString();
    QTest::newRow("value of wrong type")
        << QByteArray("{\"queries\":[{\"emailQuery\":{\"emailAddress\":42}}]}") << QString();
    QTest::newRow("enum number out of range")
        << QByteArray("{\"sortingColumn\":1e20}") << QString();
    QTest::newRow("query without type")
        << QByteArray("{\"queries\":[{}]}") << QStringLiteral("USER-vR9nC");
}

void TestZitadelApi::invalidSearches()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detailId);
    const RawReply reply =
        m_http->send("POST", searchPath, body,
                     { RawHttpClient::bearer(pat()), { "Content-Type", "application/json" } });
    ZITADEL_VERIFY_RPC(reply, 400, 3, detailId);
    QVERIFY(!reply.object()[QStringLiteral("message")].toString().isEmpty());
}

void TestZitadelApi::sortingColumn()
{
    const auto emails = [](const QJsonObject &listing) {
        QStringList list;
        for (const QJsonValue &user : listing[QStringLiteral("result")].toArray())
            list.append(
                user[QStringLiteral("human")][QStringLiteral("email")][QStringLiteral("email")]
                    .toString()
                    .toLower());
        return list;
    };
    QJsonObject body = listBody(QStringLiteral("0"), 1000);
    body.insert(QStringLiteral("sortingColumn"), QStringLiteral("USER_FIELD_NAME_EMAIL"));
    QJsonObject query = body[QStringLiteral("query")].toObject();
    query.insert(QStringLiteral("asc"), true);
    body.insert(QStringLiteral("query"), query);
    const QJsonObject ascending = search(body).object();
    QCOMPARE(ascending[QStringLiteral("sortingColumn")].toString(),
             QStringLiteral("USER_FIELD_NAME_EMAIL"));
    QStringList expected = emails(search(listBody(QStringLiteral("0"), 1000)).object());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(emails(ascending), expected);

    query.insert(QStringLiteral("asc"), false);
    query.insert(QStringLiteral("limit"), 5);
    body.insert(QStringLiteral("query"), query);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(emails(search(body).object()), expected.mid(0, 5));
}

void TestZitadelApi::organisationHeader()
{
    // The mock's seeded organisations (the fixture documented with the demo credentials):
    // three where the service account is a member, one where it is not.
    const QStringList orgIds { QStringLiteral("276381956392018433"),
                               QStringLiteral("276381956392018977"),
                               QStringLiteral("276381956392019521"),
                               QStringLiteral("276381956392020065") };
    QVERIFY(orgIds.contains(m_defaultOrgId));
    int forbidden = 0;
    QJsonObject otherUser;
    QString otherOrg;
    for (const QString &orgId : orgIds) {
        const RawReply reply = search(listBody(QStringLiteral("0"), 1000), orgId);
        if (reply.status == 403) {
            ZITADEL_VERIFY_RPC(reply, 403, 7, QStringLiteral("AUTH-5mWD2"));
            ++forbidden;
            continue;
        }
        QCOMPARE(reply.status, 200);
        const QJsonArray users = reply.object()[QStringLiteral("result")].toArray();
        QVERIFY(!users.isEmpty());
        for (const QJsonValue &user : users)
            QCOMPARE(user[QStringLiteral("details")][QStringLiteral("resourceOwner")].toString(),
                     orgId);
        if (orgId != m_defaultOrgId && otherOrg.isEmpty()) {
            otherOrg = orgId;
            otherUser = users.first().toObject();
        }
    }
    QCOMPARE(forbidden, 1);
    QVERIFY(!otherOrg.isEmpty());

    // A user of another organisation is invisible without the header and visible with it.
    const QString id = otherUser[QStringLiteral("id")].toString();
    ZITADEL_VERIFY_RPC(m_http->get(userPath(id), bearer(pat())), 404, 5,
                       QStringLiteral("QUERY-Dfbg2"));
    const RawReply withHeader = m_http->get(userPath(id), bearer(pat(), otherOrg));
    QCOMPARE(withHeader.status, 200);
    QCOMPARE(withHeader.object()[QStringLiteral("user")].toObject(), otherUser);
    ZITADEL_VERIFY_RPC(m_http->sendJson("PUT", userPath(id, QStringLiteral("/email")),
                                        QJsonObject { { QStringLiteral("email"),
                                                        QStringLiteral("o@org.example") } },
                                        bearer(pat())),
                       404, 5);
    // Inference documented by the mock: an unknown organisation id is refused like a foreign one.
    ZITADEL_VERIFY_RPC(search(QJsonObject(), QStringLiteral("123")), 403, 7,
                       QStringLiteral("AUTH-5mWD2"));
}

void TestZitadelApi::getUserAndEmail()
{
    const QJsonObject listed = userAt(5);
    const QString id = listed[QStringLiteral("id")].toString();
    const RawReply user = m_http->get(userPath(id), bearer(pat()));
    QCOMPARE(user.status, 200);
    QCOMPARE(user.object()[QStringLiteral("user")].toObject(), listed);

    const RawReply email = m_http->get(userPath(id, QStringLiteral("/email")), bearer(pat()));
    QCOMPARE(email.status, 200);
    const QJsonObject body = email.object();
    QCOMPARE(body[QStringLiteral("email")].toObject(),
             listed[QStringLiteral("human")][QStringLiteral("email")].toObject());
    QCOMPARE(body[QStringLiteral("details")].toObject(),
             listed[QStringLiteral("details")].toObject());
    QVERIFY2(findZeroValue(body).isEmpty(), qPrintable(findZeroValue(body)));

    ZITADEL_VERIFY_RPC(m_http->get(userPath(QStringLiteral("999999999999999999")), bearer(pat())),
                       404, 5, QStringLiteral("QUERY-Dfbg2"),
                       QStringLiteral("User could not be found"));
    ZITADEL_VERIFY_RPC(
        m_http->get(userPath(QStringLiteral("999999999999999999"), QStringLiteral("/email")),
                    bearer(pat())),
        404, 5, QStringLiteral("QUERY-Dfbg2"));
}

// The search writes its users straight to the page (the mock's hot path), GET /users/{id} as an
// object: each listed user is the very user GET returns, whichever optional parts it has.
void TestZitadelApi::everyListedUserIsTheUserItself()
{
    int withPhone = 0;
    int verified = 0;
    for (const QJsonValue &listed : std::as_const(m_defaultOrgUsers)) {
        const QString id = listed[QStringLiteral("id")].toString();
        const RawReply user = m_http->get(userPath(id), bearer(pat()));
        QCOMPARE(user.status, 200);
        QCOMPARE(user.object()[QStringLiteral("user")].toObject(), listed.toObject());
        const QJsonObject human = listed[QStringLiteral("human")].toObject();
        withPhone += human[QStringLiteral("phone")].toObject().contains(QStringLiteral("phone"));
        verified += human[QStringLiteral("email")][QStringLiteral("isEmailVerified")].toBool();
    }
    // Both sides of each optional part were compared.
    QVERIFY(withPhone > 0 && withPhone < m_defaultOrgUsers.size());
    QVERIFY(verified > 0 && verified < m_defaultOrgUsers.size());
}

void TestZitadelApi::updateEmailPersistsAndMailsCode()
{
    const QJsonObject before = userAt(10);
    const QString id = before[QStringLiteral("id")].toString();
    const qint64 sequence =
        before[QStringLiteral("details")][QStringLiteral("sequence")].toString().toLongLong();
    const QString address = QStringLiteral("changed.%1@newmail.example").arg(id.right(6));

    const RawReply changed =
        m_http->sendJson("PUT", userPath(id, QStringLiteral("/email")),
                         QJsonObject { { QStringLiteral("email"), address },
                                       { QStringLiteral("isEmailVerified"), false } },
                         bearer(pat()));
    QCOMPARE(changed.status, 200);
    const QJsonObject details = changed.object()[QStringLiteral("details")].toObject();
    QCOMPARE(details[QStringLiteral("sequence")].toString(), QString::number(sequence + 1));
    QVERIFY(isRfc3339Utc(details[QStringLiteral("changeDate")]));
    QCOMPARE(details[QStringLiteral("resourceOwner")].toString(), m_defaultOrgId);

    const QJsonObject email =
        m_http->get(userPath(id, QStringLiteral("/email")), bearer(pat())).object();
    QCOMPARE(email[QStringLiteral("email")][QStringLiteral("email")].toString(), address);
    QVERIFY(!email[QStringLiteral("email")].toObject().contains(QStringLiteral("isEmailVerified")));
    QCOMPARE(email[QStringLiteral("details")][QStringLiteral("sequence")].toString(),
             QString::number(sequence + 1));

    const QJsonArray mails = m_http->get(QStringLiteral("/mock/mailbox?to=") + address)
                                 .object()[QStringLiteral("messages")]
                                 .toArray();
    QCOMPARE(mails.size(), 1);
    QCOMPARE(mails.at(0)[QStringLiteral("backend")].toString(), QStringLiteral("zitadel"));
    QVERIFY(!mails.at(0)[QStringLiteral("code")].toString().isEmpty());

    // The listing reads the same state back.
    const RawReply found = search(listBody(
        QStringLiteral("0"), 10,
        QJsonArray { textQuery(QStringLiteral("emailQuery"), QStringLiteral("emailAddress"),
                               address, QStringLiteral("TEXT_QUERY_METHOD_EQUALS")) }));
    QCOMPARE(idsOf(found.object()), QStringList { id });

    // Same address again: FAILED_PRECONDITION, nothing changes.
    const RawReply again =
        m_http->sendJson("PUT", userPath(id, QStringLiteral("/email")),
                         QJsonObject { { QStringLiteral("email"), address } }, bearer(pat()));
    ZITADEL_VERIFY_RPC(again, 400, 9, QStringLiteral("COMMAND-2b7fM"),
                       QStringLiteral("Email not changed"));
    QCOMPARE(m_http->get(userPath(id, QStringLiteral("/email")), bearer(pat()))
                 .object()[QStringLiteral("details")][QStringLiteral("sequence")]
                 .toString(),
             QString::number(sequence + 1));
}

void TestZitadelApi::updateEmailVerifiedAndSnakeCase()
{
    const QString id = idAt(11);
    const QString address = QStringLiteral("verified.%1@newmail.example").arg(id.right(6));
    const RawReply changed =
        m_http->sendJson("PUT", userPath(id, QStringLiteral("/email")),
                         QJsonObject { { QStringLiteral("email"), address },
                                       { QStringLiteral("is_email_verified"), true } },
                         bearer(pat()));
    QCOMPARE(changed.status, 200);
    const QJsonObject email =
        m_http->get(userPath(id, QStringLiteral("/email")), bearer(pat())).object();
    QCOMPARE(email[QStringLiteral("email")][QStringLiteral("email")].toString(), address);
    QCOMPARE(email[QStringLiteral("email")][QStringLiteral("isEmailVerified")], QJsonValue(true));
    QVERIFY(m_http->get(QStringLiteral("/mock/mailbox?to=") + address)
                .object()[QStringLiteral("messages")]
                .toArray()
                .isEmpty());
}

void TestZitadelApi::updateEmailErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detailId");

    const QString id = idAt(12);
    const QByteArray longEmail = QByteArray(195, 'a') + "@x.example";
    QTest::newRow("invalid address") << id << QByteArray("{\"email\":\"not-an-email\"}") << 400 << 3
                                     << QStringLiteral("EMAIL-599BI");
    QTest::newRow("longer than 200")
        << id << "{\"email\":\"" + longEmail + "\"}" << 400 << 3 << QString();
    QTest::newRow("missing email")
        << id << QByteArray("{\"isEmailVerified\":true}") << 400 << 3 << QString();
    QTest::newRow("empty body") << id << QByteArray() << 400 << 3 << QString();
    QTest::newRow("email is a number")
        << id << QByteArray("{\"email\":42}") << 400 << 3 << QString();
    QTest::newRow("verified flag is a string")
        << id << QByteArray("{\"email\":\"a@b.example\",\"isEmailVerified\":\"true\"}") << 400 << 3
        << QString();
    QTest::newRow("malformed json") << id << QByteArray("{\"email\":") << 400 << 3 << QString();
    QTest::newRow("unknown user") << QStringLiteral("100000000000000001")
                                  << QByteArray("{\"email\":\"a@b.example\"}") << 404 << 5
                                  << QStringLiteral("QUERY-Dfbg2");
}

void TestZitadelApi::updateEmailErrors()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(QString, detailId);

    const QJsonObject before =
        m_http->get(userPath(idAt(12), QStringLiteral("/email")), bearer(pat())).object();
    const RawReply reply =
        m_http->send("PUT", userPath(id, QStringLiteral("/email")), body,
                     { RawHttpClient::bearer(pat()), { "Content-Type", "application/json" } });
    ZITADEL_VERIFY_RPC(reply, status, code, detailId);
    QCOMPARE(m_http->get(userPath(idAt(12), QStringLiteral("/email")), bearer(pat())).object(),
             before);
}

void TestZitadelApi::resendVerification()
{
    QString verifiedId, unverifiedId;
    for (int i = 20;
         i < m_defaultOrgUsers.size() && (verifiedId.isEmpty() || unverifiedId.isEmpty()); ++i) {
        const bool verified = userAt(i)[QStringLiteral("human")][QStringLiteral("email")]
                                       [QStringLiteral("isEmailVerified")]
                                           .toBool();
        (verified ? verifiedId : unverifiedId) = idAt(i);
    }
    QVERIFY(!verifiedId.isEmpty() && !unverifiedId.isEmpty());

    const QString resend = QStringLiteral("/email/_resend_verification");
    ZITADEL_VERIFY_RPC(m_http->sendJson("POST", userPath(verifiedId, resend), {}, bearer(pat())),
                       400, 9, QString(), QStringLiteral("Email is already verified"));

    const QString address =
        m_http->get(userPath(unverifiedId, QStringLiteral("/email")), bearer(pat()))
            .object()[QStringLiteral("email")][QStringLiteral("email")]
            .toString();
    const auto mailCount = [&] {
        return m_http->get(QStringLiteral("/mock/mailbox?to=") + address)
            .object()[QStringLiteral("messages")]
            .toArray()
            .size();
    };
    const qsizetype before = mailCount();
    const RawReply reply =
        m_http->sendJson("POST", userPath(unverifiedId, resend), {}, bearer(pat()));
    QCOMPARE(reply.status, 200);
    QVERIFY(isUint64String(reply.object()[QStringLiteral("details")][QStringLiteral("sequence")]));
    QCOMPARE(mailCount(), before + 1);
}

void TestZitadelApi::badRequestDoesNotAffectNext()
{
    const QJsonObject good = search(listBody(QStringLiteral("0"), 5)).object();
    const RawReply bad =
        m_http->send("POST", searchPath, "{\"query\":", { RawHttpClient::bearer(pat()) });
    QCOMPARE(bad.status, 400);
    const QJsonObject after = search(listBody(QStringLiteral("0"), 5)).object();
    QCOMPARE(idsOf(after), idsOf(good));
    QCOMPARE(after[QStringLiteral("result")], good[QStringLiteral("result")]);
}

void TestZitadelApi::determinism()
{
    const auto listing = [](quint64 seed) {
        MockServerConfig config;
        config.users = 300;
        config.seed = seed;
        MockServer server(config);
        if (!server.listen())
            return QJsonValue();
        RawHttpClient http(server.baseUrl());
        return http
            .sendJson("POST", searchPath, listBody(QStringLiteral("0"), 1000),
                      bearer(config.credentials.zitadelPat))
            .object()
            .value(QStringLiteral("result"));
    };
    const QJsonValue first = listing(7);
    QVERIFY(first.isArray() && !first.toArray().isEmpty());
    QCOMPARE(listing(7), first);
    QVERIFY(listing(8) != first);
}

void TestZitadelApi::plainPagingIsFastAtScale()
{
    MockServerConfig config;
    config.users = 100000;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    const Headers auth = bearer(config.credentials.zitadelPat);
    const RawReply first =
        http.sendJson("POST", searchPath, listBody(QStringLiteral("0"), 100), auth);
    QCOMPARE(first.status, 200);
    const qint64 total = first.object()[QStringLiteral("details")][QStringLiteral("totalResult")]
                             .toString()
                             .toLongLong();
    QVERIFY(total > 10000);

    QElapsedTimer timer;
    timer.start();
    for (qint64 offset = total - 100; offset > 0; offset -= total / 20) {
        const RawReply page =
            http.sendJson("POST", searchPath, listBody(QString::number(offset), 100), auth);
        QCOMPARE(page.status, 200);
        QCOMPARE(idsOf(page.object()).size(), 100);
    }
    // Twenty pages anywhere in a 100,000 user directory: well under a second when each page
    // costs O(limit); a generous bound keeps slow CI machines green.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestZitadelApi)
#include "tst_zitadelapi.moc"
