#include "ProtoContract.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

bool isScalar(const QString &type)
{
    return int64Types.contains(type) || int32Types.contains(type) || otherScalars.contains(type);
}

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

/// Tokens of a .proto file (comments dropped), and a recursive reader of its declarations.
class ProtoContract::Parser
{
public:
    Parser(ProtoContract &contract, const QString &text, QString prefix)
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
    void fieldOptions(ProtoContract::Field *field)
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
        ProtoContract::Message message;
        message.fullName = name;
        body(name, QString(), &message);
        m_contract.m_messages.insert(name, message);
    }

    void body(const QString &scope, const QString &oneof, ProtoContract::Message *message)
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

    void field(QString type, const QString &scope, const QString &oneof,
               ProtoContract::Message *message)
    {
        ProtoContract::Field field;
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
            ProtoContract::Rpc rpc;
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

    ProtoContract &m_contract;
    QString m_prefix;
    QStringList m_tokens;
    qsizetype m_pos = 0;
    QString m_package;
    bool m_failed = false;
};

bool ProtoContract::load(const QStringList &files, QString *error, const QString &pathPrefix)
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

QString ProtoContract::resolve(const QString &type, const QString &scope) const
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

QStringList ProtoContract::check(const QByteArray &verb, const QString &path,
                                 const QByteArray &body, QString *rpcName) const
{
    const Rpc *match = nullptr;
    int matchPlaceholders = INT_MAX;
    QStringList bound;
    for (const Rpc &rpc : m_rpcs) {
        if (rpc.verb != verb)
            continue;
        QStringList names;
        QString pattern = QRegularExpression::escape(rpc.pathTemplate);
        static const QRegularExpression placeholder(QStringLiteral("\\\\\\{([a-z_.]+)\\\\\\}"));
        for (auto it = placeholder.globalMatch(pattern); it.hasNext();)
            names.append(it.next().captured(1));
        pattern.replace(placeholder, QStringLiteral("([^/]+)"));
        if (!QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'))
                 .match(path)
                 .hasMatch())
            continue;
        if (int(names.size()) < matchPlaceholders) {
            match = &rpc;
            matchPlaceholders = int(names.size());
            bound = names;
        }
    }
    if (!match)
        return {
            QStringLiteral("%1 %2 is no rpc of the contract").arg(QString::fromLatin1(verb), path)
        };
    if (rpcName)
        *rpcName = match->fullName;

    QStringList violations;
    const QString input = resolve(match->input, match->scope);
    if (verb == "GET" || verb == "DELETE") {
        if (!body.trimmed().isEmpty())
            violations.append(QStringLiteral("%1 has a body").arg(match->fullName));
        return violations;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        violations.append(QStringLiteral("%1: the body is not a JSON object").arg(match->fullName));
        return violations;
    }
    QStringList boundFields;
    for (const QString &name : bound)
        boundFields.append(name);
    checkMessage(document.object(), input, match->input, boundFields, &violations);
    return violations;
}

void ProtoContract::checkMessage(const QJsonValue &value, const QString &messageName,
                                 const QString &where, const QStringList &boundFromPath,
                                 QStringList *violations) const
{
    if (!value.isObject()) {
        violations->append(QStringLiteral("%1: a message must be a JSON object").arg(where));
        return;
    }
    const auto found = m_messages.constFind(messageName);
    if (found == m_messages.cend()) {
        violations->append(
            QStringLiteral("%1: type %2 is not in the contract files").arg(where, messageName));
        return;
    }
    const QJsonObject object = value.toObject();
    QHash<QString, QString> oneofSeen;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const Field *field = nullptr;
        for (const Field &candidate : found->fields) {
            if (candidate.jsonName == it.key())
                field = &candidate;
        }
        const QString at = where + QLatin1Char('.') + it.key();
        if (!field) {
            bool snake = false;
            for (const Field &candidate : found->fields)
                snake = snake || candidate.name == it.key();
            violations->append(
                snake ? QStringLiteral("%1: protojson writes field names in "
                                       "lowerCamelCase")
                            .arg(at)
                      : QStringLiteral("%1: no such field in %2").arg(at, messageName));
            continue;
        }
        if (!field->oneof.isEmpty()) {
            if (oneofSeen.contains(field->oneof))
                violations->append(QStringLiteral("%1: oneof %2 is already set by %3")
                                       .arg(at, field->oneof, oneofSeen.value(field->oneof)));
            oneofSeen.insert(field->oneof, it.key());
        }
        if (boundFromPath.contains(field->name))
            continue; // the path's value wins; the gateway ignores this copy
        if (field->repeated) {
            if (!it->isArray()) {
                violations->append(QStringLiteral("%1: a repeated field must be an array").arg(at));
                continue;
            }
            const QJsonArray items = it->toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                checkValue(items.at(i), *field, at + QStringLiteral("[%1]").arg(i), violations);
        } else if (field->map) {
            if (!it->isObject())
                violations->append(QStringLiteral("%1: a map must be a JSON object").arg(at));
        } else {
            checkValue(*it, *field, at, violations);
        }
    }
    for (const Field &field : found->fields) {
        if (field.required && !boundFromPath.contains(field.name)
            && !object.contains(field.jsonName))
            violations->append(
                QStringLiteral("%1.%2: required field is missing").arg(where, field.jsonName));
    }
}

void ProtoContract::checkValue(const QJsonValue &value, const Field &field, const QString &where,
                               QStringList *violations) const
{
    const QString type = resolve(field.type, field.scope);
    if (value.isNull()) {
        violations->append(QStringLiteral("%1: protojson writes no nulls").arg(where));
        return;
    }
    if (type.isEmpty()) {
        violations->append(
            QStringLiteral("%1: type %2 is not in the contract files").arg(where, field.type));
    } else if (type == QLatin1String("string") || type == QLatin1String("bytes")) {
        if (!value.isString()) {
            violations->append(QStringLiteral("%1: %2 must be a JSON string").arg(where, type));
            return;
        }
        const qsizetype length = value.toString().size();
        if (field.minLength >= 0 && length < field.minLength)
            violations->append(
                QStringLiteral("%1: shorter than %2 characters").arg(where).arg(field.minLength));
        if (field.maxLength >= 0 && length > field.maxLength)
            violations->append(
                QStringLiteral("%1: longer than %2 characters").arg(where).arg(field.maxLength));
    } else if (type == QLatin1String("bool")) {
        if (!value.isBool())
            violations->append(QStringLiteral("%1: bool must be true or false").arg(where));
    } else if (int64Types.contains(type)) {
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]+$"));
        if (!value.isString() || !digits.match(value.toString()).hasMatch())
            violations->append(
                QStringLiteral("%1: protojson writes %2 as a decimal string").arg(where, type));
    } else if (int32Types.contains(type) || type == QLatin1String("double")
               || type == QLatin1String("float")) {
        if (!value.isDouble())
            violations->append(QStringLiteral("%1: %2 must be a JSON number").arg(where, type));
    } else if (type == QLatin1String("google.protobuf.Timestamp")) {
        if (!value.isString())
            violations->append(QStringLiteral("%1: a Timestamp is an RFC 3339 string").arg(where));
    } else if (m_enums.contains(type)) {
        if (!value.isString())
            violations->append(QStringLiteral("%1: protojson writes enums by name").arg(where));
        else if (!m_enums.value(type).contains(value.toString()))
            violations->append(
                QStringLiteral("%1: %2 is no value of %3").arg(where, value.toString(), type));
    } else if (m_messages.contains(type)) {
        checkMessage(value, type, where, {}, violations);
    } else if (!type.startsWith(QLatin1String("google.protobuf."))) {
        violations->append(QStringLiteral("%1: unknown type %2").arg(where, type));
    }
}
