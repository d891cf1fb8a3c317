#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

/// Throw-away certificate authorities and a server certificate for 127.0.0.1, made with the
/// openssl command at test time (installer/install-deps.sh installs it), valid for two days and
/// deleted with this object: no long-lived key in the repository, nothing to expire.
///
/// Files: ca.pem (the "company" CA), other-ca.pem (an unrelated CA), bundle.pem (other-ca.pem
/// then ca.pem), server.pem and server.key (issued by ca.pem for 127.0.0.1 and localhost).
class TestCertificates
{
public:
    /// Generates everything; false (and errorString()) when openssl is missing or fails.
    bool generate();
    const QString &errorString() const { return m_error; }

    QString path(const QString &fileName) const { return m_dir.filePath(fileName); }
    QSslCertificate serverCertificate() const;
    QSslKey serverKey() const;

private:
    bool openssl(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_error;
};
