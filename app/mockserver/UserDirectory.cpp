#include "UserDirectory.h"

#include "PersonGenerator.h"

UserDirectory::UserDirectory(QList<MockOrg> orgs, QList<PersonRecord> people, IdFor idFor,
                             IndexOf indexOf)
    : m_orgs(std::move(orgs))
    , m_idFor(std::move(idFor))
    , m_indexOf(std::move(indexOf))
    , m_people(std::move(people))
{
    Q_ASSERT(m_people.size() < qsizetype(0xFFFFFFFFU));
    if (!m_indexOf)
        m_byId.reserve(m_people.size());
    m_byEmail.reserve(m_people.size());
    // Seeded ids and emails are unique (logins are), so no key needs comparing here.
    for (qsizetype i = 0; i < m_people.size(); ++i) {
        if (!m_indexOf)
            m_byId.insertUnique(keyHash(m_idFor(int(i))), quint32(i));
        m_byEmail.insertUnique(keyHash(PersonGenerator::email(m_people.at(i), m_orgs)), quint32(i));
    }
}

quint32 UserDirectory::keyHash(const QString &key)
{
    const size_t hash = qHash(key, size_t(0));
    return quint32(hash ^ (quint64(hash) >> 32));
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
    return int(m_people.size());
}

const MockUser *UserDirectory::changedLocked(int position) const
{
    if (m_overrides.isEmpty())
        return nullptr;
    const auto changed = m_overrides.constFind(position);
    return changed == m_overrides.cend() ? nullptr : &*changed;
}

MockUser UserDirectory::atLocked(int position) const
{
    if (const MockUser *changed = changedLocked(position))
        return *changed;
    return PersonGenerator::materialise(m_people.at(position), position, m_orgs, m_idFor(position));
}

QString UserDirectory::emailAtLocked(int position) const
{
    const MockUser *changed = changedLocked(position);
    return changed ? changed->email : PersonGenerator::email(m_people.at(position), m_orgs);
}

QString UserDirectory::loginAtLocked(int position) const
{
    const MockUser *changed = changedLocked(position);
    return changed ? changed->login : PersonGenerator::login(m_people.at(position));
}

MockUser UserDirectory::at(int position) const
{
    QReadLocker locker(&m_lock);
    return atLocked(position);
}

std::optional<int> UserDirectory::positionLocked(const QString &id) const
{
    if (m_indexOf) {
        const std::optional<qint64> index = m_indexOf(id);
        if (index && *index >= 0 && *index < m_people.size() && m_idFor(int(*index)) == id)
            return int(*index);
        return std::nullopt;
    }
    const std::optional<quint32> found = m_byId.find(
        keyHash(id), [this, &id](quint32 position) { return m_idFor(int(position)) == id; });
    return found ? std::optional<int>(int(*found)) : std::nullopt;
}

std::optional<int> UserDirectory::position(const QString &id) const
{
    QReadLocker locker(&m_lock);
    return positionLocked(id);
}

std::optional<MockUser> UserDirectory::find(const QString &id) const
{
    QReadLocker locker(&m_lock);
    const std::optional<int> found = positionLocked(id);
    if (!found)
        return std::nullopt;
    return atLocked(*found);
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
            *total = m_people.size();
        const qsizetype end = std::min(m_people.size(), offset + limit);
        result.reserve(std::max<qsizetype>(0, end - offset));
        for (qsizetype i = offset; i < end; ++i)
            result.append(atLocked(int(i)));
        return result;
    }
    qsizetype accepted = 0;
    for (int i = 0; i < int(m_people.size()); ++i) {
        MockUser user = atLocked(i);
        if (!filter(user))
            continue;
        if (accepted >= offset && accepted - offset < limit)
            result.append(std::move(user));
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
    for (int i = 0; i < int(m_people.size()); ++i) {
        if (!filter)
            result.append(m_idFor(i));
        else if (MockUser user = atLocked(i); filter(user))
            result.append(user.id);
    }
    return result;
}

QString UserDirectory::emailOwnerLocked(const QString &email) const
{
    const QString key = email.toLower();
    const std::optional<quint32> found =
        m_byEmail.find(keyHash(key), [this, &key](quint32 position) {
            return emailAtLocked(int(position)).toLower() == key;
        });
    return found ? m_idFor(int(*found)) : QString();
}

QString UserDirectory::emailOwner(const QString &email) const
{
    QReadLocker locker(&m_lock);
    return emailOwnerLocked(email);
}

void UserDirectory::storeLocked(int position, const MockUser &before, MockUser after)
{
    Q_ASSERT(after.id == before.id && after.index == before.index);
    if (before == after)
        return;
    const auto emailIs = [this](const QString &key) {
        return [this, key](quint32 candidate) {
            return emailAtLocked(int(candidate)).toLower() == key;
        };
    };
    const bool emailChanged = after.email != before.email;
    // The table's keys are the emails positions have now, so the old one goes before the
    // change is stored and the new one comes after it.
    if (emailChanged) {
        const QString oldKey = before.email.toLower();
        m_byEmail.remove(keyHash(oldKey), emailIs(oldKey), quint32(position));
    }
    const QString newKey = after.email.toLower();
    m_overrides[position] = std::move(after);
    if (emailChanged)
        m_byEmail.assign(keyHash(newKey), quint32(position), emailIs(newKey));
}
