#pragma once

// Shared helpers of the hostile-wire suites: an HttpClient over a ScriptedHttpServer, one call
// run to its end, and responses that misbehave.

#include "Authenticator.h"
#include "HttpCall.h"
#include "HttpClient.h"
#include "ScriptedHttpServer.h"
#include "StatusErrors.h"
#include "TestBuild.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

namespace hostile {

/// The single outcome of an HttpCall, and how long it took.
struct Outcome
{
    std::optional<HttpResponse> response;
    std::optional<ServiceError> error;
    QList<int> retryWaits;
    qint64 elapsedMs = 0;

    QByteArray why() const
    {
        if (response)
            return "succeeded with HTTP " + QByteArray::number(response->status) + ": "
                + response->body.left(200);
        return error ? error->kindName().toUtf8() + ": " + error->describe().toUtf8()
                     : QByteArray("did not finish");
    }
};

inline ServiceError plainMapper(const HttpResponse &response)
{
    return StatusErrors::forStatus(response.status, QString());
}

inline std::unique_ptr<HttpClient> clientFor(QNetworkAccessManager *network, const QUrl &base,
                                             int timeoutMs = TestBuild::scaledMs(5000))
{
    HttpSettings settings;
    settings.baseUrl = base;
    settings.timeoutMs = timeoutMs;
    settings.maxResponseBytes = 1024 * 1024;
    return std::make_unique<HttpClient>(network, settings, plainMapper);
}

/// Runs one call; gives up (and says so) after `limitMs`, which only proves "did not hang".
inline Outcome run(HttpClient &client, const HttpRequest &request,
                   int limitMs = TestBuild::scaledMs(20000))
{
    QObject owner;
    QElapsedTimer clock;
    clock.start();
    HttpCall *call = client.send(request, &owner);
    Outcome outcome;
    QObject::connect(call, &HttpCall::succeeded, call,
                     [&outcome](const HttpResponse &response) { outcome.response = response; });
    QObject::connect(call, &HttpCall::failed, call,
                     [&outcome](const ServiceError &error) { outcome.error = error; });
    QObject::connect(call, &HttpCall::retrying, call,
                     [&outcome](int seconds) { outcome.retryWaits.append(seconds); });
    if (!QTest::qWaitFor([&] { return outcome.response || outcome.error; }, limitMs))
        qWarning("HttpCall did not finish within %d ms", limitMs);
    outcome.elapsedMs = clock.elapsed();
    return outcome;
}

/// The outcome of GET /list from a server (listening already) that answers `response`.
inline Outcome listAnswering(ScriptedHttpServer &server, QNetworkAccessManager *network,
                             const ScriptedResponse &response)
{
    server.setResponses({ response });
    const std::unique_ptr<HttpClient> client = clientFor(network, server.url());
    return run(*client, HttpRequest::get(QStringLiteral("/list")));
}

inline ScriptedResponse withHeader(ScriptedResponse response, const QByteArray &name,
                                   const QByteArray &value)
{
    response.headers.append(qMakePair(name, value));
    return response;
}

/// A JSON body long enough to be cut in the middle.
inline QByteArray longJson()
{
    QByteArray items;
    for (int i = 0; i < 50; ++i)
        items += (i ? "," : "") + QByteArray(R"({"id":")") + QByteArray::number(i) + R"("})";
    return R"({"items":[)" + items + "]}";
}

} // namespace hostile
