#include "ProtoSchema.h"

#include <QFile>
#include <QSet>

namespace {
const QSet<QString> int64Types { QStringLiteral("int64"), QStringLiteral("uint64"),
                                 QStringLiteral("sint64"), QStringLiteral("fixed64"),
                                 QStringLiteral("sfixed64") };
const QSet<QString> int32Types { QStringLiteral("int32"), QStringLiteral("uint32"),
                                 QStringLiteral("sint32"), QStringLiteral("fixed32"),
                                 QStringLiteral("sfixed32") };
const QSet<QString> otherScalars { QStringLiteral("string"), QStringLiteral("bytes"),
                                   QStringLiteral("bool"), QStringLiteral("double"),
                                   QStringLiteral("float") };

/// The verbs of a `google.api.http` rule.
const QSet<QString> httpVerbs { QStringLiteral("get"), QStringLiteral("post"),
                                QStringLiteral("put"), QStringLiteral("patch"),
                                QStringLiteral("delete") };

/// protojson's JSON name: lowerCamelCase of the proto name.
QString jsonNameOf(const QString &name)
{
    QString out;
    bool upper = false;
    for (const QChar c : name) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return out;
}

QString join(const QString &scope, const QString &name)
{
    return scope.isEmpty() ? name : scope + QLatin1Char('.') + name;
}
} // namespace

bool ProtoSchema::isInt64(const QString &type)
{
    return int64Types.contains(type);
}

bool ProtoSchema::isInt32(const QString &type)
{
    return int32Types.contains(type);
}

bool ProtoSchema::isScalar(const QString &type)
{
    return int64Types.contains(type) || int32Types.contains(type) || otherScalars.contains(type);
}

/// Tokens of a .proto file (comments dropped), and a recursive reader of its declarations.
class ProtoSchema::Parser
{
public:
    Parser(ProtoSchema &contract, const QString &text, QString prefix)
        : m_contract(contract)
        , m_prefix(std::move(prefix))
    {
        tokenize(text);
    }

    bool parse(QString *error)
    {
        while (!atEnd()) {
            const QString word = next();
            if (word == QLatin1String("package")) {
                m_package = next();
                skipStatement();
            } else if (word == QLatin1String("message")) {
                message(m_package);
            } else if (word == QLatin1String("enum")) {
                enumeration(m_package);
            } else if (word == QLatin1String("service")) {
                service();
            } else if (word != QLatin1String(";")) {
                skipStatement(); // syntax, import, option
            }
        }
        if (m_failed)
            *error = QStringLiteral("unexpected end of file");
        return !m_failed;
    }

private:
    void tokenize(const QString &text)
    {
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n;) {
            const QChar c = text.at(i);
            if (c.isSpace()) {
                ++i;
            } else if (text.mid(i, 2) == QLatin1String("//")) {
                while (i < n && text.at(i) != QLatin1Char('\n'))
                    ++i;
            } else if (text.mid(i, 2) == QLatin1String("/*")) {
                const qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                qsizetype j = i + 1;
                while (j < n && text.at(j) != c)
                    j += text.at(j) == QLatin1Char('\\') ? 2 : 1;
                m_tokens.append(text.mid(i, j + 1 - i));
                i = j + 1;
            } else if (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.')
                       || c == QLatin1Char('-')) {
                qsizetype j = i;
                while (j < n
                       && (text.at(j).isLetterOrNumber() || text.at(j) == QLatin1Char('_')
                           || text.at(j) == QLatin1Char('.') || text.at(j) == QLatin1Char('-')))
                    ++j;
                m_tokens.append(text.mid(i, j - i));
                i = j;
            } else {
                m_tokens.append(QString(c));
                ++i;
            }
        }
    }

    bool atEnd() const { return m_pos >= m_tokens.size(); }
    QString peek() const { return atEnd() ? QString() : m_tokens.at(m_pos); }
    QString next()
    {
        if (atEnd()) {
            m_failed = true;
            return {};
        }
        return m_tokens.at(m_pos++);
    }

    /// Up to and including the ';' that ends a statement, skipping `{...}` blocks.
    void skipStatement()
    {
        int depth = 0;
        while (!atEnd()) {
            const QString t = next();
            if (t == QLatin1String("{"))
                ++depth;
            else if (t == QLatin1String("}"))
                --depth;
            else if (t == QLatin1String(";") && depth <= 0)
                return;
            if (depth < 0)
                return;
        }
    }

    /// A `{...}` block after its opening brace has been read.
    QStringList block()
    {
        QStringList tokens;
        int depth = 1;
        while (!atEnd()) {
            const QString t = next();
            if (t == QLatin1String("{"))
                ++depth;
            else if (t == QLatin1String("}") && --depth == 0)
                break;
            tokens.append(t);
        }
        return tokens;
    }

    /// Field options `[...]`: REQUIRED and string length rules are kept.
    void fieldOptions(Field *field)
    {
        int depth = 1;
        QStringList tokens;
        while (!atEnd() && depth > 0) {
            const QString t = next();
            if (t == QLatin1String("["))
                ++depth;
            else if (t == QLatin1String("]"))
                --depth;
            tokens.append(t);
        }
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (tokens.at(i) == QLatin1String("REQUIRED"))
                field->required = true;
            // Only the validate rules count (the openapiv2 annotations repeat them as min_length).
            if (i + 2 < tokens.size() && tokens.at(i + 1) == QLatin1String(":")) {
                if (tokens.at(i) == QLatin1String("min_len"))
                    field->minLength = tokens.at(i + 2).toInt();
                else if (tokens.at(i) == QLatin1String("max_len"))
                    field->maxLength = tokens.at(i + 2).toInt();
            }
        }
    }

    void message(const QString &scope)
    {
        const QString name = join(scope, next());
        next(); // {
        Message message;
        message.fullName = name;
        body(name, QString(), &message);
        m_contract.m_messages.insert(name, message);
    }

    void body(const QString &scope, const QString &oneof, Message *message)
    {
        while (!atEnd()) {
            const QString word = next();
            if (word == QLatin1String("}"))
                return;
            if (word == QLatin1String(";"))
                continue;
            if (word == QLatin1String("message")) {
                this->message(scope);
            } else if (word == QLatin1String("enum")) {
                enumeration(scope);
            } else if (word == QLatin1String("oneof")) {
                const QString oneofName = next();
                next(); // {
                body(scope, oneofName, message);
            } else if (word == QLatin1String("option") || word == QLatin1String("reserved")
                       || word == QLatin1String("extensions")) {
                skipStatement();
            } else {
                field(word, scope, oneof, message);
            }
        }
    }

    void field(QString type, const QString &scope, const QString &oneof, Message *message)
    {
        Field field;
        field.scope = scope;
        field.oneof = oneof;
        if (type == QLatin1String("optional") || type == QLatin1String("repeated")) {
            field.repeated = type == QLatin1String("repeated");
            type = next();
        }
        if (type == QLatin1String("map")) {
            field.map = true;
            while (!atEnd() && next() != QLatin1String(">")) { }
        }
        field.type = type;
        field.name = next();
        field.jsonName = jsonNameOf(field.name);
        next(); // =
        next(); // number
        if (peek() == QLatin1String("[")) {
            next();
            fieldOptions(&field);
        }
        skipStatement();
        message->fields.append(field);
    }

    void enumeration(const QString &scope)
    {
        const QString name = join(scope, next());
        next(); // {
        const QStringList tokens = block();
        QStringList values;
        for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
            if (tokens.at(i + 1) == QLatin1String("=") && tokens.at(i) != QLatin1String("option")
                && (i == 0 || tokens.at(i - 1) == QLatin1String(";")))
                values.append(tokens.at(i));
        }
        m_contract.m_enums.insert(name, values);
    }

    void service()
    {
        const QString name = join(m_package, next());
        next(); // {
        while (!atEnd()) {
            const QString word = next();
            if (word == QLatin1String("}"))
                return;
            if (word != QLatin1String("rpc")) {
                skipStatement();
                continue;
            }
            Rpc rpc;
            rpc.fullName = join(name, next());
            rpc.scope = m_package;
            next(); // (
            QString input = next();
            if (input == QLatin1String("stream"))
                input = next();
            rpc.input = input;
            while (!atEnd() && next() != QLatin1String(")")) { } // request
            while (!atEnd() && next() != QLatin1String(")")) { } // returns (response)
            if (next() == QLatin1String("{")) {
                const QStringList tokens = block();
                for (qsizetype i = 0; i + 2 < tokens.size(); ++i) {
                    const QString verb = tokens.at(i);
                    if (tokens.at(i + 1) == QLatin1String(":") && httpVerbs.contains(verb)
                        && rpc.verb.isEmpty()) {
                        rpc.verb = verb.toUpper().toLatin1();
                        QString path = tokens.at(i + 2);
                        rpc.pathTemplate = m_prefix + path.mid(1, path.size() - 2);
                    }
                }
            }
            if (!rpc.verb.isEmpty())
                m_contract.m_rpcs.append(rpc);
        }
    }

    ProtoSchema &m_contract;
    QString m_prefix;
    QStringList m_tokens;
    qsizetype m_pos = 0;
    QString m_package;
    bool m_failed = false;
};

bool ProtoSchema::load(const QStringList &files, QString *error, const QString &pathPrefix)
{
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return false;
        }
        Parser parser(*this, QString::fromUtf8(file.readAll()), pathPrefix);
        QString problem;
        if (!parser.parse(&problem)) {
            *error = QStringLiteral("%1: %2").arg(path, problem);
            return false;
        }
    }
    return true;
}

QString ProtoSchema::resolve(const QString &type, const QString &scope) const
{
    if (isScalar(type))
        return type;
    if (type.startsWith(QLatin1String("google.protobuf.")))
        return type;
    // Innermost scope first, as protoc resolves names.
    QString current = scope;
    while (true) {
        const QString candidate = join(current, type);
        if (m_messages.contains(candidate) || m_enums.contains(candidate))
            return candidate;
        if (current.isEmpty())
            break;
        const qsizetype dot = current.lastIndexOf(QLatin1Char('.'));
        current = dot < 0 ? QString() : current.left(dot);
    }
    return {};
}
