#include "CaCertificatesFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {
/// A bundle of every public CA is about 200 KiB; anything far larger is not a CA file.
constexpr qint64 maximumFileSize = qint64(16) * 1024 * 1024;
} // namespace

CaCertificatesFile::Contents CaCertificatesFile::read(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto problem = [](const QString &message) { return Contents { {}, message }; };
    const QFileInfo info(path);
    if (path.trimmed().isEmpty())
        return problem(tr("The CA certificates file is not set."));
    if (info.isRelative())
        return problem(tr("The CA certificates file must be given with its full path (starting "
                          "with /), not as %1.")
                           .arg(shown));
    if (!info.exists())
        return problem(tr("The CA certificates file %1 does not exist.").arg(shown));
    if (info.isDir())
        return problem(
            tr("The CA certificates file %1 is a folder; choose a .pem or .crt file.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return problem(
            tr("The CA certificates file %1 cannot be read: %2").arg(shown, file.errorString()));
    if (file.size() > maximumFileSize)
        return problem(
            tr("The CA certificates file %1 is too large to be a certificate file.").arg(shown));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return problem(
            tr("The CA certificates file %1 cannot be read: %2").arg(shown, file.errorString()));

    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    certificates.erase(std::remove_if(certificates.begin(), certificates.end(),
                                      [](const QSslCertificate &c) { return c.isNull(); }),
                       certificates.end());
    if (certificates.isEmpty())
        return problem(tr("The CA certificates file %1 holds no PEM certificate (a block "
                          "starting with \"-----BEGIN CERTIFICATE-----\").")
                           .arg(shown));
    return Contents { certificates, QString() };
}
