#include "TestCertificates.h"

#include <QFile>
#include <QProcess>

namespace {

// Explicit extensions, so the result does not depend on the system's openssl.cnf.
const char config[] = R"([req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
authorityKeyIdentifier = keyid
)";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

bool TestCertificates::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot run openssl (%1); installer/install-deps.sh installs it")
                      .arg(process.errorString());
        return false;
    }
    // Key generation and signing take milliseconds; no event loop needs to run meanwhile.
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error =
            QStringLiteral("openssl %1 failed: %2")
                .arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestCertificates::generate()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    QFile cnf(path(QStringLiteral("openssl.cnf")));
    if (!cnf.open(QIODevice::WriteOnly) || cnf.write(config) < 0) {
        m_error = cnf.errorString();
        return false;
    }
    cnf.close();

    const QStringList ecKey { QStringLiteral("-newkey"), QStringLiteral("ec"),
                              QStringLiteral("-pkeyopt"),
                              QStringLiteral("ec_paramgen_curve:prime256v1"),
                              QStringLiteral("-nodes") };
    const auto makeCa = [&](const QString &name, const QString &commonName) {
        return openssl(QStringList { QStringLiteral("req"), QStringLiteral("-x509"),
                                     QStringLiteral("-config"), QStringLiteral("openssl.cnf"),
                                     QStringLiteral("-extensions"), QStringLiteral("ca") }
                       + ecKey
                       + QStringList { QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                       QStringLiteral("-out"), name + QStringLiteral(".pem"),
                                       QStringLiteral("-days"), QStringLiteral("2"),
                                       QStringLiteral("-subj"),
                                       QStringLiteral("/CN=") + commonName });
    };
    if (!makeCa(QStringLiteral("ca"), QStringLiteral("IdentityDesk test CA"))
        || !makeCa(QStringLiteral("other-ca"), QStringLiteral("IdentityDesk unrelated test CA")))
        return false;
    if (!openssl(QStringList { QStringLiteral("req"), QStringLiteral("-new"),
                               QStringLiteral("-config"), QStringLiteral("openssl.cnf") }
                 + ecKey
                 + QStringList { QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                 QStringLiteral("-out"), QStringLiteral("server.csr"),
                                 QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1") }))
        return false;
    if (!openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                   QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                   QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                   QStringLiteral("-set_serial"), QStringLiteral("2"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("openssl.cnf"),
                   QStringLiteral("-extensions"), QStringLiteral("server"), QStringLiteral("-out"),
                   QStringLiteral("server.pem") }))
        return false;

    QFile bundle(path(QStringLiteral("bundle.pem")));
    if (!bundle.open(QIODevice::WriteOnly)
        || bundle.write(readFile(path(QStringLiteral("other-ca.pem")))
                        + readFile(path(QStringLiteral("ca.pem"))))
            < 0) {
        m_error = bundle.errorString();
        return false;
    }
    if (serverCertificate().isNull() || serverKey().isNull()) {
        m_error = QStringLiteral("openssl wrote a certificate or key Qt cannot read");
        return false;
    }
    return true;
}

QSslCertificate TestCertificates::serverCertificate() const
{
    return QSslCertificate(readFile(path(QStringLiteral("server.pem"))), QSsl::Pem);
}

QSslKey TestCertificates::serverKey() const
{
    return QSslKey(readFile(path(QStringLiteral("server.key"))), QSsl::Ec, QSsl::Pem);
}
