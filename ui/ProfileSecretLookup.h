#pragma once

#include "SecretStore.h"

#include <QObject>
#include <QPointer>
#include <QString>

/// Finds the stored secret of a profile for the profiles dialog: first in the session store
/// (secrets kept "for this session only" when there was no keyring), then in the keyring.
/// Asynchronous; reports once through finished() per start(). Neither store is owned.
class ProfileSecretLookup : public QObject
{
    Q_OBJECT
public:
    ProfileSecretLookup(SecretStore *keychain, SecretStore *session, QObject *parent = nullptr);

    /// Looks up the secret of `profileName`, forgetting any lookup still running.
    void start(const QString &profileName);
    /// Forgets the running lookup; finished() does not follow.
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }

signals:
    /// `secret` is empty when none was found; `problem` then says why, in words.
    void finished(const QString &secret, const QString &problem);

private:
    void readFrom(SecretStore *store, bool lastTry);

    QPointer<SecretStore> m_keychain;
    QPointer<SecretStore> m_session;
    QPointer<SecretJob> m_job;
    QString m_profileName;
};
