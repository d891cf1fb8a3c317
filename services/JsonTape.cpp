#include "JsonTape.h"

#include "JsonTapeParser.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

JsonTape::JsonTape(const QByteArray &json)
    : m_json(json)
{
    // Offsets are 32-bit; no answer comes near 4 GiB (HttpCall caps bodies far lower).
    if (json.size() >= qsizetype(std::numeric_limits<quint32>::max())) {
        m_error = QCoreApplication::translate("JsonTape", "the document is too large");
        return;
    }
    // A page of users spends about 8 bytes of text per node; one allocation in the common case.
    m_nodes.reserve(size_t(json.size() / 8 + 4));
    m_error = JsonTapeParser::parse(m_json, m_nodes);
    if (!m_error.isEmpty())
        m_nodes.clear();
}

std::optional<quint32> JsonTape::member(quint32 object, QStringView key) const
{
    const Node &container = m_nodes[object];
    if (container.type != Type::Object)
        return std::nullopt;
    // The names a reader asks for are ASCII: unit by unit, they compare with unescaped names
    // in the text directly (UTF-8 is ASCII there). Anything else compares as decoded text.
    const char16_t *units = key.utf16();
    const auto keyLength = quint32(key.size());
    const bool asciiKey =
        std::all_of(units, units + keyLength, [](char16_t c) { return c < 0x80; });
    const char *json = m_json.constData();
    std::optional<quint32> found;
    quint32 at = object + 1;
    for (quint32 i = 0; i < container.count; ++i) {
        const Node &name = m_nodes[at];
        const quint32 value = at + 1;
        bool equal = false;
        if (asciiKey && !name.escaped) {
            equal = name.length == keyLength
                && std::equal(units, units + keyLength, json + name.begin,
                              [](char16_t unit, char byte) { return unit == char16_t(byte); });
        } else {
            equal = string(at) == key;
        }
        if (equal)
            found = value;
        at = m_nodes[value].end;
    }
    return found;
}

std::vector<quint32> JsonTape::children(quint32 container) const
{
    const Node &node = m_nodes[container];
    std::vector<quint32> result;
    if (node.type != Type::Array && node.type != Type::Object)
        return result;
    result.reserve(node.count);
    const bool members = node.type == Type::Object;
    quint32 at = container + 1;
    for (quint32 i = 0; i < node.count; ++i) {
        const quint32 value = members ? at + 1 : at;
        result.push_back(value);
        at = m_nodes[value].end;
    }
    return result;
}

QString JsonTape::pathTo(quint32 node) const
{
    QString path;
    quint32 at = 0;
    while (at != node && at < m_nodes.size()) {
        const Node &container = m_nodes[at];
        const bool members = container.type == Type::Object;
        if (!members && container.type != Type::Array)
            break; // `node` is not inside: not a value of this document
        quint32 child = at + 1;
        quint32 next = at;
        for (quint32 i = 0; i < container.count; ++i) {
            const quint32 value = members ? child + 1 : child;
            if (node >= value && node < m_nodes[value].end) {
                if (!members)
                    path += QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
                else if (path.isEmpty())
                    path = string(child);
                else
                    path += QLatin1Char('.') + string(child);
                next = value;
                break;
            }
            child = m_nodes[value].end;
        }
        if (next == at)
            break;
        at = next;
    }
    return path;
}

QStringList JsonTape::keys(quint32 object) const
{
    QStringList result;
    const Node &node = m_nodes[object];
    if (node.type != Type::Object)
        return result;
    quint32 at = object + 1;
    for (quint32 i = 0; i < node.count; ++i) {
        result.append(string(at));
        at = m_nodes[at + 1].end;
    }
    return result;
}

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

char16_t hex4(const char *at)
{
    return char16_t((hexValue(at[0]) << 12) | (hexValue(at[1]) << 8) | (hexValue(at[2]) << 4)
                    | hexValue(at[3]));
}
} // namespace

QString JsonTape::string(quint32 index) const
{
    const Node &node = m_nodes[index];
    if (node.type != Type::String)
        return {};
    const char *at = m_json.constData() + node.begin;
    const char *end = at + node.length;
    if (!node.escaped)
        return QString::fromUtf8(at, node.length);
    QString text;
    text.reserve(node.length);
    while (at < end) {
        const char *run = at;
        while (at < end && *at != '\\')
            ++at;
        if (at > run)
            text.append(QString::fromUtf8(run, at - run));
        if (at == end)
            break;
        const char kind = at[1];
        at += 2;
        switch (kind) {
        case 'b':
            text.append(u'\b');
            break;
        case 'f':
            text.append(u'\f');
            break;
        case 'n':
            text.append(u'\n');
            break;
        case 'r':
            text.append(u'\r');
            break;
        case 't':
            text.append(u'\t');
            break;
        case 'u': {
            const char16_t unit = hex4(at);
            at += 4;
            if (QChar::isHighSurrogate(unit) && end - at >= 6 && at[0] == '\\' && at[1] == 'u'
                && QChar::isLowSurrogate(hex4(at + 2))) {
                text.append(QChar(unit));
                text.append(QChar(hex4(at + 2)));
                at += 6;
            } else if (QChar::isSurrogate(unit)) {
                // Half a pair is no character: replaced, as invalid UTF-8 would be elsewhere.
                text.append(QChar(QChar::ReplacementCharacter));
            } else {
                text.append(QChar(unit));
            }
            break;
        }
        default: // " \ /
            text.append(QLatin1Char(kind));
            break;
        }
    }
    return text;
}

double JsonTape::number(quint32 index) const
{
    const Node &node = m_nodes[index];
    if (node.type != Type::Number)
        return 0;
    const char *begin = m_json.constData() + node.begin;
    const char *end = begin + node.length;
    double value = 0;
    const std::from_chars_result result = std::from_chars(begin, end, value);
    if (result.ec == std::errc::result_out_of_range) {
        // Beyond a double either way: an exponent of -400 reads as zero, of 400 as infinity.
        const bool negative = *begin == '-';
        const char *exponent =
            std::find_if(begin, end, [](char c) { return c == 'e' || c == 'E'; });
        const bool tiny = exponent + 1 < end && exponent[1] == '-';
        value = tiny ? 0.0 : std::numeric_limits<double>::infinity();
        return negative ? -value : value;
    }
    return value;
}
