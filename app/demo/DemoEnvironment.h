#pragma once

#include "ConnectionProfile.h"
#include "ConnectionSettings.h"
#include "MockServerConfig.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class MemorySecretStore;
class MockServer;

/// One ready-made connection of the offline demo, secret included (demo credentials only).
struct DemoProfile
{
    QString name;
    QString description;
    ConnectionSettings settings;
    QString secret;
};

/// The offline demo: one profile per backend API pointing at the mock server, which runs either
/// in-process on a free loopback port (`--demo`) or as an already running identitydesk-mock
/// (`--demo-url`, so that state such as mailed codes survives between CLI invocations).
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    explicit DemoEnvironment(const MockServerConfig &config = MockServerConfig(),
                             QObject *parent = nullptr);
    ~DemoEnvironment() override;

    /// Starts the embedded server, or uses `externalServer` when it is valid. Reports through
    /// ready() from the event loop.
    void start(const QUrl &externalServer = QUrl());
    QString errorString() const { return m_errorString; }
    QUrl baseUrl() const;

    /// gcore, zitadel, zitadel-self, codearts, acronis (in that order).
    const QList<DemoProfile> &profiles() const { return m_profiles; }
    std::optional<DemoProfile> profile(const QString &name) const;
    /// profiles() as connection profiles; their secrets go to `secrets` (the demo's live in
    /// memory, never in the keyring).
    QList<ConnectionProfile> connectionProfiles(MemorySecretStore *secrets) const;
    static QString defaultProfileName() { return QStringLiteral("zitadel"); }

    /// The embedded server; null when an external one is used.
    MockServer *server() { return m_server.get(); }

signals:
    void ready(bool ok);

private:
    void buildProfiles(const QUrl &base, const MockCredentials &creds,
                       const QString &acronisTenant);
    void finishStart(bool ok);
    static QString firstTenantIn(const QByteArray &tenantsJson);

    MockServerConfig m_config;
    std::unique_ptr<MockServer> m_server;
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
    QList<DemoProfile> m_profiles;
    QString m_errorString;
};
