#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

/// A message the mock "sent": a verification code or a confirmation link.
struct MockMail
{
    qint64 id = 0;
    QString backend;
    QString to;
    QString subject;
    QString code;
    QString link;
    QDateTime sentAt;

    QJsonObject toJson() const;
};

/// Where the mock delivers mail instead of sending it, so the demo and tests can read the
/// codes and links (GET /mock/mailbox). Thread-safe.
class Mailbox
{
public:
    MockMail deliver(MockMail mail);
    /// Messages to `address` (case-insensitive), newest first; every message when empty.
    QList<MockMail> messages(const QString &address = {}) const;

private:
    mutable QMutex m_mutex;
    QList<MockMail> m_mail;
    qint64 m_nextId = 1;
};
