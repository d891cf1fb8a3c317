#pragma once

// Shared helpers of the Gcore backend suites: build a backend, run a job to its end.

#include "GcoreBackend.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>
#include <type_traits>

namespace gcoretest {

/// The single outcome of one job, read in a slot connected before waiting (the job deletes
/// itself right after finished()).
template<typename T>
struct Result
{
    bool finished = false;
    std::optional<T> value;
    std::optional<ServiceError> error;

    bool ok() const { return finished && value.has_value(); }
    /// For QVERIFY2 messages.
    QByteArray why() const
    {
        if (!finished)
            return "the job did not finish";
        return error ? error->describe().toUtf8() : QByteArray("succeeded");
    }
};

template<typename Job, typename Get>
auto await(Job *job, Get get, int timeoutMs = 20000)
{
    using T = std::decay_t<decltype(get(job))>;
    Result<T> result;
    QObject::connect(job, &ServiceJob::finished, job, [&result, job, get] {
        result.finished = true;
        if (job->succeeded())
            result.value = get(job);
        else
            result.error = job->error();
    });
    QSignalSpy spy(job, &ServiceJob::finished);
    if (!spy.wait(timeoutMs))
        qWarning("job did not finish within %d ms", timeoutMs);
    return result;
}

inline Result<UserPage> list(GcoreBackend &backend, const UserQuery &query)
{
    return await(backend.listUsers(query), [](UserPageJob *job) { return job->page(); });
}

inline Result<UserPage> listPage(GcoreBackend &backend, int pageSize, const QString &token = {})
{
    UserQuery query;
    query.pageSize = pageSize;
    query.pageToken = token;
    return list(backend, query);
}

inline Result<User> readUser(GcoreBackend &backend, const QString &id)
{
    return await(backend.user(id), [](UserJob *job) { return job->user(); });
}

inline Result<EmailChangeOutcome> changeEmail(GcoreBackend &backend, const QString &id,
                                              const QString &newEmail, const QString &password)
{
    EmailChangeRequest request;
    request.newEmail = newEmail;
    request.password = password;
    return await(backend.changeEmail(id, request),
                 [](EmailChangeJob *job) { return job->outcome(); });
}

inline ConnectionSettings settingsFor(const QUrl &baseUrl, AuthMethod method,
                                      const QString &principal = {}, int timeoutMs = 10000)
{
    ConnectionSettings settings;
    settings.kind = BackendKind::GcoreIam;
    settings.baseUrl = baseUrl;
    settings.authMethod = method;
    settings.principal = principal;
    settings.timeoutMs = timeoutMs;
    return settings;
}

} // namespace gcoretest
