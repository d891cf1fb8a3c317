#include "AcronisLinkRegistry.h"

#include <QByteArray>
#include <QMutexLocker>
#include <QRandomGenerator>

QString AcronisLinkRegistry::issue(Kind kind, const QString &userId)
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / int(sizeof(quint32)));
    QString token = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

    QMutexLocker locker(&m_mutex);
    const Key key { int(kind), userId };
    m_byToken.remove(m_byUser.value(key));
    m_byUser.insert(key, token);
    m_byToken.insert(token, { kind, userId });
    return token;
}

std::optional<QString> AcronisLinkRegistry::take(Kind kind, const QString &token)
{
    QMutexLocker locker(&m_mutex);
    const auto found = m_byToken.constFind(token);
    if (found == m_byToken.cend() || found->first != kind)
        return std::nullopt;
    const QString userId = found->second;
    m_byToken.erase(found);
    m_byUser.remove({ int(kind), userId });
    return userId;
}

void AcronisLinkRegistry::revoke(Kind kind, const QString &userId)
{
    QMutexLocker locker(&m_mutex);
    const QString token = m_byUser.take({ int(kind), userId });
    if (!token.isEmpty())
        m_byToken.remove(token);
}
