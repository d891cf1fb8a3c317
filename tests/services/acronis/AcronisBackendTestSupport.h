#pragma once

#include "AcronisBackend.h"
#include "ConnectionSettings.h"
#include "MockServerConfig.h"
#include "RawHttpClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

/// Helpers shared by the AcronisBackend suites: profiles, waiting for jobs, mock look-ups.
namespace AcronisBackendTest {

/// The single outcome of a job: its value or its error, plus the progress texts it emitted.
template<typename Value>
struct Outcome
{
    bool finished = false;
    std::optional<Value> value;
    std::optional<ServiceError> error;
    QStringList progress;

    bool ok() const { return value.has_value(); }
    /// For QVERIFY2 messages.
    QByteArray describe() const
    {
        if (!finished)
            return "the job did not finish";
        return error ? error->describe().toUtf8() : QByteArray("succeeded");
    }
};

/// Waits for `job` (which deletes itself afterwards) and collects its outcome through `read`,
/// connected before waiting as the lifetime contract requires.
template<typename Value, typename Job, typename Read>
Outcome<Value> wait(Job *job, Read read, int timeoutMs = 30000)
{
    Outcome<Value> outcome;
    QObject::connect(job, &ServiceJob::progress, job,
                     [&outcome](const QString &text) { outcome.progress.append(text); });
    QObject::connect(job, &ServiceJob::finished, job, [&outcome, job, read] {
        outcome.finished = true;
        if (job->succeeded())
            outcome.value = read(job);
        else
            outcome.error = job->error();
    });
    QSignalSpy spy(job, &ServiceJob::finished);
    spy.wait(timeoutMs);
    return outcome;
}

inline Outcome<UserPage> waitPage(UserPageJob *job, int timeoutMs = 30000)
{
    return wait<UserPage>(
        job, [](UserPageJob *j) { return j->page(); }, timeoutMs);
}

inline Outcome<User> waitUser(UserJob *job, int timeoutMs = 30000)
{
    return wait<User>(
        job, [](UserJob *j) { return j->user(); }, timeoutMs);
}

inline Outcome<EmailChangeOutcome> waitChange(EmailChangeJob *job, int timeoutMs = 30000)
{
    return wait<EmailChangeOutcome>(
        job, [](EmailChangeJob *j) { return j->outcome(); }, timeoutMs);
}

inline Outcome<QString> waitAction(ActionJob *job, int timeoutMs = 30000)
{
    return wait<QString>(
        job, [](ActionJob *j) { return j->message(); }, timeoutMs);
}

inline ConnectionSettings settingsFor(const QUrl &baseUrl, const QString &tenantId,
                                      const QString &clientId, int timeoutMs = 15000)
{
    ConnectionSettings settings;
    settings.kind = BackendKind::Acronis;
    settings.baseUrl = baseUrl;
    settings.authMethod = AuthMethod::ClientCredentials;
    settings.organisationId = tenantId;
    settings.principal = clientId;
    settings.timeoutMs = timeoutMs;
    return settings;
}

/// The mock's demo tenants (GET /mock/acronis/tenants), in its order.
inline QStringList tenantIds(const QUrl &baseUrl)
{
    RawHttpClient http(baseUrl);
    QStringList ids;
    const QJsonArray tenants = http.get(QStringLiteral("/mock/acronis/tenants"))
                                   .object()
                                   .value(QStringLiteral("tenants"))
                                   .toArray();
    for (const QJsonValue &tenant : tenants)
        ids.append(tenant.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

/// Every user of a tenant through the backend, page by page, failing the test on errors.
inline QList<User> listAll(AcronisBackend &backend, int pageSize = 100)
{
    QList<User> users;
    UserQuery query;
    query.pageSize = pageSize;
    for (int guard = 0; guard < 10000; ++guard) {
        const Outcome<UserPage> page = waitPage(backend.listUsers(query));
        if (!page.ok()) {
            QTest::qFail(page.describe().constData(), __FILE__, __LINE__);
            return users;
        }
        users += page.value->users;
        if (page.value->nextPageToken.isEmpty())
            break;
        query.pageToken = page.value->nextPageToken;
    }
    return users;
}

/// Path and query of a link the mock "mailed", for RawHttpClient.
inline QString pathOf(const QString &link)
{
    const QUrl url(link);
    return url.path() + QLatin1Char('?') + url.query(QUrl::FullyEncoded);
}

/// A network access manager that runs a hook right before the next PUT leaves, to make a
/// concurrent change happen exactly between the backend's read and its write.
class InterceptingNetwork : public QNetworkAccessManager
{
public:
    std::function<void(const QNetworkRequest &)> beforeNextPut;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        const bool isPut = operation == PutOperation
            || (operation == CustomOperation
                && request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray() == "PUT");
        if (beforeNextPut && isPut) {
            const auto hook = std::exchange(beforeNextPut, {});
            hook(request);
        }
        return QNetworkAccessManager::createRequest(operation, request, data);
    }
};

} // namespace AcronisBackendTest
