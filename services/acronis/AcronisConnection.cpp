#include "AcronisConnection.h"

#include "AcronisTokenEndpoint.h"
#include "HttpCall.h"
#include "HttpClient.h"
#include "JsonReader.h"
#include "ServiceJob.h"
#include "TokenAuthenticator.h"

#include <QNetworkAccessManager>

namespace {
/// The data-center root: "https://eu2-cloud.acronis.com/api/2/" and
/// "https://eu2-cloud.acronis.com" both name the same API, whose paths start with /api/2.
QUrl dataCenterRoot(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/api/2")))
        path.chop(6);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool isUsableUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}
} // namespace

AcronisConnection::AcronisConnection(QNetworkAccessManager *network,
                                     const ConnectionSettings &settings, const QString &secret,
                                     QObject *owner)
    : m_network(network)
{
    HttpSettings http = HttpSettings::forConnection(settings);
    http.baseUrl = dataCenterRoot(settings.baseUrl);
    const ErrorMapper mapper = [](const HttpResponse &response) {
        return AcronisErrorMapper::map(response);
    };
    m_client = new HttpClient(network, http, mapper, owner);

    if (settings.authMethod != AuthMethod::ClientCredentials) {
        QString method;
        switch (settings.authMethod) {
        case AuthMethod::ApiKey:
            method = tr("an API key");
            break;
        case AuthMethod::Password:
            method = tr("a user name and password");
            break;
        case AuthMethod::PersonalAccessToken:
            method = tr("a personal access token");
            break;
        case AuthMethod::SessionToken:
            method = tr("a pasted session token");
            break;
        case AuthMethod::ClientCredentials:
            break;
        }
        m_unusable = ServiceError(ServiceError::Kind::Unsupported,
                                  tr("Acronis profiles sign in with the client id and secret of "
                                     "an API client; signing in with %1 is not supported.")
                                      .arg(method));
        return;
    }
    if (!isUsableUrl(http.baseUrl)) {
        m_unusable = ServiceError(ServiceError::Kind::Unsupported,
                                  tr("The profile has no valid Acronis data-center URL (such as "
                                     "https://eu2-cloud.acronis.com)."));
        return;
    }
    if (settings.principal.trimmed().isEmpty() || secret.isEmpty()) {
        m_unusable = ServiceError(ServiceError::Kind::Unauthenticated,
                                  settings.principal.trimmed().isEmpty()
                                      ? tr("The profile has no API client id for Acronis.")
                                      : tr("The profile has no API client secret for Acronis."));
        return;
    }

    HttpClient *authClient = m_client;
    const QUrl authRoot = dataCenterRoot(settings.effectiveAuthUrl());
    if (isUsableUrl(authRoot) && authRoot != http.baseUrl) {
        HttpSettings authSettings = http;
        authSettings.baseUrl = authRoot;
        authClient = new HttpClient(network, authSettings, mapper, owner);
    }
    m_authenticator = new TokenAuthenticator(
        authClient, std::make_unique<AcronisTokenEndpoint>(settings.principal.trimmed(), secret),
        owner);
    m_client->setAuthenticator(m_authenticator);
}

int AcronisConnection::tokenFetchCount() const
{
    return m_authenticator ? m_authenticator->fetchCount() : 0;
}

bool AcronisConnection::rejectIfUnusable(ServiceJob *job) const
{
    if (!m_unusable)
        return false;
    job->fail(*m_unusable);
    return true;
}

bool AcronisConnection::checkUserId(ServiceJob *job, const QString &userId)
{
    if (AcronisUserReader::isUuid(userId))
        return true;
    job->fail(ServiceError(ServiceError::Kind::Validation,
                           userId.isEmpty()
                               ? tr("No user was given.")
                               : tr("\"%1\" is not an Acronis user id (Acronis ids are UUIDs).")
                                     .arg(userId.left(64))));
    return false;
}

QString AcronisConnection::userPath(const QString &userId)
{
    return QStringLiteral("/api/2/users/") + userId;
}

void AcronisConnection::send(ServiceJob *job, HttpRequest request, Operation operation,
                             SuccessHandler onSuccess, FailureHandler onFailure) const
{
    if (!m_network) {
        job->fail(ServiceError::network(tr("the application closed its network access")));
        return;
    }
    request.errorMapper = [operation](const HttpResponse &response) {
        return AcronisErrorMapper::map(response, operation);
    };
    // The call belongs to the job: cancelling or deleting the job aborts it.
    HttpCall *call = m_client->send(request, job);
    QObject::connect(
        call, &HttpCall::succeeded, job,
        [onSuccess = std::move(onSuccess)](const HttpResponse &response) { onSuccess(response); });
    QObject::connect(call, &HttpCall::failed, job,
                     [job, onFailure = std::move(onFailure)](const ServiceError &error) {
                         if (!onFailure || !onFailure(error))
                             job->fail(error);
                     });
    QObject::connect(call, &HttpCall::retrying, job, [job](int seconds) {
        emit job->progress(
            tr("Acronis asks to wait %n second(s); trying again then.", nullptr, seconds));
    });
}

void AcronisConnection::readUser(ServiceJob *job, const QString &userId, Operation operation,
                                 RecordHandler onRecord, FailureHandler onFailure) const
{
    send(
        job, HttpRequest::get(userPath(userId)), operation,
        [job, onRecord = std::move(onRecord)](const HttpResponse &response) {
            const JsonReader root = JsonReader::parse(response);
            AcronisUserSnapshot record = AcronisUserReader::read(root);
            if (!root.ok()) {
                job->fail(root.error());
                return;
            }
            onRecord(std::move(record));
        },
        std::move(onFailure));
}
