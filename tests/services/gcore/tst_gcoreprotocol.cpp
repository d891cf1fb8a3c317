// GcoreBackend's protocol details: timeouts and rate limits (mock server faults), the exact
// requests it sends, strict parsing of success answers and tolerant parsing of error answers
// (ScriptedHttpServer), and GcoreErrorMapper on every documented error body.

#include "GcoreErrorMapper.h"
#include "GcoreScripted.h"
#include "MockServer.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimer>

using namespace gcoretest;

class TstGcoreProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_network = std::make_unique<QNetworkAccessManager>(); }

    void timeout();
    void shortRateLimitOnReadIsRetried();
    void longRateLimitIsReported();
    void rateLimitedWriteIsWaitedOut();
    void unavailableReadIsRetriedOnce();

    void sendsTheDocumentedRequests();
    void acceptsResultAsListKey();
    void stopsWhenNextIsNullOrNothingCame_data();
    void stopsWhenNextIsNullOrNothingCame();
    void changeSurvivesAFailedReadBack();
    void changeNotShownYetIsPending();
    void localValidationSendsNothing();
    void listAtTheWrongAddressNamesTheBaseUrl();
    void cancelAbortsTheRequest();
    void malformedAnswers_data();
    void malformedAnswers();

    void errorBodies_data();
    void errorBodies();

private:
    std::unique_ptr<GcoreBackend> scripted(ScriptedHttpServer &server, AuthMethod method)
    {
        return scriptedBackend(m_network.get(), server, method);
    }
    std::unique_ptr<GcoreBackend> onMock(const MockServer &server, int timeoutMs = 10000)
    {
        return std::make_unique<GcoreBackend>(
            m_network.get(), settingsFor(server.baseUrl(), AuthMethod::ApiKey, {}, timeoutMs),
            server.config().credentials.gcoreApiKey);
    }

    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TstGcoreProtocol::timeout()
{
    MockServerConfig config;
    config.faults.latencyMs = 1500;
    MockServer server(config);
    QVERIFY(server.listen());
    auto gcore = onMock(server, 300);
    QElapsedTimer timer;
    timer.start();
    const Result<UserPage> result = listPage(*gcore, 5);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ServiceError::Kind::Timeout);
    QVERIFY(timer.elapsed() < 1400);
}

void TstGcoreProtocol::shortRateLimitOnReadIsRetried()
{
    MockServerConfig config;
    config.faults.rateLimit = 1;
    config.faults.rateWindowSeconds = 1;
    MockServer server(config);
    QVERIFY(server.listen());
    auto gcore = onMock(server);
    QVERIFY(listPage(*gcore, 5).ok()); // uses the window's only request
    QElapsedTimer timer;
    timer.start();
    const Result<UserPage> second = listPage(*gcore, 5, QStringLiteral("5"));
    QVERIFY2(second.ok(), second.why().constData());
    QCOMPARE(second.value->users.size(), 5);
    QVERIFY2(timer.elapsed() >= 900, "answered without waiting for Retry-After");
}

void TstGcoreProtocol::longRateLimitIsReported()
{
    MockServerConfig config;
    config.faults.rateLimit = 1;
    config.faults.rateWindowSeconds = 60;
    MockServer server(config);
    QVERIFY(server.listen());
    auto gcore = onMock(server);
    QVERIFY(listPage(*gcore, 5).ok());
    QElapsedTimer timer;
    timer.start();
    const Result<User> second = readUser(*gcore, QStringLiteral("100001"));
    QVERIFY(second.error);
    QCOMPARE(second.error->kind(), ServiceError::Kind::RateLimited);
    QCOMPARE(second.error->httpStatus(), 429);
    QVERIFY2(second.error->retryAfterSeconds() > 10 && second.error->retryAfterSeconds() <= 60,
             qPrintable(QString::number(second.error->retryAfterSeconds())));
    QVERIFY(second.error->message().contains(QString::number(second.error->retryAfterSeconds())));
    QVERIFY(timer.elapsed() < 3000); // reported, not waited for
}

void TstGcoreProtocol::rateLimitedWriteIsWaitedOut()
{
    MockServerConfig config;
    config.faults.rateLimit = 1;
    config.faults.rateWindowSeconds = 2; // short enough that a read would be retried
    MockServer server(config);
    QVERIFY(server.listen());
    auto gcore = onMock(server);
    const Result<UserPage> page = listPage(*gcore, 1);
    QVERIFY(page.ok());
    const User before = page.value->users.constFirst();

    const Result<EmailChangeOutcome> changed =
        changeEmail(*gcore, before.id, QStringLiteral("never@example.org"),
                    config.credentials.gcoreUserPassword);
    // A 429 says the write was not processed: it is sent again after Retry-After (issue 12).
    QVERIFY2(changed.ok(), changed.why().constData());
    const Result<User> after = readUser(*gcore, before.id);
    QVERIFY2(after.ok(), after.why().constData());
    QCOMPARE(after.value->email, QStringLiteral("never@example.org"));
}

void TstGcoreProtocol::unavailableReadIsRetriedOnce()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    ScriptedResponse unavailable = ScriptedResponse::json(
        503, R"({"detail":"Service temporarily unavailable, try again later."})");
    unavailable.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    server.setResponses({ unavailable, ScriptedResponse::json(200, json(sampleUser(7))) });
    auto gcore = scripted(server, AuthMethod::ApiKey);
    const Result<User> user = readUser(*gcore, QStringLiteral("7"));
    QVERIFY2(user.ok(), user.why().constData());
    QCOMPARE(server.requests().size(), 2);

    // The same answer to a write is reported at once.
    server.setResponses({ unavailable });
    const Result<EmailChangeOutcome> changed = changeEmail(
        *gcore, QStringLiteral("7"), QStringLiteral("n@example.org"), QStringLiteral("pw"));
    QVERIFY(changed.error);
    QCOMPARE(changed.error->kind(), ServiceError::Kind::Server);
    QVERIFY(changed.error->message().contains(QLatin1String("temporarily unavailable")));
    QCOMPARE(server.requests().size(), 3);
}

void TstGcoreProtocol::sendsTheDocumentedRequests()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const ScriptedRequest &request) {
        if (request.method == "PUT")
            return ScriptedResponse::json(200, R"({"new_email":"n@example.org"})");
        QJsonObject user = sampleUser(7);
        user[QStringLiteral("email")] = QStringLiteral("n@example.org");
        user[QStringLiteral("activated")] = false;
        if (request.target.startsWith("/iam/users?"))
            return ScriptedResponse::json(200, listing({ user }, 51));
        return ScriptedResponse::json(200, json(user));
    });
    auto gcore = scripted(server, AuthMethod::ApiKey);

    const Result<UserPage> page = listPage(*gcore, 25, QStringLiteral("50"));
    QVERIFY2(page.ok(), page.why().constData());
    const ScriptedRequest &get = server.requests().at(0);
    QCOMPARE(get.target, QByteArray("/iam/users?limit=25&offset=50"));
    QCOMPARE(get.header("Authorization"), QByteArray("APIKey s3cret"));
    QVERIFY(page.value->nextPageToken.isEmpty()); // 50 + 1 == count

    const Result<EmailChangeOutcome> changed = changeEmail(
        *gcore, QStringLiteral("7"), QStringLiteral("n@example.org"), QStringLiteral("pass word"));
    QVERIFY2(changed.ok(), changed.why().constData());
    const ScriptedRequest &put = server.requests().at(1);
    QCOMPARE(put.method, QByteArray("PUT"));
    QCOMPARE(put.target, QByteArray("/iam/users/7/email"));
    QCOMPARE(put.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(put.body).object(),
             (QJsonObject { { QStringLiteral("new_email"), QStringLiteral("n@example.org") },
                            { QStringLiteral("password"), QStringLiteral("pass word") } }));
    QCOMPARE(line(server.requests().at(2)), QStringLiteral("GET /iam/users/7"));
    QCOMPARE(server.requests().size(), 3);

    const User &user = *changed.value->user;
    QCOMPARE(user.id, QStringLiteral("7"));
    QCOMPARE(user.verification, EmailVerification::Unverified);
    QCOMPARE(user.organisationId, QStringLiteral("42"));
    QCOMPARE(user.organisationName, QStringLiteral("Acme"));
}

void TstGcoreProtocol::acceptsResultAsListKey()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    QJsonObject deleted = sampleUser(8);
    deleted[QStringLiteral("deleted")] = true;
    deleted[QStringLiteral("name")] = QStringLiteral("  ");
    deleted[QStringLiteral("company")] = QString();
    deleted[QStringLiteral("client_and_roles")] = QJsonArray { QJsonObject {
        { QStringLiteral("client_id"), 42 },
        { QStringLiteral("client_company_name"), QStringLiteral("Acme from roles") } } };
    deleted.remove(QStringLiteral("activated"));
    server.setResponses({ ScriptedResponse::json(
        200, listing({ sampleUser(7), deleted }, 2, QJsonValue::Null, QStringLiteral("result"))) });
    auto gcore = scripted(server, AuthMethod::ApiKey);
    const Result<UserPage> page = listPage(*gcore, 10);
    QVERIFY2(page.ok(), page.why().constData());
    QCOMPARE(page.value->users.size(), 2);
    const User &user = page.value->users.at(1);
    QCOMPARE(user.state, UserState::Deleted);
    QCOMPARE(user.displayName, user.email); // no name: the address stands in
    QCOMPARE(user.organisationName, QStringLiteral("Acme from roles"));
    QCOMPARE(user.verification, EmailVerification::Unknown);
}

void TstGcoreProtocol::stopsWhenNextIsNullOrNothingCame_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedNext");
    QTest::newRow("next is null although count is higher")
        << listing({ sampleUser(1) }, 100) << QString();
    QTest::newRow("empty page although count is higher")
        << listing({}, 100, QStringLiteral("/iam/users?limit=10&offset=10")) << QString();
    QTest::newRow("next absent, count decides")
        << QByteArray(R"({"count":100,"results":[)" + json(sampleUser(1)) + "]}")
        << QStringLiteral("1");
    QTest::newRow("next given") << listing({ sampleUser(1), sampleUser(2) }, 3,
                                           QStringLiteral("/iam/users?limit=2&offset=2"))
                                << QStringLiteral("2");
}

void TstGcoreProtocol::stopsWhenNextIsNullOrNothingCame()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedNext);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setResponses({ ScriptedResponse::json(200, body) });
    auto gcore = scripted(server, AuthMethod::ApiKey);
    const Result<UserPage> page = listPage(*gcore, 10);
    QVERIFY2(page.ok(), page.why().constData());
    QCOMPARE(page.value->nextPageToken, expectedNext);
}

void TstGcoreProtocol::changeSurvivesAFailedReadBack()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setResponses({ ScriptedResponse::json(200, R"({"new_email":"n@example.org"})"),
                          ScriptedResponse::json(500, "<html>oops</html>") });
    auto gcore = scripted(server, AuthMethod::ApiKey);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("email changed, but the user could "
                                                           "not be read back: Gcore failed")));
    const Result<EmailChangeOutcome> changed = changeEmail(
        *gcore, QStringLiteral("7"), QStringLiteral("n@example.org"), QStringLiteral("pw"));
    QVERIFY2(changed.ok(), changed.why().constData());
    QCOMPARE(changed.value->kind, EmailChangeOutcome::Kind::ChangedNow);
    QVERIFY(!changed.value->user);
    QCOMPARE(server.requests().size(), 2);
}

void TstGcoreProtocol::changeNotShownYetIsPending()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setResponses({ ScriptedResponse::json(200, R"({"new_email":"n@example.org"})"),
                          ScriptedResponse::json(200, json(sampleUser(7))) });
    auto gcore = scripted(server, AuthMethod::ApiKey);
    const Result<EmailChangeOutcome> changed = changeEmail(
        *gcore, QStringLiteral("7"), QStringLiteral("n@example.org"), QStringLiteral("pw"));
    QVERIFY2(changed.ok(), changed.why().constData());
    QCOMPARE(changed.value->user->email, QStringLiteral("user7@example.org"));
    QCOMPARE(changed.value->user->pendingEmail, QStringLiteral("n@example.org"));
}

void TstGcoreProtocol::localValidationSendsNothing()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    auto gcore = scripted(server, AuthMethod::ApiKey);
    const Result<EmailChangeOutcome> changed =
        changeEmail(*gcore, QStringLiteral("7"), QString(), QString());
    QVERIFY(changed.error);
    QCOMPARE(changed.error->kind(), ServiceError::Kind::Validation);
    QCOMPARE(changed.error->fieldErrors().keys(),
             (QStringList { RequestField::newEmail, RequestField::password }));
    QTest::qWait(50);
    QCOMPARE(server.requests().size(), 0);
}

void TstGcoreProtocol::listAtTheWrongAddressNamesTheBaseUrl()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setResponses({ ScriptedResponse::json(404, R"({"detail":"Not found."})") });
    auto gcore = scripted(server, AuthMethod::ApiKey);
    const Result<UserPage> page = listPage(*gcore, 10);
    QVERIFY(page.error);
    QCOMPARE(page.error->kind(), ServiceError::Kind::NotFound);
    QCOMPARE(page.error->httpStatus(), 404);
    QVERIFY2(page.error->message().contains(QLatin1String("base URL")),
             qPrintable(page.error->message()));
}

void TstGcoreProtocol::cancelAbortsTheRequest()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    ScriptedResponse silent;
    silent.silent = true;
    server.setResponses({ silent });
    auto gcore = scripted(server, AuthMethod::ApiKey);
    UserPageJob *job = gcore->listUsers(UserQuery {});
    QTimer::singleShot(100, job, [job] { job->cancel(); });
    const Result<UserPage> result = await(
        job, [](UserPageJob *j) { return j->page(); }, 3000);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ServiceError::Kind::Cancelled);
}

void TstGcoreProtocol::malformedAnswers_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");

    const auto withUser = [](const QString &key, const QJsonValue &value) {
        QJsonObject user = sampleUser(1);
        if (value.isUndefined())
            user.remove(key);
        else
            user[key] = value;
        return user;
    };
    QTest::newRow("list: not JSON")
        << "list" << QByteArray("<html>hi</html>") << QStringLiteral("HTML page, not the API");
    QTest::newRow("list: a JSON list") << "list" << QByteArray("[]") << QStringLiteral("count");
    QTest::newRow("list: count missing")
        << "list" << QByteArray(R"({"results":[]})") << QStringLiteral("\"count\"");
    QTest::newRow("list: count as text")
        << "list" << QByteArray(R"({"count":"3","results":[]})") << QStringLiteral("\"count\"");
    QTest::newRow("list: count negative")
        << "list" << QByteArray(R"({"count":-1,"results":[]})") << QStringLiteral("\"count\"");
    QTest::newRow("list: results missing")
        << "list" << QByteArray(R"({"count":1})") << QStringLiteral("\"results\"");
    QTest::newRow("list: results an object")
        << "list" << QByteArray(R"({"count":1,"results":{}})") << QStringLiteral("\"results\"");
    QTest::newRow("list: next a number")
        << "list" << QByteArray(R"({"count":1,"next":3,"results":[]})")
        << QStringLiteral("\"next\"");
    QTest::newRow("list: id missing")
        << "list" << listing({ sampleUser(1), withUser(QStringLiteral("id"), {}) }, 2)
        << QStringLiteral("results[1].id");
    QTest::newRow("list: id fractional")
        << "list" << listing({ withUser(QStringLiteral("id"), 1.5) }, 1)
        << QStringLiteral("results[0].id");
    QTest::newRow("list: email a number")
        << "list" << listing({ withUser(QStringLiteral("email"), 5) }, 1)
        << QStringLiteral("results[0].email");
    QTest::newRow("list: activated as text")
        << "list" << listing({ withUser(QStringLiteral("activated"), QStringLiteral("yes")) }, 1)
        << QStringLiteral("results[0].activated");
    QTest::newRow("list: client a list")
        << "list" << listing({ withUser(QStringLiteral("client"), QJsonArray()) }, 1)
        << QStringLiteral("results[0].client");
    QTest::newRow("user: is_active as text")
        << "user" << json(withUser(QStringLiteral("is_active"), QStringLiteral("true")))
        << QStringLiteral("is_active");
    QTest::newRow("user: email missing")
        << "user" << json(withUser(QStringLiteral("email"), {})) << QStringLiteral("\"email\"");
    QTest::newRow("user: name a list")
        << "user" << json(withUser(QStringLiteral("name"), QJsonArray()))
        << QStringLiteral("\"name\"");
    QTest::newRow("change: new_email a number")
        << "change" << QByteArray(R"({"new_email":5})") << QStringLiteral("new_email");
    QTest::newRow("change: not JSON") << "change" << QByteArray("OK") << QStringLiteral("not JSON");
}

void TstGcoreProtocol::malformedAnswers()
{
    QFETCH(QString, call);
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setResponses({ ScriptedResponse::json(200, body) });
    auto gcore = scripted(server, AuthMethod::ApiKey);

    std::optional<ServiceError> error;
    if (call == QLatin1String("list"))
        error = listPage(*gcore, 10).error;
    else if (call == QLatin1String("user"))
        error = readUser(*gcore, QStringLiteral("1")).error;
    else
        error = changeEmail(*gcore, QStringLiteral("1"), QStringLiteral("n@example.org"),
                            QStringLiteral("pw"))
                    .error;
    QVERIFY(error);
    QCOMPARE(error->kind(), ServiceError::Kind::MalformedResponse);
    QVERIFY2(error->message().contains(mentions), qPrintable(error->message()));
}

void TstGcoreProtocol::errorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("backendCode");
    QTest::addColumn<int>("retrySeconds");

    const auto validation = ServiceError::Kind::Validation;
    const QString same = QStringLiteral("The new address is the same as the current one.");
    const QString invalid = QStringLiteral("This is not a valid email address.");
    const QString taken = QStringLiteral("This address is already used by another account.");
    const QString wrongPassword = QStringLiteral("The password is not correct.");

    // The documented UpdateUserEmailError array bodies.
    QTest::newRow("array: same address")
        << 400 << QByteArray(R"([{"errors":{"new_email":"Same email address."}}])") << QByteArray()
        << validation << RequestField::newEmail << same << QString() << 0;
    QTest::newRow("array: invalid address")
        << 400 << QByteArray(R"([{"errors":{"new_email":"Enter a valid email address"}}])")
        << QByteArray() << validation << RequestField::newEmail << invalid << QString() << 0;
    QTest::newRow("array: taken")
        << 400
        << QByteArray(R"([{"errors":{"new_email":"Client with email a@b.org already exists."}}])")
        << QByteArray() << validation << RequestField::newEmail << taken << QString() << 0;
    QTest::newRow("array: wrong password")
        << 400 << QByteArray(R"([{"errors":{"password":"Password is incorrect."}}])")
        << QByteArray() << validation << RequestField::password << wrongPassword << QString() << 0;
    // DRF's object form and the parse-error form.
    QTest::newRow("object: list of texts")
        << 400 << QByteArray(R"({"errors":{"new_email":["Enter a valid email address."]}})")
        << QByteArray() << validation << RequestField::newEmail << invalid << QString() << 0;
    QTest::newRow("object: password required")
        << 400 << QByteArray(R"({"errors":{"password":["This field is required."]}})")
        << QByteArray() << validation << RequestField::password
        << QStringLiteral("Enter the user's password; Gcore confirms email changes with it.")
        << QString() << 0;
    QTest::newRow("message: JSON parse error")
        << 400 << QByteArray(R"({"message":"JSON parse error - Expecting value"})") << QByteArray()
        << validation << QString()
        << QStringLiteral("Gcore could not read the request: JSON parse error - Expecting value.")
        << QString() << 0;
    QTest::newRow("array of plain texts")
        << 400 << QByteArray(R"(["User 7 has already been invited to client 9"])") << QByteArray()
        << validation << QString()
        << QStringLiteral("Gcore refused the request: User 7 has already been invited to client 9.")
        << QString() << 0;
    // DRF {"detail": ...} answers.
    QTest::newRow("401 wrong token type")
        << 401
        << QByteArray(
               R"({"detail":"Given token not valid for any token type","code":"token_not_valid"})")
        << QByteArray() << ServiceError::Kind::Unauthenticated << QString()
        << QStringLiteral("Gcore did not accept the credentials: Given token not valid for any "
                          "token type. Check the profile's API key or password.")
        << QStringLiteral("token_not_valid") << 0;
    QTest::newRow("401 without body")
        << 401 << QByteArray() << QByteArray() << ServiceError::Kind::Unauthenticated << QString()
        << QStringLiteral(
               "Gcore did not accept the credentials. Check the profile's API key or password.")
        << QString() << 0;
    QTest::newRow("403")
        << 403 << QByteArray(R"({"detail":"You do not have permission to perform this action."})")
        << QByteArray() << ServiceError::Kind::Forbidden << QString()
        << QStringLiteral("These Gcore credentials may not do this: You do not have permission "
                          "to perform this action.")
        << QString() << 0;
    QTest::newRow("429 seconds in the text")
        << 429
        << QByteArray(R"({"detail":"Request was throttled. Expected available in 42 seconds."})")
        << QByteArray() << ServiceError::Kind::RateLimited << QString()
        << QStringLiteral("Gcore received too many requests; try again in 42 s.") << QString()
        << 42;
    QTest::newRow("429 Retry-After header")
        << 429 << QByteArray(R"({"detail":"Request was throttled."})") << QByteArray("7")
        << ServiceError::Kind::RateLimited << QString()
        << QStringLiteral("Gcore received too many requests; try again in 7 s.") << QString() << 7;
    QTest::newRow("500 HTML page")
        << 500 << QByteArray("<html><body>Server Error</body></html>") << QByteArray()
        << ServiceError::Kind::Server << QString()
        << QStringLiteral("Gcore failed (HTTP 500); try again later.") << QString() << 0;
}

void TstGcoreProtocol::errorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(QString, backendCode);
    QFETCH(int, retrySeconds);

    HttpResponse response;
    response.status = status;
    response.body = body;
    if (!retryAfter.isEmpty())
        response.headers.append(qMakePair(QByteArray("Retry-After"), retryAfter));
    const ServiceError error = GcoreErrorMapper::map(response);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.message(), message);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.backendCode(), backendCode);
    QCOMPARE(error.retryAfterSeconds(), retrySeconds);
    if (field.isEmpty())
        QVERIFY(error.fieldErrors().isEmpty());
    else
        QCOMPARE(error.fieldErrors(), (QMap<QString, QString> { { field, message } }));

    // The same body through the whole client, on the email change. A 429 is waited out and
    // sent again there (tst_hostileretries), so it is checked through the mapper only.
    if (status == 429)
        return;
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    ScriptedResponse scripted = ScriptedResponse::json(status, body);
    scripted.headers.append(response.headers);
    server.setResponses({ scripted });
    auto gcore = this->scripted(server, AuthMethod::ApiKey);
    const Result<EmailChangeOutcome> changed = changeEmail(
        *gcore, QStringLiteral("7"), QStringLiteral("n@example.org"), QStringLiteral("pw"));
    QVERIFY(changed.error);
    QCOMPARE(changed.error->kind(), kind);
    QCOMPARE(changed.error->message(), message);
    QCOMPARE(changed.error->fieldErrors(), error.fieldErrors());
    QCOMPARE(server.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TstGcoreProtocol)
#include "tst_gcoreprotocol.moc"
