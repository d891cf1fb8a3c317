// ZITADEL error mapping (every documented rpcStatus code and OAuth error, straight from bodies),
// plus behaviour only a scripted server can provoke: malformed and wrong-typed answers, the exact
// requests sent, machine users, a 401 answered by a fresh token, writes never retried.

#include "ScriptedHttpServer.h"
#include "TokenAuthenticator.h"
#include "ZitadelBackendTestSupport.h"
#include "ZitadelErrorMapper.h"
#include "ZitadelManagementBackend.h"
#include "ZitadelSelfBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace zitadelbackendtest;

namespace {
QByteArray rpc(int code, const QString &text, const QString &id = {})
{
    QJsonObject body { { QStringLiteral("code"), code } };
    if (id.isEmpty()) {
        body.insert(QStringLiteral("message"), text);
    } else {
        body.insert(QStringLiteral("message"),
                    QString(text + QStringLiteral(" (") + id + QLatin1Char(')')));
        body.insert(QStringLiteral("details"),
                    QJsonArray { QJsonObject {
                        { QStringLiteral("@type"),
                          QStringLiteral("type.googleapis.com/zitadel.v1.ErrorDetail") },
                        { QStringLiteral("id"), id },
                        { QStringLiteral("message"), text } } });
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray oauth(const QString &error, const QString &description)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("error"), error },
                                       { QStringLiteral("error_description"), description } })
        .toJson(QJsonDocument::Compact);
}

/// A complete management v1 GetUserByID answer.
QByteArray userJson();
} // namespace

class TstZitadelErrors : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    std::unique_ptr<ZitadelManagementBackend>
    management(const QUrl &base, AuthMethod method = AuthMethod::PersonalAccessToken,
               const QString &orgId = {})
    {
        ConnectionSettings settings;
        settings.kind = BackendKind::ZitadelManagement;
        settings.baseUrl = base;
        settings.authMethod = method;
        settings.organisationId = orgId;
        settings.principal = QStringLiteral("client:1");
        settings.timeoutMs = 5000;
        return std::make_unique<ZitadelManagementBackend>(&m_network, settings,
                                                          QStringLiteral("s3cret\n"));
    }

    std::unique_ptr<ZitadelSelfBackend> self(const QUrl &base)
    {
        ConnectionSettings settings;
        settings.kind = BackendKind::ZitadelSelf;
        settings.baseUrl = base;
        settings.authMethod = AuthMethod::SessionToken;
        settings.timeoutMs = 5000;
        return std::make_unique<ZitadelSelfBackend>(&m_network, settings,
                                                    QStringLiteral("user-token"));
    }

private slots:
    void mapsRpcStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("selfApi");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("backendCode");
        using K = ServiceError::Kind;
        const QString noField;
        QTest::newRow("3 email invalid")
            << 400 << rpc(3, QStringLiteral("Email is invalid"), QStringLiteral("EMAIL-599BI"))
            << false << int(K::Validation) << RequestField::newEmail
            << QStringLiteral("This is not a valid email address.")
            << QStringLiteral("EMAIL-599BI");
        QTest::newRow("3 request validation, no detail")
            << 400
            << rpc(3,
                   QStringLiteral("invalid SetMyEmailRequest.Email: value must be a valid "
                                  "email address"))
            << true << int(K::Validation) << RequestField::newEmail
            << QStringLiteral("This is not a valid email address.") << QString();
        QTest::newRow("3 email length")
            << 400
            << rpc(3,
                   QStringLiteral("invalid UpdateHumanEmailRequest.Email: value length must be "
                                  "between 1 and 200 runes, inclusive"))
            << false << int(K::Validation) << RequestField::newEmail
            << QStringLiteral("between 1 and 200") << QString();
        QTest::newRow("9 email not changed (v1)")
            << 400 << rpc(9, QStringLiteral("Email not changed"), QStringLiteral("COMMAND-2b7fM"))
            << false << int(K::Validation) << RequestField::newEmail
            << QStringLiteral("The new address is the same as the current one.")
            << QStringLiteral("COMMAND-2b7fM");
        QTest::newRow("9 email not changed, id only in message")
            << 400 << QByteArray("{\"code\":9,\"message\":\"Email not changed (COMMAND-Uch5e)\"}")
            << false << int(K::Validation) << RequestField::newEmail
            << QStringLiteral("same as the current one") << QStringLiteral("COMMAND-Uch5e");
        QTest::newRow("9 already verified")
            << 400
            << rpc(9, QStringLiteral("Email is already verified"), QStringLiteral("COMMAND-3m9ds"))
            << false << int(K::Validation) << noField << QStringLiteral("already verified")
            << QStringLiteral("COMMAND-3m9ds");
        QTest::newRow("9 user not initialised")
            << 400 << rpc(9, QStringLiteral("User not initialised"), QStringLiteral("COMMAND-x1"))
            << false << int(K::Validation) << noField << QStringLiteral("initial sign-up")
            << QStringLiteral("COMMAND-x1");
        QTest::newRow("3 code invalid")
            << 400 << rpc(3, QStringLiteral("Code is invalid"), QStringLiteral("CODE-woT0xc"))
            << true << int(K::Validation) << RequestField::verificationCode
            << QStringLiteral("not correct") << QStringLiteral("CODE-woT0xc");
        QTest::newRow("3 code expired")
            << 400 << rpc(3, QStringLiteral("Code is expired"), QStringLiteral("CODE-QvUQ4P"))
            << true << int(K::Validation) << RequestField::verificationCode
            << QStringLiteral("expired") << QStringLiteral("CODE-QvUQ4P");
        QTest::newRow("9 no pending code")
            << 400 << rpc(9, QStringLiteral("Code is empty"), QStringLiteral("COMMAND-2M9fs"))
            << true << int(K::Validation) << RequestField::verificationCode
            << QStringLiteral("No verification is waiting") << QStringLiteral("COMMAND-2M9fs");
        QTest::newRow("3 invalid list query")
            << 400 << rpc(3, QStringLiteral("List.Query.Invalid"), QStringLiteral("USER-vR9nC"))
            << false << int(K::Validation) << noField << QStringLiteral("rejected the search")
            << QStringLiteral("USER-vR9nC");
        QTest::newRow("5 user not found")
            << 404
            << rpc(5, QStringLiteral("User could not be found"), QStringLiteral("QUERY-Dfbg2"))
            << false << int(K::NotFound) << noField
            << QStringLiteral("not found in this organisation") << QStringLiteral("QUERY-Dfbg2");
        QTest::newRow("5 gateway route")
            << 404 << rpc(5, QStringLiteral("Not Found")) << false << int(K::NotFound) << noField
            << QStringLiteral("Check the base URL") << QString();
        QTest::newRow("6 address taken")
            << 409 << rpc(6, QStringLiteral("Email already in use"), QStringLiteral("COMMAND-e1"))
            << false << int(K::Validation) << RequestField::newEmail
            << QStringLiteral("already used by another account") << QStringLiteral("COMMAND-e1");
        QTest::newRow("6 other conflict")
            << 409 << rpc(6, QStringLiteral("User already exists"), QStringLiteral("COMMAND-u1"))
            << false << int(K::Conflict) << noField << QStringLiteral("already exists")
            << QStringLiteral("COMMAND-u1");
        QTest::newRow("7 management")
            << 403
            << rpc(7, QStringLiteral("No matching permissions found"), QStringLiteral("AUTH-5mWD2"))
            << false << int(K::Forbidden) << noField
            << QStringLiteral("The service account lacks permission in this organisation.")
            << QStringLiteral("AUTH-5mWD2");
        QTest::newRow("7 self") << 403
                                << rpc(7, QStringLiteral("No matching permissions found"),
                                       QStringLiteral("AUTH-5mWD2"))
                                << true << int(K::Forbidden) << noField
                                << QStringLiteral("own token") << QStringLiteral("AUTH-5mWD2");
        QTest::newRow("16 management")
            << 401 << rpc(16, QStringLiteral("Errors.Token.Invalid"), QStringLiteral("AUTH-7fs1e"))
            << false << int(K::Unauthenticated) << noField << QStringLiteral("access token")
            << QStringLiteral("AUTH-7fs1e");
        QTest::newRow("16 self") << 401
                                 << rpc(16, QStringLiteral("Errors.Token.Invalid"),
                                        QStringLiteral("AUTH-7fs1e"))
                                 << true << int(K::Unauthenticated) << noField
                                 << QStringLiteral("session token") << QStringLiteral("AUTH-7fs1e");
        QTest::newRow("8 rate limited")
            << 429 << rpc(8, QStringLiteral("slow down")) << false << int(K::RateLimited) << noField
            << QStringLiteral("too many requests") << QString();
        QTest::newRow("8 body too large")
            << 413 << rpc(8, QStringLiteral("too big")) << false << int(K::Validation) << noField
            << QStringLiteral("too large") << QString();
        QTest::newRow("12 unimplemented")
            << 501 << rpc(12, QStringLiteral("not implemented")) << false << int(K::Unsupported)
            << noField << QStringLiteral("does not offer") << QString();
        QTest::newRow("13 internal")
            << 500 << rpc(13, QStringLiteral("boom")) << false << int(K::Server) << noField
            << QStringLiteral("internal error") << QString();
        QTest::newRow("14 unavailable")
            << 503 << rpc(14, QStringLiteral("down")) << false << int(K::Server) << noField
            << QStringLiteral("unavailable") << QString();
        QTest::newRow("oauth invalid_client")
            << 401 << oauth(QStringLiteral("invalid_client"), QStringLiteral("nope")) << false
            << int(K::Unauthenticated) << noField
            << QStringLiteral("ZITADEL rejected the client id or secret.")
            << QStringLiteral("invalid_client");
        QTest::newRow("oauth invalid_scope")
            << 400 << oauth(QStringLiteral("invalid_scope"), QStringLiteral("no aud")) << false
            << int(K::Forbidden) << noField << QStringLiteral("no aud")
            << QStringLiteral("invalid_scope");
        QTest::newRow("oauth unsupported_grant_type")
            << 400 << oauth(QStringLiteral("unsupported_grant_type"), QString()) << false
            << int(K::Unsupported) << noField << QStringLiteral("client-credentials")
            << QStringLiteral("unsupported_grant_type");
        QTest::newRow("oauth server_error")
            << 500 << oauth(QStringLiteral("server_error"), QString()) << false << int(K::Server)
            << noField << QStringLiteral("token service") << QStringLiteral("server_error");
        QTest::newRow("not JSON") << 502 << QByteArray("<html>Bad gateway</html>") << false
                                  << int(K::Server) << noField << QStringLiteral("502")
                                  << QString();
    }

    void mapsRpcStatus()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, selfApi);
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        QFETCH(QString, backendCode);
        HttpResponse response;
        response.status = status;
        response.body = body;
        const ServiceError error =
            selfApi ? ZitadelErrorMapper::mapSelf(response) : ZitadelErrorMapper::map(response);
        QCOMPARE(int(error.kind()), kind);
        QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
        QVERIFY(!error.message().contains(QStringLiteral("<html>")));
        if (field.isEmpty())
            QVERIFY(error.fieldErrors().isEmpty());
        else
            QCOMPARE(error.fieldErrors().value(field), error.message());
        QCOMPARE(error.backendCode(), backendCode);
        QCOMPARE(error.httpStatus(), status);
    }

    void rateLimitCarriesRetryAfter()
    {
        HttpResponse response;
        response.status = 429;
        response.headers = { { "Retry-After", "42" } };
        response.body = rpc(8, QStringLiteral("Rate limit exceeded"));
        const ServiceError error = ZitadelErrorMapper::map(response);
        QCOMPARE(error.kind(), ServiceError::Kind::RateLimited);
        QCOMPARE(error.retryAfterSeconds(), 42);
        QVERIFY(error.message().contains(QStringLiteral("42")));
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << QByteArray("<html>login</html>")
                                  << QStringLiteral("HTML page, not the API");
        QTest::newRow("result not a list")
            << QByteArray(R"({"result":{"id":"1"}})") << QStringLiteral("result");
        QTest::newRow("totalResult not a number")
            << QByteArray(R"({"details":{"totalResult":"many"}})")
            << QStringLiteral("details.totalResult");
        QTest::newRow("details not an object")
            << QByteArray(R"({"details":"x"})") << QStringLiteral("details");
        QTest::newRow("user without id")
            << QByteArray(R"({"result":[{"userName":"a"}]})") << QStringLiteral("result[0].id");
        QTest::newRow("verified flag wrong type")
            << QByteArray(R"({"result":[{"id":"1","human":{"email":{"isEmailVerified":"yes"}}}]})")
            << QStringLiteral("result[0].human.email.isEmailVerified");
        QTest::newRow("state wrong type") << QByteArray(R"({"result":[{"id":"1","state":{}}]})")
                                          << QStringLiteral("result[0].state");
        QTest::newRow("sequence wrong type")
            << QByteArray(R"({"result":[{"id":"1","details":{"sequence":true}}]})")
            << QStringLiteral("result[0].details.sequence");
        QTest::newRow("email wrong type")
            << QByteArray(R"({"result":[{"id":"1","human":{"email":{"email":5}}}]})")
            << QStringLiteral("result[0].human.email.email");
    }

    void malformedAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse::json(200, body) });
        const Outcome outcome = waitFor(management(server.url())->listUsers(UserQuery()));
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::MalformedResponse);
        QVERIFY2(outcome.error.message().contains(problem), qPrintable(outcome.error.message()));
    }

    void malformedSingleUserAndSelf()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse::json(200, R"({"details":{}})") });
        const Outcome read = waitFor(management(server.url())->user(QStringLiteral("1")));
        QCOMPARE(read.error.kind(), ServiceError::Kind::MalformedResponse);
        QVERIFY(read.error.message().contains(QStringLiteral("\"user\"")));
        const Outcome me = waitFor(self(server.url())->listUsers(UserQuery()));
        QCOMPARE(me.error.kind(), ServiceError::Kind::MalformedResponse);
    }

    void writeAnsweredWithHtmlIsNotASuccess()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse {
            200, { { "Content-Type", "text/html" } }, "<html>proxy</html>" } });
        EmailChangeRequest request;
        request.newEmail = QStringLiteral("a@b.example");
        const Outcome outcome =
            waitFor(management(server.url())->changeEmail(QStringLiteral("1"), request));
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::MalformedResponse);
        QCOMPARE(server.requests().size(), 1); // no re-read after a failed write
    }

    void zeroValuesAreOmitted()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({
            ScriptedResponse::json(200, R"({"details":{}})"),
            // Rows but no total: the count is unknown; a short page is the last.
            ScriptedResponse::json(
                200,
                R"({"result":[{"id":"7","userName":"n","human":{"email":{"email":"n@x.example"}}}]})"),
        });
        auto zitadel = management(server.url());
        const Outcome empty = waitFor(zitadel->listUsers(UserQuery()));
        ZVERIFY_OK(empty);
        QVERIFY(empty.page.users.isEmpty());
        QCOMPARE(empty.page.totalCount.value_or(-1), 0);
        QVERIFY(empty.page.nextPageToken.isEmpty());
        const Outcome one = waitFor(zitadel->listUsers(UserQuery()));
        ZVERIFY_OK(one);
        QCOMPARE(one.page.users.size(), 1);
        const User &user = one.page.users.constFirst();
        QCOMPARE(user.id, QStringLiteral("7")); // an integer id becomes text
        QCOMPARE(user.verification, EmailVerification::Unverified); // missing flag = false
        QCOMPARE(user.state, UserState::Unknown); // missing state = UNSPECIFIED
        QVERIFY(user.version.isEmpty());
        QVERIFY(!one.page.totalCount.has_value());
        QVERIFY(one.page.nextPageToken.isEmpty());
    }

    void machineUsersAndStates()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse::json(
            200,
            R"({"details":{"totalResult":"3"},"result":[)"
            R"({"id":"1","state":"USER_STATE_LOCKED","userName":"bot","machine":{"name":"Build bot"}},)"
            R"({"id":"2","state":6,"userName":"new","human":{"profile":{"firstName":"Neo","lastName":"N"}}},)"
            R"({"id":"3","state":"USER_STATE_FUTURE","preferredLoginName":"f@x.example","human":{}}]})") });
        const Outcome outcome = waitFor(management(server.url())->listUsers(UserQuery()));
        ZVERIFY_OK(outcome);
        QCOMPARE(outcome.page.users.size(), 3);
        const User &bot = outcome.page.users.at(0);
        QCOMPARE(bot.displayName, QStringLiteral("Build bot"));
        QVERIFY(bot.email.isEmpty());
        QCOMPARE(bot.verification, EmailVerification::Unknown);
        QCOMPARE(bot.state, UserState::Locked);
        QCOMPARE(bot.stateText, QStringLiteral("Locked"));
        const User &fresh = outcome.page.users.at(1);
        QCOMPARE(fresh.state, UserState::Initial); // enum as number
        QCOMPARE(fresh.displayName, QStringLiteral("Neo N"));
        const User &future = outcome.page.users.at(2);
        QCOMPARE(future.state, UserState::Unknown);
        QCOMPARE(future.stateText, QStringLiteral("USER_STATE_FUTURE"));
        QCOMPARE(future.login, QStringLiteral("f@x.example"));
    }

    void requestsAreShapedAsDocumented()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedRequest &request) {
            if (request.method == "PUT")
                return ScriptedResponse::json(200, R"({"details":{"sequence":"4"}})");
            if (request.method == "GET")
                return ScriptedResponse::json(200, userJson());
            return ScriptedResponse::json(200, R"({"details":{"totalResult":"0"}})");
        });
        auto zitadel = management(server.url(), AuthMethod::PersonalAccessToken,
                                  QStringLiteral("276381956392018977"));
        UserQuery query;
        query.match = UserQuery::Match::Contains;
        query.text = QStringLiteral("Ada@");
        query.pageSize = 5000;
        query.pageToken = QStringLiteral("20");
        ZVERIFY_OK(waitFor(zitadel->listUsers(query)));
        query.text = QStringLiteral("ada");
        ZVERIFY_OK(waitFor(zitadel->listUsers(query)));
        EmailChangeRequest change;
        change.newEmail = QStringLiteral(" ada@y.example ");
        const Outcome changed = waitFor(zitadel->changeEmail(QStringLiteral("100"), change));
        ZVERIFY_OK(changed);
        QCOMPARE(changed.change.kind, EmailChangeOutcome::Kind::VerificationMailSent);
        QCOMPARE(changed.change.user->displayName, QStringLiteral("Ada L"));
        QCOMPARE(changed.change.user->version, QStringLiteral("3"));
        QCOMPARE(changed.change.user->organisationId, QStringLiteral("9"));

        // The fifth asks for the name of the user's organisation (GetMyOrg in its context).
        QCOMPARE(server.requests().size(), 5);
        for (const ScriptedRequest &request : server.requests().mid(0, 4)) {
            QCOMPARE(request.header("Authorization"), QByteArray("Bearer s3cret"));
            QCOMPARE(request.header("x-zitadel-orgid"), QByteArray("276381956392018977"));
        }
        const ScriptedRequest &orgName = server.requests().at(4);
        QCOMPARE(orgName.method, QByteArray("GET"));
        QCOMPARE(orgName.target, QByteArray("/management/v1/orgs/me"));
        QCOMPARE(orgName.header("x-zitadel-orgid"), QByteArray("9"));
        QCOMPARE(orgName.header("Authorization"), QByteArray("Bearer s3cret"));
        const ScriptedRequest &byEmail = server.requests().at(0);
        QCOMPARE(byEmail.method, QByteArray("POST"));
        QCOMPARE(byEmail.target, QByteArray("/management/v1/users/_search"));
        const QJsonObject body = QJsonDocument::fromJson(byEmail.body).object();
        const QJsonObject listQuery = body[QStringLiteral("query")].toObject();
        QCOMPARE(listQuery[QStringLiteral("offset")], QJsonValue(QStringLiteral("20")));
        QCOMPARE(listQuery[QStringLiteral("limit")].toInt(), 1000); // clamped to ZITADEL's max
        QCOMPARE(listQuery[QStringLiteral("asc")], QJsonValue(true));
        QCOMPARE(body[QStringLiteral("sortingColumn")].toString(),
                 QStringLiteral("USER_FIELD_NAME_USER_NAME"));
        const QJsonObject emailQuery =
            body[QStringLiteral("queries")][0][QStringLiteral("emailQuery")].toObject();
        QCOMPARE(emailQuery[QStringLiteral("emailAddress")].toString(), QStringLiteral("Ada@"));
        QCOMPARE(emailQuery[QStringLiteral("method")].toString(),
                 QStringLiteral("TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE"));
        const QJsonObject nameQuery =
            QJsonDocument::fromJson(server.requests().at(1).body)
                .object()[QStringLiteral("queries")][0][QStringLiteral("userNameQuery")]
                .toObject();
        QCOMPARE(nameQuery[QStringLiteral("userName")].toString(), QStringLiteral("ada"));
        QCOMPARE(nameQuery[QStringLiteral("method")].toString(),
                 QStringLiteral("TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE"));
        const ScriptedRequest &put = server.requests().at(2);
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.target, QByteArray("/management/v1/users/100/email"));
        QCOMPARE(QJsonDocument::fromJson(put.body).object(),
                 (QJsonObject { { QStringLiteral("email"), QStringLiteral("ada@y.example") },
                                { QStringLiteral("isEmailVerified"), false } }));
        QCOMPARE(server.requests().at(3).target, QByteArray("/management/v1/users/100"));
    }

    void idsCannotChangeThePath()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse::json(200, userJson()) });
        auto zitadel = management(server.url());
        // Query and fragment characters are encoded into the path segment.
        ZVERIFY_OK(waitFor(zitadel->user(QStringLiteral("1?x=1#y"))));
        QCOMPARE(server.requests().constFirst().target,
                 QByteArray("/management/v1/users/1%3Fx=1%23y"));
        // A slash or a dot segment would address another resource: refused before sending.
        for (const QString &id : { QStringLiteral("1/email"), QStringLiteral("..") }) {
            const Outcome read = waitFor(zitadel->user(id));
            QCOMPARE(read.error.kind(), ServiceError::Kind::Validation);
            QVERIFY(read.error.message().contains(QStringLiteral("not a ZITADEL user id")));
        }
        EmailChangeRequest request;
        request.newEmail = QStringLiteral("a@b.example");
        QCOMPARE(waitFor(zitadel->changeEmail(QStringLiteral("../x"), request)).error.kind(),
                 ServiceError::Kind::Validation);
        // As a search, such an id simply matches nobody.
        UserQuery byId;
        byId.match = UserQuery::Match::ExactId;
        byId.text = QStringLiteral("1/email");
        const Outcome none = waitFor(zitadel->listUsers(byId));
        ZVERIFY_OK(none);
        QVERIFY(none.page.users.isEmpty());
        // The read, and the name of its organisation; nothing for the refused ids.
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).target, QByteArray("/management/v1/orgs/me"));
    }

    void localValidationSendsNothing()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        auto zitadel = management(server.url());
        EmailChangeRequest request;
        request.newEmail = QStringLiteral("not an address");
        QCOMPARE(waitFor(zitadel->changeEmail(QStringLiteral("1"), request)).error.kind(),
                 ServiceError::Kind::Validation);
        QCOMPARE(waitFor(self(server.url())->verifyEmail(QString(), QString())).error.kind(),
                 ServiceError::Kind::Validation);
        QVERIFY(server.requests().isEmpty());
    }

    void clientCredentialsRequestAndRenewalAfter401()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        int apiCalls = 0;
        int tokens = 0;
        server.setHandler([&](const ScriptedRequest &request) {
            if (request.target == "/oauth/v2/token") {
                ++tokens;
                const QJsonObject token {
                    { QStringLiteral("access_token"), QStringLiteral("tok-%1").arg(tokens) },
                    { QStringLiteral("token_type"), QStringLiteral("Bearer") },
                    { QStringLiteral("expires_in"), 3600 }
                };
                return ScriptedResponse::json(200, QJsonDocument(token).toJson());
            }
            // The first token is revoked on the server: 401, then the fresh one works.
            if (++apiCalls == 1)
                return ScriptedResponse::json(
                    401,
                    rpc(16, QStringLiteral("Errors.Token.Invalid"), QStringLiteral("AUTH-7fs1e")));
            return ScriptedResponse::json(200, userJson());
        });
        auto zitadel = management(server.url(), AuthMethod::ClientCredentials);
        const Outcome outcome = waitFor(zitadel->user(QStringLiteral("100")));
        ZVERIFY_OK(outcome);
        QCOMPARE(outcome.user.login, QStringLiteral("ada"));
        QCOMPARE(qobject_cast<TokenAuthenticator *>(zitadel->authenticator())->fetchCount(), 2);

        const ScriptedRequest &token = server.requests().constFirst();
        QCOMPARE(token.method, QByteArray("POST"));
        QCOMPARE(token.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        // client id and secret are form-encoded before Basic (RFC 6749 2.3.1); the secret trimmed.
        QCOMPARE(token.header("Authorization"),
                 QByteArray("Basic ") + QByteArray("client%3A1:s3cret").toBase64());
        QVERIFY(token.header("x-zitadel-orgid").isEmpty());
        const QUrlQuery form(QString::fromUtf8(token.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")),
                 QStringLiteral("client_credentials"));
        QCOMPARE(form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("openid urn:zitadel:iam:org:project:id:zitadel:aud"));
        QCOMPARE(server.requests().last().header("Authorization"), QByteArray("Bearer tok-2"));
    }

    void malformedTokenAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no access_token")
            << QByteArray(R"({"token_type":"Bearer"})") << QStringLiteral("access_token");
        QTest::newRow("expires_in as text")
            << QByteArray(R"({"access_token":"t","expires_in":"soon"})")
            << QStringLiteral("expires_in");
        QTest::newRow("not a bearer token")
            << QByteArray(R"({"access_token":"t","token_type":"mac"})")
            << QStringLiteral("token_type");
    }

    void malformedTokenAnswer()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse::json(200, body) });
        const Outcome outcome = waitFor(
            management(server.url(), AuthMethod::ClientCredentials)->listUsers(UserQuery()));
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::MalformedResponse);
        QVERIFY2(outcome.error.message().contains(problem), qPrintable(outcome.error.message()));
        QCOMPARE(server.requests().size(), 1); // the API was never called
    }

    void writesAreNotRetried()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        // 503: a proxy may answer so after the write went through; only 429 is sent again.
        ScriptedResponse limited = ScriptedResponse::json(503, rpc(8, QStringLiteral("limit")));
        limited.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        server.setResponses({ limited, ScriptedResponse::json(200, R"({"details":{}})") });
        EmailChangeRequest request;
        request.newEmail = QStringLiteral("a@b.example");
        const Outcome outcome = waitFor(self(server.url())->changeEmail(QString(), request));
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::RateLimited);
        QCOMPARE(outcome.error.retryAfterSeconds(), 1);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().constFirst().target, QByteArray("/auth/v1/users/me/email"));
    }

    void invalidBaseUrl()
    {
        ConnectionSettings settings;
        settings.kind = BackendKind::ZitadelManagement;
        settings.authMethod = AuthMethod::PersonalAccessToken;
        ZitadelManagementBackend zitadel(&m_network, settings, QStringLiteral("pat"));
        const Outcome outcome = waitFor(zitadel.listUsers(UserQuery()));
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::Unsupported);
        QVERIFY(outcome.error.message().contains(QStringLiteral("address")));
    }
};

namespace {
QByteArray userJson()
{
    return QByteArray(R"({"user":{"id":"100","details":{"sequence":"3","resourceOwner":"9"},)"
                      R"("state":"USER_STATE_ACTIVE","userName":"ada",)"
                      R"("preferredLoginName":"ada@x.example","human":{"profile":)"
                      R"({"firstName":"Ada","lastName":"Lovelace","displayName":"Ada L"},)"
                      R"("email":{"email":"ada@x.example","isEmailVerified":true}}}})");
}
} // namespace

QTEST_GUILESS_MAIN(TstZitadelErrors)
#include "tst_zitadelerrors.moc"
