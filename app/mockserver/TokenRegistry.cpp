#include "TokenRegistry.h"

#include <QMutexLocker>
#include <QRandomGenerator>

TokenRegistry::Issued TokenRegistry::issue(const QString &prefix, const QString &subject,
                                           int lifetimeSeconds)
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / int(sizeof(quint32)));
    const QString token = prefix + QLatin1Char('-')
        + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding
                                              | QByteArray::OmitTrailingEquals));
    QMutexLocker locker(&m_mutex);
    m_tokens.insert(token, { subject, QDeadlineTimer(qint64(lifetimeSeconds) * 1000) });
    return { token, lifetimeSeconds };
}

std::optional<QString> TokenRegistry::subject(const QString &token) const
{
    QMutexLocker locker(&m_mutex);
    const auto found = m_tokens.constFind(token);
    if (found == m_tokens.cend() || found->deadline.hasExpired())
        return std::nullopt;
    return found->subject;
}

std::optional<QString> TokenRegistry::take(const QString &token)
{
    QMutexLocker locker(&m_mutex);
    const auto found = m_tokens.find(token);
    if (found == m_tokens.end())
        return std::nullopt;
    const Entry entry = *found;
    m_tokens.erase(found);
    if (entry.deadline.hasExpired())
        return std::nullopt;
    return entry.subject;
}
