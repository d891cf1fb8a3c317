#include "CliConnection.h"

#include "BackendFactory.h"
#include "CliRunner.h"
#include "CliSecretInput.h"
#include "ConnectionProfile.h"
#include "DemoEnvironment.h"
#include "IdentityBackend.h"
#include "KeychainSecretStore.h"
#include "ProfileStore.h"

#include <QDir>

CliConnection::CliConnection(const CliInvocation &invocation, QObject *parent)
    : QObject(parent)
    , m_invocation(invocation)
{ }

CliConnection::~CliConnection() = default;

ProfileStore &CliConnection::profileStore()
{
    if (!m_profiles) {
        const QString path = m_invocation.configDir.isEmpty()
            ? ProfileStore::defaultFilePath()
            : QDir(m_invocation.configDir).filePath(QStringLiteral("profiles.json"));
        m_profiles = std::make_unique<ProfileStore>(path);
    }
    return *m_profiles;
}

void CliConnection::open()
{
    if (m_invocation.demo || !m_invocation.demoUrl.isEmpty()) {
        openDemo();
        return;
    }

    ProfileStore &store = profileStore();
    if (!store.load()) {
        emit refused(store.errorString(), CliExitCode::ProfileFile);
        return;
    }
    const std::optional<ConnectionProfile> profile = store.find(m_invocation.profile);
    if (!profile) {
        const QStringList names = store.names();
        emit failed({ ServiceError::Kind::NotFound,
                      names.isEmpty()
                          ? CliRunner::tr("There is no profile \"%1\" in %2; add one with "
                                          "\"profiles add\" or use --demo.")
                                .arg(m_invocation.profile, store.filePath())
                          : CliRunner::tr("There is no profile \"%1\"; known profiles: %2.")
                                .arg(m_invocation.profile, names.join(QStringLiteral(", "))) });
        return;
    }
    // Headless runs: a descriptor given now, or the variable the profile names, before the
    // keyring (which a server or a CI job usually does not have).
    if (m_invocation.secretFd >= 0 || !profile->secretEnvironmentVariable.isEmpty()) {
        QString problem;
        const std::optional<QString> secret = m_invocation.secretFd >= 0
            ? CliSecretInput::readFileDescriptor(m_invocation.secretFd, &problem)
            : CliSecretInput::readEnvironment(profile->secretEnvironmentVariable, profile->name,
                                              &problem);
        if (!secret) {
            if (m_invocation.secretFd >= 0)
                emit refused(problem, CliExitCode::Usage);
            else
                emit failed({ ServiceError::Kind::Unauthenticated, problem });
            return;
        }
        connectWith(profile->name, profile->settings, *secret);
        return;
    }
    m_secrets = std::make_unique<KeychainSecretStore>();
    SecretJob *job = m_secrets->read(profile->name);
    connect(job, &SecretJob::finished, this, [this, job, profile] {
        if (!job->succeeded()) {
            const bool missing = job->error() == SecretJob::Error::NotFound;
            emit failed(
                { missing ? ServiceError::Kind::Unauthenticated : ServiceError::Kind::Unsupported,
                  missing ? CliRunner::tr("No secret is stored for profile \"%1\"; add the "
                                          "profile again with --secret-stdin, or give the "
                                          "secret with --secret-fd N.")
                                .arg(profile->name)
                          : job->errorString() });
            return;
        }
        connectWith(profile->name, profile->settings, job->secret());
    });
}

void CliConnection::openDemo()
{
    m_demo = std::make_unique<DemoEnvironment>();
    connect(m_demo.get(), &DemoEnvironment::ready, this, [this](bool ok) {
        if (!ok) {
            emit failed({ ServiceError::Kind::Network,
                          CliRunner::tr("The demo server is not available: %1")
                              .arg(m_demo->errorString()) });
            return;
        }
        const QString name = m_invocation.profile.isEmpty() ? DemoEnvironment::defaultProfileName()
                                                            : m_invocation.profile;
        const std::optional<DemoProfile> profile = m_demo->profile(name);
        if (!profile) {
            QStringList names;
            for (const DemoProfile &p : m_demo->profiles())
                names.append(p.name);
            emit refused(CliRunner::tr("there is no demo profile \"%1\"; choose one of: %2")
                             .arg(name, names.join(QStringLiteral(", "))),
                         CliExitCode::Usage);
            return;
        }
        connectWith(name, profile->settings, profile->secret);
    });
    m_demo->start(QUrl(m_invocation.demoUrl));
}

void CliConnection::connectWith(const QString &profile, ConnectionSettings settings,
                                const QString &secret)
{
    settings.timeoutMs = m_invocation.timeoutSeconds * 1000;
    m_backend = BackendFactory::create(&m_network, settings, secret, this);
    m_anotherConnection = [this, settings, secret] {
        auto *network = new QNetworkAccessManager(this);
        return BackendFactory::create(network, settings, secret, network);
    };
    m_journalContext.profile = profile;
    m_journalContext.backend = ConnectionProfile::kindName(settings.kind);
    m_journalContext.serverHost = settings.baseUrl.host();
    emit connected();
}
