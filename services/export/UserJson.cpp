#include "UserJson.h"

#include "UserFields.h"

#include <QStringEncoder>

namespace {
// Declared once, used by both renderings, so they cannot drift apart.
const char *const idKey = "id";
const char *const loginKey = "login";
const char *const displayNameKey = "displayName";
const char *const emailKey = "email";
const char *const verificationKey = "verification";
const char *const stateKey = "state";
const char *const stateTextKey = "stateText";
const char *const organisationIdKey = "organisationId";
const char *const organisationNameKey = "organisationName";
const char *const versionKey = "version";
const char *const pendingEmailKey = "pendingEmail";

template<typename Emit>
void forEachField(const User &user, Emit &&field)
{
    field(idKey, user.id);
    field(loginKey, user.login);
    field(displayNameKey, user.displayName);
    field(emailKey, user.email);
    field(verificationKey, UserFields::verificationName(user.verification));
    field(stateKey, UserFields::stateName(user.state));
    field(stateTextKey, user.stateText);
    field(organisationIdKey, user.organisationId);
    field(organisationNameKey, user.organisationName);
    field(versionKey, user.version);
    field(pendingEmailKey, user.pendingEmail);
}
} // namespace

QJsonObject UserJson::toObject(const User &user)
{
    QJsonObject object;
    forEachField(user, [&object](const char *key, const QString &value) {
        object.insert(QLatin1String(key), value);
    });
    return object;
}

void UserJson::append(QByteArray &out, const User &user)
{
    // One reservation for the worst case, then the object is written through a pointer: a
    // QByteArray::append() per piece was 5% of a 100,000-user NDJSON listing's CPU (perf).
    qsizetype bound = 2; // {}
    forEachField(user, [&bound](const char *key, const QString &value) {
        bound += qsizetype(qstrlen(key)) + 4 + maxStringBytes(value); // ,"key":
    });
    const qsizetype start = out.size();
    out.resize(start + bound);
    char *at = out.data() + start;
    *at++ = '{';
    bool first = true;
    forEachField(user, [&at, &first](const char *key, const QString &value) {
        if (!first)
            *at++ = ',';
        first = false;
        *at++ = '"';
        for (const char *k = key; *k; ++k)
            *at++ = *k;
        *at++ = '"';
        *at++ = ':';
        at = writeString(at, value);
    });
    *at++ = '}';
    out.resize(at - out.constData());
}

void UserJson::appendString(QByteArray &out, const QString &text)
{
    const qsizetype start = out.size();
    out.resize(start + maxStringBytes(text));
    char *end = writeString(out.data() + start, text);
    out.resize(end - out.constData());
}

qsizetype UserJson::maxStringBytes(QStringView text)
{
    // Quotes, and at most 6 bytes per UTF-16 unit: "\u001f" for a control character (UTF-8
    // needs 3 per unit, 4 per surrogate pair).
    return 2 + 6 * text.size();
}

char *UserJson::writeString(char *at, QStringView text)
{
    *at++ = '"';
    const char16_t *units = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const char16_t unit = units[i];
        if (unit >= 0x20 && unit < 0x80 && unit != '"' && unit != '\\') {
            *at++ = char(unit); // most of a directory
            ++i;
        } else if (unit >= 0x80) {
            // A run of non-ASCII units (a surrogate pair never splits) as UTF-8 in one call;
            // nothing in it needs escaping in JSON.
            qsizetype runEnd = i + 1;
            while (runEnd < size && units[runEnd] >= 0x80)
                ++runEnd;
            QStringEncoder utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
            at = utf8.appendToBuffer(at, text.sliced(i, runEnd - i));
            i = runEnd;
        } else {
            at = writeEscaped(at, char(unit));
            ++i;
        }
    }
    *at++ = '"';
    return at;
}

char *UserJson::writeEscaped(char *at, char c)
{
    static const char hex[] = "0123456789abcdef";
    *at++ = '\\';
    switch (c) {
    case '"':
    case '\\':
        *at++ = c;
        return at;
    case '\n':
        *at++ = 'n';
        return at;
    case '\r':
        *at++ = 'r';
        return at;
    case '\t':
        *at++ = 't';
        return at;
    default:
        for (const char part : { 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf] })
            *at++ = part;
        return at;
    }
}
