#include "JsonWriter.h"

#include <algorithm>

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

namespace {
/// Writes `ascii` JSON-escaped at `out`; returns the end. At most 6 bytes ("\u001f").
char *putEscaped(char *out, char ascii)
{
    static const char hex[] = "0123456789abcdef";
    const auto byte = static_cast<unsigned char>(ascii);
    if (ascii == '"' || ascii == '\\') {
        *out++ = '\\';
        *out++ = ascii;
    } else if (byte < 0x20) { // RFC 8259: control characters must be escaped; \u00XX covers all
        for (const char ch : { '\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xF] })
            *out++ = ch;
    } else {
        *out++ = ascii;
    }
    return out;
}
} // namespace

char *JsonWriter::reserveTail(qsizetype bytes)
{
    // Strings are written through a raw pointer into reserved room and trimmed afterwards:
    // appending byte by byte through QByteArray was most of the cost of a listing page.
    const qsizetype used = m_out.size();
    if (m_out.capacity() < used + bytes)
        m_out.reserve(std::max(2 * m_out.capacity(), used + bytes));
    m_out.resize(used + bytes);
    return m_out.data() + used;
}

void JsonWriter::trimTail(const char *end)
{
    m_out.truncate(end - m_out.constData());
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    const qsizetype size = text.size();
    // Worst cases: 6 bytes for an escaped control character, 3 for other UTF-16 units.
    char *out = reserveTail(2 + 6 * size);
    *out++ = '"';
    const QChar *chars = text.constData();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t code = chars[i].unicode();
        if (code < 0x80) {
            out = putEscaped(out, char(code));
            continue;
        }
        if (QChar::isHighSurrogate(code) && i + 1 < size && chars[i + 1].isLowSurrogate())
            code = QChar::surrogateToUcs4(char16_t(code), chars[++i].unicode());
        else if (QChar::isSurrogate(code))
            code = QChar::ReplacementCharacter; // a lone surrogate is not valid UTF-8
        if (code < 0x800) {
            *out++ = char(0xC0 | (code >> 6));
        } else if (code < 0x10000) {
            *out++ = char(0xE0 | (code >> 12));
            *out++ = char(0x80 | ((code >> 6) & 0x3F));
        } else {
            *out++ = char(0xF0 | (code >> 18));
            *out++ = char(0x80 | ((code >> 12) & 0x3F));
            *out++ = char(0x80 | ((code >> 6) & 0x3F));
        }
        *out++ = char(0x80 | (code & 0x3F));
    }
    *out++ = '"';
    trimTail(out);
    return *this;
}

JsonWriter &JsonWriter::value(const char *ascii)
{
    separate();
    const auto length = qsizetype(qstrlen(ascii));
    char *out = reserveTail(2 + 6 * length);
    *out++ = '"';
    for (qsizetype i = 0; i < length; ++i)
        out = putEscaped(out, ascii[i]);
    *out++ = '"';
    trimTail(out);
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
