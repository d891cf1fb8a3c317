#include "PendingEmailChanges.h"

#include "ChangeJournal.h"

#include <algorithm>

PendingEmailChanges PendingEmailChanges::read(const ChangeJournal &journal, const QString &profile)
{
    PendingEmailChanges result;
    const QList<JournalChange> waiting = journal.awaitingConfirmation(profile);
    for (const JournalChange &change : waiting) {
        result.m_byUserId.insert(
            change.intent.userId.toLower(),
            { change.intent.oldEmail, change.intent.newEmail, change.intent.time });
    }
    return result;
}

void PendingEmailChanges::apply(User &user) const
{
    const auto it = m_byUserId.constFind(user.id.toLower());
    if (it == m_byUserId.constEnd())
        return;
    if (user.email.compare(it->oldEmail, Qt::CaseInsensitive) != 0)
        return; // confirmed, or changed some other way since
    if (!user.pendingEmail.isEmpty()
        && user.pendingEmail.compare(it->newEmail, Qt::CaseInsensitive) != 0)
        return; // the server knows better
    user.pendingEmail = it->newEmail;
    user.pendingSince = it->since;
}

QString PendingEmailChanges::ageText(const QDateTime &since, const QDateTime &now)
{
    const qint64 minutes = std::max<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 1)
        return tr("less than a minute");
    // Whole words rather than "%n minute(s)": English has no catalogue to pick the plural.
    if (minutes < 60)
        return minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return hours == 1 ? tr("1 hour") : tr("%1 hours").arg(hours);
    return tr("%1 days").arg(hours / 24);
}
