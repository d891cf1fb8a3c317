// Contract tests for the Gcore IAM mock: reads, paging and authentication (API.md §1,
// specs/gcore-iam.yaml). Raw HTTP only.

#include "MockServer.h"
#include "RawHttpClient.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <memory>

namespace {
using Header = QPair<QByteArray, QByteArray>;

Header authorization(const QByteArray &value)
{
    return { "Authorization", value };
}

QJsonObject detail(const QString &text)
{
    return { { QStringLiteral("detail"), text } };
}

QJsonObject fieldErrors(const QString &field, const QString &message)
{
    return { { QStringLiteral("errors"), QJsonObject { { field, QJsonArray { message } } } } };
}
} // namespace

class TestGcoreApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void userHasEveryRequiredField();
    void unknownUserIsNotFound_data();
    void unknownUserIsNotFound();

    void listingWithoutLimitReturnsEveryone();
    void paging_data();
    void paging();
    void pagesConcatenateToTheFullListing();
    void limitIsCappedAt1000();
    void invalidPagingParameters_data();
    void invalidPagingParameters();

    void determinism();
    void largeDirectoryPagesQuickly();

    void emailChangePersistsAndNeedsConfirmation();
    void emailChangeErrors_data();
    void emailChangeErrors();

private:
    RawHttpClient::Headers apiKey() const
    {
        return { authorization("APIKey " + m_config.credentials.gcoreApiKey.toLatin1()) };
    }
    QJsonArray allUsers();
    QJsonObject firstUser(bool active);

    MockServerConfig m_config;
    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<RawHttpClient> m_http;
};

void TestGcoreApi::initTestCase()
{
    m_config.users = 57; // not a multiple of the page sizes below
    m_server = std::make_unique<MockServer>(m_config);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_http = std::make_unique<RawHttpClient>(m_server->baseUrl());
}

QJsonArray TestGcoreApi::allUsers()
{
    const RawReply reply = m_http->get(QStringLiteral("/iam/users"), apiKey());
    return reply.object().value(QStringLiteral("results")).toArray();
}

QJsonObject TestGcoreApi::firstUser(bool active)
{
    for (const QJsonValue &user : allUsers()) {
        if (user[QStringLiteral("is_active")].toBool() == active)
            return user.toObject();
    }
    return {};
}

void TestGcoreApi::userHasEveryRequiredField()
{
    const RawReply reply = m_http->get(QStringLiteral("/iam/users/100000"), apiKey());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject user = reply.object();

    QCOMPARE(user[QStringLiteral("id")].toInteger(-1), 100000);
    QVERIFY(user[QStringLiteral("email")].toString().contains(QLatin1Char('@')));
    QVERIFY(!user[QStringLiteral("name")].toString().isEmpty());
    const QStringList languages = { QStringLiteral("de"), QStringLiteral("en"),
                                    QStringLiteral("ru"), QStringLiteral("zh"),
                                    QStringLiteral("az") };
    QVERIFY(languages.contains(user[QStringLiteral("lang")].toString()));
    QVERIFY(user.contains(QStringLiteral("phone")));
    QVERIFY(user[QStringLiteral("phone")].isNull() || user[QStringLiteral("phone")].isString());
    QVERIFY(user[QStringLiteral("company")].isString());
    QVERIFY(user[QStringLiteral("reseller")].isDouble());
    QVERIFY(user[QStringLiteral("client")].isDouble());
    QCOMPARE(user[QStringLiteral("deleted")], QJsonValue(false));
    for (const char *flag : { "activated", "sso_auth", "two_fa", "is_active" })
        QVERIFY2(user[QLatin1String(flag)].isBool(), flag);
    QCOMPARE(user[QStringLiteral("auth_types")].toArray(),
             QJsonArray { QStringLiteral("password") });
    QCOMPARE(user[QStringLiteral("user_type")].toString(), QStringLiteral("common"));

    const QJsonArray groups = user[QStringLiteral("groups")].toArray();
    QCOMPARE(groups.size(), 1);
    QVERIFY(groups.at(0)[QStringLiteral("id")].isDouble());
    QVERIFY(!groups.at(0)[QStringLiteral("name")].toString().isEmpty());

    const QJsonArray roles = user[QStringLiteral("client_and_roles")].toArray();
    QCOMPARE(roles.size(), 1);
    const QJsonObject role = roles.at(0).toObject();
    QCOMPARE(role[QStringLiteral("client_id")], user[QStringLiteral("client")]);
    QCOMPARE(role[QStringLiteral("client_company_name")], user[QStringLiteral("company")]);
    QCOMPARE(role[QStringLiteral("user_id")], user[QStringLiteral("id")]);
    // user_roles are string forms of the group ids.
    QCOMPARE(role[QStringLiteral("user_roles")].toArray(),
             QJsonArray { QString::number(groups.at(0)[QStringLiteral("id")].toInt()) });

    // The single-user route and the listing render the same object.
    QCOMPARE(allUsers().at(0).toObject(), user);
}

void TestGcoreApi::unknownUserIsNotFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("below first id") << QStringLiteral("/iam/users/99999");
    QTest::newRow("past last id") << QStringLiteral("/iam/users/%1").arg(100000 + 57);
    QTest::newRow("not an integer") << QStringLiteral("/iam/users/abc");
    QTest::newRow("negative") << QStringLiteral("/iam/users/-1");
    QTest::newRow("email of unknown user") << QStringLiteral("/iam/users/99999/email");
}

void TestGcoreApi::unknownUserIsNotFound()
{
    QFETCH(QString, path);
    const bool email = path.endsWith(QLatin1String("/email"));
    const RawReply reply = email
        ? m_http->sendJson(
            "PUT", path,
            { { QStringLiteral("new_email"), QStringLiteral("a@b.example") },
              { QStringLiteral("password"), m_config.credentials.gcoreUserPassword } },
            apiKey())
        : m_http->get(path, apiKey());
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.object(), detail(QStringLiteral("Not found.")));
}

void TestGcoreApi::listingWithoutLimitReturnsEveryone()
{
    const RawReply reply = m_http->get(QStringLiteral("/iam/users"), apiKey());
    QCOMPARE(reply.status, 200);
    const QJsonObject page = reply.object();
    QCOMPARE(page[QStringLiteral("count")].toInt(), m_config.users);
    QVERIFY(page[QStringLiteral("next")].isNull());
    QVERIFY(page[QStringLiteral("previous")].isNull());
    const QJsonArray results = page[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), m_config.users);
    QSet<qint64> ids;
    QSet<QString> emails;
    for (const QJsonValue &user : results) {
        QVERIFY(user[QStringLiteral("id")].isDouble());
        ids.insert(user[QStringLiteral("id")].toInteger());
        emails.insert(user[QStringLiteral("email")].toString().toLower());
    }
    QCOMPARE(ids.size(), m_config.users);
    QCOMPARE(emails.size(), m_config.users);
}

void TestGcoreApi::paging_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("expectedSize");
    QTest::addColumn<QJsonValue>("next");
    QTest::addColumn<QJsonValue>("previous");
    const QJsonValue none = QJsonValue::Null;
    const auto link = [](int limit, int offset) {
        return QJsonValue(QStringLiteral("/iam/users?limit=%1&offset=%2").arg(limit).arg(offset));
    };
    QTest::newRow("first page") << 10 << 0 << 10 << link(10, 10) << none;
    QTest::newRow("middle page") << 10 << 20 << 10 << link(10, 30) << link(10, 10);
    QTest::newRow("unaligned offset") << 10 << 5 << 10 << link(10, 15) << link(10, 0);
    QTest::newRow("last partial page") << 10 << 50 << 7 << none << link(10, 40);
    QTest::newRow("exactly one page") << 57 << 0 << 57 << none << none;
    QTest::newRow("offset at end") << 10 << 57 << 0 << none << link(10, 47);
    QTest::newRow("offset past end") << 10 << 500 << 0 << none << link(10, 490);
    QTest::newRow("single item") << 1 << 56 << 1 << none << link(1, 55);
}

void TestGcoreApi::paging()
{
    QFETCH(int, limit);
    QFETCH(int, offset);
    QFETCH(int, expectedSize);
    QFETCH(QJsonValue, next);
    QFETCH(QJsonValue, previous);

    const RawReply reply = m_http->get(
        QStringLiteral("/iam/users?limit=%1&offset=%2").arg(limit).arg(offset), apiKey());
    QCOMPARE(reply.status, 200);
    const QJsonObject page = reply.object();
    QCOMPARE(page[QStringLiteral("count")].toInt(), m_config.users);
    QCOMPARE(page[QStringLiteral("next")], next);
    QCOMPARE(page[QStringLiteral("previous")], previous);
    const QJsonArray results = page[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), expectedSize);
    const QJsonArray everyone = allUsers();
    for (int i = 0; i < results.size(); ++i)
        QCOMPARE(results.at(i), everyone.at(offset + i));
}

void TestGcoreApi::pagesConcatenateToTheFullListing()
{
    QJsonArray collected;
    QString path = QStringLiteral("/iam/users?limit=8");
    for (int guard = 0; !path.isEmpty() && guard < 20; ++guard) {
        const RawReply reply = m_http->get(path, apiKey());
        QCOMPARE(reply.status, 200);
        for (const QJsonValue &user : reply.object()[QStringLiteral("results")].toArray())
            collected.append(user);
        path = reply.object()[QStringLiteral("next")].toString();
    }
    QCOMPARE(collected, allUsers());
}

void TestGcoreApi::limitIsCappedAt1000()
{
    MockServerConfig config;
    config.users = 1003;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    const RawReply reply = http.get(QStringLiteral("/iam/users?limit=5000"), apiKey());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object()[QStringLiteral("count")].toInt(), 1003);
    QCOMPARE(reply.object()[QStringLiteral("results")].toArray().size(), 1000);
    QCOMPARE(reply.object()[QStringLiteral("next")].toString(),
             QStringLiteral("/iam/users?limit=1000&offset=1000"));
}

void TestGcoreApi::invalidPagingParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QJsonObject>("body");
    const QString invalid = QStringLiteral("A valid integer is required.");
    QTest::newRow("limit text") << QStringLiteral("limit=ten")
                                << fieldErrors(QStringLiteral("limit"), invalid);
    QTest::newRow("limit negative")
        << QStringLiteral("limit=-1") << fieldErrors(QStringLiteral("limit"), invalid);
    QTest::newRow("limit fraction")
        << QStringLiteral("limit=2.5") << fieldErrors(QStringLiteral("limit"), invalid);
    QTest::newRow("limit empty") << QStringLiteral("limit=")
                                 << fieldErrors(QStringLiteral("limit"), invalid);
    QTest::newRow("limit zero")
        << QStringLiteral("limit=0")
        << fieldErrors(QStringLiteral("limit"),
                       QStringLiteral("Ensure this value is greater than or equal to 1."));
    QTest::newRow("offset text") << QStringLiteral("limit=5&offset=x")
                                 << fieldErrors(QStringLiteral("offset"), invalid);
    QTest::newRow("offset negative")
        << QStringLiteral("limit=5&offset=-3") << fieldErrors(QStringLiteral("offset"), invalid);
    QTest::newRow("both")
        << QStringLiteral("limit=a&offset=b")
        << QJsonObject { { QStringLiteral("errors"),
                           QJsonObject { { QStringLiteral("limit"), QJsonArray { invalid } },
                                         { QStringLiteral("offset"), QJsonArray { invalid } } } } };
}

void TestGcoreApi::invalidPagingParameters()
{
    QFETCH(QString, query);
    QFETCH(QJsonObject, body);
    const RawReply reply = m_http->get(QStringLiteral("/iam/users?") + query, apiKey());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object(), body);
    // A rejected request leaves nothing behind: the next one is answered normally.
    QCOMPARE(m_http->get(QStringLiteral("/iam/users?limit=1"), apiKey()).status, 200);
}

void TestGcoreApi::determinism()
{
    const auto listing = [](quint64 seed) {
        MockServerConfig config;
        config.seed = seed;
        config.users = 40;
        MockServer server(config);
        if (!server.listen())
            return QByteArray();
        RawHttpClient http(server.baseUrl());
        return http
            .get(QStringLiteral("/iam/users"),
                 { authorization("APIKey " + config.credentials.gcoreApiKey.toLatin1()) })
            .body;
    };
    const QByteArray first = listing(7);
    QVERIFY(first.contains("\"results\""));
    QCOMPARE(listing(7), first);
    QVERIFY(listing(8) != first);
}

void TestGcoreApi::largeDirectoryPagesQuickly()
{
    MockServerConfig config;
    config.users = 100000;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    const RawReply reply = http.get(QStringLiteral("/iam/users?limit=10&offset=99995"), apiKey());
    QCOMPARE(reply.status, 200);
    const QJsonObject page = reply.object();
    QCOMPARE(page[QStringLiteral("count")].toInt(), 100000);
    QVERIFY(page[QStringLiteral("next")].isNull());
    const QJsonArray results = page[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(0)[QStringLiteral("id")].toInteger(), 100000 + 99995);
    QCOMPARE(http.get(QStringLiteral("/iam/users/199999"), apiKey()).status, 200);
}

void TestGcoreApi::emailChangePersistsAndNeedsConfirmation()
{
    const QJsonObject before = firstUser(true);
    const qint64 id = before[QStringLiteral("id")].toInteger();
    const QString oldEmail = before[QStringLiteral("email")].toString();
    const QString newEmail = QStringLiteral("renamed.%1@blueharbor.example").arg(id);
    const QString userPath = QStringLiteral("/iam/users/%1").arg(id);
    const QString password = m_config.credentials.gcoreUserPassword;

    const RawReply changed = m_http->sendJson(
        "PUT", userPath + QStringLiteral("/email"),
        { { QStringLiteral("new_email"), newEmail }, { QStringLiteral("password"), password } },
        apiKey());
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.object(), QJsonObject({ { QStringLiteral("new_email"), newEmail } }));

    // Read back: the address changed, it is unconfirmed, nothing else moved.
    QJsonObject after = m_http->get(userPath, apiKey()).object();
    QCOMPARE(after[QStringLiteral("email")].toString(), newEmail);
    QCOMPARE(after[QStringLiteral("activated")], QJsonValue(false));
    for (const char *field : { "id", "name", "client", "groups", "is_active", "lang" })
        QCOMPARE(after[QLatin1String(field)], before[QLatin1String(field)]);
    QVERIFY(allUsers().contains(after));

    // The login name follows the address.
    const auto login = [this, &password](const QString &username) {
        return m_http->sendJson(
            "POST", QStringLiteral("/iam/auth/jwt/login"),
            { { QStringLiteral("username"), username }, { QStringLiteral("password"), password } });
    };
    QCOMPARE(login(oldEmail).status, 400);
    QCOMPARE(login(newEmail).status, 200);

    // The confirmation mail's link activates the new address, once.
    const QJsonArray mails = m_http->get(QStringLiteral("/mock/mailbox?to=") + newEmail)
                                 .object()[QStringLiteral("messages")]
                                 .toArray();
    QCOMPARE(mails.size(), 1);
    const QUrl link(mails.at(0)[QStringLiteral("link")].toString());
    QCOMPARE(link.path(), QStringLiteral("/mock/gcore/confirm-email"));
    const QString linkPath = link.path() + QLatin1Char('?') + link.query(QUrl::FullyEncoded);
    QCOMPARE(m_http->get(linkPath).status, 200);
    after = m_http->get(userPath, apiKey()).object();
    QCOMPARE(after[QStringLiteral("activated")], QJsonValue(true));
    QCOMPARE(m_http->get(linkPath).status, 404);
}

void TestGcoreApi::emailChangeErrors_data()
{
    // @SELF@ is the target's current address, @OTHER@ another user's, @PW@ the right password.
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray json = "application/json";
    const auto error = [](const QByteArray &field, const QByteArray &message) -> QByteArray {
        return "[{\"errors\":{\"" + field + "\":\"" + message + "\"}}]";
    };
    QTest::newRow("same address") << json
                                  << QByteArray(R"({"new_email":"@SELF@","password":"@PW@"})")
                                  << 400 << error("new_email", "Same email address.");
    QTest::newRow("same address, other case")
        << json << QByteArray(R"({"new_email":"@SELF_UPPER@","password":"@PW@"})") << 400
        << error("new_email", "Same email address.");
    QTest::newRow("invalid address")
        << json << QByteArray(R"({"new_email":"not-an-email","password":"@PW@"})") << 400
        << error("new_email", "Enter a valid email address");
    QTest::newRow("taken by another user")
        << json << QByteArray(R"({"new_email":"@OTHER@","password":"@PW@"})") << 400
        << error("new_email", "Client with email @OTHER@ already exists.");
    QTest::newRow("wrong password")
        << json << QByteArray(R"({"new_email":"fresh@lumen-retail.example","password":"nope"})")
        << 400 << error("password", "Password is incorrect.");
    QTest::newRow("missing new_email") << json << QByteArray(R"({"password":"@PW@"})") << 400
                                       << error("new_email", "This field is required.");
    QTest::newRow("missing password")
        << json << QByteArray(R"({"new_email":"fresh@lumen-retail.example"})") << 400
        << error("password", "This field is required.");
    const QByteArray bothMissing =
        R"([{"errors":{"new_email":"This field is required.","password":"This field is required."}}])";
    QTest::newRow("empty object") << json << QByteArray("{}") << 400 << bothMissing;
    QTest::newRow("empty body") << json << QByteArray() << 400 << bothMissing;
    QTest::newRow("new_email not a string")
        << json << QByteArray(R"({"new_email":42,"password":"@PW@"})") << 400
        << error("new_email", "Not a valid string.");
    QTest::newRow("password null")
        << json << QByteArray(R"({"new_email":"fresh@lumen-retail.example","password":null})")
        << 400 << error("password", "This field may not be null.");
    QTest::newRow("blank new_email") << json << QByteArray(R"({"new_email":" ","password":"@PW@"})")
                                     << 400 << error("new_email", "This field may not be blank.");
    QTest::newRow("array instead of object")
        << json << QByteArray("[]") << 400
        << error("non_field_errors", "Invalid data. Expected a dictionary, but got list.");
    QTest::newRow("malformed JSON") << json << QByteArray(R"({"new_email": )") << 400
                                    << QByteArray(R"({"message":"JSON parse error - )");
    QTest::newRow("wrong content type")
        << QByteArray("text/plain") << QByteArray(R"({"new_email":"a@b.example","password":"x"})")
        << 415 << QByteArray(R"({"detail":"Unsupported media type \"text/plain\" in request."})");
}

void TestGcoreApi::emailChangeErrors()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);

    const QString path = QStringLiteral("/iam/users/100003");
    const QByteArray self =
        m_http->get(path, apiKey()).object()[QStringLiteral("email")].toString().toUtf8();
    const QByteArray other = m_http->get(QStringLiteral("/iam/users/100004"), apiKey())
                                 .object()[QStringLiteral("email")]
                                 .toString()
                                 .toUtf8();
    QVERIFY(!self.isEmpty() && !other.isEmpty());
    const auto substitute = [&](QByteArray text) {
        return text.replace("@SELF_UPPER@", self.toUpper())
            .replace("@SELF@", self)
            .replace("@OTHER@", other)
            .replace("@PW@", m_config.credentials.gcoreUserPassword.toUtf8());
    };

    RawHttpClient::Headers headers = apiKey();
    headers.append(Header("Content-Type", contentType));
    const RawReply reply =
        m_http->send("PUT", path + QStringLiteral("/email"), substitute(body), headers);
    QCOMPARE(reply.status, status);
    if (expected.endsWith("- ")) // free-text parser detail after the documented prefix
        QVERIFY2(reply.body.startsWith(expected), reply.body.constData());
    else
        QCOMPARE(reply.json(), QJsonDocument::fromJson(substitute(expected)));

    // A rejected change leaves the user as it was, and the next request is unaffected.
    QCOMPARE(m_http->get(path, apiKey()).object()[QStringLiteral("email")].toString().toUtf8(),
             self);
}

QTEST_GUILESS_MAIN(TestGcoreApi)
#include "tst_gcoreapi.moc"
