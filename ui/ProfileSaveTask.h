#pragma once

#include "ConnectionProfile.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QObject>
#include <QPointer>

class MemorySecretStore;
class ProfileSecretLookup;

/// Saves one profile for the profiles dialog, secret first:
///
/// 1. on a rename without a new secret, the stored secret is looked up to move it along;
/// 2. the secret (typed or moved) goes to the keyring; when the keyring is unavailable the task
///    stops with keyringUnavailable() and nothing is saved, until keepForSession() puts the
///    secret in the session store instead (or abandon() drops the save);
/// 3. the profile is added to (or replaced in) the ProfileStore, which never holds secrets; a
///    secret of a renamed profile is then removed under its old name, and a keyring secret
///    replaces any session copy.
///
/// Reports once per start() through saved() or failed(), or waits after keyringUnavailable().
/// Nothing is owned; the stores must outlive the task. The secret is held only while saving.
class ProfileSaveTask : public QObject
{
    Q_OBJECT
public:
    /// Where the saved profile's secret went.
    enum class SecretPlace { Unchanged, Keychain, Session };
    Q_ENUM(SecretPlace)

    ProfileSaveTask(ProfileStore *profiles, SecretStore *keychain, MemorySecretStore *session,
                    QObject *parent = nullptr);
    ~ProfileSaveTask() override;

    /// Saves `profile` with `secret` (empty: keep the stored one). `originalName` is the name
    /// of the profile being replaced; empty to add a new profile.
    void start(const ConnectionProfile &profile, const QString &secret,
               const QString &originalName);
    /// After keyringUnavailable(): keeps the secret in the session store and saves the profile.
    void keepForSession();
    /// Drops a save that waits for keepForSession(), or stops listening to a running one.
    void abandon();
    bool isRunning() const { return m_running; }
    bool canKeepForSession() const { return m_waiting && m_session; }

    /// Removes the secret of `profileName` from both stores (after the profile was removed).
    void forgetSecrets(const QString &profileName);

signals:
    void keyringUnavailable(const QString &message);
    void saved(const ConnectionProfile &profile, ProfileSaveTask::SecretPlace place);
    void failed(const QString &headline, const QString &details);

private:
    void writeSecret(SecretStore *store, SecretPlace place);
    void commit(SecretPlace place);
    void fail(const QString &headline, const QString &details);
    void forget(SecretStore *store, const QString &profileName);
    void reset();

    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_keychain;
    /// The MemorySecretStore given to the constructor.
    QPointer<SecretStore> m_session;
    ProfileSecretLookup *m_lookup = nullptr;
    QPointer<SecretJob> m_job;

    ConnectionProfile m_profile;
    QString m_secret;
    QString m_originalName;
    bool m_running = false;
    bool m_waiting = false;
};
