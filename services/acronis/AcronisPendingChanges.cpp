#include "AcronisPendingChanges.h"

void AcronisPendingChanges::remember(const QString &userId, const QString &email,
                                     const QString &version)
{
    m_changes.insert(userId.toLower(), { email, version });
}

void AcronisPendingChanges::forget(const QString &userId)
{
    m_changes.remove(userId.toLower());
}

void AcronisPendingChanges::apply(AcronisUserSnapshot &record)
{
    const QString key = record.user.id.toLower();
    const auto it = m_changes.constFind(key);
    if (it == m_changes.constEnd())
        return;
    if (record.user.email.compare(it->email, Qt::CaseInsensitive) == 0
        || record.user.version != it->version) {
        // Confirmed, or the user changed since: what waits (if anything) is no longer known.
        m_changes.remove(key);
        return;
    }
    record.user.pendingEmail = it->email;
}

std::function<void(AcronisUserSnapshot)>
AcronisPendingChanges::appliedBefore(std::function<void(const AcronisUserSnapshot &)> onUser)
{
    return [this, onUser = std::move(onUser)](AcronisUserSnapshot record) {
        apply(record);
        onUser(record);
    };
}
