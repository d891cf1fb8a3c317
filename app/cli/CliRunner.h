#pragma once

#include "CliCommandLine.h"
#include "CliExitCode.h"
#include "ServiceError.h"
#include "User.h"

#include <QObject>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

class ActionJob;
class ChangeJournal;
class CliConnection;
class CliUserListing;
struct EmailChangeRequest;
class IdentityBackend;
class SecretStore;
struct UserQuery;

/// Carries out one identitydesk-cli invocation asynchronously and reports the exit code.
/// Results go to `out`, errors and progress to `err`; nothing blocks the event loop, so the
/// embedded demo server keeps answering while the CLI waits.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(CliInvocation invocation, QTextStream &out, QTextStream &err, QTextStream &in,
              QObject *parent = nullptr);
    ~CliRunner() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void runCommand();
    /// "me" stands for the signed-in user on own-account backends; other ids pass through.
    void resolveUserId(const QString &id, const std::function<void(const QString &)> &next);
    void runUsers();
    void runShow();
    void showUser(const QString &userId);
    /// `user` with the address change the journal says still waits (Acronis does not tell
    /// it); a journal that cannot be read is reported on stderr and skipped.
    User withJournaledPending(User user);
    void runChangeEmail();
    void changeEmail(const QString &userId, const EmailChangeRequest &request);
    /// Opens the change journal and reports changes earlier runs left without an outcome;
    /// false (and the run ends with CliExitCode::Journal) when it cannot be used.
    bool openJournal();
    void runRequestCode();
    void runResendVerification();
    void runVerifyEmail();
    void reportAction(ActionJob *job);
    void runProfiles();
    void runBulk();

    void succeed(const QString &text);
    /// The error on stderr (and as JSON with --json); the exit code follows its kind unless
    /// `code` says otherwise (a missing option the person must give is a usage error, 2).
    void fail(const ServiceError &error, std::optional<CliExitCode> code = std::nullopt);
    void usage(const QString &message);
    void finish(CliExitCode code);
    void progress(const QString &text);

    CliInvocation m_invocation;
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
    CliConnection *m_connection;
    /// The keyring, for the profiles command.
    std::unique_ptr<SecretStore> m_secrets;
    /// m_connection's backend once it is connected.
    IdentityBackend *m_backend = nullptr;
    CliUserListing *m_listing = nullptr;
    std::unique_ptr<ChangeJournal> m_journal;
    bool m_finished = false;
};
