#pragma once

#include "CliCommandLine.h"
#include "CliExitCode.h"
#include "JournaledEmailChange.h"
#include "ServiceError.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>

struct ConnectionSettings;
class DemoEnvironment;
class IdentityBackend;
class ProfileStore;
class SecretStore;

/// The connection one identitydesk-cli run works through: the profile it names (or a demo
/// profile, after starting the demo server), its secret (from --secret-fd, the variable the
/// profile names, or the keyring, in that order) and the backend made from them. Reports
/// connected(), or why it cannot connect: failed() for a problem reported like any service
/// error, refused() for one that is only a message and an exit code.
///
/// The messages keep CliRunner's translation context, where the catalogue has them.
class CliConnection : public QObject
{
    Q_OBJECT
public:
    CliConnection(const CliInvocation &invocation, QObject *parent = nullptr);
    ~CliConnection() override;

    /// Starts connecting; exactly one of the signals follows (possibly before this returns).
    void open();

    /// The profile file of this run (--config-dir or the default), made on first use.
    ProfileStore &profileStore();
    /// The backend after connected(); owned by this connection.
    IdentityBackend *backend() const { return m_backend; }
    /// Another backend of the same profile on its own network manager (bulk apply spreads rows
    /// over several: Qt opens at most 6 connections to one host per manager).
    const std::function<IdentityBackend *()> &anotherConnection() const
    {
        return m_anotherConnection;
    }
    /// What the change journal records about this connection, after connected().
    const JournaledEmailChange::Context &journalContext() const { return m_journalContext; }

signals:
    void connected();
    void failed(const ServiceError &error);
    /// `message` for stderr as it is, and the run's exit code.
    void refused(const QString &message, CliExitCode code);

private:
    void openDemo();
    /// Makes the backend (and remembers how to make another connection like it), then reports
    /// connected().
    void connectWith(const QString &profile, ConnectionSettings settings, const QString &secret);

    const CliInvocation &m_invocation;
    QNetworkAccessManager m_network;
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    IdentityBackend *m_backend = nullptr;
    std::function<IdentityBackend *()> m_anotherConnection;
    JournaledEmailChange::Context m_journalContext;
};
