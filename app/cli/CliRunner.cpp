#include "CliRunner.h"

#include "ChangeJournal.h"
#include "CliBulkCommand.h"
#include "CliConnection.h"
#include "CliFormatter.h"
#include "CliHistoryCommand.h"
#include "CliProfileCommand.h"
#include "CliUserListing.h"
#include "IdentityBackend.h"
#include "JournaledEmailChange.h"
#include "KeychainSecretStore.h"
#include "PendingEmailChanges.h"
#include "UserJson.h"
#include "UserLookup.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace {
ServiceError usageError(const QString &message)
{
    return { ServiceError::Kind::Validation, message };
}
} // namespace

CliRunner::CliRunner(CliInvocation invocation, QTextStream &out, QTextStream &err, QTextStream &in,
                     QObject *parent)
    : QObject(parent)
    , m_invocation(std::move(invocation))
    , m_out(out)
    , m_err(err)
    , m_in(in)
    , m_connection(new CliConnection(m_invocation, this))
{
    connect(m_connection, &CliConnection::connected, this, [this] {
        m_backend = m_connection->backend();
        runCommand();
    });
    connect(m_connection, &CliConnection::failed, this,
            [this](const ServiceError &error) { fail(error); });
    connect(m_connection, &CliConnection::refused, this,
            [this](const QString &message, CliExitCode code) {
                m_err << "identitydesk-cli: " << message << Qt::endl;
                finish(code);
            });
}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    if (m_invocation.command == QLatin1String("profiles")) {
        runProfiles();
        return;
    }
    if (m_invocation.command == QLatin1String("bulk")
        && !CliBulkCommand::needsBackend(m_invocation)) {
        runBulk();
        return;
    }
    if (m_invocation.command == QLatin1String("history")) {
        ChangeJournal journal;
        finish(CliHistoryCommand(m_invocation, journal, m_out, m_err).run());
        return;
    }
    m_connection->open();
}

void CliRunner::runCommand()
{
    const QString &command = m_invocation.command;
    if (command == QLatin1String("users"))
        runUsers();
    else if (command == QLatin1String("show"))
        runShow();
    else if (command == QLatin1String("change-email"))
        runChangeEmail();
    else if (command == QLatin1String("request-code"))
        runRequestCode();
    else if (command == QLatin1String("resend-verification"))
        runResendVerification();
    else if (command == QLatin1String("verify-email"))
        runVerifyEmail();
    else if (command == QLatin1String("bulk"))
        runBulk();
    else
        usage(tr("unknown command \"%1\"").arg(command));
}

void CliRunner::resolveUserId(const QString &id, const std::function<void(const QString &)> &next)
{
    if (id != QLatin1String("me") || !m_backend->capabilities().ownAccountOnly) {
        next(id);
        return;
    }
    UserPageJob *job = m_backend->listUsers(UserQuery());
    connect(job, &ServiceJob::finished, this, [this, job, next] {
        if (!job->succeeded()) {
            fail(job->error());
            return;
        }
        if (job->page().users.isEmpty()) {
            fail({ ServiceError::Kind::NotFound, tr("The signed-in account could not be read.") });
            return;
        }
        next(job->page().users.constFirst().id);
    });
}

void CliRunner::runUsers()
{
    const UserQuery query = UserLookup::parse(m_invocation.search);
    CliUserListing::Options options;
    options.format = UserWriter::formatNamed(m_invocation.format);
    options.limit = m_invocation.limit;
    options.parallel = m_invocation.parallel;
    options.showProgress = !m_invocation.quiet && (m_invocation.progress || isatty(STDERR_FILENO));
    m_out.flush();
    m_listing = new CliUserListing(m_backend, query, options, m_out.device(), m_err, this);
    connect(m_listing, &CliUserListing::finished, this, &CliRunner::finish);
    m_listing->start();
}

void CliRunner::runShow()
{
    resolveUserId(m_invocation.arguments.constFirst(),
                  [this](const QString &userId) { showUser(userId); });
}

void CliRunner::showUser(const QString &userId)
{
    UserJob *job = m_backend->user(userId);
    connect(job, &ServiceJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            fail(job->error());
            return;
        }
        const User user = withJournaledPending(job->user());
        if (!m_invocation.json) {
            succeed(CliFormatter::userDetails(user));
            return;
        }
        QJsonObject object = UserJson::toObject(user);
        // ISO 8601 in UTC whatever the language; empty when no change is known to wait.
        object.insert(QStringLiteral("pendingSince"),
                      user.pendingSince.isValid() ? user.pendingSince.toUTC().toString(Qt::ISODate)
                                                  : QString());
        succeed(QString::fromUtf8(QJsonDocument(object).toJson()));
    });
}

User CliRunner::withJournaledPending(User user)
{
    // Only a read: no journal yet means no change was made from this computer, and none is
    // created for it.
    if (!QFileInfo::exists(ChangeJournal::defaultPath()))
        return user;
    ChangeJournal journal;
    if (!journal.open()) {
        m_err << "identitydesk-cli: " << journal.errorString() << Qt::endl;
        return user;
    }
    PendingEmailChanges::read(journal, m_connection->journalContext().profile).apply(user);
    return user;
}

void CliRunner::runChangeEmail()
{
    const BackendCapabilities capabilities = m_backend->capabilities();
    EmailChangeRequest request;
    request.newEmail = m_invocation.arguments.at(1).trimmed();
    request.verificationCode = m_invocation.code.trimmed();
    request.markVerified = m_invocation.verified;
    if (m_invocation.verified && !capabilities.canMarkVerified) {
        usage(tr("--verified does not apply to %1").arg(capabilities.apiName));
        return;
    }
    if (!request.verificationCode.isEmpty() && !capabilities.needsVerificationCode) {
        usage(capabilities.verifiesWithCodeAfterChange
                  ? tr("%1 mails the code after the change; confirm it with \"verify-email CODE\"")
                        .arg(capabilities.apiName)
                  : tr("--code does not apply to %1").arg(capabilities.apiName));
        return;
    }
    if (m_invocation.passwordStdin) {
        request.password = m_in.readLine();
    } else if (capabilities.needsPassword) {
        fail(usageError(tr("%1 confirms email changes with the user's own password; pass it on "
                           "stdin with --password-stdin.")
                            .arg(capabilities.apiName))
                 .withFieldError(RequestField::password, tr("The user's password is required.")),
             CliExitCode::Usage);
        return;
    }
    if (capabilities.needsVerificationCode && request.verificationCode.isEmpty()) {
        fail(usageError(tr("%1 needs the code mailed to the new address: run \"request-code %2\", "
                           "then repeat with --code CODE.")
                            .arg(capabilities.apiName, request.newEmail))
                 .withFieldError(RequestField::verificationCode,
                                 tr("The verification code is required.")),
             CliExitCode::Usage);
        return;
    }
    resolveUserId(m_invocation.arguments.constFirst(),
                  [this, request](const QString &userId) { changeEmail(userId, request); });
}

bool CliRunner::openJournal()
{
    m_journal = std::make_unique<ChangeJournal>();
    if (!m_journal->open()) {
        m_err << "identitydesk-cli: " << m_journal->errorString() << Qt::endl;
        finish(CliExitCode::Journal);
        return false;
    }
    for (const JournalChange &change : m_journal->closeAbandoned())
        m_err << "identitydesk-cli: " << CliHistoryCommand::abandonedMessage(change) << Qt::endl;
    return true;
}

void CliRunner::changeEmail(const QString &userId, const EmailChangeRequest &request)
{
    if (!openJournal())
        return;
    // The journal records the address before the change; the read also names the user.
    UserJob *read = m_backend->user(userId);
    connect(read, &ServiceJob::finished, this, [this, read, request] {
        if (!read->succeeded()) {
            fail(read->error());
            return;
        }
        QString journalProblem;
        EmailChangeJob *job =
            JournaledEmailChange::start(m_backend, m_journal.get(), m_connection->journalContext(),
                                        read->user(), request, &journalProblem);
        if (!job) {
            m_err << "identitydesk-cli: " << journalProblem << Qt::endl;
            finish(CliExitCode::Journal);
            return;
        }
        connect(job, &ServiceJob::finished, this, [this, job, newEmail = request.newEmail] {
            if (!job->succeeded()) {
                fail(job->error());
                return;
            }
            succeed(m_invocation.json ? QString::fromUtf8(
                        QJsonDocument(CliFormatter::outcomeJson(job->outcome(), newEmail)).toJson())
                                      : job->outcome().summary(newEmail) + QLatin1Char('\n'));
        });
    });
}

void CliRunner::runBulk()
{
    if (!openJournal())
        return;
    auto *command =
        new CliBulkCommand(m_invocation, m_backend, m_connection->anotherConnection(), *m_journal,
                           m_connection->journalContext(), m_out, m_err, this);
    connect(command, &CliBulkCommand::finished, this, &CliRunner::finish);
    command->start();
}

void CliRunner::runRequestCode()
{
    reportAction(m_backend->requestVerificationCode(m_invocation.arguments.constFirst().trimmed()));
}

void CliRunner::runResendVerification()
{
    resolveUserId(m_invocation.arguments.constFirst(), [this](const QString &userId) {
        reportAction(m_backend->resendVerification(userId));
    });
}

void CliRunner::runVerifyEmail()
{
    const QString code = m_invocation.arguments.constFirst().trimmed();
    resolveUserId(m_invocation.arguments.value(1, QStringLiteral("me")),
                  [this, code](const QString &userId) {
                      reportAction(m_backend->verifyEmail(userId, code));
                  });
}

void CliRunner::reportAction(ActionJob *job)
{
    connect(job, &ServiceJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            fail(job->error());
            return;
        }
        const QJsonObject result { { QStringLiteral("message"), job->message() } };
        succeed(m_invocation.json ? QString::fromUtf8(QJsonDocument(result).toJson())
                                  : job->message() + QLatin1Char('\n'));
    });
}

void CliRunner::runProfiles()
{
    m_secrets = std::make_unique<KeychainSecretStore>();
    auto *command = new CliProfileCommand(m_invocation, m_connection->profileStore(), *m_secrets,
                                          m_out, m_err, m_in, this);
    connect(command, &CliProfileCommand::finished, this, &CliRunner::finish);
    command->start();
}

void CliRunner::progress(const QString &text)
{
    if (!m_invocation.quiet)
        m_err << "identitydesk-cli: " << text << Qt::endl;
}

void CliRunner::succeed(const QString &text)
{
    m_out << text;
    finish(CliExitCode::Success);
}

void CliRunner::fail(const ServiceError &error, std::optional<CliExitCode> code)
{
    m_err << "identitydesk-cli: " << CliFormatter::errorLine(error) << Qt::endl;
    if (m_invocation.json)
        m_out << QJsonDocument(CliFormatter::errorJson(error)).toJson();
    finish(code.value_or(exitCodeFor(error.kind())));
}

void CliRunner::usage(const QString &message)
{
    m_err << "identitydesk-cli: " << message << Qt::endl;
    finish(CliExitCode::Usage);
}

void CliRunner::finish(CliExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    emit finished(int(code));
}
