// Contract tests of the CodeArts Repo v4 two-step email change: POST
// /v4/user/email-verify-code mails a code, PUT /v4/user/emails redeems it.
#include "CodeArtsTestSupport.h"
#include "MockServer.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace CodeArtsTest;

class TestCodeArtsEmail : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendCode_mailsSixCharacterCode();
    void sendCode_rejects_data();
    void sendCode_rejects();
    void changeEmail_persistsAndCodeIsSingleUse();
    void changeEmail_rejects_data();
    void changeEmail_rejects();
    void changeEmail_errorCodesAreDistinct();
    void changeEmail_newCodeReplacesPrevious();
    void changeEmail_wrongCodeKeepsPendingCode();
    void changeEmail_expiredCode();
    void changeEmail_badRequestDoesNotAffectNext();

private:
    void start(const MockServerConfig &config);
    RawReply sendCode(const QString &email);
    RawReply putEmail(const QByteArray &body);
    RawReply putEmail(const QString &email, const QString &code);
    QJsonObject currentUser();

    MockServerConfig m_config;
    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<RawHttpClient> m_http;
};

namespace {
const QString newAddress = QStringLiteral("new.address@example.org");

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

void TestCodeArtsEmail::init()
{
    start(MockServerConfig {});
}

void TestCodeArtsEmail::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestCodeArtsEmail::start(const MockServerConfig &config)
{
    m_http.reset();
    m_config = config;
    m_server = std::make_unique<MockServer>(m_config);
    QVERIFY(m_server->listen());
    m_http = std::make_unique<RawHttpClient>(m_server->baseUrl());
}

RawReply TestCodeArtsEmail::sendCode(const QString &email)
{
    return m_http->sendJson("POST", verifyCodePath, { { QStringLiteral("email"), email } },
                            authHeader(m_config.credentials.codeArtsToken));
}

RawReply TestCodeArtsEmail::putEmail(const QByteArray &body)
{
    RawHttpClient::Headers headers = authHeader(m_config.credentials.codeArtsToken);
    headers.append({ QByteArray("Content-Type"), QByteArray("application/json") });
    return m_http->send("PUT", emailsPath, body, headers);
}

RawReply TestCodeArtsEmail::putEmail(const QString &email, const QString &code)
{
    return putEmail(
        json({ { QStringLiteral("email"), email }, { QStringLiteral("verify_code"), code } }));
}

QJsonObject TestCodeArtsEmail::currentUser()
{
    return m_http->get(emailsPath, authHeader(m_config.credentials.codeArtsToken)).object();
}

void TestCodeArtsEmail::sendCode_mailsSixCharacterCode()
{
    const RawReply reply = sendCode(newAddress);
    QCOMPARE(reply.status, 201);
    QCOMPARE(
        reply.object(),
        QJsonObject({ { QStringLiteral("result"), QStringLiteral("Verification Code Sent") } }));

    const QJsonArray mail = mailTo(*m_http, newAddress);
    QCOMPARE(mail.size(), 1);
    const QJsonObject message = mail.first().toObject();
    QCOMPARE(message.value(QStringLiteral("backend")).toString(), QStringLiteral("codearts"));
    QCOMPARE(message.value(QStringLiteral("to")).toString(), newAddress);
    QVERIFY(
        matches(QStringLiteral("[A-Z0-9]{6}"), message.value(QStringLiteral("code")).toString()));
    // Requesting a code changes nothing yet.
    QVERIFY(currentUser().value(QStringLiteral("commit_email")).toString() != newAddress);
}

void TestCodeArtsEmail::sendCode_rejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");

    const QByteArray jsonType("application/json");
    QTest::newRow("malformed json")
        << QByteArray("{\"email\": ") << jsonType << 400 << QStringLiteral("JSON");
    QTest::newRow("array body") << QByteArray("[\"a@example.org\"]") << jsonType << 400
                                << QStringLiteral("object");
    QTest::newRow("missing email")
        << QByteArray("{}") << jsonType << 400 << QStringLiteral("email");
    QTest::newRow("email not a string")
        << QByteArray("{\"email\": 7}") << jsonType << 400 << QStringLiteral("email");
    QTest::newRow("invalid email") << QByteArray("{\"email\": \"not-an-address\"}") << jsonType
                                   << 400 << QStringLiteral("not-an-address");
    QTest::newRow("verify_code not a string")
        << QByteArray("{\"email\": \"a@example.org\", \"verify_code\": 123456}") << jsonType << 400
        << QStringLiteral("verify_code");
    QTest::newRow("text/plain body")
        << QByteArray("{\"email\": \"a@example.org\"}") << QByteArray("text/plain") << 415
        << QStringLiteral("application/json");
}

void TestCodeArtsEmail::sendCode_rejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, messagePart);

    RawHttpClient::Headers headers = authHeader(m_config.credentials.codeArtsToken);
    headers.append({ QByteArray("Content-Type"), contentType });
    const RawReply reply = m_http->send("POST", verifyCodePath, body, headers);
    verifyHuaweiError(reply, status, QStringLiteral("DEV."));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(errorMessage(reply).contains(messagePart), qPrintable(errorMessage(reply)));
    QVERIFY(mailTo(*m_http, QString()).isEmpty());
}

void TestCodeArtsEmail::changeEmail_persistsAndCodeIsSingleUse()
{
    const QJsonObject before = currentUser();
    QVERIFY(!before.isEmpty());
    QCOMPARE(sendCode(newAddress).status, 201);
    const QString code = latestCode(*m_http, newAddress);
    QVERIFY(!code.isEmpty());

    const RawReply reply = putEmail(newAddress, code);
    QCOMPARE(reply.status, 200);
    const QJsonObject changed = reply.object();
    QCOMPARE(changed.value(QStringLiteral("commit_email")).toString(), newAddress);
    // The documented PUT response: the user object without `is_default`.
    QStringList keys = changed.keys();
    keys.sort();
    QCOMPARE(keys,
             QStringList({ QStringLiteral("commit_email"), QStringLiteral("created_at"),
                           QStringLiteral("id"), QStringLiteral("last_activity_on"),
                           QStringLiteral("name"), QStringLiteral("state"),
                           QStringLiteral("updated_at"), QStringLiteral("username") }));
    for (const QString &field :
         { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("username"),
           QStringLiteral("created_at"), QStringLiteral("state") })
        QCOMPARE(changed.value(field), before.value(field));
    QVERIFY(changed.value(QStringLiteral("updated_at"))
            != before.value(QStringLiteral("updated_at")));

    const QJsonObject after = currentUser();
    QCOMPARE(after.value(QStringLiteral("commit_email")).toString(), newAddress);
    QCOMPARE(after.value(QStringLiteral("updated_at")),
             changed.value(QStringLiteral("updated_at")));

    const RawReply reused = putEmail(newAddress, code);
    verifyHuaweiError(reused, 400, QStringLiteral("DEV."));
    QVERIFY(errorMessage(reused).contains(QStringLiteral("verify_code")));
}

void TestCodeArtsEmail::changeEmail_rejects_data()
{
    // `requestFor`: address a code is requested for first (empty: none). In `body`, the
    // placeholder CODE is replaced by the mailed code.
    QTest::addColumn<QString>("requestFor");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");

    const QString other = QStringLiteral("other.address@example.org");
    const auto body = [](const QString &email, const QString &code) {
        return json(
            { { QStringLiteral("email"), email }, { QStringLiteral("verify_code"), code } });
    };
    QTest::newRow("no code requested")
        << QString() << body(newAddress, QStringLiteral("ABC123")) << QStringLiteral("request one");
    QTest::newRow("wrong code") << newAddress << body(newAddress, QStringLiteral("WRONG1"))
                                << QStringLiteral("incorrect");
    QTest::newRow("code for a different address")
        << other << body(newAddress, QStringLiteral("CODE")) << QStringLiteral("different");
    QTest::newRow("invalid email")
        << newAddress << body(QStringLiteral("bad@"), QStringLiteral("CODE"))
        << QStringLiteral("bad@");
    QTest::newRow("missing email")
        << newAddress << json({ { QStringLiteral("verify_code"), QStringLiteral("CODE") } })
        << QStringLiteral("email");
    QTest::newRow("missing verify_code")
        << newAddress << json({ { QStringLiteral("email"), newAddress } })
        << QStringLiteral("verify_code");
    QTest::newRow("verify_code not a string")
        << newAddress
        << json({ { QStringLiteral("email"), newAddress }, { QStringLiteral("verify_code"), 42 } })
        << QStringLiteral("verify_code");
    QTest::newRow("malformed json")
        << newAddress << QByteArray("{\"email\": \"x\",") << QStringLiteral("JSON");
    QTest::newRow("empty body") << newAddress << QByteArray() << QStringLiteral("empty");
}

void TestCodeArtsEmail::changeEmail_rejects()
{
    QFETCH(QString, requestFor);
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);

    const QString before = currentUser().value(QStringLiteral("commit_email")).toString();
    QVERIFY(!before.isEmpty());
    if (!requestFor.isEmpty()) {
        QCOMPARE(sendCode(requestFor).status, 201);
        const QString code = latestCode(*m_http, requestFor);
        QVERIFY(!code.isEmpty());
        body.replace("CODE", code.toUtf8());
    }
    const RawReply reply = putEmail(body);
    verifyHuaweiError(reply, 400, QStringLiteral("DEV."));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(errorMessage(reply).contains(messagePart), qPrintable(errorMessage(reply)));
    QCOMPARE(currentUser().value(QStringLiteral("commit_email")).toString(), before);
}

void TestCodeArtsEmail::changeEmail_errorCodesAreDistinct()
{
    // Each documented failure of the flow has its own stable code, so clients can react.
    QSet<QString> codes;
    codes.insert(errorCode(putEmail(newAddress, QStringLiteral("ABC123")))); // none requested
    QCOMPARE(sendCode(QStringLiteral("first@example.org")).status, 201);
    codes.insert(errorCode(putEmail(newAddress, QStringLiteral("ABC123")))); // other address
    codes.insert(
        errorCode(putEmail(QStringLiteral("first@example.org"), QStringLiteral("??")))); // wrong
    codes.insert(errorCode(putEmail(QStringLiteral("invalid"), QStringLiteral("ABC123"))));
    codes.insert(errorCode(putEmail(QByteArray("{\"email\": \"first@example.org\"}"))));
    codes.insert(errorCode(putEmail(QByteArray("not json"))));
    codes.remove(QString());
    QCOMPARE(codes.size(), 6);
    QVERIFY(!codes.contains(QStringLiteral("DEV.00000003")));
}

void TestCodeArtsEmail::changeEmail_newCodeReplacesPrevious()
{
    QCOMPARE(sendCode(newAddress).status, 201);
    const QString first = latestCode(*m_http, newAddress);
    // Retry until the replacement differs (a 1 in 36^6 chance that it does not).
    QString second = first;
    for (int attempt = 0; attempt < 3 && second == first; ++attempt) {
        QCOMPARE(sendCode(newAddress).status, 201);
        second = latestCode(*m_http, newAddress);
    }
    QVERIFY(second != first);
    QCOMPARE(errorCode(putEmail(newAddress, first)),
             errorCode(putEmail(newAddress, QStringLiteral("WRONG1"))));
    QCOMPARE(putEmail(newAddress, second).status, 200);
}

void TestCodeArtsEmail::changeEmail_wrongCodeKeepsPendingCode()
{
    QCOMPARE(sendCode(newAddress).status, 201);
    const QString code = latestCode(*m_http, newAddress);
    QCOMPARE(putEmail(newAddress, QStringLiteral("WRONG1")).status, 400);
    const RawReply reply = putEmail(newAddress, code);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("commit_email")).toString(), newAddress);
}

void TestCodeArtsEmail::changeEmail_expiredCode()
{
    MockServerConfig config;
    config.codeTtlSeconds = 1;
    start(config);
    QCOMPARE(sendCode(newAddress).status, 201);
    const QString code = latestCode(*m_http, newAddress);
    const QString wrongCodeError = errorCode(putEmail(newAddress, QStringLiteral("WRONG1")));
    QVERIFY(!wrongCodeError.isEmpty());
    QTest::qWait(1300);
    const RawReply reply = putEmail(newAddress, code);
    verifyHuaweiError(reply, 400, QStringLiteral("DEV."));
    QVERIFY2(errorMessage(reply).contains(QStringLiteral("expired")),
             qPrintable(errorMessage(reply)));
    QVERIFY(errorCode(reply) != wrongCodeError);
    // A fresh request gives a working code again.
    QCOMPARE(sendCode(newAddress).status, 201);
    QCOMPARE(putEmail(newAddress, latestCode(*m_http, newAddress)).status, 200);
}

void TestCodeArtsEmail::changeEmail_badRequestDoesNotAffectNext()
{
    QCOMPARE(sendCode(newAddress).status, 201);
    const QString code = latestCode(*m_http, newAddress);
    QCOMPARE(putEmail(QByteArray("{\"email\": [")).status, 400);
    QCOMPARE(putEmail(QByteArray(R"({"email": 1, "verify_code": []})")).status, 400);
    QCOMPARE(m_http->send("PUT", emailsPath, "x", { { "X-Auth-Token", "garbage" } }).status, 401);
    const RawReply reply = putEmail(newAddress, code);
    QCOMPARE(reply.status, 200);
    QCOMPARE(currentUser().value(QStringLiteral("commit_email")).toString(), newAddress);
}

QTEST_GUILESS_MAIN(TestCodeArtsEmail)
#include "tst_codeartsemail.moc"
