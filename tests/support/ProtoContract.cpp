#include "ProtoContract.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

bool ProtoContract::load(const QStringList &files, QString *error, const QString &pathPrefix)
{
    return m_schema.load(files, error, pathPrefix);
}

QStringList ProtoContract::check(const QByteArray &verb, const QString &path,
                                 const QByteArray &body, QString *rpcName) const
{
    const ProtoSchema::Rpc *match = nullptr;
    int matchPlaceholders = INT_MAX;
    QStringList bound;
    for (const ProtoSchema::Rpc &rpc : m_schema.rpcs()) {
        if (rpc.verb != verb)
            continue;
        QStringList names;
        QString pattern = QRegularExpression::escape(rpc.pathTemplate);
        static const QRegularExpression placeholder(QStringLiteral("\\\\\\{([a-z_.]+)\\\\\\}"));
        for (auto it = placeholder.globalMatch(pattern); it.hasNext();)
            names.append(it.next().captured(1));
        pattern.replace(placeholder, QStringLiteral("([^/]+)"));
        if (!QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'))
                 .match(path)
                 .hasMatch())
            continue;
        if (int(names.size()) < matchPlaceholders) {
            match = &rpc;
            matchPlaceholders = int(names.size());
            bound = names;
        }
    }
    if (!match)
        return {
            QStringLiteral("%1 %2 is no rpc of the contract").arg(QString::fromLatin1(verb), path)
        };
    if (rpcName)
        *rpcName = match->fullName;

    QStringList violations;
    const QString input = m_schema.resolve(match->input, match->scope);
    if (verb == "GET" || verb == "DELETE") {
        if (!body.trimmed().isEmpty())
            violations.append(QStringLiteral("%1 has a body").arg(match->fullName));
        return violations;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        violations.append(QStringLiteral("%1: the body is not a JSON object").arg(match->fullName));
        return violations;
    }
    QStringList boundFields;
    for (const QString &name : bound)
        boundFields.append(name);
    checkMessage(document.object(), input, match->input, boundFields, &violations);
    return violations;
}

void ProtoContract::checkMessage(const QJsonValue &value, const QString &messageName,
                                 const QString &where, const QStringList &boundFromPath,
                                 QStringList *violations) const
{
    if (!value.isObject()) {
        violations->append(QStringLiteral("%1: a message must be a JSON object").arg(where));
        return;
    }
    const auto found = m_schema.messages().constFind(messageName);
    if (found == m_schema.messages().cend()) {
        violations->append(
            QStringLiteral("%1: type %2 is not in the contract files").arg(where, messageName));
        return;
    }
    const QJsonObject object = value.toObject();
    QHash<QString, QString> oneofSeen;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const ProtoSchema::Field *field = nullptr;
        for (const ProtoSchema::Field &candidate : found->fields) {
            if (candidate.jsonName == it.key())
                field = &candidate;
        }
        const QString at = where + QLatin1Char('.') + it.key();
        if (!field) {
            bool snake = false;
            for (const ProtoSchema::Field &candidate : found->fields)
                snake = snake || candidate.name == it.key();
            violations->append(
                snake ? QStringLiteral("%1: protojson writes field names in "
                                       "lowerCamelCase")
                            .arg(at)
                      : QStringLiteral("%1: no such field in %2").arg(at, messageName));
            continue;
        }
        if (!field->oneof.isEmpty()) {
            if (oneofSeen.contains(field->oneof))
                violations->append(QStringLiteral("%1: oneof %2 is already set by %3")
                                       .arg(at, field->oneof, oneofSeen.value(field->oneof)));
            oneofSeen.insert(field->oneof, it.key());
        }
        if (boundFromPath.contains(field->name))
            continue; // the path's value wins; the gateway ignores this copy
        if (field->repeated) {
            if (!it->isArray()) {
                violations->append(QStringLiteral("%1: a repeated field must be an array").arg(at));
                continue;
            }
            const QJsonArray items = it->toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                checkValue(items.at(i), *field, at + QStringLiteral("[%1]").arg(i), violations);
        } else if (field->map) {
            if (!it->isObject())
                violations->append(QStringLiteral("%1: a map must be a JSON object").arg(at));
        } else {
            checkValue(*it, *field, at, violations);
        }
    }
    for (const ProtoSchema::Field &field : found->fields) {
        if (field.required && !boundFromPath.contains(field.name)
            && !object.contains(field.jsonName))
            violations->append(
                QStringLiteral("%1.%2: required field is missing").arg(where, field.jsonName));
    }
}

void ProtoContract::checkValue(const QJsonValue &value, const ProtoSchema::Field &field,
                               const QString &where, QStringList *violations) const
{
    const QString type = m_schema.resolve(field.type, field.scope);
    if (value.isNull()) {
        violations->append(QStringLiteral("%1: protojson writes no nulls").arg(where));
        return;
    }
    if (type.isEmpty()) {
        violations->append(
            QStringLiteral("%1: type %2 is not in the contract files").arg(where, field.type));
    } else if (type == QLatin1String("string") || type == QLatin1String("bytes")) {
        if (!value.isString()) {
            violations->append(QStringLiteral("%1: %2 must be a JSON string").arg(where, type));
            return;
        }
        const qsizetype length = value.toString().size();
        if (field.minLength >= 0 && length < field.minLength)
            violations->append(
                QStringLiteral("%1: shorter than %2 characters").arg(where).arg(field.minLength));
        if (field.maxLength >= 0 && length > field.maxLength)
            violations->append(
                QStringLiteral("%1: longer than %2 characters").arg(where).arg(field.maxLength));
    } else if (type == QLatin1String("bool")) {
        if (!value.isBool())
            violations->append(QStringLiteral("%1: bool must be true or false").arg(where));
    } else if (ProtoSchema::isInt64(type)) {
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]+$"));
        if (!value.isString() || !digits.match(value.toString()).hasMatch())
            violations->append(
                QStringLiteral("%1: protojson writes %2 as a decimal string").arg(where, type));
    } else if (ProtoSchema::isInt32(type) || type == QLatin1String("double")
               || type == QLatin1String("float")) {
        if (!value.isDouble())
            violations->append(QStringLiteral("%1: %2 must be a JSON number").arg(where, type));
    } else if (type == QLatin1String("google.protobuf.Timestamp")) {
        if (!value.isString())
            violations->append(QStringLiteral("%1: a Timestamp is an RFC 3339 string").arg(where));
    } else if (m_schema.enums().contains(type)) {
        if (!value.isString())
            violations->append(QStringLiteral("%1: protojson writes enums by name").arg(where));
        else if (!m_schema.enums().value(type).contains(value.toString()))
            violations->append(
                QStringLiteral("%1: %2 is no value of %3").arg(where, value.toString(), type));
    } else if (m_schema.messages().contains(type)) {
        checkMessage(value, type, where, {}, violations);
    } else if (!type.startsWith(QLatin1String("google.protobuf."))) {
        violations->append(QStringLiteral("%1: unknown type %2").arg(where, type));
    }
}
