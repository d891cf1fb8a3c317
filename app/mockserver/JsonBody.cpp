#include "JsonBody.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

namespace {
QString required()
{
    return QStringLiteral("This field is required.");
}

QString wrongType(const char *expected)
{
    return QStringLiteral("Must be %1.").arg(QLatin1String(expected));
}
} // namespace

JsonBody JsonBody::parse(const QByteArray &body)
{
    JsonBody result;
    if (body.trimmed().isEmpty()) {
        result.m_parseError = QStringLiteral("Request body is empty; a JSON object is required.");
        return result;
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.m_parseError = QStringLiteral("Request body is not valid JSON: %1 at offset %2.")
                                  .arg(error.errorString())
                                  .arg(error.offset);
        return result;
    }
    if (!document.isObject()) {
        result.m_parseError = QStringLiteral("Request body must be a JSON object.");
        return result;
    }
    result.m_isObject = true;
    result.m_object = document.object();
    return result;
}

QString JsonBody::qualified(const QString &field) const
{
    return m_prefix.isEmpty() ? field : m_prefix + QLatin1Char('.') + field;
}

void JsonBody::addProblem(const QString &field, const QString &message)
{
    m_problems.append({ qualified(field), message });
}

void JsonBody::absorb(const JsonBody &child)
{
    m_problems.append(child.m_problems);
}

std::optional<QString> JsonBody::requiredString(const QString &field)
{
    if (!m_object.contains(field) || m_object.value(field).isNull()) {
        addProblem(field, required());
        return std::nullopt;
    }
    return optionalString(field);
}

std::optional<QString> JsonBody::optionalString(const QString &field)
{
    if (!m_object.contains(field))
        return std::nullopt;
    const QJsonValue value = m_object.value(field);
    if (!value.isString()) {
        addProblem(field, wrongType("a string"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<bool> JsonBody::optionalBool(const QString &field)
{
    if (!m_object.contains(field))
        return std::nullopt;
    const QJsonValue value = m_object.value(field);
    if (!value.isBool()) {
        addProblem(field, wrongType("a boolean"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> JsonBody::requiredInteger(const QString &field)
{
    if (!m_object.contains(field) || m_object.value(field).isNull()) {
        addProblem(field, required());
        return std::nullopt;
    }
    const QJsonValue value = m_object.value(field);
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number))) {
        addProblem(field, wrongType("an integer"));
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<JsonBody> JsonBody::optionalObject(const QString &field)
{
    if (!m_object.contains(field))
        return std::nullopt;
    const QJsonValue value = m_object.value(field);
    if (!value.isObject()) {
        addProblem(field, wrongType("an object"));
        return std::nullopt;
    }
    JsonBody child;
    child.m_isObject = true;
    child.m_object = value.toObject();
    child.m_prefix = qualified(field);
    return child;
}

void JsonBody::rejectUnknownFields(const QStringList &allowed)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            addProblem(it.key(), QStringLiteral("Unknown field."));
    }
}

QString JsonBody::problemSummary() const
{
    QStringList parts;
    for (const FieldProblem &problem : m_problems)
        parts.append(problem.field + QStringLiteral(": ") + problem.message);
    return parts.join(QStringLiteral("; "));
}
