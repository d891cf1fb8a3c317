#pragma once

// The five backends as a hostile server sees them (tst_hostilebackends): their profiles, which
// requests fetch tokens, well-formed token and API answers, and a job run to its end.

#include "HostileWireSupport.h"
#include "IdentityBackend.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace hostile {
inline const QString tenant = QStringLiteral("0d7b8e3c-1d2a-4f6e-9a7b-1c2d3e4f5a6b");
inline const QString acronisUser = QStringLiteral("1c234e69-5469-424a-a6d1-ff5658b387a6");

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QByteArray pathOf(const ScriptedRequest &request)
{
    return request.target.split('?').constFirst();
}

/// One backend as the hostile server sees it: its profile, which requests get a token, a good
/// token answer, and a good answer for each API request.
struct Backend
{
    ConnectionSettings settings;
    QString secret;
    std::function<bool(const ScriptedRequest &)> isToken;
    std::function<ScriptedResponse(qint64 expiresIn)> tokenAnswer;
    std::function<ScriptedResponse(const ScriptedRequest &)> goodAnswer;
    QString userId;
};

inline QJsonObject gcoreUser(const QJsonValue &id)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("email"), QStringLiteral("a@example.org") },
             { QStringLiteral("name"), QStringLiteral("A") },
             { QStringLiteral("activated"), true } };
}

inline QByteArray gcoreJwt(qint64 lifetime)
{
    const auto part = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return part(R"({"alg":"HS256"})") + '.'
        + part(json({ { QStringLiteral("iat"), now }, { QStringLiteral("exp"), now + lifetime } }))
        + ".sig";
}

inline Backend gcore(const QUrl &url, AuthMethod method)
{
    Backend backend;
    backend.settings.kind = BackendKind::GcoreIam;
    backend.settings.baseUrl = url;
    backend.settings.authMethod = method;
    backend.settings.principal = QStringLiteral("admin@example.org");
    backend.settings.timeoutMs = TestBuild::scaledMs(5000);
    backend.secret = QStringLiteral("42_secret");
    backend.userId = QStringLiteral("7");
    backend.isToken = [](const ScriptedRequest &request) {
        return pathOf(request).startsWith("/iam/auth/jwt/");
    };
    backend.tokenAnswer = [](qint64 lifetime) {
        return ScriptedResponse::json(
            200, R"({"access":")" + gcoreJwt(lifetime) + R"(","refresh":"r1"})");
    };
    backend.goodAnswer = [](const ScriptedRequest &request) {
        if (request.method == "PUT")
            return ScriptedResponse::json(200, R"({"new_email":"new@example.org"})");
        if (pathOf(request) == "/iam/users")
            return ScriptedResponse::json(
                200,
                json({ { QStringLiteral("count"), 1 },
                       { QStringLiteral("next"), QJsonValue::Null },
                       { QStringLiteral("results"), QJsonArray { gcoreUser(7) } } }));
        return ScriptedResponse::json(200, json(gcoreUser(7)));
    };
    return backend;
}

inline QJsonObject zitadelUser(const QJsonValue &id)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("userName"), QStringLiteral("a") },
             { QStringLiteral("state"), QStringLiteral("USER_STATE_ACTIVE") },
             { QStringLiteral("human"),
               QJsonObject { { QStringLiteral("email"),
                               QJsonObject { { QStringLiteral("email"),
                                               QStringLiteral("a@example.org") } } } } } };
}

inline Backend zitadel(const QUrl &url, AuthMethod method)
{
    Backend backend;
    backend.settings.kind = BackendKind::ZitadelManagement;
    backend.settings.baseUrl = url;
    backend.settings.authMethod = method;
    backend.settings.principal = QStringLiteral("client");
    backend.settings.timeoutMs = TestBuild::scaledMs(5000);
    backend.secret = QStringLiteral("secret");
    backend.userId = QStringLiteral("69629023906488334");
    backend.isToken = [](const ScriptedRequest &request) {
        return pathOf(request) == "/oauth/v2/token";
    };
    backend.tokenAnswer = [](qint64 expiresIn) {
        return ScriptedResponse::json(
            200,
            json({ { QStringLiteral("access_token"), QStringLiteral("t1") },
                   { QStringLiteral("token_type"), QStringLiteral("Bearer") },
                   { QStringLiteral("expires_in"), expiresIn } }));
    };
    backend.goodAnswer = [](const ScriptedRequest &request) {
        if (pathOf(request).endsWith("/_search"))
            return ScriptedResponse::json(
                200,
                json({ { QStringLiteral("details"),
                         QJsonObject { { QStringLiteral("totalResult"), QStringLiteral("1") } } },
                       { QStringLiteral("result"),
                         QJsonArray { zitadelUser(QStringLiteral("69629023906488334")) } } }));
        if (request.method == "PUT")
            return ScriptedResponse::json(200, R"({"details":{"sequence":"3"}})");
        return ScriptedResponse::json(
            200,
            json({ { QStringLiteral("user"), zitadelUser(QStringLiteral("69629023906488334")) } }));
    };
    return backend;
}

inline QJsonObject acronisRecord()
{
    return { { QStringLiteral("id"), acronisUser },
             { QStringLiteral("version"), 1 },
             { QStringLiteral("tenant_id"), tenant },
             { QStringLiteral("login"), QStringLiteral("jdoe") },
             { QStringLiteral("activated"), false },
             { QStringLiteral("enabled"), true },
             { QStringLiteral("deleted_at"), QJsonValue::Null },
             { QStringLiteral("contact"),
               QJsonObject { { QStringLiteral("email"), QStringLiteral("a@example.org") } } } };
}

inline Backend acronis(const QUrl &url)
{
    Backend backend;
    backend.settings.kind = BackendKind::Acronis;
    backend.settings.baseUrl = url;
    backend.settings.authMethod = AuthMethod::ClientCredentials;
    backend.settings.organisationId = tenant;
    backend.settings.principal = QStringLiteral("client");
    backend.settings.timeoutMs = TestBuild::scaledMs(5000);
    backend.secret = QStringLiteral("secret");
    backend.userId = acronisUser;
    backend.isToken = [](const ScriptedRequest &request) {
        return pathOf(request) == "/api/2/idp/token";
    };
    backend.tokenAnswer = [](qint64 expiresIn) {
        return ScriptedResponse::json(
            200,
            json({ { QStringLiteral("access_token"), QStringLiteral("t1") },
                   { QStringLiteral("token_type"), QStringLiteral("bearer") },
                   { QStringLiteral("expires_in"), expiresIn },
                   { QStringLiteral("id_token"), QStringLiteral("eyJ.x.") } }));
    };
    backend.goodAnswer = [](const ScriptedRequest &request) {
        if (pathOf(request).startsWith("/api/2/tenants/"))
            return ScriptedResponse::json(
                200, json({ { QStringLiteral("items"), QJsonArray { acronisUser } } }));
        if (pathOf(request) == "/api/2/users")
            return ScriptedResponse::json(
                200, json({ { QStringLiteral("items"), QJsonArray { acronisRecord() } } }));
        return ScriptedResponse::json(200, json(acronisRecord()));
    };
    return backend;
}

inline Backend codeArts(const QUrl &url, AuthMethod method)
{
    Backend backend;
    backend.settings.kind = BackendKind::CodeArtsRepo;
    backend.settings.baseUrl = url;
    backend.settings.authMethod = method;
    backend.settings.accountName = QStringLiteral("acme");
    backend.settings.principal = QStringLiteral("dev");
    backend.settings.projectName = QStringLiteral("ap-southeast-3");
    backend.settings.timeoutMs = TestBuild::scaledMs(5000);
    backend.secret = QStringLiteral("MIIsecret");
    backend.userId = QStringLiteral("21820");
    backend.isToken = [](const ScriptedRequest &request) {
        return pathOf(request) == "/v3/auth/tokens";
    };
    backend.tokenAnswer = [](qint64 lifetime) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ScriptedResponse answer = ScriptedResponse::json(
            201,
            json({ { QStringLiteral("token"),
                     QJsonObject { { QStringLiteral("issued_at"), now.toString(Qt::ISODate) },
                                   { QStringLiteral("expires_at"),
                                     now.addSecs(lifetime).toString(Qt::ISODate) } } } }));
        answer.headers.append(qMakePair(QByteArray("X-Subject-Token"), QByteArray("MIIt1")));
        return answer;
    };
    backend.goodAnswer = [](const ScriptedRequest &) {
        return ScriptedResponse::json(
            200,
            json({ { QStringLiteral("id"), 21820 },
                   { QStringLiteral("name"), QStringLiteral("dev") },
                   { QStringLiteral("username"), QStringLiteral("ac105e52a4764a4c") },
                   { QStringLiteral("state"), QStringLiteral("active") },
                   { QStringLiteral("commit_email"), QStringLiteral("a@example.org") } }));
    };
    return backend;
}

/// What one backend call ended with.
struct Result
{
    bool finished = false;
    bool succeeded = false;
    std::optional<ServiceError> error;
    UserPage page;

    QByteArray why() const
    {
        if (!finished)
            return "did not finish";
        return succeeded ? QByteArray("succeeded")
                         : error->kindName().toUtf8() + ": " + error->describe().toUtf8();
    }
};

inline Result await(ServiceJob *job)
{
    Result result;
    QObject::connect(job, &ServiceJob::finished, job, [&result, job] {
        result.finished = true;
        result.succeeded = job->succeeded();
        if (!result.succeeded)
            result.error = job->error();
        if (auto *pageJob = qobject_cast<UserPageJob *>(job); pageJob && result.succeeded)
            result.page = pageJob->page();
    });
    if (!QTest::qWaitFor([&result] { return result.finished; }, 30000))
        qWarning("job did not finish");
    return result;
}

inline UserQuery firstPage(int size = 10)
{
    UserQuery query;
    query.pageSize = size;
    return query;
}

enum class Operation { List, Read, Change };

inline ServiceJob *start(IdentityBackend &backend, Operation operation, const QString &userId)
{
    switch (operation) {
    case Operation::List:
        return backend.listUsers(firstPage());
    case Operation::Read:
        return backend.user(userId);
    case Operation::Change: {
        EmailChangeRequest request;
        request.newEmail = QStringLiteral("new@example.org");
        request.password = QStringLiteral("pw");
        request.verificationCode = QStringLiteral("123456");
        return backend.changeEmail(userId, request);
    }
    }
    return nullptr;
}

inline int countWhere(const ScriptedHttpServer &server,
                      const std::function<bool(const ScriptedRequest &)> &predicate)
{
    return int(std::count_if(server.requests().cbegin(), server.requests().cend(), predicate));
}
} // namespace hostile

Q_DECLARE_METATYPE(hostile::Operation)
