#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace {
/// Whether `number` is a whole number a double holds exactly (so it converts without loss).
/// 2^53 itself is out: 2^53 + 1 in the text arrives as 2^53, so it may be another id already.
bool isExactInteger(double number)
{
    return std::isfinite(number) && std::trunc(number) == number
        && std::fabs(number) < double(JsonReader::maxExactInteger);
}
} // namespace

JsonReader JsonReader::parse(const HttpResponse &response)
{
    JsonReader reader = parse(response.body);
    reader.m_origin = response.origin;
    return reader;
}

qsizetype JsonReader::pageItemCap(qsizetype requested)
{
    return std::max<qsizetype>(requested, 0) + std::max<qsizetype>(requested / 10, 10);
}

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
    // Checked on Qt 6.4 (tst_strictjson): the parser itself refuses invalid UTF-8 in strings
    // ("invalid UTF8 string"), and outside strings any such byte is a syntax error; nesting
    // deeper than its limit fails too. Neither needs a check of its own here.
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
    if (m_origin.isEmpty())
        return ServiceError::malformed(*m_problem);
    return ServiceError::malformed(
        QCoreApplication::translate("JsonReader", "%1, in the answer to %2")
            .arg(*m_problem, m_origin));
}

QString JsonReader::ownPath() const
{
    return m_index < 0 ? m_path : m_path + QStringLiteral("[%1]").arg(m_index);
}

QString JsonReader::pathOf(const QString &key) const
{
    const QString path = ownPath();
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
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
    QJsonValue value = m_value.toObject().value(key);
    if (required && (value.isUndefined() || value.isNull()))
        report(key, QT_TRANSLATE_NOOP("JsonReader", "is missing"));
    return value;
}

JsonReader JsonReader::object(const QString &key) const
{
    const QJsonValue value = field(key, true);
    if (ok() && !value.isObject())
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be an object"));
    JsonReader child(value, pathOf(key), m_problem);
    child.m_origin = m_origin;
    return child;
}

JsonReader JsonReader::optionalObject(const QString &key) const
{
    const QJsonValue value = field(key, false);
    JsonReader child(value.isObject() ? value : QJsonValue(QJsonObject()), pathOf(key), m_problem);
    child.m_origin = m_origin;
    if (!value.isUndefined() && !value.isNull() && !value.isObject())
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be an object"));
    return child;
}

QList<JsonReader> JsonReader::array(const QString &key, bool required, qsizetype maxItems) const
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
    if (maxItems >= 0 && array.size() > maxItems) {
        if (ok())
            *m_problem = QCoreApplication::translate("JsonReader",
                                                     "field \"%1\" holds %2 items, more than the "
                                                     "%3 a page may hold")
                             .arg(pathOf(key))
                             .arg(array.size())
                             .arg(maxItems);
        return elements;
    }
    elements.reserve(array.size());
    // An element's path ("results[3]") is only spelled out when a problem needs it.
    const QString arrayPath = pathOf(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader element(array.at(i), arrayPath, m_problem);
        element.m_index = i;
        element.m_origin = m_origin;
        elements.append(std::move(element));
    }
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
    if (!value.isDouble() || !isExactInteger(value.toDouble())) {
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be a whole number"));
        return 0;
    }
    return qint64(value.toDouble());
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
    if (value.isString() && !value.toString().trimmed().isEmpty())
        return value.toString();
    if (value.isDouble() && isExactInteger(value.toDouble()))
        return QString::number(qint64(value.toDouble()));
    if (value.isDouble() && std::isfinite(value.toDouble())
        && std::trunc(value.toDouble()) == value.toDouble()) {
        report(key,
               QT_TRANSLATE_NOOP("JsonReader",
                                 "is a number too large to be an exact id (beyond 2^53); the "
                                 "server must send such ids as text"));
        return {};
    }
    report(key, QT_TRANSLATE_NOOP("JsonReader", "should be an id (text or whole number)"));
    return {};
}

QString JsonReader::stringId(const QString &key) const
{
    const QJsonValue value = field(key, true);
    if (!ok())
        return {};
    if (value.isString() && !value.toString().trimmed().isEmpty())
        return value.toString();
    report(key, QT_TRANSLATE_NOOP("JsonReader", "should be an id in text"));
    return {};
}
