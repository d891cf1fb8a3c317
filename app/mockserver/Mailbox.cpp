#include "Mailbox.h"

#include <QMutexLocker>

QJsonObject MockMail::toJson() const
{
    QJsonObject object { { QStringLiteral("id"), id },
                         { QStringLiteral("backend"), backend },
                         { QStringLiteral("to"), to },
                         { QStringLiteral("subject"), subject },
                         { QStringLiteral("sent_at"), sentAt.toString(Qt::ISODateWithMs) } };
    if (!code.isEmpty())
        object.insert(QStringLiteral("code"), code);
    if (!link.isEmpty())
        object.insert(QStringLiteral("link"), link);
    return object;
}

MockMail Mailbox::deliver(MockMail mail)
{
    QMutexLocker locker(&m_mutex);
    mail.id = m_nextId++;
    mail.sentAt = QDateTime::currentDateTimeUtc();
    m_mail.append(mail);
    return mail;
}

QList<MockMail> Mailbox::messages(const QString &address) const
{
    QMutexLocker locker(&m_mutex);
    QList<MockMail> result;
    for (auto it = m_mail.crbegin(); it != m_mail.crend(); ++it) {
        if (address.isEmpty() || it->to.compare(address, Qt::CaseInsensitive) == 0)
            result.append(*it);
    }
    return result;
}
