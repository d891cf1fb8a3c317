#include "HttpClient.h"

#include "Authenticator.h"
#include "CaCertificatesFile.h"
#include "HttpCall.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifndef IDENTITYDESK_VERSION
#define IDENTITYDESK_VERSION "0.0.0"
#endif

HttpSettings HttpSettings::forConnection(const ConnectionSettings &connection)
{
    HttpSettings settings;
    settings.baseUrl = connection.baseUrl;
    settings.timeoutMs = connection.timeoutMs;
    settings.caCertificatesFile = connection.caCertificatesFile;
    return settings;
}

HttpClient::HttpClient(QNetworkAccessManager *network, HttpSettings settings,
                       ErrorMapper errorMapper, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(std::move(settings))
    , m_errorMapper(std::move(errorMapper))
{
    if (m_settings.caCertificatesFile.isEmpty())
        return;
    const CaCertificatesFile::Contents extra =
        CaCertificatesFile::read(m_settings.caCertificatesFile);
    if (!extra.problem.isEmpty()) {
        m_tlsSetupProblem = extra.problem;
        return;
    }
    // Setting any CA list switches off Qt's on-demand loading of the system's CAs, and on Linux
    // the default configuration's list is empty until then: the system's CAs are added
    // explicitly, or the profile would trust its own CA only. Verification stays on.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(tls.caCertificates() + QSslConfiguration::systemCaCertificates()
                          + extra.certificates);
    m_tls = tls;
}

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

QByteArray HttpClient::userAgent()
{
    static const QByteArray agent = [] {
        QString version = QCoreApplication::applicationVersion();
        if (version.isEmpty())
            version = QStringLiteral(IDENTITYDESK_VERSION);
        QByteArray text =
            QStringLiteral("IdentityDesk/%1 (Qt %2; %3)")
                .arg(version, QLatin1String(qVersion()), QSysInfo::prettyProductName())
                .toUtf8();
        // A header value is printable ASCII; an OS name in another script must not break it.
        for (char &c : text) {
            if (c < 0x20 || c > 0x7e)
                c = '?';
        }
        return text;
    }();
    return agent;
}
