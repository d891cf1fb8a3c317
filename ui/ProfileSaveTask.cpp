#include "ProfileSaveTask.h"

#include "MemorySecretStore.h"
#include "ProfileSecretLookup.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProfileSave, "identitydesk.ui.profiles")

ProfileSaveTask::ProfileSaveTask(ProfileStore *profiles, SecretStore *keychain,
                                 MemorySecretStore *session, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_session(session)
    , m_lookup(new ProfileSecretLookup(keychain, session, this))
{
    connect(m_lookup, &ProfileSecretLookup::finished, this,
            [this](const QString &secret, const QString &problem) {
                if (secret.isEmpty()) {
                    // Nothing to move: the renamed profile is saved without a secret.
                    qCInfo(lcProfileSave, "no secret to move on rename: %s", qPrintable(problem));
                    commit(SecretPlace::Unchanged);
                    return;
                }
                m_secret = secret;
                writeSecret(m_keychain, SecretPlace::Keychain);
            });
}

ProfileSaveTask::~ProfileSaveTask()
{
    abandon();
}

void ProfileSaveTask::start(const ConnectionProfile &profile, const QString &secret,
                            const QString &originalName)
{
    abandon();
    m_profile = profile;
    m_secret = secret;
    m_originalName = originalName;
    m_running = true;
    const bool renamed = !originalName.isEmpty() && originalName != profile.name;
    if (!secret.isEmpty())
        writeSecret(m_keychain, SecretPlace::Keychain);
    else if (renamed)
        m_lookup->start(originalName);
    else
        commit(SecretPlace::Unchanged);
}

void ProfileSaveTask::keepForSession()
{
    if (!canKeepForSession())
        return;
    m_waiting = false;
    m_running = true;
    writeSecret(m_session, SecretPlace::Session);
}

void ProfileSaveTask::abandon()
{
    m_lookup->cancel();
    if (SecretJob *job = m_job.data())
        disconnect(job, nullptr, this, nullptr);
    reset();
}

void ProfileSaveTask::reset()
{
    m_job = nullptr;
    m_secret.clear();
    m_running = false;
    m_waiting = false;
}

void ProfileSaveTask::writeSecret(SecretStore *store, SecretPlace place)
{
    if (!store) {
        fail(tr("The secret could not be stored; nothing was saved."),
             tr("No secret store is available."));
        return;
    }
    SecretJob *job = store->write(m_profile.name, m_secret);
    m_job = job;
    connect(job, &SecretJob::finished, this, [this, job, place] {
        m_job = nullptr;
        if (job->succeeded()) {
            commit(place);
        } else if (job->error() == SecretJob::Error::Unavailable
                   && place == SecretPlace::Keychain) {
            // Keep the secret in memory until the person decides; nothing is saved yet.
            m_running = false;
            m_waiting = true;
            emit keyringUnavailable(job->errorString());
        } else {
            fail(tr("The secret could not be stored; nothing was saved."), job->errorString());
        }
    });
}

void ProfileSaveTask::commit(SecretPlace place)
{
    const bool adding = m_originalName.isEmpty();
    const bool ok = m_profiles
        && (adding ? m_profiles->add(m_profile) : m_profiles->replace(m_originalName, m_profile));
    if (!ok) {
        // A new profile's secret must not outlive the failed save.
        if (adding && place == SecretPlace::Keychain)
            forget(m_keychain, m_profile.name);
        else if (adding && place == SecretPlace::Session)
            forget(m_session, m_profile.name);
        fail(tr("The profile \"%1\" was not saved.").arg(m_profile.name),
             m_profiles ? m_profiles->errorString() : QString());
        return;
    }
    if (!adding && m_originalName != m_profile.name) {
        forget(m_keychain, m_originalName);
        forget(m_session, m_originalName);
    }
    if (place == SecretPlace::Keychain)
        forget(m_session, m_profile.name); // the keyring's copy is the one to use now
    const ConnectionProfile profile = m_profile;
    reset();
    emit saved(profile, place);
}

void ProfileSaveTask::fail(const QString &headline, const QString &details)
{
    reset();
    emit failed(headline, details);
}

void ProfileSaveTask::forgetSecrets(const QString &profileName)
{
    forget(m_keychain, profileName);
    forget(m_session, profileName);
}

void ProfileSaveTask::forget(SecretStore *store, const QString &profileName)
{
    if (!store)
        return;
    // Nothing waits for this; a failure is logged (never with the secret) and otherwise
    // harmless, as a later profile of the same name overwrites the secret.
    SecretJob *job = store->remove(profileName);
    connect(job, &SecretJob::finished, store, [job] {
        if (!job->succeeded())
            qCWarning(lcProfileSave, "a secret was left behind: %s",
                      qPrintable(job->errorString()));
    });
}
