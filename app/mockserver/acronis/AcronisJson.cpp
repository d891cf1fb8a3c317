#include "AcronisJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

/// Contact fields of the spec that the seed has no data for: null until set by PUT.
constexpr const char *blankContactKeys[] = { "address1", "address2",          "country", "state",
                                             "city",     "zipcode",           "title",   "website",
                                             "industry", "organization_size", "aan" };

const QStringList &blankContactFields()
{
    static const QStringList keys = [] {
        QStringList names;
        for (const char *key : blankContactKeys)
            names.append(QLatin1String(key));
        return names;
    }();
    return keys;
}

const QStringList &stampsFields()
{
    static const QStringList keys = { QStringLiteral("id"),
                                      QStringLiteral("version"),
                                      QStringLiteral("tenant_id"),
                                      QStringLiteral("created_at"),
                                      QStringLiteral("updated_at"),
                                      QStringLiteral("deleted_at"),
                                      QStringLiteral("access_policies"),
                                      QStringLiteral("origin_id"),
                                      QStringLiteral("origin_external_id"),
                                      QStringLiteral("disable_after") };
    return keys;
}

const QStringList &basicFields()
{
    static const QStringList keys = stampsFields()
        + QStringList { QStringLiteral("personal_tenant_id"), QStringLiteral("login"),
                        QStringLiteral("enabled") };
    return keys;
}
} // namespace

bool AcronisJson::activated(const MockUser &user)
{
    return user.state != MockUserState::Initial;
}

bool AcronisJson::enabled(const AcronisUserRecord &record)
{
    const QJsonValue stored = record.userFields.value(QStringLiteral("enabled"));
    if (stored.isBool())
        return stored.toBool();
    return record.user.state != MockUserState::Inactive
        && record.user.state != MockUserState::Locked;
}

QJsonValue AcronisJson::defaultUserField(const QString &key)
{
    if (key == QLatin1String("notifications"))
        return QJsonArray { QStringLiteral("quota"), QStringLiteral("reports"),
                            QStringLiteral("backup_daily_report") };
    if (key == QLatin1String("idp_id"))
        return builtinIdpId();
    return QJsonValue(QJsonValue::Null);
}

QJsonValue AcronisJson::defaultContactField(const QString &key)
{
    if (key == QLatin1String("types"))
        return QJsonArray { QStringLiteral("billing") };
    return QJsonValue(QJsonValue::Null);
}

QJsonObject AcronisJson::contact(const AcronisUserRecord &record)
{
    const MockUser &user = record.user;
    QJsonObject contact { { QStringLiteral("id"), record.contactId },
                          { QStringLiteral("created_at"), timestamp(user.createdAt) },
                          { QStringLiteral("updated_at"), timestamp(user.updatedAt) },
                          { QStringLiteral("types"), defaultContactField(QStringLiteral("types")) },
                          { QStringLiteral("email"), user.email },
                          { QStringLiteral("email_confirmed"), user.emailVerified },
                          { QStringLiteral("firstname"), nullable(user.givenName) },
                          { QStringLiteral("lastname"), nullable(user.familyName) },
                          { QStringLiteral("phone"), nullable(user.phone) } };
    for (const QString &key : blankContactFields())
        contact.insert(key, QJsonValue::Null);
    for (auto it = record.contactFields.constBegin(); it != record.contactFields.constEnd(); ++it)
        contact.insert(it.key(), it.value());
    return contact;
}

QJsonObject AcronisJson::user(const AcronisUserRecord &record, bool forBatch)
{
    const MockUser &user = record.user;
    QJsonObject object {
        { QStringLiteral("id"), user.id },
        { QStringLiteral("version"), user.version },
        { QStringLiteral("tenant_id"), user.orgId },
        { QStringLiteral("login"), user.login },
        { QStringLiteral("contact"), contact(record) },
        { QStringLiteral("activated"), activated(user) },
        { QStringLiteral("enabled"), enabled(record) },
        { QStringLiteral("created_at"), timestamp(user.createdAt) },
        { QStringLiteral("updated_at"), timestamp(user.updatedAt) },
        { QStringLiteral("deleted_at"), QJsonValue::Null },
        { QStringLiteral("language"), user.language },
        { QStringLiteral("business_types"), QJsonArray() },
        { QStringLiteral("notifications"), defaultUserField(QStringLiteral("notifications")) },
        { QStringLiteral("mfa_status"), QStringLiteral("disabled") },
        { QStringLiteral("idp_id"), builtinIdpId() },
        { QStringLiteral("personal_tenant_id"), QJsonValue::Null },
        { QStringLiteral("external_id"), QJsonValue::Null },
        { QStringLiteral("origin_id"), QJsonValue::Null },
        { QStringLiteral("origin_external_id"), QJsonValue::Null },
        { QStringLiteral("disable_after"), QJsonValue::Null },
    };
    for (auto it = record.userFields.constBegin(); it != record.userFields.constEnd(); ++it)
        object.insert(it.key(), it.value());
    // `enabled` is stored as an override but rendered through enabled() above.
    object.insert(QStringLiteral("enabled"), enabled(record));
    if (forBatch)
        object.insert(QStringLiteral("access_policies"), QJsonArray());
    return object;
}

bool AcronisJson::hasDefaultFields(const AcronisUserRecord &record)
{
    return record.userFields.isEmpty() && record.contactFields.isEmpty();
}

namespace {
void writeNullable(JsonWriter &out, const char *key, const QString &text)
{
    out.key(key);
    if (text.isEmpty())
        out.null();
    else
        out.value(text);
}
} // namespace

void AcronisJson::writeBatchUser(JsonWriter &out, const AcronisUserRecord &record)
{
    Q_ASSERT(hasDefaultFields(record));
    const MockUser &user = record.user;
    const QString created = timestamp(user.createdAt);
    const QString updated = timestamp(user.updatedAt);
    out.beginObject();
    out.key("access_policies").beginArray().endArray();
    out.key("activated").value(activated(user));
    out.key("business_types").beginArray().endArray();
    out.key("contact").beginObject();
    for (const char *key : blankContactKeys)
        out.key(key).null();
    out.key("created_at").value(created);
    out.key("email").value(user.email);
    out.key("email_confirmed").value(user.emailVerified);
    writeNullable(out, "firstname", user.givenName);
    out.key("id").value(record.contactId);
    writeNullable(out, "lastname", user.familyName);
    writeNullable(out, "phone", user.phone);
    out.key("types").beginArray().value("billing").endArray();
    out.key("updated_at").value(updated);
    out.endObject();
    out.key("created_at").value(created);
    out.key("deleted_at").null();
    out.key("disable_after").null();
    out.key("enabled").value(enabled(record));
    out.key("external_id").null();
    out.key("id").value(user.id);
    out.key("idp_id").value(builtinIdpId());
    out.key("language").value(user.language);
    out.key("login").value(user.login);
    out.key("mfa_status").value("disabled");
    out.key("notifications")
        .beginArray()
        .value("quota")
        .value("reports")
        .value("backup_daily_report");
    out.endArray();
    out.key("origin_external_id").null();
    out.key("origin_id").null();
    out.key("personal_tenant_id").null();
    out.key("tenant_id").value(user.orgId);
    out.key("updated_at").value(updated);
    out.key("version").value(user.version);
    out.endObject();
}

QJsonObject AcronisJson::withLod(const QJsonObject &full, Lod lod)
{
    if (lod == Lod::Full)
        return full;
    const QStringList &keys = lod == Lod::Stamps ? stampsFields() : basicFields();
    QJsonObject reduced;
    for (const QString &key : keys)
        reduced.insert(key, full.value(key));
    return reduced;
}

QString AcronisJson::timestamp(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000+00:00");
}

QString AcronisJson::plainTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

bool AcronisJson::isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

bool AcronisJson::isDate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2})?$)"));
    return text.size() >= 19 && text.size() <= 32 && pattern.match(text).hasMatch();
}

const QStringList &AcronisJson::contactTypes()
{
    static const QStringList types = { QStringLiteral("legal"), QStringLiteral("primary"),
                                       QStringLiteral("billing"), QStringLiteral("technical"),
                                       QStringLiteral("management") };
    return types;
}

const QStringList &AcronisJson::notificationKinds()
{
    static const QStringList kinds = {
        QStringLiteral("maintenance"),
        QStringLiteral("quota"),
        QStringLiteral("reports"),
        QStringLiteral("backup_error"),
        QStringLiteral("backup_warning"),
        QStringLiteral("backup_info"),
        QStringLiteral("backup_daily_report"),
        QStringLiteral("backup_critical"),
        QStringLiteral("device_control_warning"),
        QStringLiteral("certificate_management_error"),
        QStringLiteral("certificate_management_warning"),
        QStringLiteral("certificate_management_info"),
    };
    return kinds;
}

QJsonObject AcronisJson::tenant(const MockOrg &tenant)
{
    return QJsonObject {
        { QStringLiteral("id"), tenant.id },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("name"), tenant.name },
        { QStringLiteral("kind"), QStringLiteral("customer") },
        { QStringLiteral("parent_id"), QStringLiteral("0fcd4a69-8a40-4de8-b711-d9c83dc000f7") },
        { QStringLiteral("enabled"), true },
        { QStringLiteral("customer_type"), QStringLiteral("default") },
        { QStringLiteral("language"), QStringLiteral("en") },
        { QStringLiteral("has_children"), false },
        { QStringLiteral("ancestral_access"), true },
        { QStringLiteral("default_idp_id"), builtinIdpId() },
        { QStringLiteral("internal_tag"), QJsonValue::Null },
        { QStringLiteral("customer_id"), QJsonValue::Null },
        { QStringLiteral("brand_id"), QJsonValue::Null },
    };
}

QString AcronisJson::builtinIdpId()
{
    // The value the API reference shows for users of the built-in identity provider.
    return QStringLiteral("11111111-1111-1111-1111-111111111111");
}
