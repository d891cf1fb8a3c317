#include "CliProfileCommand.h"

#include "CliFormatter.h"
#include "CliSecretInput.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

CliProfileCommand::CliProfileCommand(const CliInvocation &invocation, ProfileStore &store,
                                     SecretStore &secrets, QTextStream &out, QTextStream &err,
                                     QTextStream &in, QObject *parent)
    : QObject(parent)
    , m_invocation(invocation)
    , m_store(store)
    , m_secrets(secrets)
    , m_out(out)
    , m_err(err)
    , m_in(in)
{ }

void CliProfileCommand::start()
{
    if (!m_store.load() && m_store.error() != ProfileStore::Error::NoError) {
        done(CliExitCode::ProfileFile, m_store.errorString());
        return;
    }
    const QString action = m_invocation.arguments.constFirst();
    if (action == QLatin1String("list"))
        list();
    else if (action == QLatin1String("add"))
        add();
    else
        remove();
}

void CliProfileCommand::list()
{
    if (m_invocation.json) {
        QJsonArray profiles;
        for (const ConnectionProfile &profile : m_store.profiles())
            profiles.append(profile.toJson());
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("profiles"), profiles } }).toJson();
        done(CliExitCode::Success);
        return;
    }
    if (m_store.profiles().isEmpty()) {
        m_out << tr("No profiles in %1. Add one with \"profiles add\", or try --demo.")
                     .arg(m_store.filePath())
              << '\n';
        done(CliExitCode::Success);
        return;
    }
    QList<QStringList> rows;
    for (const ConnectionProfile &profile : m_store.profiles()) {
        QString url = profile.settings.baseUrl.toString();
        if (profile.settings.kind == BackendKind::ZitadelManagement)
            url += QLatin1Char(' ')
                + tr("(API %1)")
                      .arg(ConnectionProfile::zitadelApiName(profile.settings.zitadelApi));
        if (!profile.settings.caCertificatesFile.isEmpty())
            url += QLatin1Char(' ') + tr("(CA file %1)").arg(profile.settings.caCertificatesFile);
        if (!profile.secretEnvironmentVariable.isEmpty())
            url +=
                QLatin1Char(' ') + tr("(secret from $%1)").arg(profile.secretEnvironmentVariable);
        rows.append({ profile.name, ConnectionProfile::kindName(profile.settings.kind),
                      ConnectionProfile::authMethodName(profile.settings.authMethod), url });
    }
    m_out << CliFormatter::alignedTable({ tr("NAME"), tr("KIND"), tr("SIGN-IN"), tr("URL") }, rows,
                                        nullptr, true);
    done(CliExitCode::Success);
}

void CliProfileCommand::add()
{
    ConnectionProfile profile;
    profile.name = m_invocation.arguments.at(1);
    const std::optional<BackendKind> kind = ConnectionProfile::parseKind(m_invocation.kind);
    if (!kind) {
        done(CliExitCode::Usage,
             tr("--kind must be one of: %1")
                 .arg(ConnectionProfile::kindNames().join(QStringLiteral(", "))));
        return;
    }
    const std::optional<AuthMethod> method = ConnectionProfile::parseAuthMethod(m_invocation.auth);
    if (!method) {
        done(CliExitCode::Usage,
             tr("--auth must be one of: %1")
                 .arg(ConnectionProfile::authMethodNames().join(QStringLiteral(", "))));
        return;
    }
    profile.settings.kind = *kind;
    profile.settings.authMethod = *method;
    if (*kind == BackendKind::ZitadelManagement) {
        // A new profile speaks the user service v2 unless v1 is asked for.
        profile.settings.zitadelApi = ConnectionProfile::defaultZitadelApi;
        if (!m_invocation.api.isEmpty()) {
            const auto api = ConnectionProfile::parseZitadelApi(m_invocation.api);
            if (!api) {
                done(CliExitCode::Usage, tr("--api must be v2 or v1"));
                return;
            }
            profile.settings.zitadelApi = *api;
        }
    } else if (!m_invocation.api.isEmpty()) {
        done(CliExitCode::Usage, tr("--api applies to --kind zitadel only"));
        return;
    }
    profile.settings.baseUrl = QUrl(m_invocation.url);
    profile.settings.authUrl = QUrl(m_invocation.authUrl);
    profile.settings.principal = m_invocation.principal;
    profile.settings.organisationId = m_invocation.organisation;
    profile.settings.accountName = m_invocation.account;
    profile.settings.projectName = m_invocation.project;
    // Stored absolute: the desktop app and later runs start in other folders.
    if (!m_invocation.caFile.isEmpty())
        profile.settings.caCertificatesFile = QFileInfo(m_invocation.caFile).absoluteFilePath();
    profile.secretEnvironmentVariable = m_invocation.secretEnv;
    QString secret;
    if (m_invocation.secretStdin) {
        secret = m_in.readLine().trimmed();
        if (secret.isEmpty()) {
            done(CliExitCode::Usage,
                 tr("no secret on stdin (--secret-stdin reads the first line)"));
            return;
        }
    } else if (m_invocation.secretFd >= 0) {
        QString problem;
        const std::optional<QString> read =
            CliSecretInput::readFileDescriptor(m_invocation.secretFd, &problem);
        if (!read) {
            done(CliExitCode::Usage, problem);
            return;
        }
        secret = *read;
    }
    const QList<ProfileProblem> problems = profile.validate();
    if (!problems.isEmpty()) {
        // Name the option the person typed, not the JSON field behind it.
        static const QHash<QString, QString> options {
            { ProfileField::name, QStringLiteral("NAME") },
            { ProfileField::kind, QStringLiteral("--kind") },
            { ProfileField::baseUrl, QStringLiteral("--url") },
            { ProfileField::authUrl, QStringLiteral("--auth-url") },
            { ProfileField::authMethod, QStringLiteral("--auth") },
            { ProfileField::organisationId, QStringLiteral("--org") },
            { ProfileField::accountName, QStringLiteral("--account") },
            { ProfileField::projectName, QStringLiteral("--project") },
            { ProfileField::principal, QStringLiteral("--principal") },
            { ProfileField::caCertificatesFile, QStringLiteral("--ca-file") },
            { ProfileField::apiVersion, QStringLiteral("--api") },
            { ProfileField::secretEnvironmentVariable, QStringLiteral("--secret-env") },
        };
        QStringList lines;
        for (const ProfileProblem &problem : problems)
            lines.append(options.value(problem.field, problem.field) + QStringLiteral(": ")
                         + problem.message);
        done(CliExitCode::Validation, lines.join(QStringLiteral("; ")));
        return;
    }
    if (m_store.contains(profile.name)) {
        done(CliExitCode::Conflict,
             tr("a profile \"%1\" exists already; remove it first").arg(profile.name));
        return;
    }
    if (!profile.secretEnvironmentVariable.isEmpty()) {
        // Nothing to keep: the variable is read at every run.
        if (!m_store.add(profile)) {
            done(CliExitCode::ProfileFile, m_store.errorString());
            return;
        }
        m_out << tr("Profile \"%1\" added; its secret is read from the environment variable %2 "
                    "at every run (nothing was stored).")
                     .arg(profile.name, profile.secretEnvironmentVariable)
              << '\n';
        done(CliExitCode::Success);
        return;
    }
    // The secret first: a profile whose secret could not be kept would only fail later.
    SecretJob *job = m_secrets.write(profile.name, secret);
    connect(job, &SecretJob::finished, this, [this, job, profile] {
        if (!job->succeeded()) {
            done(CliExitCode::Unsupported, job->errorString());
            return;
        }
        if (!m_store.add(profile)) {
            done(CliExitCode::ProfileFile, m_store.errorString());
            return;
        }
        m_out << tr("Profile \"%1\" added; its secret is in the keyring (%2).")
                     .arg(profile.name, m_secrets.description())
              << '\n';
        done(CliExitCode::Success);
    });
}

void CliProfileCommand::remove()
{
    const QString name = m_invocation.arguments.at(1);
    if (!m_store.contains(name)) {
        done(CliExitCode::NotFound, tr("there is no profile \"%1\"").arg(name));
        return;
    }
    const bool secretInKeyring = m_store.find(name)->secretEnvironmentVariable.isEmpty();
    if (!m_store.remove(name)) {
        done(CliExitCode::ProfileFile, m_store.errorString());
        return;
    }
    if (!secretInKeyring) {
        m_out << tr("Profile \"%1\" removed.").arg(name) << '\n';
        done(CliExitCode::Success);
        return;
    }
    SecretJob *job = m_secrets.remove(name);
    connect(job, &SecretJob::finished, this, [this, job, name] {
        if (!job->succeeded()) {
            done(CliExitCode::Unsupported,
                 tr("Profile \"%1\" removed, but its secret could not be removed: %2")
                     .arg(name, job->errorString()));
            return;
        }
        m_out << tr("Profile \"%1\" and its secret removed.").arg(name) << '\n';
        done(CliExitCode::Success);
    });
}

void CliProfileCommand::done(CliExitCode code, const QString &message)
{
    if (!message.isEmpty())
        m_err << "identitydesk-cli: " << message << Qt::endl;
    m_out.flush();
    emit finished(code);
}
