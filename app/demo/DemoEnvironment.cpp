#include "DemoEnvironment.h"

#include "MemorySecretStore.h"
#include "MockServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>

DemoEnvironment::DemoEnvironment(const MockServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{ }

DemoEnvironment::~DemoEnvironment() = default;

QUrl DemoEnvironment::baseUrl() const
{
    return m_baseUrl;
}

QString DemoEnvironment::firstTenantIn(const QByteArray &tenantsJson)
{
    const QJsonArray tenants =
        QJsonDocument::fromJson(tenantsJson).object().value(QStringLiteral("tenants")).toArray();
    return tenants.isEmpty() ? QString()
                             : tenants.first().toObject().value(QStringLiteral("id")).toString();
}

void DemoEnvironment::start(const QUrl &externalServer)
{
    if (!externalServer.isValid() || externalServer.isEmpty()) {
        m_server = std::make_unique<MockServer>(m_config);
        if (!m_server->listen()) {
            m_errorString = m_server->errorString();
            finishStart(false);
            return;
        }
        m_baseUrl = m_server->baseUrl();
        // In-process, through the server's own pipeline: the tenant ids belong to the mock.
        const MockResponse tenants = m_server->handle(
            MockRequest("GET", QStringLiteral("/mock/acronis/tenants"), {}, {}, {}));
        buildProfiles(m_baseUrl, m_server->config().credentials, firstTenantIn(tenants.body));
        finishStart(true);
        return;
    }

    // An external identitydesk-mock: its demo credentials are the documented defaults.
    m_baseUrl = externalServer.adjusted(QUrl::StripTrailingSlash);
    QNetworkRequest request(QUrl(m_baseUrl.toString() + QStringLiteral("/mock/acronis/tenants")));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            m_errorString = tr("no identitydesk-mock answers at %1 (%2)")
                                .arg(m_baseUrl.toString(), reply->errorString());
            finishStart(false);
            return;
        }
        buildProfiles(m_baseUrl, MockCredentials(), firstTenantIn(reply->readAll()));
        finishStart(true);
    });
}

void DemoEnvironment::finishStart(bool ok)
{
    QTimer::singleShot(0, this, [this, ok] { emit ready(ok); });
}

void DemoEnvironment::buildProfiles(const QUrl &base, const MockCredentials &creds,
                                    const QString &acronisTenant)
{
    const auto settings = [&base](BackendKind kind, AuthMethod method) {
        ConnectionSettings s;
        s.kind = kind;
        s.baseUrl = base;
        s.authMethod = method;
        return s;
    };

    m_profiles.clear();
    m_profiles.append({ QStringLiteral("gcore"), tr("Gcore IAM with an API key"),
                        settings(BackendKind::GcoreIam, AuthMethod::ApiKey), creds.gcoreApiKey });

    DemoProfile zitadel { QStringLiteral("zitadel"),
                          tr("ZITADEL management v1 with client credentials"),
                          settings(BackendKind::ZitadelManagement, AuthMethod::ClientCredentials),
                          creds.zitadelClientSecret };
    zitadel.settings.principal = creds.zitadelClientId;
    m_profiles.append(zitadel);

    m_profiles.append({ QStringLiteral("zitadel-v2"),
                        tr("ZITADEL user service v2 with a personal access token"),
                        settings(BackendKind::ZitadelManagement, AuthMethod::PersonalAccessToken),
                        creds.zitadelPat });
    m_profiles.last().settings.zitadelApi = ZitadelApiVersion::V2;

    m_profiles.append(
        { QStringLiteral("zitadel-self"), tr("ZITADEL auth v1, the signed-in user's own account"),
          settings(BackendKind::ZitadelSelf, AuthMethod::SessionToken), creds.zitadelSelfToken });

    DemoProfile codearts { QStringLiteral("codearts"),
                           tr("Huawei CodeArts Repo with an IAM password login"),
                           settings(BackendKind::CodeArtsRepo, AuthMethod::Password),
                           creds.huaweiPassword };
    codearts.settings.accountName = creds.huaweiDomain;
    codearts.settings.principal = creds.huaweiUser;
    codearts.settings.projectName = QStringLiteral("ap-southeast-3");
    m_profiles.append(codearts);

    DemoProfile acronis { QStringLiteral("acronis"),
                          tr("Acronis account management with client credentials"),
                          settings(BackendKind::Acronis, AuthMethod::ClientCredentials),
                          creds.acronisClientSecret };
    acronis.settings.principal = creds.acronisClientId;
    acronis.settings.organisationId = acronisTenant;
    m_profiles.append(acronis);
}

std::optional<DemoProfile> DemoEnvironment::profile(const QString &name) const
{
    for (const DemoProfile &profile : m_profiles) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

QList<ConnectionProfile> DemoEnvironment::connectionProfiles(MemorySecretStore *secrets) const
{
    QList<ConnectionProfile> connections;
    for (const DemoProfile &demo : m_profiles) {
        ConnectionProfile connection;
        connection.name = demo.name;
        connection.settings = demo.settings;
        connections.append(connection);
        secrets->write(demo.name, demo.secret); // in memory: reports success, nothing to wait for
    }
    return connections;
}
