#include "SecretCanaries.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace {

bool isDigitsOnly(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool containsWholeNumber(const QByteArray &bytes, const QByteArray &digits)
{
    return QRegularExpression(QStringLiteral("(?<![0-9])%1(?![0-9])").arg(QLatin1String(digits)))
        .match(QString::fromLatin1(bytes))
        .hasMatch();
}

} // namespace

MockCredentials SecretCanaries::credentials()
{
    MockCredentials c;
    c.gcoreApiKey = QStringLiteral("CanaryGcoreApiKey-5b8e1d");
    c.gcoreUserPassword = QStringLiteral("CanaryGcoreUserPassword-7c2f90");
    c.zitadelPat = QStringLiteral("CanaryZitadelPat-a41d77");
    c.zitadelClientSecret = QStringLiteral("CanaryZitadelClientSecret-0e93b2");
    c.zitadelSelfToken = QStringLiteral("CanaryZitadelSelfToken-d2c815");
    c.huaweiPassword = QStringLiteral("CanaryHuaweiIamPassword-38fa0c");
    c.codeArtsToken = QStringLiteral("CanaryCodeArtsToken-e6b347");
    c.acronisClientSecret = QStringLiteral("CanaryAcronisClientSecret-91d4e6");
    return c;
}

SecretCanaries::SecretCanaries(const MockCredentials &c)
{
    for (const QString &secret :
         { c.gcoreApiKey, c.gcoreUserPassword, c.zitadelPat, c.zitadelClientSecret,
           c.zitadelSelfToken, c.huaweiPassword, c.codeArtsToken, c.acronisClientSecret })
        add(secret.toUtf8());
    add(QByteArray(c.acronisClientId.toUtf8() + ':' + c.acronisClientSecret.toUtf8()).toBase64());
    add(QByteArray(c.zitadelClientId.toUtf8() + ':' + c.zitadelClientSecret.toUtf8()).toBase64());
    for (const char *prefix :
         { "gc-access-", "gc-refresh-", "zit-access-", "ac-access-", "hw-iam-" })
        add(prefix);
}

void SecretCanaries::add(const QByteArray &secret)
{
    if (!secret.isEmpty() && !m_canaries.contains(secret))
        m_canaries.append(secret);
}

QStringList SecretCanaries::hits(const QByteArray &bytes) const
{
    QStringList found;
    for (const QByteArray &canary : m_canaries) {
        const bool hit = isDigitsOnly(canary) ? containsWholeNumber(bytes, canary)
                                              : bytes.contains(canary)
                || bytes.contains(QUrl::toPercentEncoding(QString::fromUtf8(canary)))
                || bytes.contains(canary.toBase64(QByteArray::OmitTrailingEquals));
        if (hit)
            found.append(QString::fromUtf8(canary));
    }
    return found;
}

SecretCanaries::FolderSearch SecretCanaries::searchFolder(const QString &root) const
{
    FolderSearch result;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            // A socket or pipe has no content; a regular file that cannot be read might hide one.
            if (it.fileInfo().isFile())
                result.leaks.append(path.mid(root.size()) + QStringLiteral(": cannot be read"));
            continue;
        }
        ++result.files;
        result.filePaths.append(path.mid(root.size()));
        for (const QString &hit : hits(file.readAll()))
            result.leaks.append(path.mid(root.size()) + QStringLiteral(": ") + hit);
    }
    return result;
}
