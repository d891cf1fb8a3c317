#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class MemorySecretStore;
class SecretJob;
class SecretStore;

/// Reads the secret the main window needs to open a profile. In-memory (demo) profiles have
/// theirs in the session store; stored profiles look there first (a secret kept "for this
/// session only" when there was no keyring) and then in the keyring. Reports once per read(),
/// from the event loop; a newer read() or cancel() silences an older one.
class ProfileSecretReader : public QObject
{
    Q_OBJECT
public:
    ProfileSecretReader(SecretStore *keyring, MemorySecretStore *session,
                        QObject *parent = nullptr);

    void read(const QString &profileName, bool stored);
    void cancel();
    bool isReading() const { return !m_job.isNull(); }

signals:
    void secretRead(const QString &profileName, const QString &secret);
    /// `headline` and `details` are sentences for the window's banner. `keyringMissing`: the
    /// system keyring is not there at all, so a secret for this session only is the way on.
    void failed(const QString &profileName, const QString &headline, const QString &details,
                bool keyringMissing);

private:
    void readFrom(SecretStore *store, SecretStore *fallback);
    void report(SecretJob *job);

    QPointer<SecretStore> m_keyring;
    QPointer<MemorySecretStore> m_session;
    QPointer<SecretJob> m_job;
    QString m_profileName;
};
