#pragma once

#include "SecretStore.h"

/// Keeps secrets in the system keyring through QtKeychain (on Linux: the Secret Service, e.g.
/// gnome-keyring or KeePassXC), under service "IdentityDesk" and key "profile:<name>".
///
/// There is deliberately no fallback: when no keyring is usable, every call fails with
/// SecretJob::Error::Unavailable and nothing is written anywhere (QtKeychain's insecure
/// plain-text fallback is switched off). The front end can then offer MemorySecretStore
/// ("keep for this session only"). QtKeychain 0.13 reports a missing keyring as OtherError
/// rather than NoBackendAvailable, so every error other than "entry not found" counts as
/// Unavailable, with QtKeychain's detail in the message.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    /// The keyring service name all profile secrets are filed under.
    static QString serviceName();
    /// The keyring key of a profile's secret: "profile:<name>".
    static QString keyFor(const QString &profileName);

    SecretJob *read(const QString &profileName) override;
    SecretJob *write(const QString &profileName, const QString &secret) override;
    SecretJob *remove(const QString &profileName) override;
    QString description() const override;
};
