#include "UnavailableSecretStore.h"

SecretJob *UnavailableSecretStore::unavailable(SecretJob::Operation operation,
                                               const QString &profileName)
{
    auto *job = new SecretJob(operation, profileName, this);
    job->fail(SecretJob::Error::Unavailable,
              QStringLiteral("No secret service is running on the session bus."));
    return job;
}

SecretJob *UnavailableSecretStore::read(const QString &profileName)
{
    return unavailable(SecretJob::Operation::Read, profileName);
}

SecretJob *UnavailableSecretStore::write(const QString &profileName, const QString &)
{
    ++writeAttempts;
    return unavailable(SecretJob::Operation::Write, profileName);
}

SecretJob *UnavailableSecretStore::remove(const QString &profileName)
{
    return unavailable(SecretJob::Operation::Remove, profileName);
}
