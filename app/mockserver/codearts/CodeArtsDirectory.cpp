#include "CodeArtsDirectory.h"

#include "PersonGenerator.h"
#include "SplitMix64.h"

#include <QCryptographicHash>

namespace {
constexpr quint64 salt = 0x4E;
constexpr int firstUserId = 21820;
constexpr int chinaStandardTimeOffset = 8 * 3600;

// Distinct key spaces for the derived identifiers.
constexpr quint64 userKey = 1ULL << 40;
constexpr quint64 domainKey = 2ULL << 40;

MockOrg codeArtsOrg(const MockServerConfig &config)
{
    return { config.credentials.huaweiDomain, config.credentials.huaweiDomain,
             QStringLiteral("devcloud.example.com") };
}

int userCount(const MockServerConfig &config)
{
    return std::min(config.usersFor(config.codeArtsUsers), MockServerConfig::maxCodeArtsUsers);
}
} // namespace

CodeArtsDirectory::CodeArtsDirectory(const MockServerConfig &config)
    : m_seed(config.seed ^ salt)
    , m_selfId(QString::number(firstUserId))
    , m_iamUserId(longUserId(0))
    , m_domainId(hexId(domainKey))
    , m_users(
          { codeArtsOrg(config) },
          PersonGenerator::generateRecords(config.seed ^ salt, userCount(config), 1),
          [](int index) { return QString::number(firstUserId + index); },
          [](const QString &id) { return std::optional<qint64>(id.toLongLong() - firstUserId); })
{
    // CodeArts users are IAM users, so the first one carries the demo IAM user's name. It is
    // the account that signs in, hence active (inference: a blocked user gets no token).
    m_users.modify(m_selfId, [&config](MockUser *user) {
        if (user) {
            user->login = config.credentials.huaweiUser;
            user->state = MockUserState::Active;
        }
        return true;
    });
}

QString CodeArtsDirectory::hexId(quint64 key) const
{
    SplitMix64 random(m_seed ^ key);
    return QStringLiteral("%1%2")
        .arg(random.next(), 16, 16, QLatin1Char('0'))
        .arg(random.next(), 16, 16, QLatin1Char('0'));
}

QString CodeArtsDirectory::longUserId(int index) const
{
    return hexId(userKey + quint64(index));
}

QString CodeArtsDirectory::projectId(const QString &projectName) const
{
    // Stable per seed and name, like a real project id for a region.
    const QByteArray key = QByteArray::number(m_seed) + ':' + projectName.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Md5);
    return QString::fromLatin1(digest.toHex());
}

QString CodeArtsDirectory::timestamp(const QDateTime &time)
{
    return time.toOffsetFromUtc(chinaStandardTimeOffset).toString(Qt::ISODateWithMs);
}

QJsonObject CodeArtsDirectory::userJson(const MockUser &user, bool withDefaultFlag) const
{
    const bool blocked =
        user.state == MockUserState::Locked || user.state == MockUserState::Inactive;
    QJsonObject object {
        { QStringLiteral("id"), firstUserId + user.index },
        { QStringLiteral("name"), user.login },
        { QStringLiteral("username"), longUserId(user.index) },
        { QStringLiteral("state"), blocked ? QStringLiteral("blocked") : QStringLiteral("active") },
        { QStringLiteral("created_at"), timestamp(user.createdAt) },
        { QStringLiteral("updated_at"), timestamp(user.updatedAt) },
        // The mock keeps no separate activity log: the last change is the last activity.
        { QStringLiteral("last_activity_on"),
          user.updatedAt.toOffsetFromUtc(chinaStandardTimeOffset).date().toString(Qt::ISODate) },
        { QStringLiteral("commit_email"), user.email },
    };
    if (withDefaultFlag)
        object.insert(QStringLiteral("is_default"), true);
    return object;
}
