#pragma once

#include "MockServerConfig.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// Secrets that are easy to find (canaries) and the search for them, shared by the secret
/// canary tests of the CLI and the desktop app: the mock server is started with these
/// credentials, the flows run, and every file and every line of output is searched.
class SecretCanaries
{
public:
    /// Mock credentials whose every secret is a distinctive canary value.
    static MockCredentials credentials();

    /// Every secret of `credentials`, the Basic credentials as they go over the wire (base64 of
    /// "id:secret"), and the prefixes of the tokens the mock issues.
    explicit SecretCanaries(const MockCredentials &credentials);

    /// Adds a secret typed or mailed during the flows (a user's password, a verification code).
    void add(const QByteArray &secret);
    const QList<QByteArray> &canaries() const { return m_canaries; }

    /// The canaries found in `bytes`, as text, percent-encoded or in base64. A canary of digits
    /// only (a mailed code) counts only as a whole number, so that it is not found inside a longer
    /// one.
    QStringList hits(const QByteArray &bytes) const;

    /// Every regular file under `root` (hidden ones included): the number read and, per hit,
    /// "relative/path: canary".
    struct FolderSearch
    {
        int files = 0;
        QStringList filePaths;
        QStringList leaks;
    };
    FolderSearch searchFolder(const QString &root) const;

private:
    QList<QByteArray> m_canaries;
};
