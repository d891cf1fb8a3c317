// AcronisBackend on the wire: the exact requests it sends, every documented error body,
// malformed and wrong-typed answers (scripted HTTP server), and token expiry, timeouts and
// rate limits (mock server faults).
#include "AcronisBackend.h"
#include "AcronisBackendTestSupport.h"
#include "AcronisUserReader.h"
#include "MockServer.h"
#include "OrganisationNames.h"
#include "ScriptedHttpServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <memory>
#include <utility>

using namespace AcronisBackendTest;

namespace {
const QString Tenant = QStringLiteral("0b6c8b1a-55a1-4c3e-9a4e-2f8f2a0c1d11");
const QString UserId = QStringLiteral("1c234e69-5469-424a-a6d1-ff5658b387a6");
const QString ClientId = QStringLiteral("client-1");
const QString Secret = QStringLiteral("s3cr:et");

QString idFor(int index)
{
    return QStringLiteral("1c234e69-5469-424a-a6d1-%1").arg(index, 12, 10, QLatin1Char('0'));
}

QJsonObject userObject(const QString &id, qint64 version, const QString &email,
                       bool activated = false)
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("version"), version },
        { QStringLiteral("tenant_id"), Tenant },
        { QStringLiteral("login"), QStringLiteral("jdoe") },
        { QStringLiteral("contact"),
          QJsonObject { { QStringLiteral("email"), email },
                        { QStringLiteral("email_confirmed"), QJsonValue::Null },
                        { QStringLiteral("firstname"), QStringLiteral("Jane") },
                        { QStringLiteral("lastname"), QStringLiteral("Doe") } } },
        { QStringLiteral("activated"), activated },
        { QStringLiteral("enabled"), true },
        { QStringLiteral("created_at"), QStringLiteral("2019-07-25T07:11:02") },
        { QStringLiteral("updated_at"), QStringLiteral("2019-07-25T07:11:02") },
        { QStringLiteral("deleted_at"), QJsonValue::Null },
        { QStringLiteral("language"), QStringLiteral("en") },
        { QStringLiteral("business_types"), QJsonArray() },
        { QStringLiteral("notifications"), QJsonArray() },
    };
}

ScriptedResponse json(int status, const QJsonObject &object)
{
    return ScriptedResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ScriptedResponse tokenAnswer(const QString &token = QStringLiteral("t1"), int expiresIn = 3600)
{
    return json(200,
                { { QStringLiteral("access_token"), token },
                  { QStringLiteral("token_type"), QStringLiteral("bearer") },
                  { QStringLiteral("expires_in"), expiresIn },
                  { QStringLiteral("expires_on"), 1388444763 },
                  { QStringLiteral("id_token"), QStringLiteral("eyJ.x.") } });
}

ScriptedResponse errorScheme(int status, const QJsonValue &code, const QString &message,
                             const QString &info = {})
{
    const QJsonObject error {
        { QStringLiteral("code"), code },
        { QStringLiteral("domain"), QStringLiteral("PlatformAccountServer") },
        { QStringLiteral("message"), message },
        { QStringLiteral("details"),
          QJsonObject { { QStringLiteral("info"),
                          info.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(info) } } },
        { QStringLiteral("context"), QJsonObject() },
    };
    return json(status, { { QStringLiteral("error"), error } });
}

QByteArray pathOfTarget(const ScriptedRequest &request)
{
    return request.target.split('?').constFirst();
}

bool isToken(const ScriptedRequest &request)
{
    return pathOfTarget(request) == "/api/2/idp/token";
}

int countRequests(const ScriptedHttpServer &server, const QByteArray &method,
                  const QByteArray &path)
{
    int count = 0;
    for (const ScriptedRequest &request : server.requests()) {
        if (request.method == method && pathOfTarget(request) == path)
            ++count;
    }
    return count;
}
} // namespace

class tst_AcronisBackendProtocol : public QObject
{
    Q_OBJECT

private slots:
    void sendsTheDocumentedRequests_data();
    void sendsTheDocumentedRequests();
    void listingKeepsTheIdsForLaterPages_data();
    void listingKeepsTheIdsForLaterPages();
    void tenantNameThatCannotBeReadIsAskedOnce();
    void errorBodies_data();
    void errorBodies();
    void tokenErrors_data();
    void tokenErrors();
    void versionMismatchRereadsAndReports();
    void versionMismatchWhenTheRereadFails();
    void rejectedTokenIsRenewedOnce();
    void malformedAnswers_data();
    void malformedAnswers();
    void cancelStopsTheJob();
    void idsAreUuids_data();
    void idsAreUuids();

    void expiredTokenIsRenewed();
    void slowServerTimesOut();
    void shortRateLimitIsWaitedOut();
    void longRateLimitIsReported();
    void rateLimitedWriteIsWaitedOut();

private:
    std::unique_ptr<AcronisBackend> backendFor(const QUrl &url, int timeoutMs = 5000)
    {
        return std::make_unique<AcronisBackend>(
            &m_network, settingsFor(url, Tenant, ClientId, timeoutMs), Secret);
    }

    QNetworkAccessManager m_network;
};

void tst_AcronisBackendProtocol::sendsTheDocumentedRequests_data()
{
    QTest::addColumn<bool>("activated");
    QTest::newRow("not activated: changed now") << false;
    QTest::newRow("activated: link to the old address") << true;
}

void tst_AcronisBackendProtocol::sendsTheDocumentedRequests()
{
    QFETCH(bool, activated);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    const QString oldEmail = QStringLiteral("old@example.org");
    const QString newEmail = QStringLiteral("new@example.org");
    server.setHandler([&](const ScriptedRequest &request) {
        if (isToken(request))
            return tokenAnswer();
        if (request.target.startsWith("/api/2/tenants/"))
            return json(200,
                        QJsonObject { { QStringLiteral("id"), Tenant },
                                      { QStringLiteral("name"), QStringLiteral(" Example Ltd ") },
                                      { QStringLiteral("kind"), QStringLiteral("customer") } });
        if (request.method == "GET")
            return json(200, userObject(UserId, 7, oldEmail, activated));
        // The documented answers: activated users keep address and version until the link.
        return activated ? json(200, userObject(UserId, 7, oldEmail, true))
                         : json(200, userObject(UserId, 8, newEmail, false));
    });
    auto acronis = backendFor(server.url());
    EmailChangeRequest change;
    change.newEmail = QStringLiteral("  ") + newEmail + QStringLiteral(" ");
    const Outcome<EmailChangeOutcome> outcome = waitChange(acronis->changeEmail(UserId, change));
    QVERIFY2(outcome.ok(), outcome.describe().constData());

    // The token, the read, the write, and the user's tenant name (once per session).
    QCOMPARE(server.requests().size(), 4);
    const ScriptedRequest &token = server.requests().at(0);
    QCOMPARE(token.method, QByteArray("POST"));
    QCOMPARE(token.target, QByteArray("/api/2/idp/token"));
    QCOMPARE(token.header("Authorization"),
             QByteArray("Basic " + QByteArray("client-1:s3cr:et").toBase64()));
    QCOMPARE(token.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(token.body, QByteArray("grant_type=client_credentials"));

    const ScriptedRequest &read = server.requests().at(1);
    QCOMPARE(read.method, QByteArray("GET"));
    QCOMPARE(read.target, QByteArray("/api/2/users/" + UserId.toLatin1()));
    QCOMPARE(read.header("Authorization"), QByteArray("Bearer t1"));

    const ScriptedRequest &put = server.requests().at(2);
    QCOMPARE(put.method, QByteArray("PUT"));
    QCOMPARE(put.target, QByteArray("/api/2/users/" + UserId.toLatin1()));
    QCOMPARE(put.header("Authorization"), QByteArray("Bearer t1"));
    QCOMPARE(put.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(put.body).object();
    QCOMPARE(body,
             QJsonObject({ { QStringLiteral("contact"),
                             QJsonObject { { QStringLiteral("email"), newEmail } } },
                           { QStringLiteral("version"), 7 } }));

    const ScriptedRequest &tenant = server.requests().at(3);
    QCOMPARE(tenant.method, QByteArray("GET"));
    QCOMPARE(tenant.target, QByteArray("/api/2/tenants/" + Tenant.toLatin1()));
    QCOMPARE(tenant.header("Authorization"), QByteArray("Bearer t1"));

    QVERIFY(outcome.value->user);
    const User &user = *outcome.value->user;
    QCOMPARE(user.id, UserId);
    QCOMPARE(user.displayName, QStringLiteral("Jane Doe"));
    QCOMPARE(user.verification, EmailVerification::Unknown); // email_confirmed: null
    QCOMPARE(user.organisationId, Tenant);
    QCOMPARE(user.organisationName, QStringLiteral("Example Ltd"));
    if (activated) {
        QCOMPARE(outcome.value->kind, EmailChangeOutcome::Kind::AwaitingConfirmationAtOldAddress);
        QCOMPARE(user.email, oldEmail);
        QCOMPARE(user.pendingEmail, newEmail);
        QCOMPARE(user.version, QStringLiteral("7"));
        QCOMPARE(user.state, UserState::Active);
    } else {
        QCOMPARE(outcome.value->kind, EmailChangeOutcome::Kind::ChangedNow);
        QCOMPARE(user.email, newEmail);
        QVERIFY(user.pendingEmail.isEmpty());
        QCOMPARE(user.version, QStringLiteral("8"));
        QCOMPARE(user.state, UserState::Initial);
    }
}

void tst_AcronisBackendProtocol::listingKeepsTheIdsForLaterPages_data()
{
    // However a batch answers, the page keeps the listing's order and leaves out users that
    // are gone.
    QTest::addColumn<QString>("answer");
    QTest::newRow("in the order asked") << QStringLiteral("in order");
    QTest::newRow("in its own order") << QStringLiteral("reversed");
    QTest::newRow("ids in upper case") << QStringLiteral("upper case");
    QTest::newRow("a user deleted since the listing") << QStringLiteral("without one");
}

void tst_AcronisBackendProtocol::listingKeepsTheIdsForLaterPages()
{
    QFETCH(QString, answer);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(idFor(i));
    const QString deleted = idFor(1);
    server.setHandler([&](const ScriptedRequest &request) {
        if (isToken(request))
            return tokenAnswer();
        if (pathOfTarget(request).startsWith("/api/2/tenants/"))
            return json(200, { { QStringLiteral("items"), QJsonArray::fromStringList(ids) } });
        const QUrlQuery query(QString::fromLatin1(request.target.split('?').value(1)));
        QStringList asked = query.queryItemValue(QStringLiteral("uuids")).split(QLatin1Char(','));
        if (answer == QLatin1String("reversed"))
            std::reverse(asked.begin(), asked.end());
        QJsonArray items;
        for (const QString &id : std::as_const(asked)) {
            if (answer == QLatin1String("without one") && id == deleted)
                continue;
            const QString spelled = answer == QLatin1String("upper case") ? id.toUpper() : id;
            items.append(userObject(spelled, 1, QStringLiteral("u@example.org")));
        }
        return json(200,
                    { { QStringLiteral("timestamp"), QStringLiteral("2026-01-01T10:00:00") },
                      { QStringLiteral("items"), items } });
    });
    QStringList expected;
    for (const QString &id : std::as_const(ids)) {
        if (answer == QLatin1String("without one") && id == deleted)
            continue;
        expected.append(answer == QLatin1String("upper case") ? id.toUpper() : id);
    }
    auto acronis = backendFor(server.url());
    UserQuery query;
    query.pageSize = 2;
    QStringList seen;
    QList<QStringList> batches;
    for (int page = 0; page < 3; ++page) {
        const Outcome<UserPage> outcome = waitPage(acronis->listUsers(query));
        QVERIFY2(outcome.ok(), outcome.describe().constData());
        QCOMPARE(outcome.value->totalCount, std::optional<qint64>(5));
        for (const User &user : outcome.value->users)
            seen.append(user.id);
        query.pageToken = outcome.value->nextPageToken;
        QCOMPARE(query.pageToken.isEmpty(), page == 2);
    }
    QCOMPARE(seen, expected);
    QCOMPARE(countRequests(server, "GET", "/api/2/tenants/" + Tenant.toLatin1() + "/users"), 1);
    QCOMPARE(countRequests(server, "GET", "/api/2/users"), 3);
    const ScriptedRequest &lastBatch = server.requests().constLast();
    QCOMPARE(lastBatch.target, QByteArray("/api/2/users?uuids=" + idFor(4).toLatin1()));

    // A new listing (no page token) fetches the ids again.
    QVERIFY(waitPage(acronis->listUsers({})).ok());
    QCOMPARE(countRequests(server, "GET", "/api/2/tenants/" + Tenant.toLatin1() + "/users"), 2);
}

void tst_AcronisBackendProtocol::tenantNameThatCannotBeReadIsAskedOnce()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(idFor(i));
    const QByteArray tenantPath = "/api/2/tenants/" + Tenant.toLatin1();
    server.setHandler([&](const ScriptedRequest &request) {
        if (isToken(request))
            return tokenAnswer();
        if (pathOfTarget(request) == tenantPath)
            return errorScheme(403, 403, QStringLiteral("Access denied."));
        if (pathOfTarget(request) == tenantPath + "/users")
            return json(200, { { QStringLiteral("items"), QJsonArray::fromStringList(ids) } });
        if (pathOfTarget(request).startsWith("/api/2/users/")) {
            const QString id = QString::fromLatin1(pathOfTarget(request).mid(13));
            return json(200, userObject(id, 1, QStringLiteral("u@example.org")));
        }
        const QUrlQuery query(QString::fromLatin1(request.target.split('?').value(1)));
        QJsonArray items;
        for (const QString &id :
             query.queryItemValue(QStringLiteral("uuids")).split(QLatin1Char(',')))
            items.append(userObject(id, 1, QStringLiteral("u@example.org")));
        return json(200, { { QStringLiteral("items"), items } });
    });
    auto acronis = backendFor(server.url());
    UserQuery query;
    query.pageSize = 2;
    int users = 0;
    for (int page = 0; page < 3; ++page) {
        const Outcome<UserPage> outcome = waitPage(acronis->listUsers(query));
        // A tenant whose name this API client may not read still lists its users, by id.
        QVERIFY2(outcome.ok(), outcome.describe().constData());
        for (const User &user : outcome.value->users) {
            QCOMPARE(user.organisationId, Tenant);
            QVERIFY(user.organisationName.isEmpty());
            ++users;
        }
        query.pageToken = outcome.value->nextPageToken;
    }
    QCOMPARE(users, 5);
    QVERIFY(waitUser(acronis->user(idFor(1))).ok());
    // The failed lookup is remembered for the session: not repeated per page or per read.
    QCOMPARE(countRequests(server, "GET", tenantPath), 1);
    QCOMPARE(acronis->tenantNames().lookupCount(), 1);
}

void tst_AcronisBackendProtocol::errorBodies_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body"); // empty: a documented errorScheme with code = status
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("backendCode");

    using K = ServiceError::Kind;
    const QByteArray scheme;
    QTest::newRow("read 401") << "user" << 401 << scheme << int(K::Unauthenticated) << QString()
                              << "did not accept the sign-in"
                              << "401";
    QTest::newRow("read 403") << "user" << 403 << scheme << int(K::Forbidden) << QString()
                              << "may not read this user"
                              << "403";
    QTest::newRow("read 404") << "user" << 404 << scheme << int(K::NotFound) << QString()
                              << "does not exist in Acronis"
                              << "404";
    QTest::newRow("list 401") << "list" << 401 << scheme << int(K::Unauthenticated) << QString()
                              << "did not accept the sign-in"
                              << "401";
    QTest::newRow("list 403") << "list" << 403 << scheme << int(K::Forbidden) << QString()
                              << "may not list the users of this tenant"
                              << "403";
    QTest::newRow("list 404") << "list" << 404 << scheme << int(K::NotFound) << QString()
                              << "no tenant with the profile's tenant id"
                              << "404";
    QTest::newRow("batch 400") << "batch" << 400 << scheme << int(K::Validation) << QString()
                               << "refused the request as invalid"
                               << "400";
    QTest::newRow("change 401") << "change" << 401 << scheme << int(K::Unauthenticated) << QString()
                                << "did not accept the sign-in"
                                << "401";
    QTest::newRow("change 403") << "change" << 403 << scheme << int(K::Forbidden) << QString()
                                << "may not change users"
                                << "403";
    QTest::newRow("change 404") << "change" << 404 << scheme << int(K::NotFound) << QString()
                                << "does not exist in Acronis"
                                << "404";
    QTest::newRow("change 409 address taken")
        << "change" << 409 << scheme << int(K::Validation) << RequestField::newEmail
        << "This address is already used by another account."
        << "409";
    QTest::newRow("change 415") << "change" << 415 << scheme << int(K::Unsupported) << QString()
                                << "does not accept the format"
                                << "415";
    QTest::newRow("change 400") << "change" << 400 << scheme << int(K::Validation)
                                << RequestField::newEmail << "does not accept this address"
                                << "400";
    QTest::newRow("change 500 internal")
        << "change" << 500
        << QByteArray(R"({"error":{"code":1000,"domain":null,"message":"Internal error",)"
                      R"("details":{"info":null}}})")
        << int(K::Server) << QString() << "failed to handle the request (HTTP 500)"
        << "1000";
    QTest::newRow("activation 400 already activated")
        << "activation" << 400 << scheme << int(K::Validation) << QString()
        << "already activated the account"
        << "400";
    QTest::newRow("activation 403") << "activation" << 403 << scheme << int(K::Forbidden)
                                    << QString() << "may not send activation mails"
                                    << "403";
    QTest::newRow("activation 404") << "activation" << 404 << scheme << int(K::NotFound)
                                    << QString() << "does not exist in Acronis"
                                    << "404";
    QTest::newRow("gateway 502 without errorScheme")
        << "user" << 502 << QByteArray("<html>Bad gateway</html>") << int(K::Server) << QString()
        << "HTTP 502" << QString();
    QTest::newRow("405 with a string code")
        << "user" << 405
        << QByteArray(R"({"error":{"code":"MethodNotAllowed","domain":null,"message":"No.",)"
                      R"("details":{}}})")
        << int(K::Server) << QString() << "data-center URL"
        << "MethodNotAllowed";
}

void tst_AcronisBackendProtocol::errorBodies()
{
    QFETCH(QString, call);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(QString, backendCode);
    const QString acronisText = QStringLiteral("Told by the server.");
    const ScriptedResponse failure = body.isEmpty() ? errorScheme(status, status, acronisText)
                                                    : ScriptedResponse::json(status, body);

    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([&](const ScriptedRequest &request) {
        if (isToken(request))
            return tokenAnswer();
        const QByteArray path = pathOfTarget(request);
        if (call == QLatin1String("list") && path.startsWith("/api/2/tenants/"))
            return failure;
        if (call == QLatin1String("batch") && path.startsWith("/api/2/tenants/"))
            return json(200, { { QStringLiteral("items"), QJsonArray { UserId } } });
        if (call == QLatin1String("batch") && path == "/api/2/users")
            return failure;
        if (call == QLatin1String("user") && request.method == "GET")
            return failure;
        if (request.method == "GET")
            return json(200, userObject(UserId, 3, QStringLiteral("old@example.org")));
        return failure; // the PUT or POST
    });
    auto acronis = backendFor(server.url());
    std::optional<ServiceError> error;
    if (call == QLatin1String("list") || call == QLatin1String("batch")) {
        error = waitPage(acronis->listUsers({})).error;
    } else if (call == QLatin1String("user")) {
        error = waitUser(acronis->user(UserId)).error;
    } else if (call == QLatin1String("change")) {
        EmailChangeRequest change;
        change.newEmail = QStringLiteral("new@example.org");
        error = waitChange(acronis->changeEmail(UserId, change)).error;
    } else {
        error = waitAction(acronis->resendVerification(UserId)).error;
    }
    QVERIFY(error);
    QCOMPARE(int(error->kind()), kind);
    QCOMPARE(error->httpStatus(), status);
    QCOMPARE(error->backendCode(), backendCode);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));
    if (field.isEmpty())
        QVERIFY(error->fieldErrors().isEmpty());
    else
        QVERIFY2(error->fieldErrors().value(field).contains(message),
                 qPrintable(error->describe()));
    // Writes are not repeated; only a 401 (nothing was done) is sent once more with a new token.
    const int allowed = status == 401 ? 2 : 1;
    QVERIFY(countRequests(server, "PUT", "/api/2/users/" + UserId.toLatin1()) <= allowed);
    QVERIFY(countRequests(server, "POST",
                          "/api/2/users/" + UserId.toLatin1() + "/send-activation-email")
            <= allowed);
}

void tst_AcronisBackendProtocol::tokenErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("backendCode");
    using K = ServiceError::Kind;
    QTest::newRow("401 access_denied")
        << 401 << QByteArray(R"({"error":"access_denied","error_description":"Invalid client."})")
        << int(K::Unauthenticated) << "Acronis rejected the API client id or secret."
        << "access_denied";
    QTest::newRow("400 invalid_request")
        << 400 << QByteArray(R"({"error":"invalid_request","error_description":"Bad grant."})")
        << int(K::Unauthenticated) << "Acronis refused the sign-in of the API client"
        << "invalid_request";
    QTest::newRow("401 totp_required")
        << 401 << QByteArray(R"({"error":"totp_required","error_description":"TOTP."})")
        << int(K::Unauthenticated) << "two-factor code"
        << "totp_required";
    QTest::newRow("400 invalid_totp")
        << 400 << QByteArray(R"({"error":"invalid_totp","error_description":""})")
        << int(K::Unauthenticated) << "two-factor code"
        << "invalid_totp";
    QTest::newRow("403 scope not allowed")
        << 403 << QByteArray(R"({"error":"access_denied","error_description":"Scope."})")
        << int(K::Forbidden) << "does not grant this API client"
        << "access_denied";
    QTest::newRow("503 errorScheme")
        << 503
        << QByteArray(R"({"error":{"code":503,"domain":null,"message":"Busy","details":{}}})")
        << int(K::Server) << "sign-in service failed (HTTP 503)"
        << "503";
    QTest::newRow("500 with an OAuth error is not a wrong secret")
        << 500 << QByteArray(R"({"error":"invalid_client","error_description":"Boom."})")
        << int(K::Server) << "The Acronis sign-in service failed (HTTP 500)"
        << "invalid_client";
}

void tst_AcronisBackendProtocol::tokenErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, message);
    QFETCH(QString, backendCode);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setResponses({ ScriptedResponse::json(status, body) });
    auto acronis = backendFor(server.url());
    const Outcome<User> outcome = waitUser(acronis->user(UserId));
    QVERIFY(outcome.error);
    QCOMPARE(int(outcome.error->kind()), kind);
    QCOMPARE(outcome.error->httpStatus(), status);
    QCOMPARE(outcome.error->backendCode(), backendCode);
    QVERIFY2(outcome.error->message().contains(message), qPrintable(outcome.error->message()));
    QVERIFY(!outcome.error->message().contains(Secret));
    // Only the token request went out: no API call without credentials.
    for (const ScriptedRequest &request : server.requests())
        QVERIFY(isToken(request));
}

void tst_AcronisBackendProtocol::versionMismatchRereadsAndReports()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    int reads = 0;
    server.setHandler([&](const ScriptedRequest &request) {
        if (isToken(request))
            return tokenAnswer();
        if (request.method == "GET") {
            // First read: version 3; after the 409 someone else's change is there.
            return ++reads == 1
                ? json(200, userObject(UserId, 3, QStringLiteral("old@example.org")))
                : json(200, userObject(UserId, 4, QStringLiteral("other@example.org")));
        }
        return errorScheme(409, 1001, QStringLiteral("Version mismatch"));
    });
    auto acronis = backendFor(server.url());
    EmailChangeRequest change;
    change.newEmail = QStringLiteral("new@example.org");
    const Outcome<EmailChangeOutcome> outcome = waitChange(acronis->changeEmail(UserId, change));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ServiceError::Kind::Conflict);
    QCOMPARE(outcome.error->httpStatus(), 409);
    QCOMPARE(outcome.error->backendCode(), QStringLiteral("1001"));
    QCOMPARE(outcome.error->message(),
             QStringLiteral("Someone changed this user meanwhile (email is now "
                            "other@example.org); reload and try again."));
    QVERIFY(outcome.error->currentUser());
    QCOMPARE(outcome.error->currentUser()->email, QStringLiteral("other@example.org"));
    QCOMPARE(outcome.error->currentUser()->version, QStringLiteral("4"));
    QCOMPARE(countRequests(server, "PUT", "/api/2/users/" + UserId.toLatin1()), 1);
    QCOMPARE(reads, 2);
}

void tst_AcronisBackendProtocol::versionMismatchWhenTheRereadFails()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    int reads = 0;
    server.setHandler([&](const ScriptedRequest &request) {
        if (isToken(request))
            return tokenAnswer();
        if (request.method == "GET") {
            return ++reads == 1
                ? json(200, userObject(UserId, 3, QStringLiteral("old@example.org")))
                : errorScheme(404, 404, QStringLiteral("User not found."));
        }
        return errorScheme(409, 1001, QStringLiteral("Version mismatch"));
    });
    auto acronis = backendFor(server.url());
    EmailChangeRequest change;
    change.newEmail = QStringLiteral("new@example.org");
    const Outcome<EmailChangeOutcome> outcome = waitChange(acronis->changeEmail(UserId, change));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ServiceError::Kind::Conflict);
    QCOMPARE(outcome.error->backendCode(), QStringLiteral("1001"));
    QCOMPARE(outcome.error->message(),
             QStringLiteral("Someone changed this user meanwhile; reload and try again."));
    QVERIFY(!outcome.error->currentUser());
    QCOMPARE(countRequests(server, "PUT", "/api/2/users/" + UserId.toLatin1()), 1);
}

void tst_AcronisBackendProtocol::rejectedTokenIsRenewedOnce()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    int tokens = 0;
    bool rejectAll = false;
    server.setHandler([&](const ScriptedRequest &request) {
        if (isToken(request))
            return tokenAnswer(QStringLiteral("t%1").arg(++tokens));
        if (rejectAll || request.header("Authorization") == "Bearer t1")
            return errorScheme(401, 401, QStringLiteral("The access token is invalid."));
        return json(200, userObject(UserId, 1, QStringLiteral("a@example.org")));
    });
    auto acronis = backendFor(server.url());
    Outcome<User> outcome = waitUser(acronis->user(UserId));
    QVERIFY2(outcome.ok(), outcome.describe().constData());
    QCOMPARE(acronis->tokenFetchCount(), 2);
    QCOMPARE(server.requests().constLast().header("Authorization"), QByteArray("Bearer t2"));

    // A server that rejects every token: one renewal, then the error.
    rejectAll = true;
    const qsizetype before = server.requests().size();
    outcome = waitUser(acronis->user(UserId));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ServiceError::Kind::Unauthenticated);
    QCOMPARE(outcome.error->httpStatus(), 401);
    QCOMPARE(acronis->tokenFetchCount(), 3);
    QCOMPARE(server.requests().size(), before + 3); // read, token, read
}

void tst_AcronisBackendProtocol::malformedAnswers_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("replace"); // which answer is replaced
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named");

    QJsonObject user = userObject(UserId, 3, QStringLiteral("a@example.org"));
    const auto userWith = [&user](const QString &key, const QJsonValue &value) {
        QJsonObject changed = user;
        if (value.isUndefined())
            changed.remove(key);
        else
            changed.insert(key, value);
        return QJsonDocument(changed).toJson(QJsonDocument::Compact);
    };
    QJsonObject contact = user.value(QStringLiteral("contact")).toObject();
    contact.insert(QStringLiteral("email_confirmed"), QStringLiteral("yes"));

    QTest::newRow("token without access_token")
        << "user"
        << "token" << QByteArray(R"({"token_type":"bearer","id_token":"x"})") << "access_token";
    QTest::newRow("token of another type")
        << "user"
        << "token" << QByteArray(R"({"access_token":"t","token_type":"mac","id_token":"x"})")
        << "token_type";
    QTest::newRow("token expires_in as text")
        << "user"
        << "token"
        << QByteArray(R"({"access_token":"t","token_type":"bearer","id_token":"x",)"
                      R"("expires_in":"600"})")
        << "expires_in";
    QTest::newRow("user not JSON") << "user"
                                   << "read" << QByteArray("<html>") << "HTML page, not the API";
    QTest::newRow("user without id") << "user"
                                     << "read" << userWith(QStringLiteral("id"), {}) << "\"id\"";
    QTest::newRow("version as text")
        << "user"
        << "read" << userWith(QStringLiteral("version"), QStringLiteral("3")) << "\"version\"";
    QTest::newRow("activated as text")
        << "user"
        << "read" << userWith(QStringLiteral("activated"), QStringLiteral("true"))
        << "\"activated\"";
    QTest::newRow("login as number")
        << "user"
        << "read" << userWith(QStringLiteral("login"), 42) << "\"login\"";
    QTest::newRow("contact missing")
        << "user"
        << "read" << userWith(QStringLiteral("contact"), {}) << "\"contact\"";
    QTest::newRow("email_confirmed as text")
        << "user"
        << "read" << userWith(QStringLiteral("contact"), contact) << "contact.email_confirmed";
    QTest::newRow("id list not a list") << "list"
                                        << "ids" << QByteArray(R"({"items":"all"})") << "\"items\"";
    QTest::newRow("id list with a number")
        << "list"
        << "ids" << QByteArray(R"({"items":[")" + UserId.toLatin1() + R"(",7]})") << "items[1]";
    QTest::newRow("batch user enabled as text")
        << "list"
        << "batch"
        << QByteArray(R"({"timestamp":"2026-01-01T10:00:00","items":[)"
                      + userWith(QStringLiteral("enabled"), QStringLiteral("no")) + "]}")
        << "items[0].enabled";
    QTest::newRow("changed user without version")
        << "change"
        << "write" << userWith(QStringLiteral("version"), {}) << "\"version\"";
}

void tst_AcronisBackendProtocol::malformedAnswers()
{
    QFETCH(QString, call);
    QFETCH(QString, replace);
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    const ScriptedResponse bad = ScriptedResponse::json(200, body);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([&](const ScriptedRequest &request) {
        const QByteArray path = pathOfTarget(request);
        if (isToken(request))
            return replace == QLatin1String("token") ? bad : tokenAnswer();
        if (path.startsWith("/api/2/tenants/"))
            return replace == QLatin1String("ids")
                ? bad
                : json(200, { { QStringLiteral("items"), QJsonArray { UserId } } });
        if (path == "/api/2/users")
            return bad; // only reached in the "batch" rows
        if (request.method == "GET")
            return replace == QLatin1String("read")
                ? bad
                : json(200, userObject(UserId, 3, QStringLiteral("a@example.org")));
        return bad; // the PUT
    });
    auto acronis = backendFor(server.url());
    std::optional<ServiceError> error;
    if (call == QLatin1String("list")) {
        error = waitPage(acronis->listUsers({})).error;
    } else if (call == QLatin1String("user")) {
        error = waitUser(acronis->user(UserId)).error;
    } else {
        EmailChangeRequest change;
        change.newEmail = QStringLiteral("new@example.org");
        error = waitChange(acronis->changeEmail(UserId, change)).error;
    }
    QVERIFY(error);
    QCOMPARE(error->kind(), ServiceError::Kind::MalformedResponse);
    QVERIFY2(error->message().contains(named), qPrintable(error->message()));
}

void tst_AcronisBackendProtocol::cancelStopsTheJob()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([&](const ScriptedRequest &request) {
        if (isToken(request))
            return tokenAnswer();
        return ScriptedResponse { 200, {}, {}, true }; // never answers
    });
    auto acronis = backendFor(server.url(), 20000);
    UserJob *job = acronis->user(UserId);
    QTimer::singleShot(300, job, &ServiceJob::cancel);
    QElapsedTimer clock;
    clock.start();
    const Outcome<User> outcome = waitUser(job);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ServiceError::Kind::Cancelled);
    QVERIFY(clock.elapsed() < 10000);
}

// --- against the mock server's faults ----------------------------------------------------

void tst_AcronisBackendProtocol::idsAreUuids_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("lower case") << QStringLiteral("0fcd4a69-8a40-4de8-b711-d9c83dc000f7");
    QTest::newRow("upper case") << QStringLiteral("0FCD4A69-8A40-4DE8-B711-D9C83DC000F7");
    QTest::newRow("mixed case") << QStringLiteral("0fCD4a69-8A40-4dE8-b711-D9c83dC000f7");
    QTest::newRow("empty") << QString();
    QTest::newRow("one short") << QStringLiteral("0fcd4a69-8a40-4de8-b711-d9c83dc000f");
    QTest::newRow("one long") << QStringLiteral("0fcd4a69-8a40-4de8-b711-d9c83dc000f70");
    QTest::newRow("hyphen moved") << QStringLiteral("0fcd4a698-a40-4de8-b711-d9c83dc000f7");
    QTest::newRow("no hyphens") << QStringLiteral("0fcd4a698a404de8b711d9c83dc000f7abcd");
    QTest::newRow("not hex") << QStringLiteral("0fcd4a69-8a40-4de8-b711-d9c83dc000g7");
    QTest::newRow("braces") << QStringLiteral("{fcd4a69-8a40-4de8-b711-d9c83dc000f}");
    QTest::newRow("fullwidth digit") << QStringLiteral("０fcd4a69-8a40-4de8-b711-d9c83dc000f7");
    QTest::newRow("Arabic-Indic digit") << QStringLiteral("٣fcd4a69-8a40-4de8-b711-d9c83dc000f7");
    QTest::newRow("space inside") << QStringLiteral("0fcd4a69-8a40-4de8-b711-d9c83dc000 7");
}

void tst_AcronisBackendProtocol::idsAreUuids()
{
    QFETCH(QString, text);
    // The spec's pattern, as a regular expression: the reference for the hand-written check.
    static const QRegularExpression spec(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
        QRegularExpression::CaseInsensitiveOption);
    QCOMPARE(AcronisUserReader::isUuid(text), spec.match(text).hasMatch());
}

void tst_AcronisBackendProtocol::expiredTokenIsRenewed()
{
    MockServerConfig config;
    config.users = 20;
    config.tokenTtlSeconds = 1;
    MockServer server(config);
    QVERIFY(server.listen());
    const QString tenant = tenantIds(server.baseUrl()).constFirst();
    AcronisBackend acronis(
        &m_network, settingsFor(server.baseUrl(), tenant, config.credentials.acronisClientId),
        config.credentials.acronisClientSecret);
    Outcome<UserPage> page = waitPage(acronis.listUsers({}));
    QVERIFY2(page.ok(), page.describe().constData());
    QCOMPARE(acronis.tokenFetchCount(), 1);
    QVERIFY(!page.value->users.isEmpty());
    const QString id = page.value->users.constFirst().id;

    QTest::qWait(1500); // the token is gone on the server
    const Outcome<User> user = waitUser(acronis.user(id));
    QVERIFY2(user.ok(), user.describe().constData());
    QCOMPARE(user.value->id, id);
    QCOMPARE(acronis.tokenFetchCount(), 2);
}

void tst_AcronisBackendProtocol::slowServerTimesOut()
{
    MockServerConfig config;
    config.users = 4;
    config.faults.latencyMs = 1500;
    MockServer server(config);
    QVERIFY(server.listen());
    AcronisBackend acronis(
        &m_network, settingsFor(server.baseUrl(), Tenant, config.credentials.acronisClientId, 400),
        config.credentials.acronisClientSecret);
    const Outcome<UserPage> outcome = waitPage(acronis.listUsers({}));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ServiceError::Kind::Timeout);
}

void tst_AcronisBackendProtocol::shortRateLimitIsWaitedOut()
{
    MockServerConfig config;
    config.users = 20;
    config.faults.rateLimit = 2; // token + id list pass; the batch read waits for the window
    config.faults.rateWindowSeconds = 1;
    MockServer server(config);
    QVERIFY(server.listen());
    const QString tenant = tenantIds(server.baseUrl()).constFirst();
    AcronisBackend acronis(
        &m_network, settingsFor(server.baseUrl(), tenant, config.credentials.acronisClientId),
        config.credentials.acronisClientSecret);
    const Outcome<UserPage> outcome = waitPage(acronis.listUsers({}));
    QVERIFY2(outcome.ok(), outcome.describe().constData());
    QVERIFY(!outcome.value->users.isEmpty());
    QCOMPARE(outcome.progress.size(), 1);
    QVERIFY2(outcome.progress.constFirst().contains(QStringLiteral("wait 1 second")),
             qPrintable(outcome.progress.constFirst()));
}

void tst_AcronisBackendProtocol::longRateLimitIsReported()
{
    MockServerConfig config;
    config.users = 4;
    config.faults.rateLimit = 1; // the token passes; the read has to wait a minute
    config.faults.rateWindowSeconds = 60;
    MockServer server(config);
    QVERIFY(server.listen());
    AcronisBackend acronis(
        &m_network, settingsFor(server.baseUrl(), Tenant, config.credentials.acronisClientId),
        config.credentials.acronisClientSecret);
    const Outcome<User> outcome = waitUser(acronis.user(UserId));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ServiceError::Kind::RateLimited);
    QCOMPARE(outcome.error->httpStatus(), 429);
    QVERIFY(outcome.error->retryAfterSeconds() > 10);
    QVERIFY(outcome.error->retryAfterSeconds() <= 60);
    QVERIFY(outcome.progress.isEmpty()); // reported, not slept
}

void tst_AcronisBackendProtocol::rateLimitedWriteIsWaitedOut()
{
    MockServerConfig config;
    config.users = 20;
    MockServer plain(config);
    QVERIFY(plain.listen());
    // Find a user through an unrestricted server with the same seed (same directory).
    const QString tenant = tenantIds(plain.baseUrl()).constFirst();
    AcronisBackend reader(&m_network,
                          settingsFor(plain.baseUrl(), tenant, config.credentials.acronisClientId),
                          config.credentials.acronisClientSecret);
    const Outcome<UserPage> page = waitPage(reader.listUsers({}));
    QVERIFY2(page.ok(), page.describe().constData());
    const User target = page.value->users.constFirst();

    config.faults.rateLimit = 2; // token + read pass; the PUT is refused
    config.faults.rateWindowSeconds = 1;
    MockServer limited(config);
    QVERIFY(limited.listen());
    AcronisBackend acronis(
        &m_network, settingsFor(limited.baseUrl(), tenant, config.credentials.acronisClientId),
        config.credentials.acronisClientSecret);
    EmailChangeRequest change;
    change.newEmail = QStringLiteral("never.retried@example.org");
    // A 429 says the write was not processed: it is sent again after Retry-After (issue 12).
    const Outcome<EmailChangeOutcome> outcome = waitChange(acronis.changeEmail(target.id, change));
    QVERIFY2(outcome.ok(), outcome.describe().constData());
}

QTEST_GUILESS_MAIN(tst_AcronisBackendProtocol)
#include "tst_acronisbackendprotocol.moc"
