#include "AcronisLoginIndex.h"

#include "PersonGenerator.h"
#include "UserDirectory.h"

namespace {
auto loginIs(const UserDirectory &users, const QString &key)
{
    return [&users, key](quint32 position) {
        return users.loginAtLocked(int(position)).toLower() == key;
    };
}
} // namespace

AcronisLoginIndex::AcronisLoginIndex(const UserDirectory &users)
    : m_users(users)
{
    m_table.reserve(users.size());
    users.forEachSeeded([this](int position, const PersonRecord &person) {
        m_table.insertUnique(UserDirectory::keyHash(PersonGenerator::login(person)),
                             quint32(position));
    });
}

std::optional<int> AcronisLoginIndex::owner(const QString &login) const
{
    const QString key = login.toLower();
    const std::optional<quint32> found =
        m_table.find(UserDirectory::keyHash(key), loginIs(m_users, key));
    return found ? std::optional<int>(int(*found)) : std::nullopt;
}

void AcronisLoginIndex::remove(const QString &login)
{
    const QString key = login.toLower();
    m_table.remove(UserDirectory::keyHash(key), loginIs(m_users, key));
}

void AcronisLoginIndex::add(const QString &login, int position)
{
    const QString key = login.toLower();
    m_table.assign(UserDirectory::keyHash(key), quint32(position), loginIs(m_users, key));
}
