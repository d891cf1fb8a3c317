#include "JsonTapeParser.h"

#include <QCoreApplication>

namespace {
/// One pass over the text, recursive descent, every node appended to the tape as it opens.
class Parser
{
public:
    using Node = JsonTape::Node;
    using Type = JsonTape::Type;

    Parser(const QByteArray &json, std::vector<Node> &nodes)
        : m_begin(json.constData())
        , m_at(json.constData())
        , m_end(json.constData() + json.size())
        , m_nodes(nodes)
    { }

    /// The whole document: one value, surrounded by nothing but whitespace.
    bool document()
    {
        skipSpace();
        if (m_at == m_end)
            return fail(QT_TRANSLATE_NOOP("JsonTape", "the document is empty"));
        if (!value(0))
            return false;
        skipSpace();
        if (m_at != m_end)
            return fail(QT_TRANSLATE_NOOP("JsonTape", "text after the end of the document"));
        return true;
    }

    QString error;

private:
    bool fail(const char *what)
    {
        if (error.isEmpty()) {
            error = QCoreApplication::translate("JsonTape", "%1 at byte %2")
                        .arg(QCoreApplication::translate("JsonTape", what))
                        .arg(m_at - m_begin);
        }
        return false;
    }

    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    quint32 offset() const { return quint32(m_at - m_begin); }

    quint32 open(Type type)
    {
        Node node;
        node.type = type;
        node.begin = offset();
        m_nodes.push_back(node);
        return quint32(m_nodes.size() - 1);
    }

    void close(quint32 index) { m_nodes[index].end = quint32(m_nodes.size()); }

    bool value(int depth)
    {
        if (m_at == m_end)
            return fail(QT_TRANSLATE_NOOP("JsonTape", "the document ends too early"));
        switch (*m_at) {
        case '{':
            return container(depth + 1, Type::Object);
        case '[':
            return container(depth + 1, Type::Array);
        case '"':
            return string();
        case 't':
            return literal("true", Type::True);
        case 'f':
            return literal("false", Type::False);
        case 'n':
            return literal("null", Type::Null);
        default:
            if (*m_at == '-' || (*m_at >= '0' && *m_at <= '9'))
                return number();
            return fail(QT_TRANSLATE_NOOP("JsonTape", "unexpected character"));
        }
    }

    /// `"name":` before a member's value.
    bool memberName()
    {
        if (m_at == m_end || *m_at != '"')
            return fail(QT_TRANSLATE_NOOP("JsonTape", "expected a member name"));
        if (!string())
            return false;
        skipSpace();
        if (m_at == m_end || *m_at != ':')
            return fail(QT_TRANSLATE_NOOP("JsonTape", "expected ':' after a member name"));
        ++m_at;
        skipSpace();
        return true;
    }

    /// An object or a list: items separated by commas, up to the closing bracket.
    bool container(int depth, Type type)
    {
        if (depth > JsonTape::maxDepth)
            return fail(QT_TRANSLATE_NOOP("JsonTape", "too deeply nested"));
        const bool isObject = type == Type::Object;
        const char closing = isObject ? '}' : ']';
        const quint32 index = open(type);
        ++m_at; // { or [
        skipSpace();
        quint32 items = 0;
        if (m_at < m_end && *m_at == closing) {
            ++m_at;
        } else {
            for (;;) {
                skipSpace();
                if (isObject && !memberName())
                    return false;
                if (!value(depth))
                    return false;
                ++items;
                skipSpace();
                if (m_at < m_end && *m_at == ',') {
                    ++m_at;
                    continue;
                }
                if (m_at < m_end && *m_at == closing) {
                    ++m_at;
                    break;
                }
                return fail(isObject
                                ? QT_TRANSLATE_NOOP("JsonTape", "expected ',' or '}' in an object")
                                : QT_TRANSLATE_NOOP("JsonTape", "expected ',' or ']' in a list"));
            }
        }
        m_nodes[index].count = items;
        close(index);
        return true;
    }

    bool literal(const char *word, Type type)
    {
        const qsizetype length = qsizetype(qstrlen(word));
        if (m_end - m_at < length || memcmp(m_at, word, size_t(length)) != 0)
            return fail(QT_TRANSLATE_NOOP("JsonTape", "unexpected character"));
        const quint32 index = open(type);
        m_at += length;
        m_nodes[index].length = quint32(length);
        close(index);
        return true;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool digits()
    {
        if (m_at == m_end || !isDigit(*m_at))
            return fail(QT_TRANSLATE_NOOP("JsonTape", "invalid number"));
        while (m_at < m_end && isDigit(*m_at))
            ++m_at;
        return true;
    }

    /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    bool number()
    {
        const quint32 index = open(Type::Number);
        if (*m_at == '-')
            ++m_at;
        if (m_at < m_end && *m_at == '0') {
            ++m_at;
            if (m_at < m_end && isDigit(*m_at))
                return fail(QT_TRANSLATE_NOOP("JsonTape", "invalid number"));
        } else if (!digits()) {
            return false;
        }
        if (m_at < m_end && *m_at == '.') {
            ++m_at;
            if (!digits())
                return false;
        }
        if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
            ++m_at;
            if (m_at < m_end && (*m_at == '+' || *m_at == '-'))
                ++m_at;
            if (!digits())
                return false;
        }
        m_nodes[index].length = offset() - m_nodes[index].begin;
        close(index);
        return true;
    }

    static bool isHex(char c)
    {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static bool isContinuation(uchar c) { return (c & 0xC0) == 0x80; }

    /// Length of the valid UTF-8 sequence at m_at (Unicode table 3-7: no overlong forms, no
    /// surrogates, nothing past U+10FFFF), or 0.
    qsizetype utf8Sequence() const
    {
        const auto at = [this](qsizetype i) { return uchar(m_at[i]); };
        const qsizetype left = m_end - m_at;
        const uchar lead = at(0);
        if (lead >= 0xC2 && lead <= 0xDF)
            return left >= 2 && isContinuation(at(1)) ? 2 : 0;
        if (lead >= 0xE0 && lead <= 0xEF) {
            if (left < 3 || !isContinuation(at(1)) || !isContinuation(at(2)))
                return 0;
            if ((lead == 0xE0 && at(1) < 0xA0) || (lead == 0xED && at(1) > 0x9F))
                return 0;
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            if (left < 4 || !isContinuation(at(1)) || !isContinuation(at(2))
                || !isContinuation(at(3)))
                return 0;
            if ((lead == 0xF0 && at(1) < 0x90) || (lead == 0xF4 && at(1) > 0x8F))
                return 0;
            return 4;
        }
        return 0;
    }

    bool string()
    {
        const quint32 index = open(Type::String);
        ++m_at; // "
        const quint32 begin = offset();
        bool escaped = false;
        for (;;) {
            if (m_at == m_end)
                return fail(QT_TRANSLATE_NOOP("JsonTape", "unterminated string"));
            const uchar c = uchar(*m_at);
            if (c == '"')
                break;
            if (c == '\\') {
                escaped = true;
                if (m_end - m_at < 2)
                    return fail(QT_TRANSLATE_NOOP("JsonTape", "unterminated string"));
                const char kind = m_at[1];
                if (kind == 'u') {
                    if (m_end - m_at < 6 || !isHex(m_at[2]) || !isHex(m_at[3]) || !isHex(m_at[4])
                        || !isHex(m_at[5]))
                        return fail(QT_TRANSLATE_NOOP("JsonTape", "invalid escape sequence"));
                    m_at += 6;
                } else if (kind == '"' || kind == '\\' || kind == '/' || kind == 'b' || kind == 'f'
                           || kind == 'n' || kind == 'r' || kind == 't') {
                    m_at += 2;
                } else {
                    return fail(QT_TRANSLATE_NOOP("JsonTape", "invalid escape sequence"));
                }
                continue;
            }
            if (c < 0x20)
                return fail(QT_TRANSLATE_NOOP("JsonTape", "control character in a string"));
            if (c < 0x80) {
                ++m_at;
                continue;
            }
            const qsizetype length = utf8Sequence();
            if (length == 0)
                return fail(QT_TRANSLATE_NOOP("JsonTape", "invalid UTF8 string"));
            m_at += length;
        }
        Node &node = m_nodes[index];
        node.begin = begin;
        node.length = offset() - begin;
        node.escaped = escaped;
        ++m_at; // "
        close(index);
        return true;
    }

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    std::vector<Node> &m_nodes;
};
} // namespace

QString JsonTapeParser::parse(const QByteArray &json, std::vector<JsonTape::Node> &nodes)
{
    Parser parser(json, nodes);
    parser.document();
    return parser.error;
}
