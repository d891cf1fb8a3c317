#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

JsonReader JsonReader::parse(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    auto problem = std::make_shared<QString>();
    if (error.error != QJsonParseError::NoError) {
        *problem = QCoreApplication::translate("JsonReader", "the answer is not JSON (%1)")
                       .arg(error.errorString());
        return JsonReader(QJsonValue(), QString(), problem);
    }
    const QJsonValue value =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return JsonReader(value, QString(), problem);
}

JsonReader::JsonReader(const QJsonValue &value)
    : JsonReader(value, QString(), std::make_shared<QString>())
{ }

JsonReader::JsonReader(const QJsonValue &value, QString path, std::shared_ptr<QString> problem)
    : m_value(value)
    , m_path(std::move(path))
    , m_problem(std::move(problem))
{ }

ServiceError JsonReader::error() const
{
    return ServiceError::malformed(*m_problem);
}

QString JsonReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonReader::report(const QString &key, const char *expectation) const
{
    if (!m_problem->isEmpty())
        return;
    *m_problem = QCoreApplication::translate("JsonReader", "field \"%1\" %2")
                     .arg(pathOf(key), QCoreApplication::translate("JsonReader", expectation));
}

bool JsonReader::has(const QString &key) const
{
    return m_value.isObject() && m_value.toObject().contains(key);
}

QJsonValue JsonReader::field(const QString &key, bool required) const
{
    if (!ok())
        return {};
    if (!m_value.isObject()) {
        report(key, QT_TRANSLATE_NOOP("JsonReader", "cannot be read: its parent is not an object"));
        return {};
    }
    const QJsonValue value = m_value.toObject().value(key);
    if (required && (value.isUndefined() || value.isNull()))
        report(key, QT_TRANSLATE_NOOP("JsonReader", "is missing"));
    return value;
}

JsonReader JsonReader::object(const QString &key) const
{
    const QJsonValue value = field(key, true);
    if (ok() && !value.isObject())
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be an object"));
    return JsonReader(value, pathOf(key), m_problem);
}

JsonReader JsonReader::optionalObject(const QString &key) const
{
    const QJsonValue value = field(key, false);
    if (value.isUndefined() || value.isNull())
        return JsonReader(QJsonObject(), pathOf(key), m_problem);
    if (!value.isObject())
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be an object"));
    return JsonReader(value, pathOf(key), m_problem);
}

QList<JsonReader> JsonReader::array(const QString &key, bool required) const
{
    const QJsonValue value = field(key, required);
    QList<JsonReader> elements;
    if (!ok() || value.isUndefined() || value.isNull())
        return elements;
    if (!value.isArray()) {
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be a list"));
        return elements;
    }
    const QJsonArray array = value.toArray();
    elements.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        elements.append(
            JsonReader(array.at(i), pathOf(key) + QStringLiteral("[%1]").arg(i), m_problem));
    return elements;
}

QString JsonReader::string(const QString &key) const
{
    const QJsonValue value = field(key, true);
    if (ok() && !value.isString())
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be text"));
    return value.toString();
}

QString JsonReader::optionalString(const QString &key) const
{
    const QJsonValue value = field(key, false);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be text"));
    return value.toString();
}

qint64 JsonReader::integer(const QString &key) const
{
    const QJsonValue value = field(key, true);
    if (!ok())
        return 0;
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number))) {
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be a whole number"));
        return 0;
    }
    return qint64(number);
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key) const
{
    const QJsonValue value = field(key, false);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return integer(key);
}

qint64 JsonReader::int64(const QString &key, qint64 fallback) const
{
    const QJsonValue value = field(key, false);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (value.isDouble())
        return integer(key);
    bool isNumber = false;
    const qint64 number = value.toString().toLongLong(&isNumber);
    if (!value.isString() || !isNumber) {
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be a number in a string"));
        return fallback;
    }
    return number;
}

bool JsonReader::boolean(const QString &key) const
{
    const QJsonValue value = field(key, true);
    if (ok() && !value.isBool())
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be true or false"));
    return value.toBool();
}

bool JsonReader::optionalBoolean(const QString &key, bool fallback) const
{
    const QJsonValue value = field(key, false);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool())
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be true or false"));
    return value.toBool(fallback);
}

QString JsonReader::id(const QString &key) const
{
    const QJsonValue value = field(key, true);
    if (!ok())
        return {};
    if (value.isString() && !value.toString().isEmpty())
        return value.toString();
    if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))
        return QString::number(qint64(value.toDouble()));
    report(key, QT_TRANSLATE_NOOP("JsonReader", "should be an id (text or whole number)"));
    return {};
}
