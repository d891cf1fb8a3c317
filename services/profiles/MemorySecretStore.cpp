#include "MemorySecretStore.h"

SecretJob *MemorySecretStore::read(const QString &profileName)
{
    if (SecretJob *rejected = rejectBadRequest(SecretJob::Operation::Read, profileName))
        return rejected;
    auto *job = new SecretJob(SecretJob::Operation::Read, profileName, this);
    const auto found = m_secrets.constFind(profileName);
    if (found == m_secrets.cend())
        job->fail(SecretJob::Error::NotFound,
                  tr("No secret is kept for profile \"%1\" in this session.").arg(profileName));
    else
        job->succeed(*found);
    return job;
}

SecretJob *MemorySecretStore::write(const QString &profileName, const QString &secret)
{
    if (SecretJob *rejected = rejectBadRequest(SecretJob::Operation::Write, profileName, secret))
        return rejected;
    auto *job = new SecretJob(SecretJob::Operation::Write, profileName, this);
    m_secrets.insert(profileName, secret);
    job->succeed();
    return job;
}

SecretJob *MemorySecretStore::remove(const QString &profileName)
{
    if (SecretJob *rejected = rejectBadRequest(SecretJob::Operation::Remove, profileName))
        return rejected;
    auto *job = new SecretJob(SecretJob::Operation::Remove, profileName, this);
    m_secrets.remove(profileName);
    job->succeed();
    return job;
}

QString MemorySecretStore::description() const
{
    return tr("memory, for this session only");
}
