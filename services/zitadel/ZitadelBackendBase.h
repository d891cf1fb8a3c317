#pragma once

#include "Authenticator.h"
#include "ConnectionSettings.h"
#include "HttpCall.h"
#include "HttpClient.h"
#include "IdentityBackend.h"
#include "ZitadelErrorMapper.h"

#include <algorithm>
#include <optional>

class QNetworkAccessManager;

/// What every ZITADEL backend (management v1, user service v2, self-service) shares: the HTTP
/// client for the profile's base URL, a profile problem found at construction (every call then
/// fails with it), and the plumbing from an HttpCall to a job. Not used on its own.
class ZitadelBackendBase : public IdentityBackend
{
    Q_OBJECT
public:
    /// Whether `id` can be a ZITADEL user id: 1 to 200 characters, no '/' or '\\', not a dot
    /// segment. Anything else could change the request path.
    static bool isPlausibleId(const QString &id);

protected:
    ZitadelBackendBase(QNetworkAccessManager *network, const ConnectionSettings &settings,
                       ZitadelErrorMapper::Api api, QObject *parent);

    HttpClient *http() const { return m_http; }
    const ConnectionSettings &settings() const { return m_settings; }

    /// Makes every call fail with `error` (an unusable profile); the first problem wins.
    void setProfileError(const ServiceError &error);
    /// Sent with every API request (not the token endpoint), e.g. x-zitadel-orgid.
    void addCommonHeader(const QByteArray &name, const QByteArray &value);

    /// Fails `job` and returns true when the profile cannot work.
    bool failIfUnusable(ServiceJob *job) const;

    /// Sends `request` for `job`: the call belongs to the job (cancelling the job aborts it),
    /// `onSuccess(const HttpResponse &)` runs for a 2xx answer, `onFailure(const ServiceError &)`
    /// for anything else. Retry waits are reported through the job's progress().
    template<typename OnSuccess, typename OnFailure>
    void send(ServiceJob *job, HttpRequest request, OnSuccess onSuccess, OnFailure onFailure)
    {
        if (failIfUnusable(job))
            return;
        if (!m_http->network()) {
            job->fail(ServiceError::network(tr("the network connection was shut down")));
            return;
        }
        // A request's own header wins over a common one of the same name (an organisation
        // lookup names its organisation in x-zitadel-orgid).
        for (const auto &header : m_commonHeaders) {
            const bool own = std::any_of(
                request.headers.cbegin(), request.headers.cend(), [&header](const auto &mine) {
                    return mine.first.compare(header.first, Qt::CaseInsensitive) == 0;
                });
            if (!own)
                request.headers.append(header);
        }
        HttpCall *call = m_http->send(request, job);
        connect(call, &HttpCall::succeeded, job, std::move(onSuccess));
        connect(call, &HttpCall::failed, job, std::move(onFailure));
        connect(call, &HttpCall::retrying, job, [job](int seconds) {
            emit job->progress(
                tr("ZITADEL asks to slow down; trying again in %n second(s)...", nullptr, seconds));
        });
    }

    /// The same, failing the job on any error.
    template<typename OnSuccess>
    void send(ServiceJob *job, HttpRequest request, OnSuccess onSuccess)
    {
        send(job, std::move(request), std::move(onSuccess),
             [job](const ServiceError &error) { job->fail(error); });
    }

    /// `<prefix>/<id><suffix>`; HttpClient percent-encodes '?', '#', '%' and spaces, so only
    /// ids that pass isPlausibleId() may be used (they cannot change the path).
    static QString pathWithId(const QString &prefix, const QString &id, const QString &suffix = {});
    /// The obviously wrong addresses, checked before sending; nullopt when plausible.
    static std::optional<ServiceError> checkNewEmail(const QString &email);
    /// A readable name of an auth method, for "not supported" messages.
    static QString authMethodName(AuthMethod method);

private:
    ConnectionSettings m_settings;
    HttpClient *m_http = nullptr;
    HttpHeaders m_commonHeaders;
    std::optional<ServiceError> m_profileError;
};
