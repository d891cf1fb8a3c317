#pragma once

#include "SecretStore.h"

/// A keyring that is never there: reads, writes and removes fail with Unavailable, the way
/// KeychainSecretStore reports a missing secret service (shared by the widget tests).
class UnavailableSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    SecretJob *read(const QString &profileName) override;
    SecretJob *write(const QString &profileName, const QString &secret) override;
    SecretJob *remove(const QString &profileName) override;
    QString description() const override { return QStringLiteral("no keyring"); }

    int writeAttempts = 0;

private:
    SecretJob *unavailable(SecretJob::Operation operation, const QString &profileName);
};
