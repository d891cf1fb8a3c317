#include "UserDirectory.h"

#include <QReadLocker>

UserDirectory::UserDirectory(QList<MockOrg> orgs, QList<MockUser> users)
    : m_orgs(std::move(orgs))
    , m_users(std::move(users))
{
    m_byId.reserve(m_users.size());
    m_emailOwner.reserve(m_users.size());
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        m_byId.insert(m_users.at(i).id, i);
        m_emailOwner.insert(m_users.at(i).email.toLower(), i);
    }
}

std::optional<MockOrg> UserDirectory::org(const QString &id) const
{
    for (const MockOrg &org : m_orgs) {
        if (org.id == id)
            return org;
    }
    return std::nullopt;
}

int UserDirectory::size() const
{
    QReadLocker locker(&m_lock);
    return int(m_users.size());
}

std::optional<MockUser> UserDirectory::find(const QString &id) const
{
    QReadLocker locker(&m_lock);
    const auto found = m_byId.constFind(id);
    if (found == m_byId.cend())
        return std::nullopt;
    return m_users.at(*found);
}

QList<MockUser> UserDirectory::page(qsizetype offset, qsizetype limit, const Predicate &filter,
                                    qsizetype *total) const
{
    QReadLocker locker(&m_lock);
    QList<MockUser> result;
    offset = std::max<qsizetype>(0, offset);
    limit = std::max<qsizetype>(0, limit);
    if (!filter) {
        if (total)
            *total = m_users.size();
        const qsizetype end = std::min(m_users.size(), offset + limit);
        result.reserve(std::max<qsizetype>(0, end - offset));
        for (qsizetype i = offset; i < end; ++i)
            result.append(m_users.at(i));
        return result;
    }
    qsizetype accepted = 0;
    for (const MockUser &user : m_users) {
        if (!filter(user))
            continue;
        if (accepted >= offset && accepted - offset < limit)
            result.append(user);
        ++accepted;
    }
    if (total)
        *total = accepted;
    return result;
}

QList<QString> UserDirectory::ids(const Predicate &filter) const
{
    QReadLocker locker(&m_lock);
    QList<QString> result;
    for (const MockUser &user : m_users) {
        if (!filter || filter(user))
            result.append(user.id);
    }
    return result;
}

QString UserDirectory::emailOwnerLocked(const QString &email) const
{
    const auto found = m_emailOwner.constFind(email.toLower());
    return found == m_emailOwner.cend() ? QString() : m_users.at(*found).id;
}

QString UserDirectory::emailOwner(const QString &email) const
{
    QReadLocker locker(&m_lock);
    return emailOwnerLocked(email);
}

void UserDirectory::reindexEmail(const QString &before, qsizetype position)
{
    const QString oldKey = before.toLower();
    const auto owner = m_emailOwner.constFind(oldKey);
    if (owner != m_emailOwner.cend() && *owner == position)
        m_emailOwner.remove(oldKey);
    m_emailOwner.insert(m_users.at(position).email.toLower(), position);
}
