#include "GcoreDirectory.h"

#include "PersonGenerator.h"
#include "SplitMix64.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
constexpr quint64 gcoreSalt = 0x6C;

QList<MockOrg> gcoreAccounts()
{
    // Account ("client") ids are integers in IAM; the mock keeps them as decimal strings.
    return {
        { QStringLiteral("380012"), QStringLiteral("Northwind Media GmbH"),
          QStringLiteral("northwind-media.example") },
        { QStringLiteral("380027"), QStringLiteral("Blue Harbor Logistics"),
          QStringLiteral("blueharbor.example") },
        { QStringLiteral("380055"), QStringLiteral("Kestrel Analytics Ltd"),
          QStringLiteral("kestrel-analytics.example") },
        { QStringLiteral("380103"), QStringLiteral("Lumen Retail AG"),
          QStringLiteral("lumen-retail.example") },
    };
}

QString gcoreLanguage(const QString &language)
{
    static const QStringList supported = { QStringLiteral("de"), QStringLiteral("en"),
                                           QStringLiteral("ru"), QStringLiteral("zh"),
                                           QStringLiteral("az") };
    return supported.contains(language) ? language : QStringLiteral("en");
}
} // namespace

GcoreDirectory::GcoreDirectory(quint64 seed, int userCount)
    : m_seed(seed ^ gcoreSalt)
    , m_users(
          gcoreAccounts(),
          PersonGenerator::generate(seed ^ gcoreSalt, userCount, gcoreAccounts(),
                                    [](int index) { return QString::number(firstUserId + index); }))
{ }

std::optional<QString> GcoreDirectory::parseUserId(const QString &segment)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(segment).hasMatch())
        return std::nullopt;
    return QString::number(segment.toLongLong());
}

GcoreDirectory::Group GcoreDirectory::groupFor(const MockUser &user) const
{
    // The generator knows no roles, so each user's group is drawn from (seed, index): stable
    // for a seed and independent of how many users are generated.
    SplitMix64 random(m_seed * 31 + quint64(user.index) * 0x9E3779B97F4A7C15ULL);
    const int roll = random.below(100);
    if (roll < 12)
        return { 1, "Administrators" };
    if (roll < 27)
        return { 5, "Engineers" };
    if (roll < 30)
        return { 3009, "Purge and Prefetch only (API+Web)" };
    if (roll < 32)
        return { 3022, "Purge and Prefetch only (API)" };
    return { 2, "Users" };
}

QJsonObject GcoreDirectory::userJson(const MockUser &user) const
{
    const qint64 id = user.id.toLongLong();
    const qint64 clientId = user.orgId.toLongLong();
    const QString company = m_users.org(user.orgId).value_or(MockOrg {}).name;
    const Group group = groupFor(user);
    const QJsonObject clientAndRole {
        { QStringLiteral("client_id"), clientId },
        { QStringLiteral("client_company_name"), company },
        { QStringLiteral("user_roles"), QJsonArray { QString::number(group.id) } },
        { QStringLiteral("user_id"), id },
    };
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("email"), user.email },
        { QStringLiteral("name"), user.displayName() },
        { QStringLiteral("lang"), gcoreLanguage(user.language) },
        { QStringLiteral("phone"),
          user.phone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(user.phone) },
        { QStringLiteral("company"), company },
        { QStringLiteral("reseller"), resellerId },
        { QStringLiteral("client"), clientId },
        { QStringLiteral("deleted"), false },
        { QStringLiteral("groups"),
          QJsonArray { QJsonObject { { QStringLiteral("id"), group.id },
                                     { QStringLiteral("name"), QLatin1String(group.name) } } } },
        { QStringLiteral("activated"), user.emailVerified },
        // Inference: seeded users log in by password (JWT login works for all of them), so none
        // uses SSO or an authenticator app.
        { QStringLiteral("sso_auth"), false },
        { QStringLiteral("two_fa"), false },
        { QStringLiteral("auth_types"), QJsonArray { QStringLiteral("password") } },
        { QStringLiteral("user_type"), QStringLiteral("common") },
        { QStringLiteral("is_active"), user.state == MockUserState::Active },
        { QStringLiteral("client_and_roles"), QJsonArray { clientAndRole } },
    };
}
