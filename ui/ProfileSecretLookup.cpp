#include "ProfileSecretLookup.h"

#include "SecretStore.h"

ProfileSecretLookup::ProfileSecretLookup(SecretStore *keychain, SecretStore *session,
                                         QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_session(session)
{ }

void ProfileSecretLookup::start(const QString &profileName)
{
    cancel();
    m_profileName = profileName;
    if (m_session)
        readFrom(m_session, !m_keychain);
    else
        readFrom(m_keychain, true);
}

void ProfileSecretLookup::cancel()
{
    // Secret jobs cannot be stopped; they finish (and delete themselves) unheard.
    if (SecretJob *job = m_job.data())
        disconnect(job, nullptr, this, nullptr);
    m_job = nullptr;
}

void ProfileSecretLookup::readFrom(SecretStore *store, bool lastTry)
{
    if (!store) {
        emit finished({}, tr("No secret store is available."));
        return;
    }
    SecretJob *job = store->read(m_profileName);
    m_job = job;
    connect(job, &SecretJob::finished, this, [this, job, lastTry] {
        m_job = nullptr;
        if (job->succeeded() && !job->secret().isEmpty()) {
            emit finished(job->secret(), {});
        } else if (!lastTry) {
            readFrom(m_keychain, true);
        } else if (job->error() == SecretJob::Error::NotFound) {
            emit finished({},
                          tr("No secret is stored for the profile \"%1\"; type it in the form.")
                              .arg(m_profileName));
        } else {
            emit finished({}, job->errorString());
        }
    });
}
