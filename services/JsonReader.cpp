#include "JsonReader.h"

#include <QCoreApplication>

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
    auto tape = std::make_shared<const JsonTape>(body);
    auto problem = std::make_shared<QString>();
    if (!tape->isValid()) {
        // JsonTape checks the grammar, UTF-8 in strings (tst_strictjson: invalid and overlong
        // sequences) and the nesting depth; none of them needs a check of its own here.
        *problem = QCoreApplication::translate("JsonReader", "the answer is not JSON (%1)")
                       .arg(tape->error());
        return JsonReader(std::move(tape), none, QString(), problem);
    }
    return JsonReader(std::move(tape), 0, QString(), problem);
}

JsonReader::JsonReader(std::shared_ptr<const JsonTape> tape, qint64 node, QString path,
                       std::shared_ptr<QString> problem)
    : m_tape(std::move(tape))
    , m_node(node)
    , m_path(std::move(path))
    , m_problem(std::move(problem))
{ }

JsonReader JsonReader::child(qint64 node, const QString &key) const
{
    JsonReader reader(m_tape, node, node == none ? pathOf(key) : QString(), m_problem);
    reader.m_origin = m_origin;
    return reader;
}

JsonReader::Kind JsonReader::kindOf(const JsonTape *tape, qint64 node)
{
    if (node == none)
        return Kind::Missing;
    switch (tape->node(quint32(node)).type) {
    case JsonTape::Type::Null:
        return Kind::Null;
    case JsonTape::Type::False:
    case JsonTape::Type::True:
        return Kind::Boolean;
    case JsonTape::Type::Number:
        return Kind::Number;
    case JsonTape::Type::String:
        return Kind::Text;
    case JsonTape::Type::Array:
        return Kind::List;
    case JsonTape::Type::Object:
        return Kind::Object;
    }
    return Kind::Missing;
}

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
    return m_node == none ? m_path : m_tape->pathTo(quint32(m_node));
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
    return kind(key) != Kind::Missing;
}

JsonReader::Kind JsonReader::kind() const
{
    return nodeKind(m_node);
}

JsonReader::Kind JsonReader::kind(const QString &key) const
{
    if (nodeKind(m_node) != Kind::Object)
        return Kind::Missing;
    const std::optional<quint32> member = m_tape->member(quint32(m_node), key);
    return member ? nodeKind(*member) : Kind::Missing;
}

QString JsonReader::text() const
{
    return kind() == Kind::Text ? m_tape->string(quint32(m_node)) : QString();
}

double JsonReader::number(const QString &key) const
{
    if (nodeKind(m_node) != Kind::Object)
        return 0;
    const std::optional<quint32> member = m_tape->member(quint32(m_node), key);
    return member ? m_tape->number(*member) : 0; // JsonTape::number is 0 for a non-number
}

QStringList JsonReader::keys() const
{
    return kind() == Kind::Object ? m_tape->keys(quint32(m_node)) : QStringList();
}

qint64 JsonReader::field(const QString &key, bool required) const
{
    if (!ok())
        return none;
    // No node while all is well: an optional object that was absent, read as an empty one.
    const Kind own = nodeKind(m_node);
    if (own != Kind::Object && own != Kind::Missing) {
        report(key, QT_TRANSLATE_NOOP("JsonReader", "cannot be read: its parent is not an object"));
        return none;
    }
    const std::optional<quint32> member =
        own == Kind::Object ? m_tape->member(quint32(m_node), key) : std::nullopt;
    const qint64 node = member ? qint64(*member) : none;
    if (required && (node == none || nodeKind(node) == Kind::Null))
        report(key, QT_TRANSLATE_NOOP("JsonReader", "is missing"));
    return node;
}

std::optional<qint64> JsonReader::exactInteger(qint64 node) const
{
    if (nodeKind(node) != Kind::Number)
        return std::nullopt;
    const double number = m_tape->number(quint32(node));
    if (!isExactInteger(number))
        return std::nullopt;
    return qint64(number);
}

JsonReader JsonReader::object(const QString &key) const
{
    const qint64 node = field(key, true);
    if (ok() && nodeKind(node) != Kind::Object)
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be an object"));
    return child(node, key);
}

JsonReader JsonReader::optionalObject(const QString &key) const
{
    const qint64 node = field(key, false);
    const Kind kind = nodeKind(node);
    if (kind != Kind::Missing && kind != Kind::Null && kind != Kind::Object)
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be an object"));
    return child(kind == Kind::Object ? node : none, key);
}

QList<JsonReader> JsonReader::array(const QString &key, bool required, qsizetype maxItems) const
{
    const qint64 node = field(key, required);
    QList<JsonReader> elements;
    const Kind kind = nodeKind(node);
    if (!ok() || kind == Kind::Missing || kind == Kind::Null)
        return elements;
    if (kind != Kind::List) {
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be a list"));
        return elements;
    }
    const qsizetype count = qsizetype(m_tape->node(quint32(node)).count);
    if (maxItems >= 0 && count > maxItems) {
        *m_problem = QCoreApplication::translate("JsonReader",
                                                 "field \"%1\" holds %2 items, more than the "
                                                 "%3 a page may hold")
                         .arg(pathOf(key))
                         .arg(count)
                         .arg(maxItems);
        return elements;
    }
    elements.reserve(count);
    for (const quint32 child : m_tape->children(quint32(node))) {
        JsonReader element(m_tape, child, QString(), m_problem);
        element.m_origin = m_origin;
        elements.append(std::move(element));
    }
    return elements;
}

QString JsonReader::string(const QString &key) const
{
    const qint64 node = field(key, true);
    if (ok() && nodeKind(node) != Kind::Text)
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be text"));
    return nodeKind(node) == Kind::Text ? m_tape->string(quint32(node)) : QString();
}

QString JsonReader::optionalString(const QString &key) const
{
    const qint64 node = field(key, false);
    const Kind kind = nodeKind(node);
    if (kind == Kind::Missing || kind == Kind::Null)
        return {};
    if (kind != Kind::Text) {
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be text"));
        return {};
    }
    return m_tape->string(quint32(node));
}

qint64 JsonReader::integer(const QString &key) const
{
    const qint64 node = field(key, true);
    if (!ok())
        return 0;
    const std::optional<qint64> number = exactInteger(node);
    if (!number) {
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be a whole number"));
        return 0;
    }
    return *number;
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key) const
{
    const qint64 node = field(key, false);
    const Kind kind = nodeKind(node);
    if (kind == Kind::Missing || kind == Kind::Null)
        return std::nullopt;
    return integer(key);
}

qint64 JsonReader::int64(const QString &key, qint64 fallback) const
{
    const qint64 node = field(key, false);
    const Kind kind = nodeKind(node);
    if (kind == Kind::Missing || kind == Kind::Null)
        return fallback;
    if (kind == Kind::Number)
        return integer(key);
    bool isNumber = false;
    const qint64 number =
        kind == Kind::Text ? m_tape->string(quint32(node)).toLongLong(&isNumber) : 0;
    if (!isNumber) {
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be a number in a string"));
        return fallback;
    }
    return number;
}

bool JsonReader::boolean(const QString &key) const
{
    const qint64 node = field(key, true);
    if (ok() && nodeKind(node) != Kind::Boolean)
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be true or false"));
    return nodeKind(node) == Kind::Boolean
        && m_tape->node(quint32(node)).type == JsonTape::Type::True;
}

bool JsonReader::optionalBoolean(const QString &key, bool fallback) const
{
    const qint64 node = field(key, false);
    const Kind kind = nodeKind(node);
    if (kind == Kind::Missing || kind == Kind::Null)
        return fallback;
    if (kind != Kind::Boolean) {
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be true or false"));
        return fallback;
    }
    return m_tape->node(quint32(node)).type == JsonTape::Type::True;
}

std::optional<bool> JsonReader::nullableBoolean(const QString &key) const
{
    const qint64 node = field(key, false);
    const Kind kind = nodeKind(node);
    if (kind == Kind::Missing || kind == Kind::Null)
        return std::nullopt;
    if (kind != Kind::Boolean) {
        report(key, QT_TRANSLATE_NOOP("JsonReader", "should be true or false"));
        return std::nullopt;
    }
    return m_tape->node(quint32(node)).type == JsonTape::Type::True;
}

QString JsonReader::id(const QString &key) const
{
    const qint64 node = field(key, true);
    if (!ok())
        return {};
    const Kind kind = nodeKind(node);
    if (kind == Kind::Text) {
        QString text = m_tape->string(quint32(node));
        if (!text.trimmed().isEmpty())
            return text;
    }
    if (const std::optional<qint64> number = exactInteger(node))
        return QString::number(*number);
    if (kind == Kind::Number) {
        const double number = m_tape->number(quint32(node));
        if (std::isfinite(number) && std::trunc(number) == number) {
            report(key,
                   QT_TRANSLATE_NOOP("JsonReader",
                                     "is a number too large to be an exact id (beyond 2^53); the "
                                     "server must send such ids as text"));
            return {};
        }
    }
    report(key, QT_TRANSLATE_NOOP("JsonReader", "should be an id (text or whole number)"));
    return {};
}

QString JsonReader::stringId(const QString &key) const
{
    const qint64 node = field(key, true);
    if (!ok())
        return {};
    if (nodeKind(node) == Kind::Text) {
        QString text = m_tape->string(quint32(node));
        if (!text.trimmed().isEmpty())
            return text;
    }
    report(key, QT_TRANSLATE_NOOP("JsonReader", "should be an id in text"));
    return {};
}
