#include "HttpClient.h"

#include "Authenticator.h"
#include "HttpCall.h"

HttpClient::HttpClient(QNetworkAccessManager *network, HttpSettings settings,
                       ErrorMapper errorMapper, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(std::move(settings))
    , m_errorMapper(std::move(errorMapper))
{ }

void HttpClient::setAuthenticator(Authenticator *authenticator)
{
    m_authenticator = authenticator;
}

HttpCall *HttpClient::send(const HttpRequest &request, QObject *owner)
{
    auto *call = new HttpCall(this, request, owner);
    call->start();
    return call;
}

QUrl HttpClient::urlFor(const HttpRequest &request) const
{
    QUrl url = m_settings.baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}
