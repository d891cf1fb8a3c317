#pragma once

// Shared by the model suites: real backends on the in-process mock server, a backend wrapper
// that counts list requests, and waiting for a UserTableModel to settle.

#include "BackendFactory.h"
#include "IdentityBackend.h"
#include "MockServer.h"
#include "UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTest>

#include <algorithm>
#include <memory>

namespace modeltest {

/// A mock server with `users` per directory on a free port; `rateLimit` requests per hour
/// (0 = none), far above the client's retry limit, so that a 429 ends a request.
inline std::unique_ptr<MockServer> startMockServer(int users, int rateLimit = 0)
{
    MockServerConfig config;
    config.users = users;
    config.faults.rateLimit = rateLimit;
    config.faults.rateWindowSeconds = 3600;
    auto server = std::make_unique<MockServer>(config);
    if (!server->listen())
        qFatal("mock server: %s", qPrintable(server->errorString()));
    return server;
}

/// Settings for the mock's demo credentials, as DemoEnvironment builds them.
inline ConnectionSettings mockSettings(const MockServer &server, BackendKind kind)
{
    ConnectionSettings settings;
    settings.kind = kind;
    settings.baseUrl = server.baseUrl();
    settings.timeoutMs = 20000;
    switch (kind) {
    case BackendKind::GcoreIam:
        settings.authMethod = AuthMethod::ApiKey;
        break;
    case BackendKind::ZitadelManagement:
        settings.authMethod = AuthMethod::ClientCredentials;
        settings.principal = server.config().credentials.zitadelClientId;
        break;
    default:
        qFatal("mockSettings: kind not used by the model tests");
    }
    return settings;
}

inline QString mockSecret(const MockServer &server, BackendKind kind)
{
    const MockCredentials &credentials = server.config().credentials;
    return kind == BackendKind::GcoreIam ? credentials.gcoreApiKey
                                         : credentials.zitadelClientSecret;
}

/// A real backend behind a wrapper that counts listUsers() calls and how many of them are
/// unfinished at once. Everything else is passed through.
class CountingBackend : public IdentityBackend
{
public:
    CountingBackend(QNetworkAccessManager *network, const MockServer &server, BackendKind kind)
        : m_inner(BackendFactory::create(network, mockSettings(server, kind),
                                         mockSecret(server, kind), this))
    { }

    BackendCapabilities capabilities() const override { return m_inner->capabilities(); }
    UserPageJob *listUsers(const UserQuery &query) override
    {
        UserPageJob *job = m_inner->listUsers(query);
        ++started;
        lastQuery = query;
        m_jobs.append(job);
        maxInFlight = std::max(maxInFlight, inFlight());
        connect(job, &ServiceJob::finished, this, [this, job] {
            if (!job->succeeded() && job->error().kind() == ServiceError::Kind::Cancelled)
                ++cancelled;
        });
        return job;
    }
    /// Jobs neither finished nor cancelled: a cancelled job has dropped its request at once,
    /// even though its finished() comes later from the event loop.
    int inFlight() const
    {
        return int(
            std::count_if(m_jobs.begin(), m_jobs.end(), [](const QPointer<UserPageJob> &job) {
                return job && !job->isFinished();
            }));
    }
    // Passed through too, so that a PagePipeline lists concurrently as with the real backend.
    std::optional<qint64> offsetOfPageToken(const QString &pageToken) const override
    {
        return m_inner->offsetOfPageToken(pageToken);
    }
    QString pageTokenAtOffset(const QString &sameListingToken, qint64 offset) const override
    {
        return m_inner->pageTokenAtOffset(sameListingToken, offset);
    }
    UserJob *user(const QString &userId) override { return m_inner->user(userId); }
    EmailChangeJob *changeEmail(const QString &userId, const EmailChangeRequest &request) override
    {
        return m_inner->changeEmail(userId, request);
    }

    int started = 0;
    int maxInFlight = 0;
    int cancelled = 0;
    UserQuery lastQuery;

private:
    IdentityBackend *m_inner;
    QList<QPointer<UserPageJob>> m_jobs;
};

inline UserQuery pagesOf(int size)
{
    UserQuery query;
    query.pageSize = size;
    return query;
}

/// A model listing `query`, checked by a (fatal) QAbstractItemModelTester that it owns. The
/// tester comes after setQuery(): like a view it calls fetchMore() at once, which would
/// otherwise start a page of the default query first.
inline std::unique_ptr<UserTableModel> checkedModel(IdentityBackend *backend,
                                                    const UserQuery &query)
{
    auto model = std::make_unique<UserTableModel>(backend);
    model->setQuery(query);
    new QAbstractItemModelTester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 model.get());
    return model;
}

/// Drives paging the way a scrolling view does until the backend has no more pages or paging
/// pauses on an error. False when it did not settle in time.
inline bool loadAll(UserTableModel &model, int timeoutMs = 240000)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        if (!model.isLoading())
            return true;
        const int remaining = int(deadline.remainingTime());
        if (remaining <= 0 || !QTest::qWaitFor([&model] { return !model.isLoading(); }, remaining))
            return false;
    }
}

/// The error that paused paging, for QVERIFY2 messages (empty when there is none).
inline QByteArray errorText(const UserTableModel &model)
{
    return model.lastError() ? model.lastError()->describe().toUtf8() : QByteArray();
}

/// Waits for the request in flight, if any, without starting another one.
inline bool waitIdle(UserTableModel &model, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, timeoutMs);
}

} // namespace modeltest
