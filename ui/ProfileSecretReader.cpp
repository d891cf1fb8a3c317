#include "ProfileSecretReader.h"

#include "MemorySecretStore.h"
#include "SecretStore.h"

#include <QTimer>

ProfileSecretReader::ProfileSecretReader(SecretStore *keyring, MemorySecretStore *session,
                                         QObject *parent)
    : QObject(parent)
    , m_keyring(keyring)
    , m_session(session)
{ }

void ProfileSecretReader::read(const QString &profileName, bool stored)
{
    cancel();
    m_profileName = profileName;
    SecretStore *session = m_session.data();
    SecretStore *first = stored && !session ? m_keyring.data() : session;
    SecretStore *fallback = stored && session ? m_keyring.data() : nullptr;
    if (!first) {
        // Reported from the event loop like every other answer.
        QTimer::singleShot(0, this, [this, profileName] {
            if (profileName == m_profileName)
                emit failed(
                    profileName,
                    tr("The secret of the profile \u201c%1\u201d cannot be read.").arg(profileName),
                    tr("No secret store is available for it."), false);
        });
        return;
    }
    readFrom(first, fallback);
}

void ProfileSecretReader::cancel()
{
    // Secret jobs cannot be stopped; they finish (and delete themselves) unheard.
    if (SecretJob *job = m_job.data())
        disconnect(job, nullptr, this, nullptr);
    m_job = nullptr;
    m_profileName.clear();
}

void ProfileSecretReader::readFrom(SecretStore *store, SecretStore *fallback)
{
    SecretJob *job = store->read(m_profileName);
    m_job = job;
    connect(job, &SecretJob::finished, this, [this, job, fallback] {
        m_job = nullptr;
        if (fallback && job->error() == SecretJob::Error::NotFound) {
            readFrom(fallback, nullptr);
            return;
        }
        report(job);
    });
}

void ProfileSecretReader::report(SecretJob *job)
{
    const QString name = m_profileName;
    switch (job->error()) {
    case SecretJob::Error::NoError:
        emit secretRead(name, job->secret());
        return;
    case SecretJob::Error::NotFound:
        emit failed(name, tr("No secret is saved for the profile \u201c%1\u201d.").arg(name),
                    tr("Type it in File \u203a Manage Profiles (edit the profile), or add the "
                       "profile again with \u201cidentitydesk-cli profiles add "
                       "--secret-stdin\u201d."),
                    false);
        return;
    case SecretJob::Error::Unavailable:
        emit failed(name,
                    tr("The system keyring is not available, so the secret of \u201c%1\u201d "
                       "cannot be read.")
                        .arg(name),
                    job->errorString(), true);
        return;
    case SecretJob::Error::Failed:
        break;
    }
    emit failed(name, tr("The secret of the profile \u201c%1\u201d cannot be read.").arg(name),
                job->errorString(), false);
}
