#include "CodeArtsVerification.h"

#include <QMutexLocker>
#include <QRandomGenerator>

CodeArtsVerification::CodeArtsVerification(int lifetimeSeconds)
    : m_lifetimeSeconds(lifetimeSeconds)
{ }

QString CodeArtsVerification::issue(const QString &userId, const QString &email)
{
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    QString code;
    code.reserve(6);
    for (int i = 0; i < 6; ++i)
        code.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));

    QMutexLocker locker(&m_mutex);
    m_pending.insert(userId, { email, code, QDeadlineTimer(qint64(m_lifetimeSeconds) * 1000) });
    return code;
}

CodeArtsVerification::Outcome CodeArtsVerification::redeem(const QString &userId,
                                                           const QString &email,
                                                           const QString &code,
                                                           const std::function<void()> &apply)
{
    QMutexLocker locker(&m_mutex);
    const auto found = m_pending.find(userId);
    if (found == m_pending.end())
        return Outcome::NotRequested;
    if (found->email.compare(email, Qt::CaseInsensitive) != 0)
        return Outcome::OtherAddress;
    if (found->deadline.hasExpired())
        return Outcome::Expired;
    // A wrong code leaves the pending one in place, so a typo can be corrected (inference).
    if (found->code != code)
        return Outcome::WrongCode;
    m_pending.erase(found);
    apply();
    return Outcome::Redeemed;
}
