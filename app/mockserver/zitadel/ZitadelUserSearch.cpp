#include "ZitadelUserSearch.h"

#include "ZitadelErrorShape.h"
#include "ZitadelJson.h"
#include "ZitadelSortKey.h"

#include <QJsonArray>
#include <QSet>
#include <QStringList>

#include <cmath>
#include <utility>

namespace {
using Predicate = UserDirectory::Predicate;
using Column = ZitadelUserSearch::Column;

const QStringList &columnNames()
{
    static const QStringList names {
        QStringLiteral("USER_FIELD_NAME_UNSPECIFIED"),
        QStringLiteral("USER_FIELD_NAME_USER_NAME"),
        QStringLiteral("USER_FIELD_NAME_FIRST_NAME"),
        QStringLiteral("USER_FIELD_NAME_LAST_NAME"),
        QStringLiteral("USER_FIELD_NAME_NICK_NAME"),
        QStringLiteral("USER_FIELD_NAME_DISPLAY_NAME"),
        QStringLiteral("USER_FIELD_NAME_EMAIL"),
        QStringLiteral("USER_FIELD_NAME_STATE"),
        QStringLiteral("USER_FIELD_NAME_TYPE"),
        QStringLiteral("USER_FIELD_NAME_CREATION_DATE"),
    };
    return names;
}

const QStringList &methodNames()
{
    static const QStringList names {
        QStringLiteral("TEXT_QUERY_METHOD_EQUALS"),
        QStringLiteral("TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE"),
        QStringLiteral("TEXT_QUERY_METHOD_STARTS_WITH"),
        QStringLiteral("TEXT_QUERY_METHOD_STARTS_WITH_IGNORE_CASE"),
        QStringLiteral("TEXT_QUERY_METHOD_CONTAINS"),
        QStringLiteral("TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE"),
        QStringLiteral("TEXT_QUERY_METHOD_ENDS_WITH"),
        QStringLiteral("TEXT_QUERY_METHOD_ENDS_WITH_IGNORE_CASE"),
    };
    return names;
}

const QStringList &stateNames()
{
    static const QStringList names {
        QStringLiteral("USER_STATE_UNSPECIFIED"), QStringLiteral("USER_STATE_ACTIVE"),
        QStringLiteral("USER_STATE_INACTIVE"),    QStringLiteral("USER_STATE_DELETED"),
        QStringLiteral("USER_STATE_LOCKED"),      QStringLiteral("USER_STATE_SUSPEND"),
        QStringLiteral("USER_STATE_INITIAL"),
    };
    return names;
}

/// zitadel.user.v2.UserState: v2 dropped SUSPEND, so INITIAL is 5.
const QStringList &stateNamesV2()
{
    static const QStringList names {
        QStringLiteral("USER_STATE_UNSPECIFIED"), QStringLiteral("USER_STATE_ACTIVE"),
        QStringLiteral("USER_STATE_INACTIVE"),    QStringLiteral("USER_STATE_DELETED"),
        QStringLiteral("USER_STATE_LOCKED"),      QStringLiteral("USER_STATE_INITIAL"),
    };
    return names;
}

const QStringList &typeNames()
{
    static const QStringList names { QStringLiteral("TYPE_UNSPECIFIED"),
                                     QStringLiteral("TYPE_HUMAN"), QStringLiteral("TYPE_MACHINE") };
    return names;
}

/// A protojson enum: its name or its number. -1 (and `problem`) when neither is valid.
int readEnum(const QJsonObject &object, const char *camelName, const QStringList &names,
             QString *problem)
{
    const QJsonValue value = ZitadelJson::field(object, camelName);
    if (value.isUndefined() || value.isNull())
        return 0;
    int index = -1;
    if (value.isString()) {
        index = int(names.indexOf(value.toString()));
    } else if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 0 && number < double(names.size()) && number == std::floor(number))
            index = int(number);
    }
    if (index < 0) {
        *problem =
            QStringLiteral("proto: invalid value for enum field %1: %2")
                .arg(QLatin1String(camelName),
                     value.isString() ? value.toString() : QString::number(value.toDouble()));
    }
    return index;
}

bool textMatches(const QString &value, const QString &wanted, int method)
{
    const Qt::CaseSensitivity cs = method % 2 ? Qt::CaseInsensitive : Qt::CaseSensitive;
    switch (method / 2) {
    case 0:
        return value.compare(wanted, cs) == 0;
    case 1:
        return value.startsWith(wanted, cs);
    case 2:
        return value.contains(wanted, cs);
    default:
        return value.endsWith(wanted, cs);
    }
}

struct QueryParser
{
    const QHash<QString, QString> &orgDomains;
    MockResponse *error;
    ZitadelUserSearch::Dialect dialect;

    bool fail(const QString &message)
    {
        *error = ZitadelErrorShape::plainError(ZitadelErrorShape::InvalidArgument, message);
        return false;
    }

    bool textQuery(const QJsonObject &query, const char *valueName,
                   std::function<QString(const MockUser &)> get, Predicate *out)
    {
        QString value, problem;
        if (!ZitadelJson::readString(query, valueName, &value, &problem))
            return fail(problem);
        const int method = readEnum(query, "method", methodNames(), &problem);
        if (method < 0)
            return fail(problem);
        if (value.size() > 200) {
            return fail(QStringLiteral("invalid SearchQuery.%1: value length must be at most 200 "
                                       "runes")
                            .arg(QLatin1String(valueName)));
        }
        *out = [get = std::move(get), value, method](const MockUser &user) {
            return textMatches(get(user), value, method);
        };
        return true;
    }

    bool stringList(const QJsonObject &query, const char *listName, QSet<QString> *out,
                    bool lowerCase)
    {
        const QJsonValue list = ZitadelJson::field(query, listName);
        if (!list.isUndefined() && !list.isNull() && !list.isArray())
            return fail(QStringLiteral("proto: invalid value for list field %1")
                            .arg(QLatin1String(listName)));
        for (const QJsonValue item : list.toArray()) {
            if (!item.isString())
                return fail(QStringLiteral("proto: invalid value for string list field %1")
                                .arg(QLatin1String(listName)));
            out->insert(lowerCase ? item.toString().toLower() : item.toString());
        }
        return true;
    }

    bool queryList(const QJsonValue &list, const char *name, QList<Predicate> *out)
    {
        if (!list.isUndefined() && !list.isNull() && !list.isArray())
            return fail(
                QStringLiteral("proto: invalid value for list field %1").arg(QLatin1String(name)));
        for (const QJsonValue item : list.toArray()) {
            Predicate predicate;
            if (!searchQuery(item, &predicate))
                return false;
            out->append(std::move(predicate));
        }
        return true;
    }

    bool searchQuery(const QJsonValue &value, Predicate *out)
    {
        if (!value.isObject())
            return fail(
                QStringLiteral("proto: invalid value for message field queries: %1")
                    .arg(value.isString() ? value.toString() : QStringLiteral("non-object")));
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it->isObject())
                return fail(
                    QStringLiteral("proto: invalid value for message field %1").arg(it.key()));
        }
        const auto sub = [&](const char *name) { return ZitadelJson::field(object, name); };
        const auto subObject = [&](const char *name, QJsonObject *target) {
            const QJsonValue v = sub(name);
            if (v.isUndefined())
                return false;
            *target = v.toObject();
            return true;
        };
        QJsonObject q;
        const QHash<QString, QString> domains = orgDomains;
        if (subObject("userNameQuery", &q))
            return textQuery(
                q, "userName", [](const MockUser &u) { return u.login; }, out);
        if (subObject("firstNameQuery", &q))
            return textQuery(
                q, "firstName", [](const MockUser &u) { return u.givenName; }, out);
        if (subObject("lastNameQuery", &q))
            return textQuery(
                q, "lastName", [](const MockUser &u) { return u.familyName; }, out);
        if (subObject("nickNameQuery", &q))
            return textQuery(
                q, "nickName", [](const MockUser &) { return QString(); }, out);
        if (subObject("displayNameQuery", &q))
            return textQuery(
                q, "displayName", [](const MockUser &u) { return u.displayName(); }, out);
        if (subObject("emailQuery", &q))
            return textQuery(
                q, "emailAddress", [](const MockUser &u) { return u.email; }, out);
        if (subObject("loginNameQuery", &q)) {
            return textQuery(
                q, "loginName",
                [domains](const MockUser &u) -> QString {
                    return u.login + QLatin1Char('@') + domains.value(u.orgId);
                },
                out);
        }
        QString problem;
        if (subObject("stateQuery", &q)) {
            const QStringList &names =
                dialect == ZitadelUserSearch::Dialect::V2 ? stateNamesV2() : stateNames();
            const int state = readEnum(q, "state", names, &problem);
            if (state < 0)
                return fail(problem);
            const QString name = names.at(state);
            *out = [name](const MockUser &u) { return ZitadelJson::stateName(u.state) == name; };
            return true;
        }
        if (subObject("typeQuery", &q)) {
            const int type = readEnum(q, "type", typeNames(), &problem);
            if (type < 0)
                return fail(problem);
            // Every seeded user is a human; there are no machine users in the mock.
            *out = [type](const MockUser &) { return type == 1; };
            return true;
        }
        if (subObject("inUserIdsQuery", &q)) {
            QSet<QString> ids;
            if (!stringList(q, "userIds", &ids, false))
                return false;
            *out = [ids](const MockUser &u) { return ids.contains(u.id); };
            return true;
        }
        if (subObject("inUserEmailsQuery", &q)) {
            QSet<QString> emails;
            if (!stringList(q, "userEmails", &emails, true))
                return false;
            *out = [emails](const MockUser &u) { return emails.contains(u.email.toLower()); };
            return true;
        }
        if (dialect == ZitadelUserSearch::Dialect::V2 && subObject("organizationIdQuery", &q)) {
            QString orgId;
            if (!ZitadelJson::readString(q, "organizationId", &orgId, &problem))
                return fail(problem);
            // protoc-gen-validate of OrganizationIdQuery.organization_id: 1 to 200 runes.
            if (orgId.isEmpty() || orgId.size() > 200)
                return fail(QStringLiteral("invalid OrganizationIdQuery.OrganizationId: value "
                                           "length must be between 1 and 200 runes, inclusive"));
            *out = [orgId](const MockUser &u) { return u.orgId == orgId; };
            return true;
        }
        QList<Predicate> parts;
        if (subObject("andQuery", &q) || subObject("orQuery", &q)) {
            const bool isAnd = !sub("andQuery").isUndefined();
            if (!queryList(ZitadelJson::field(q, "queries"), "queries", &parts))
                return false;
            *out = [parts, isAnd](const MockUser &u) {
                for (const Predicate &p : parts) {
                    if (p(u) != isAnd)
                        return !isAnd;
                }
                return isAnd;
            };
            return true;
        }
        if (subObject("notQuery", &q)) {
            Predicate inner;
            if (!searchQuery(ZitadelJson::field(q, "query"), &inner))
                return false;
            *out = [inner](const MockUser &u) { return !inner(u); };
            return true;
        }
        *error = ZitadelErrorShape::zitadelError(ZitadelErrorShape::InvalidArgument,
                                                 QStringLiteral("USER-vR9nC"),
                                                 QStringLiteral("List.Query.Invalid"));
        return false;
    }
};
} // namespace

bool ZitadelUserSearch::parse(const QJsonObject &body, const QHash<QString, QString> &orgDomains,
                              ZitadelUserSearch *search, MockResponse *error, Dialect dialect)
{
    QueryParser parser { orgDomains, error, dialect };
    QString problem;
    const QJsonValue query = ZitadelJson::field(body, "query");
    if (!query.isUndefined() && !query.isNull() && !query.isObject())
        return parser.fail(QStringLiteral("proto: invalid value for message field query"));
    const QJsonObject listQuery = query.toObject();
    quint64 offset = 0, limit = 0;
    if (!ZitadelJson::readUnsigned(listQuery, "offset", ~quint64(0), &offset, &problem)
        || !ZitadelJson::readUnsigned(listQuery, "limit", 0xFFFFFFFFULL, &limit, &problem)
        || !ZitadelJson::readBool(listQuery, "asc", &search->asc, &problem))
        return parser.fail(problem);
    if (limit > MaxLimit) {
        // Inference: upstream answers "invalid list query" when the limit exceeds the
        // configured maximum (1000 by default); the detail id is the mock's own.
        *error = ZitadelErrorShape::zitadelError(
            ZitadelErrorShape::InvalidArgument, QStringLiteral("QUERY-4M0fs"),
            QStringLiteral("invalid list query: limit %1 exceeds the maximum of %2")
                .arg(limit)
                .arg(MaxLimit));
        return false;
    }
    search->offset = offset;
    // Inference: a zero or absent limit means the default page size (100).
    search->limit = limit == 0 ? DefaultLimit : quint32(limit);

    const int column = readEnum(body, "sortingColumn", columnNames(), &problem);
    if (column < 0)
        return parser.fail(problem);
    search->column = Column(column);
    search->columnName = column == 0 ? QString() : columnNames().at(column);

    QList<Predicate> parts;
    if (!parser.queryList(ZitadelJson::field(body, "queries"), "queries", &parts))
        return false;
    if (!parts.isEmpty()) {
        search->filter = [parts](const MockUser &u) {
            for (const Predicate &p : parts) {
                if (!p(u))
                    return false;
            }
            return true;
        };
    }
    return true;
}

QString ZitadelUserSearch::columnKey(Column column)
{
    return columnNames().value(int(column));
}

bool ZitadelUserSearch::lessThan(Column column, const MockUser &a, const MockUser &b)
{
    return ZitadelSortKey::of(column, a) < ZitadelSortKey::of(column, b);
}
