#pragma once

#include "AcronisErrorMapper.h"
#include "AcronisUserReader.h"
#include "ConnectionSettings.h"
#include "HttpExchange.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>
#include <optional>

class HttpClient;
class QNetworkAccessManager;
class QObject;
class ServiceJob;
class TokenAuthenticator;

/// How AcronisBackend reaches account management v2: the HTTP client for the profile's
/// data-center URL (a trailing /api/2 is the same API), the sign-in as an API client (OAuth
/// client credentials through `POST /api/2/idp/token`, on the profile's sign-in URL when it has
/// another one), and every request sent for a job with the error mapping of its operation.
///
/// A profile that cannot work (another sign-in method, no usable URL, no client id or secret)
/// makes rejectIfUnusable() fail every job with the reason, before anything is sent.
class AcronisConnection
{
    Q_DECLARE_TR_FUNCTIONS(AcronisConnection)

public:
    using Operation = AcronisErrorMapper::Operation;
    using SuccessHandler = std::function<void(const HttpResponse &)>;
    /// Returns true when it dealt with the error itself; otherwise the job fails with it.
    using FailureHandler = std::function<bool(const ServiceError &)>;
    using RecordHandler = std::function<void(AcronisUserSnapshot)>;

    /// The HTTP clients and the authenticator belong to `owner`.
    AcronisConnection(QNetworkAccessManager *network, const ConnectionSettings &settings,
                      const QString &secret, QObject *owner);

    /// Fails `job` with the reason the profile cannot work; false when it can.
    bool rejectIfUnusable(ServiceJob *job) const;
    /// Fails `job` and returns false when `userId` is not a UUID (ids become part of paths).
    static bool checkUserId(ServiceJob *job, const QString &userId);
    static QString userPath(const QString &userId);

    /// Sends `request` for `job` (which owns the call: cancelling the job aborts it), mapping
    /// errors as `operation` needs and reporting Retry-After waits as the job's progress.
    void send(ServiceJob *job, HttpRequest request, Operation operation, SuccessHandler onSuccess,
              FailureHandler onFailure = {}) const;
    /// `GET /api/2/users/{id}`, decoded; a malformed record fails `job`.
    void readUser(ServiceJob *job, const QString &userId, Operation operation,
                  RecordHandler onRecord, FailureHandler onFailure = {}) const;

    /// How many access tokens were fetched so far.
    int tokenFetchCount() const;

private:
    QPointer<QNetworkAccessManager> m_network;
    HttpClient *m_client = nullptr;
    TokenAuthenticator *m_authenticator = nullptr;
    std::optional<ServiceError> m_unusable;
};
