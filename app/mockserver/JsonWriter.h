#pragma once

#include <QByteArray>
#include <QString>

/// Appends compact JSON to a byte array without building a QJsonObject tree first. Listing
/// pages are rendered on every request, and the tree's allocations were most of their cost.
/// The caller keeps the nesting right; values after key() belong to that key.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 0) { m_out.reserve(reserve); }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    /// `name` must be plain ASCII without characters that need escaping.
    JsonWriter &key(const char *name);

    JsonWriter &value(const QString &text);
    /// `ascii` must be 7-bit ASCII, as the literals of the mock's responses are.
    JsonWriter &value(const char *ascii);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();
    /// A value that is already valid JSON, e.g. a pre-rendered object.
    JsonWriter &raw(const QByteArray &json);

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate();
    char *reserveTail(qsizetype bytes);
    void trimTail(const char *end);

    QByteArray m_out;
    bool m_first = true;
    bool m_afterKey = false;
};
