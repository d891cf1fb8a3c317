#include "ZitadelJson.h"

#include "MockRequest.h"
#include "ZitadelErrorShape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Array:
        return QStringLiteral("[...]");
    case QJsonValue::Object:
        return QStringLiteral("{...}");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

QString invalidValue(const char *kind, const char *camelName, const QJsonValue &value)
{
    return QStringLiteral("proto: invalid value for %1 field %2: %3")
        .arg(QLatin1String(kind), QLatin1String(camelName), typeName(value));
}
} // namespace

bool ZitadelJson::parseBody(const MockRequest &request, QJsonObject *body, MockResponse *error)
{
    if (request.body().trimmed().isEmpty()) {
        *body = {};
        return true;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ZitadelErrorShape::plainError(ZitadelErrorShape::InvalidArgument,
                                               QStringLiteral("proto: syntax error (offset %1): %2")
                                                   .arg(parseError.offset)
                                                   .arg(parseError.errorString()));
        return false;
    }
    if (!document.isObject()) {
        *error = ZitadelErrorShape::plainError(
            ZitadelErrorShape::InvalidArgument,
            QStringLiteral("proto: syntax error: the request body must be a JSON object"));
        return false;
    }
    *body = document.object();
    return true;
}

QString ZitadelJson::snakeCase(const char *camelName)
{
    QString snake;
    for (const char *c = camelName; *c; ++c) {
        if (*c >= 'A' && *c <= 'Z') {
            snake.append(QLatin1Char('_'));
            snake.append(QLatin1Char(char(*c - 'A' + 'a')));
        } else {
            snake.append(QLatin1Char(*c));
        }
    }
    return snake;
}

QJsonValue ZitadelJson::field(const QJsonObject &object, const char *camelName)
{
    const auto camel = object.constFind(QLatin1String(camelName));
    if (camel != object.constEnd())
        return *camel;
    return object.value(snakeCase(camelName));
}

bool ZitadelJson::readString(const QJsonObject &object, const char *camelName, QString *out,
                             QString *problem)
{
    const QJsonValue value = field(object, camelName);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString()) {
        *problem = invalidValue("string", camelName, value);
        return false;
    }
    *out = value.toString();
    return true;
}

bool ZitadelJson::readBool(const QJsonObject &object, const char *camelName, bool *out,
                           QString *problem)
{
    const QJsonValue value = field(object, camelName);
    if (value.isUndefined() || value.isNull()) {
        *out = false;
        return true;
    }
    if (!value.isBool()) {
        *problem = invalidValue("bool", camelName, value);
        return false;
    }
    *out = value.toBool();
    return true;
}

bool ZitadelJson::readUnsigned(const QJsonObject &object, const char *camelName, quint64 max,
                               quint64 *out, QString *problem)
{
    const QJsonValue value = field(object, camelName);
    *out = 0;
    if (value.isUndefined() || value.isNull())
        return true;
    bool ok = false;
    quint64 number = 0;
    if (value.isString()) {
        number = value.toString().toULongLong(&ok);
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        ok = d >= 0 && d <= 9007199254740992.0 && d == double(quint64(d));
        number = ok ? quint64(d) : 0;
    }
    if (!ok || number > max) {
        *problem = invalidValue(max > 0xFFFFFFFFULL ? "uint64" : "uint32", camelName, value);
        return false;
    }
    *out = number;
    return true;
}

QString ZitadelJson::timestamp(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QString ZitadelJson::stateName(MockUserState state)
{
    switch (state) {
    case MockUserState::Active:
        return QStringLiteral("USER_STATE_ACTIVE");
    case MockUserState::Inactive:
        return QStringLiteral("USER_STATE_INACTIVE");
    case MockUserState::Locked:
        return QStringLiteral("USER_STATE_LOCKED");
    case MockUserState::Initial:
        return QStringLiteral("USER_STATE_INITIAL");
    }
    return QStringLiteral("USER_STATE_UNSPECIFIED");
}

QString ZitadelJson::loginName(const MockUser &user, const MockOrg &org)
{
    return user.login + QLatin1Char('@') + org.domain;
}

QJsonObject ZitadelJson::readDetails(const MockUser &user)
{
    QJsonObject details = changeDetails(user);
    details.insert(QStringLiteral("creationDate"), timestamp(user.createdAt));
    return details;
}

QJsonObject ZitadelJson::changeDetails(const MockUser &user)
{
    QJsonObject details { { QStringLiteral("changeDate"), timestamp(user.updatedAt) },
                          { QStringLiteral("resourceOwner"), user.orgId } };
    if (user.version != 0)
        details.insert(QStringLiteral("sequence"), QString::number(user.version));
    return details;
}

QJsonObject ZitadelJson::email(const MockUser &user)
{
    QJsonObject email;
    if (!user.email.isEmpty())
        email.insert(QStringLiteral("email"), user.email);
    if (user.emailVerified)
        email.insert(QStringLiteral("isEmailVerified"), true);
    return email;
}

QJsonObject ZitadelJson::user(const MockUser &user, const MockOrg &org)
{
    QJsonObject profile { { QStringLiteral("firstName"), user.givenName },
                          { QStringLiteral("lastName"), user.familyName },
                          { QStringLiteral("displayName"), user.displayName() } };
    if (!user.language.isEmpty())
        profile.insert(QStringLiteral("preferredLanguage"), user.language);
    // Upstream always sets the Phone message, so a user without a number renders "phone": {}.
    QJsonObject phone;
    if (!user.phone.isEmpty())
        phone.insert(QStringLiteral("phone"), user.phone);
    const QJsonObject human { { QStringLiteral("profile"), profile },
                              { QStringLiteral("email"), email(user) },
                              { QStringLiteral("phone"), phone } };
    const QString login = loginName(user, org);
    return QJsonObject {
        { QStringLiteral("id"), user.id },
        { QStringLiteral("details"), readDetails(user) },
        { QStringLiteral("state"), stateName(user.state) },
        { QStringLiteral("userName"), user.login },
        { QStringLiteral("loginNames"), QJsonArray { login } },
        { QStringLiteral("preferredLoginName"), login },
        { QStringLiteral("human"), human },
    };
}

void ZitadelJson::writeUser(JsonWriter &out, const MockUser &user, const MockOrg &org)
{
    const QString login = loginName(user, org);
    out.beginObject();
    out.key("id").value(user.id);
    out.key("details").beginObject();
    out.key("changeDate").value(timestamp(user.updatedAt));
    out.key("resourceOwner").value(user.orgId);
    if (user.version != 0)
        out.key("sequence").value(QString::number(user.version));
    out.key("creationDate").value(timestamp(user.createdAt));
    out.endObject();
    out.key("state").value(stateName(user.state));
    out.key("userName").value(user.login);
    out.key("loginNames").beginArray().value(login).endArray();
    out.key("preferredLoginName").value(login);
    out.key("human").beginObject();
    out.key("profile").beginObject();
    out.key("firstName").value(user.givenName);
    out.key("lastName").value(user.familyName);
    out.key("displayName").value(user.displayName());
    if (!user.language.isEmpty())
        out.key("preferredLanguage").value(user.language);
    out.endObject();
    out.key("email").beginObject();
    if (!user.email.isEmpty())
        out.key("email").value(user.email);
    if (user.emailVerified)
        out.key("isEmailVerified").value(true);
    out.endObject();
    out.key("phone").beginObject();
    if (!user.phone.isEmpty())
        out.key("phone").value(user.phone);
    out.endObject();
    out.endObject(); // human
    out.endObject();
}

MockResponse ZitadelJson::detailsResponse(const MockUser &user)
{
    return MockResponse::json(200,
                              QJsonObject { { QStringLiteral("details"), changeDetails(user) } });
}

QJsonObject ZitadelJson::userV2(const MockUser &user, const MockOrg &org)
{
    QJsonObject profile { { QStringLiteral("givenName"), user.givenName },
                          { QStringLiteral("familyName"), user.familyName },
                          { QStringLiteral("displayName"), user.displayName() } };
    if (!user.language.isEmpty())
        profile.insert(QStringLiteral("preferredLanguage"), user.language);
    QJsonObject email;
    if (!user.email.isEmpty())
        email.insert(QStringLiteral("email"), user.email);
    if (user.emailVerified)
        email.insert(QStringLiteral("isVerified"), true);
    QJsonObject phone;
    if (!user.phone.isEmpty())
        phone.insert(QStringLiteral("phone"), user.phone);
    const QJsonObject human { { QStringLiteral("profile"), profile },
                              { QStringLiteral("email"), email },
                              { QStringLiteral("phone"), phone } };
    const QString login = loginName(user, org);
    return QJsonObject {
        { QStringLiteral("userId"), user.id },
        { QStringLiteral("details"), readDetails(user) },
        { QStringLiteral("state"), stateName(user.state) },
        { QStringLiteral("username"), user.login },
        { QStringLiteral("loginNames"), QJsonArray { login } },
        { QStringLiteral("preferredLoginName"), login },
        { QStringLiteral("human"), human },
    };
}
