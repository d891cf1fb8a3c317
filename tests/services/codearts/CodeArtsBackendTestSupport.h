#pragma once

#include "CodeArtsBackend.h"
#include "MockServer.h"
#include "ScriptedHttpServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

#include <memory>
#include <optional>

/// Shared fixtures of the CodeArtsBackend suites: profiles against the in-process mock server,
/// and a way to wait for one job's single outcome.
namespace CodeArtsBackendTest {

/// What one job reported: its value on success, its error otherwise.
template<typename Value>
struct Outcome
{
    bool finished = false;
    std::optional<Value> value;
    std::optional<ServiceError> error;
    QStringList progress;

    ServiceError::Kind kind() const { return error ? error->kind() : ServiceError::Kind::Server; }
};

/// Waits for `job` and reads its result with `get` inside the finished() slot (the job deletes
/// itself afterwards).
template<typename Job, typename Get>
auto finish(Job *job, Get get, int timeoutMs = 20000)
{
    using Value = std::decay_t<decltype(get(*job))>;
    Outcome<Value> outcome;
    QObject::connect(job, &ServiceJob::progress, job,
                     [&outcome](const QString &text) { outcome.progress.append(text); });
    QObject::connect(job, &ServiceJob::finished, job, [&outcome, job, get] {
        outcome.finished = true;
        if (job->succeeded())
            outcome.value = get(*job);
        else
            outcome.error = job->error();
    });
    QSignalSpy spy(job, &ServiceJob::finished);
    if (!spy.wait(timeoutMs))
        qWarning("job did not finish in time");
    return outcome;
}

inline Outcome<UserPage> finishPage(UserPageJob *job)
{
    return finish(job, [](const UserPageJob &j) { return j.page(); });
}

inline Outcome<User> finishUser(UserJob *job)
{
    return finish(job, [](const UserJob &j) { return j.user(); });
}

inline Outcome<EmailChangeOutcome> finishChange(EmailChangeJob *job)
{
    return finish(job, [](const EmailChangeJob &j) { return j.outcome(); });
}

inline Outcome<QString> finishAction(ActionJob *job)
{
    return finish(job, [](const ActionJob &j) { return j.message(); });
}

inline std::unique_ptr<MockServer> startServer(const MockServerConfig &config = {})
{
    auto server = std::make_unique<MockServer>(config);
    if (!server->listen())
        qWarning("mock server: %s", qPrintable(server->errorString()));
    return server;
}

/// A Huawei IAM password profile for the mock's demo IAM user.
inline ConnectionSettings passwordProfile(const QUrl &baseUrl, const MockCredentials &credentials)
{
    ConnectionSettings settings;
    settings.kind = BackendKind::CodeArtsRepo;
    settings.baseUrl = baseUrl;
    settings.authMethod = AuthMethod::Password;
    settings.accountName = credentials.huaweiDomain;
    settings.principal = credentials.huaweiUser;
    settings.projectName = QStringLiteral("ap-southeast-3");
    settings.timeoutMs = 10000;
    return settings;
}

/// A pasted X-Auth-Token profile.
inline ConnectionSettings tokenProfile(const QUrl &baseUrl)
{
    ConnectionSettings settings;
    settings.kind = BackendKind::CodeArtsRepo;
    settings.baseUrl = baseUrl;
    settings.authMethod = AuthMethod::SessionToken;
    settings.timeoutMs = 10000;
    return settings;
}

/// The signed-in user as the mock's GET /v4/user/emails reports it, for the demo console token.
inline QJsonObject rawSelf(MockServer &server)
{
    QNetworkAccessManager network;
    QNetworkRequest request(server.baseUrl().resolved(QUrl(QStringLiteral("/v4/user/emails"))));
    request.setRawHeader("X-Auth-Token", server.config().credentials.codeArtsToken.toUtf8());
    QNetworkReply *reply = network.get(request);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    spy.wait(10000);
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return object;
}

/// The newest code the mock mailed to `address` (empty when none).
inline QString mailedCode(MockServer &server, const QString &address)
{
    const QList<MockMail> mail = server.mailbox().messages(address);
    return mail.isEmpty() ? QString() : mail.constFirst().code;
}

/// A Keystone token answer as Huawei IAM sends it.
inline ScriptedResponse iamToken(const QByteArray &token, int lifetimeSeconds = 24 * 3600)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject body { { QStringLiteral("token"),
                               QJsonObject {
                                   { QStringLiteral("issued_at"), now.toString(Qt::ISODateWithMs) },
                                   { QStringLiteral("expires_at"),
                                     now.addSecs(lifetimeSeconds).toString(Qt::ISODateWithMs) },
                               } } };
    ScriptedResponse response =
        ScriptedResponse::json(201, QJsonDocument(body).toJson(QJsonDocument::Compact));
    response.headers.append({ "X-Subject-Token", token });
    return response;
}

} // namespace CodeArtsBackendTest
