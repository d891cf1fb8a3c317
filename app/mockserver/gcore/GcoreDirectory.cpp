#include "GcoreDirectory.h"

#include "PersonGenerator.h"
#include "SplitMix64.h"

#include <QJsonDocument>
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
          PersonGenerator::generateRecords(seed ^ gcoreSalt, userCount,
                                           int(gcoreAccounts().size())),
          [](int index) { return QString::number(firstUserId + index); },
          // Ids are 100000 + index, so the directory needs no id table.
          [](const QString &id) { return std::optional<qint64>(id.toLongLong() - firstUserId); })
{
    for (const MockOrg &account : m_users.orgs())
        m_companies.insert(account.id, account.name);
}

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
    // One renderer for lists and single users, so the two can never disagree.
    JsonWriter out;
    writeUserJson(out, user);
    return QJsonDocument::fromJson(out.data()).object();
}

void GcoreDirectory::writeUserJson(JsonWriter &out, const MockUser &user) const
{
    const qint64 id = user.id.toLongLong();
    const qint64 clientId = user.orgId.toLongLong();
    const QString company = m_companies.value(user.orgId);
    const Group group = groupFor(user);
    out.beginObject();
    out.key("id").value(id);
    out.key("email").value(user.email);
    out.key("name").value(user.displayName());
    out.key("lang").value(gcoreLanguage(user.language));
    out.key("phone");
    if (user.phone.isEmpty())
        out.null();
    else
        out.value(user.phone);
    out.key("company").value(company);
    out.key("reseller").value(resellerId);
    out.key("client").value(clientId);
    out.key("deleted").value(false);
    out.key("groups").beginArray().beginObject();
    out.key("id").value(group.id).key("name").value(group.name);
    out.endObject().endArray();
    out.key("activated").value(user.emailVerified);
    // Inference: seeded users log in by password (JWT login works for all of them), so none
    // uses SSO or an authenticator app.
    out.key("sso_auth").value(false);
    out.key("two_fa").value(false);
    out.key("auth_types").beginArray().value("password").endArray();
    out.key("user_type").value("common");
    out.key("is_active").value(user.state == MockUserState::Active);
    out.key("client_and_roles").beginArray().beginObject();
    out.key("client_id").value(clientId);
    out.key("client_company_name").value(company);
    out.key("user_roles").beginArray().value(QString::number(group.id)).endArray();
    out.key("user_id").value(id);
    out.endObject().endArray();
    out.endObject();
}
