#include "JsonWriter.h"

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_afterKey = true;
    return *this;
}

void JsonWriter::appendString(const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    m_out.append('"');
    for (const char ch : utf8) {
        const auto byte = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\') {
            m_out.append('\\').append(ch);
        } else if (byte < 0x20) {
            // RFC 8259 requires control characters to be escaped; \u00XX covers them all.
            m_out.append("\\u00").append(hex[byte >> 4]).append(hex[byte & 0xF]);
        } else {
            m_out.append(ch);
        }
    }
    m_out.append('"');
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    appendString(text.toUtf8());
    return *this;
}

JsonWriter &JsonWriter::value(const char *latin1)
{
    separate();
    appendString(QString::fromLatin1(latin1).toUtf8());
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    return *this;
}
