#pragma once

#include "SecretStore.h"

#include <QHash>

/// Keeps secrets in this process's memory only: for tests, the demo, and "keep for this session
/// only". Nothing is ever written to disk; everything is gone when the store is destroyed.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    SecretJob *read(const QString &profileName) override;
    SecretJob *write(const QString &profileName, const QString &secret) override;
    SecretJob *remove(const QString &profileName) override;
    QString description() const override;

    /// How many secrets are held (for tests and the "forget all" action).
    int count() const { return int(m_secrets.size()); }
    /// Forgets every secret at once.
    void clear() { m_secrets.clear(); }

private:
    QHash<QString, QString> m_secrets;
};
