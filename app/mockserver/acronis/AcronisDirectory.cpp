#include "AcronisDirectory.h"

#include "AcronisJson.h"
#include "PersonGenerator.h"

#include <QJsonArray>
#include <QMutexLocker>

#include <algorithm>

namespace {
/// Seed salt of the Acronis directory, so its people differ from the other backends'.
constexpr quint64 SeedSalt = 0xAC;
/// The first 1,000 users are spread over all tenants; the rest join the first tenant, the one
/// the demo profile lists, so --acronis-users N lists about N users there.
constexpr int SpreadUsers = 1000;

QUuid nameBasedUuid(const QString &name)
{
    return QUuid::createUuidV5(AcronisDirectory::idNamespace(), name);
}

QString idText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString uuidFor(const QString &name)
{
    return idText(nameBasedUuid(name));
}

QList<MockOrg> makeTenants()
{
    const QList<QPair<QString, QString>> names = {
        { QStringLiteral("Northwind Backup"), QStringLiteral("northwind.example") },
        { QStringLiteral("Contoso Cloud Services"), QStringLiteral("contoso.example") },
        { QStringLiteral("Fabrikam Storage"), QStringLiteral("fabrikam.example") },
        { QStringLiteral("Tailspin Partners"), QStringLiteral("tailspin.example") },
    };
    QList<MockOrg> tenants;
    for (qsizetype i = 0; i < names.size(); ++i)
        tenants.append(
            { uuidFor(QStringLiteral("tenant/%1").arg(i)), names.at(i).first, names.at(i).second });
    return tenants;
}

QList<QUuid> makeIds(int count)
{
    // Name-based (SHA-1) UUIDs cost a hash each: computed once, 16 bytes a user, so that
    // listing a million ids does not hash a million times per request.
    QList<QUuid> ids;
    ids.reserve(count);
    for (int index = 0; index < count; ++index)
        ids.append(nameBasedUuid(QStringLiteral("user/%1").arg(index)));
    return ids;
}

QString nameKey(const MockUser &user)
{
    const QString name = QString(user.givenName + QLatin1Char(' ') + user.familyName).trimmed();
    return name.isEmpty() ? user.login : name;
}

QString statusKey(const AcronisUserRecord &record)
{
    // Inference: "status" orders active accounts first, then not activated, then disabled.
    if (!AcronisJson::enabled(record))
        return QStringLiteral("2");
    return AcronisJson::activated(record.user) ? QStringLiteral("0") : QStringLiteral("1");
}
} // namespace

QUuid AcronisDirectory::idNamespace()
{
    return QUuid(QStringLiteral("a5c7e0f2-2d1b-4b8e-9c3a-0acd0a11e5a2"));
}

AcronisDirectory::AcronisDirectory(quint64 seed, int users)
    : m_ids(makeIds(users))
    , m_users(makeTenants(),
              PersonGenerator::generateRecords(seed ^ SeedSalt, users, int(makeTenants().size()),
                                               SpreadUsers),
              [this](int index) { return idText(m_ids.at(index)); })
    , m_loginOwner(m_users)
{
    // Nothing was changed yet, so the seeded records are the users; tenants never change.
    m_users.forEachSeeded([this](int position, const PersonRecord &person) {
        m_tenantUsers[m_users.orgs().at(person.org).id].append(position);
    });
}

QStringList AcronisDirectory::idsOf(const QList<int> &positions) const
{
    QStringList ids;
    ids.reserve(positions.size());
    for (const int position : positions)
        ids.append(idText(m_ids.at(position)));
    return ids;
}

std::optional<MockOrg> AcronisDirectory::tenant(const QString &tenantId) const
{
    return m_users.org(tenantId);
}

bool AcronisDirectory::hasTenant(const QString &tenantId) const
{
    return m_users.org(tenantId).has_value();
}

std::optional<AcronisDirectory::Order> AcronisDirectory::parseOrder(const QString &text)
{
    Order order;
    QString key = text;
    if (key.startsWith(QLatin1Char('-'))) {
        order.descending = true;
        key.remove(0, 1);
    }
    if (key.isEmpty() && text.isEmpty())
        return order; // the documented default: by name
    if (key == QLatin1String("as_is"))
        order.key = Order::Key::AsIs;
    else if (key == QLatin1String("login"))
        order.key = Order::Key::Login;
    else if (key == QLatin1String("name"))
        order.key = Order::Key::Name;
    else if (key == QLatin1String("status"))
        order.key = Order::Key::Status;
    else if (key == QLatin1String("contact_types"))
        order.key = Order::Key::ContactTypes;
    else if (key == QLatin1String("roles") || key == QLatin1String("level")
             || key == QLatin1String("mfa_status")
             || (key.startsWith(QLatin1String("usage.")) && key.size() > 6))
        // Every mock user has the same roles, level, MFA status and usage: all keys tie.
        order.key = Order::Key::Uniform;
    else
        return std::nullopt;
    return order;
}

QStringList AcronisDirectory::tenantUserIds(const QString &tenantId, const Order &order) const
{
    QMutexLocker locker(&m_mutex);
    QList<int> positions = m_tenantUsers.value(tenantId);
    if (order.key == Order::Key::Uniform)
        return idsOf(positions);
    if (order.key == Order::Key::AsIs) {
        if (order.descending)
            std::reverse(positions.begin(), positions.end());
        return idsOf(positions);
    }
    struct Entry
    {
        QString key;
        int position;
    };
    QList<Entry> entries;
    entries.reserve(positions.size());
    for (const int position : std::as_const(positions)) {
        const MockUser user = m_users.at(position);
        QString key;
        switch (order.key) {
        case Order::Key::Login:
            key = user.login;
            break;
        case Order::Key::Name:
            key = nameKey(user);
            break;
        case Order::Key::Status:
            key = statusKey(recordLocked(user));
            break;
        case Order::Key::ContactTypes: {
            const QJsonValue types = m_contactFields.value(user.id).value(QStringLiteral("types"));
            const QJsonArray array = types.isArray()
                ? types.toArray()
                : AcronisJson::defaultContactField(QStringLiteral("types")).toArray();
            for (const QJsonValue type : array)
                key += type.toString() + QLatin1Char(',');
            break;
        }
        case Order::Key::AsIs:
        case Order::Key::Uniform:
            break;
        }
        entries.append({ key, position });
    }
    std::stable_sort(entries.begin(), entries.end(), [&order](const Entry &a, const Entry &b) {
        const int compared = a.key.compare(b.key, Qt::CaseInsensitive);
        return order.descending ? compared > 0 : compared < 0;
    });
    positions.clear();
    for (const Entry &entry : std::as_const(entries))
        positions.append(entry.position);
    return idsOf(positions);
}

std::optional<AcronisUserRecord> AcronisDirectory::find(const QString &id) const
{
    QMutexLocker locker(&m_mutex);
    const std::optional<MockUser> user = m_users.find(id);
    if (!user)
        return std::nullopt;
    return recordLocked(*user);
}

AcronisUserRecord AcronisDirectory::recordLocked(const MockUser &user) const
{
    return { user, uuidFor(QStringLiteral("contact/%1").arg(user.index)),
             m_userFields.value(user.id), m_contactFields.value(user.id) };
}

bool AcronisDirectory::applyFieldsLocked(MockUser &user, const AcronisUserPut &put)
{
    bool changed = false;
    const auto assign = [&changed](QString &target, const std::optional<QString> &value) {
        if (value && *value != target) {
            target = *value;
            changed = true;
        }
    };
    if (put.login && *put.login != user.login) {
        // The table's keys are the logins positions have now: the old one goes while it is
        // still stored, the new one is added by update() once modify() has stored it.
        m_loginOwner.remove(user.login);
        user.login = *put.login;
        changed = true;
    }
    assign(user.givenName, put.firstName);
    assign(user.familyName, put.lastName);
    assign(user.phone, put.phone);
    assign(user.language, put.language);
    if (put.emailConfirmed && *put.emailConfirmed != user.emailVerified) {
        user.emailVerified = *put.emailConfirmed;
        changed = true;
    }

    QJsonObject &userFields = m_userFields[user.id];
    if (put.enabled && *put.enabled != AcronisJson::enabled(recordLocked(user))) {
        userFields.insert(QStringLiteral("enabled"), *put.enabled);
        changed = true;
    }
    for (auto it = put.userFields.constBegin(); it != put.userFields.constEnd(); ++it) {
        const QJsonValue current = userFields.contains(it.key())
            ? userFields.value(it.key())
            : AcronisJson::defaultUserField(it.key());
        if (current != it.value()) {
            userFields.insert(it.key(), it.value());
            changed = true;
        }
    }
    QJsonObject &contactFields = m_contactFields[user.id];
    for (auto it = put.contactFields.constBegin(); it != put.contactFields.constEnd(); ++it) {
        const QJsonValue current = contactFields.contains(it.key())
            ? contactFields.value(it.key())
            : AcronisJson::defaultContactField(it.key());
        if (current != it.value()) {
            contactFields.insert(it.key(), it.value());
            changed = true;
        }
    }
    if (userFields.isEmpty())
        m_userFields.remove(user.id);
    if (contactFields.isEmpty())
        m_contactFields.remove(user.id);
    return changed;
}

AcronisDirectory::Update AcronisDirectory::update(const QString &id, const AcronisUserPut &put)
{
    QMutexLocker locker(&m_mutex);
    Update result;
    int position = -1;
    QString loginBefore;
    const bool applied = m_users.modify(id, [&](MockUser *user) {
        if (user) {
            position = user->index;
            loginBefore = user->login;
        }
        if (!user) {
            result.outcome = Update::Outcome::NotFound;
            return false;
        }
        result.currentVersion = user->version;
        if (put.version != user->version) {
            result.outcome = Update::Outcome::VersionMismatch;
            return false;
        }
        if ((put.contactTenantId && put.contactTenantId->toLower() != user->orgId)
            || (put.contactUserId && put.contactUserId->toLower() != user->id)) {
            result.outcome = Update::Outcome::WrongContact;
            return false;
        }
        if (put.login) {
            const std::optional<int> owner = m_loginOwner.owner(*put.login);
            if (owner && *owner != user->index) {
                result.outcome = Update::Outcome::LoginTaken;
                return false;
            }
        }
        const bool emailChange = put.email && *put.email != user->email;
        if (emailChange) {
            const QString owner = m_users.emailOwnerLocked(*put.email);
            if (!owner.isEmpty() && owner != user->id) {
                result.outcome = Update::Outcome::EmailTaken;
                return false;
            }
        }

        bool changed = applyFieldsLocked(*user, put);
        if (emailChange && !AcronisJson::activated(*user)) {
            // Not activated: the address changes at once (SEED-4). Inference: the new address
            // is unconfirmed unless the same request says otherwise.
            user->email = *put.email;
            user->emailVerified = put.emailConfirmed.value_or(false);
            user->pendingEmail.clear();
            m_links.revoke(AcronisLinkRegistry::Kind::EmailChange, user->id);
            changed = true;
        } else if (emailChange) {
            // Activated: nothing changes until the link sent to the old address is opened;
            // a newer request replaces the pending one.
            user->pendingEmail = *put.email;
            result.oldEmail = user->email;
            result.confirmationToken =
                m_links.issue(AcronisLinkRegistry::Kind::EmailChange, user->id);
        }
        if (changed) {
            // Inference: changes other than a pending email are applied and versioned at once.
            ++user->version;
            user->updatedAt = QDateTime::currentDateTimeUtc();
        }
        result.outcome = Update::Outcome::Updated;
        result.currentVersion = user->version;
        result.record = recordLocked(*user);
        return true;
    });
    if (applied && result.record.user.login != loginBefore)
        m_loginOwner.add(result.record.user.login, position);
    return result;
}

AcronisDirectory::LinkResult AcronisDirectory::confirmEmail(const QString &token)
{
    QMutexLocker locker(&m_mutex);
    LinkResult result;
    const std::optional<QString> userId =
        m_links.take(AcronisLinkRegistry::Kind::EmailChange, token);
    if (!userId)
        return result;
    m_users.modify(*userId, [&](MockUser *user) {
        if (!user || user->pendingEmail.isEmpty())
            return false;
        const QString owner = m_users.emailOwnerLocked(user->pendingEmail);
        if (!owner.isEmpty() && owner != user->id) {
            // Someone took the address while the link waited: the change is dropped.
            user->pendingEmail.clear();
            result.outcome = LinkResult::Outcome::EmailTaken;
            return false;
        }
        user->email = user->pendingEmail;
        user->pendingEmail.clear();
        // Inference: the link proves consent at the old address, not ownership of the new one.
        user->emailVerified = false;
        ++user->version;
        user->updatedAt = QDateTime::currentDateTimeUtc();
        result.outcome = LinkResult::Outcome::Applied;
        result.record = recordLocked(*user);
        return true;
    });
    return result;
}

AcronisDirectory::ActivationOutcome
AcronisDirectory::issueActivation(const QString &id, QString *token, QString *email)
{
    QMutexLocker locker(&m_mutex);
    const std::optional<MockUser> user = m_users.find(id);
    if (!user)
        return ActivationOutcome::NotFound;
    if (AcronisJson::activated(*user))
        return ActivationOutcome::AlreadyActivated;
    *token = m_links.issue(AcronisLinkRegistry::Kind::Activation, id);
    *email = user->email;
    return ActivationOutcome::Issued;
}

AcronisDirectory::LinkResult AcronisDirectory::activate(const QString &token)
{
    QMutexLocker locker(&m_mutex);
    LinkResult result;
    const std::optional<QString> userId =
        m_links.take(AcronisLinkRegistry::Kind::Activation, token);
    if (!userId)
        return result;
    m_users.modify(*userId, [&](MockUser *user) {
        if (!user)
            return false;
        if (AcronisJson::activated(*user)) {
            result.outcome = LinkResult::Outcome::AlreadyActivated;
            return false;
        }
        // Inference: opening the link activates the account (the user sets a password there).
        user->state = MockUserState::Active;
        ++user->version;
        user->updatedAt = QDateTime::currentDateTimeUtc();
        result.outcome = LinkResult::Outcome::Applied;
        result.record = recordLocked(*user);
        return true;
    });
    return result;
}
