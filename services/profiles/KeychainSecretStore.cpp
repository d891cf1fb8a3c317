#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace {

QString unavailableMessage(SecretJob::Operation operation, const QString &detail)
{
    const QString what = detail.trimmed().isEmpty()
        ? KeychainSecretStore::tr("no details were given")
        : detail.trimmed();
    switch (operation) {
    case SecretJob::Operation::Write:
        return KeychainSecretStore::tr("No secret service (keyring) is available: %1. The secret "
                                       "was not stored.")
            .arg(what);
    case SecretJob::Operation::Read:
        return KeychainSecretStore::tr("No secret service (keyring) is available: %1. The secret "
                                       "could not be read.")
            .arg(what);
    case SecretJob::Operation::Remove:
        return KeychainSecretStore::tr("No secret service (keyring) is available: %1. The secret "
                                       "was not removed.")
            .arg(what);
    }
    return {};
}

/// Starts `keychainJob` and finishes `job` from its result.
///
/// The QtKeychain job is not a child of `job`: it deletes itself when done (autoDelete), and
/// deleting it while its D-Bus call is in flight is unsafe, so a SecretJob destroyed early
/// just stops listening.
void run(QKeychain::Job *keychainJob, SecretJob *job)
{
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(KeychainSecretStore::keyFor(job->profileName()));
    QObject::connect(keychainJob, &QKeychain::Job::finished, job, [job](QKeychain::Job *done) {
        switch (done->error()) {
        case QKeychain::NoError:
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                job->succeed(read->textData());
            else
                job->succeed();
            return;
        case QKeychain::EntryNotFound:
            if (job->operation() == SecretJob::Operation::Remove) {
                job->succeed(); // already gone: the end state is what was asked for
                return;
            }
            job->fail(SecretJob::Error::NotFound,
                      KeychainSecretStore::tr("No secret is stored in the keyring for profile "
                                              "\"%1\".")
                          .arg(job->profileName()));
            return;
        default:
            // QtKeychain 0.13 says OtherError (not NoBackendAvailable) when there is no keyring
            // or no D-Bus session; a locked or refused keyring is just as unusable.
            job->fail(SecretJob::Error::Unavailable,
                      unavailableMessage(job->operation(), done->errorString()));
            return;
        }
    });
    keychainJob->start();
}

} // namespace

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("IdentityDesk");
}

QString KeychainSecretStore::keyFor(const QString &profileName)
{
    return u"profile:" + profileName;
}

SecretJob *KeychainSecretStore::read(const QString &profileName)
{
    if (SecretJob *rejected = rejectBadRequest(SecretJob::Operation::Read, profileName))
        return rejected;
    auto *job = new SecretJob(SecretJob::Operation::Read, profileName, this);
    run(new QKeychain::ReadPasswordJob(serviceName()), job);
    return job;
}

SecretJob *KeychainSecretStore::write(const QString &profileName, const QString &secret)
{
    if (SecretJob *rejected = rejectBadRequest(SecretJob::Operation::Write, profileName, secret))
        return rejected;
    auto *job = new SecretJob(SecretJob::Operation::Write, profileName, this);
    auto *keychainJob = new QKeychain::WritePasswordJob(serviceName());
    keychainJob->setTextData(secret);
    run(keychainJob, job);
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &profileName)
{
    if (SecretJob *rejected = rejectBadRequest(SecretJob::Operation::Remove, profileName))
        return rejected;
    auto *job = new SecretJob(SecretJob::Operation::Remove, profileName, this);
    run(new QKeychain::DeletePasswordJob(serviceName()), job);
    return job;
}

QString KeychainSecretStore::description() const
{
    return tr("the system keyring");
}
