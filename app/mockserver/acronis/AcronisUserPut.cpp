#include "AcronisUserPut.h"

#include "AcronisJson.h"
#include "EmailRules.h"
#include "JsonBody.h"

#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace {
const QStringList &userKeys()
{
    static const QStringList keys = {
        QStringLiteral("login"),         QStringLiteral("external_id"),
        QStringLiteral("idp_id"),        QStringLiteral("contact"),
        QStringLiteral("enabled"),       QStringLiteral("language"),
        QStringLiteral("notifications"), QStringLiteral("version"),
        QStringLiteral("disable_after")
    };
    return keys;
}

/// contactPut string fields stored verbatim (all nullable).
const QStringList &verbatimContactKeys()
{
    static const QStringList keys = {
        QStringLiteral("address1"), QStringLiteral("address2"),
        QStringLiteral("country"),  QStringLiteral("state"),
        QStringLiteral("city"),     QStringLiteral("zipcode"),
        QStringLiteral("title"),    QStringLiteral("website"),
        QStringLiteral("industry"), QStringLiteral("organization_size"),
        QStringLiteral("aan"),      QStringLiteral("language"),
        QStringLiteral("fax")
    };
    return keys;
}

QStringList contactKeys()
{
    return verbatimContactKeys()
        + QStringList { QStringLiteral("tenant_id"), QStringLiteral("user_id"),
                        QStringLiteral("types"),     QStringLiteral("email"),
                        QStringLiteral("phone"),     QStringLiteral("firstname"),
                        QStringLiteral("lastname"),  QStringLiteral("email_confirmed") };
}

/// A `nullable: true` string: null gives an empty string, other non-strings are problems.
std::optional<QString> nullableString(JsonBody &body, const QString &field)
{
    if (!body.has(field))
        return std::nullopt;
    const QJsonValue value = body.object().value(field);
    if (value.isNull())
        return QString();
    if (!value.isString()) {
        body.addProblem(field, QStringLiteral("Must be a string or null."));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QString> uuidField(JsonBody &body, const QString &field)
{
    std::optional<QString> value = body.optionalString(field);
    if (value && !AcronisJson::isUuid(*value)) {
        body.addProblem(field, QStringLiteral("Must be a UUID."));
        return std::nullopt;
    }
    return value;
}

/// An array of unique strings from `allowed`, with at least `minItems` entries.
std::optional<QJsonArray> enumArray(JsonBody &body, const QString &field,
                                    const QStringList &allowed, int minItems)
{
    if (!body.has(field))
        return std::nullopt;
    const QJsonValue value = body.object().value(field);
    if (!value.isArray()) {
        body.addProblem(field, QStringLiteral("Must be an array."));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.size() < minItems) {
        body.addProblem(field, QStringLiteral("Must have at least %1 item(s).").arg(minItems));
        return std::nullopt;
    }
    QSet<QString> seen;
    for (const QJsonValue item : array) {
        if (!item.isString() || !allowed.contains(item.toString())) {
            body.addProblem(field,
                            QStringLiteral("Items must be one of: %1.")
                                .arg(allowed.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (seen.contains(item.toString())) {
            body.addProblem(field, QStringLiteral("Items must be unique."));
            return std::nullopt;
        }
        seen.insert(item.toString());
    }
    return array;
}

void parseContact(JsonBody &contact, AcronisUserPut &put)
{
    contact.rejectUnknownFields(contactKeys());
    put.email = contact.optionalString(QStringLiteral("email"));
    if (put.email && !EmailRules::isValid(*put.email)) {
        contact.addProblem(QStringLiteral("email"),
                           QStringLiteral("\"%1\" is not a valid email address.").arg(*put.email));
        put.email.reset();
    }
    put.firstName = nullableString(contact, QStringLiteral("firstname"));
    put.lastName = nullableString(contact, QStringLiteral("lastname"));
    put.phone = nullableString(contact, QStringLiteral("phone"));
    if (contact.has(QStringLiteral("email_confirmed"))) {
        const QJsonValue value = contact.object().value(QStringLiteral("email_confirmed"));
        if (value.isNull() || value.isBool())
            put.emailConfirmed = value.toBool(false);
        else
            contact.addProblem(QStringLiteral("email_confirmed"),
                               QStringLiteral("Must be a boolean or null."));
    }
    put.contactTenantId = uuidField(contact, QStringLiteral("tenant_id"));
    put.contactUserId = uuidField(contact, QStringLiteral("user_id"));
    if (const auto types =
            enumArray(contact, QStringLiteral("types"), AcronisJson::contactTypes(), 1))
        put.contactFields.insert(QStringLiteral("types"), *types);
    for (const QString &key : verbatimContactKeys()) {
        if (const std::optional<QString> value = nullableString(contact, key))
            put.contactFields.insert(key, value->isEmpty() ? QJsonValue() : QJsonValue(*value));
    }
}
} // namespace

AcronisUserPut AcronisUserPut::parse(const QByteArray &body)
{
    AcronisUserPut put;
    JsonBody json = JsonBody::parse(body);
    if (!json.isObject()) {
        put.m_problem = json.parseError();
        return put;
    }
    json.rejectUnknownFields(userKeys());
    if (const std::optional<qint64> version = json.requiredInteger(QStringLiteral("version")))
        put.version = *version;

    put.login = json.optionalString(QStringLiteral("login"));
    if (put.login && (put.login->isEmpty() || put.login->contains(QLatin1Char(' ')))) {
        json.addProblem(QStringLiteral("login"),
                        QStringLiteral("Must be a non-empty login "
                                       "without spaces."));
        put.login.reset();
    }
    put.language = json.optionalString(QStringLiteral("language"));
    put.enabled = json.optionalBool(QStringLiteral("enabled"));
    if (const auto externalId = json.optionalString(QStringLiteral("external_id")))
        put.userFields.insert(QStringLiteral("external_id"), *externalId);
    if (const auto idpId = uuidField(json, QStringLiteral("idp_id")))
        put.userFields.insert(QStringLiteral("idp_id"), *idpId);
    if (json.has(QStringLiteral("disable_after"))) {
        // Inference: null clears the date (the spec types it as a plain item1 string).
        const QJsonValue value = json.object().value(QStringLiteral("disable_after"));
        if (value.isNull() || (value.isString() && AcronisJson::isDate(value.toString())))
            put.userFields.insert(QStringLiteral("disable_after"), value);
        else
            json.addProblem(QStringLiteral("disable_after"),
                            QStringLiteral("Must be an RFC 3339 date such as "
                                           "\"2017-06-22T18:25:16\"."));
    }
    if (const auto notifications =
            enumArray(json, QStringLiteral("notifications"), AcronisJson::notificationKinds(), 0))
        put.userFields.insert(QStringLiteral("notifications"), *notifications);

    if (std::optional<JsonBody> contact = json.optionalObject(QStringLiteral("contact"))) {
        parseContact(*contact, put);
        json.absorb(*contact);
    }
    if (json.hasProblems())
        put.m_problem = QStringLiteral("Invalid userPut body: %1").arg(json.problemSummary());
    return put;
}
