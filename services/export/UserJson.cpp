#include "UserJson.h"

#include "UserFields.h"

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
    out.append('{');
    bool first = true;
    forEachField(user, [&out, &first](const char *key, const QString &value) {
        if (!first)
            out.append(',');
        first = false;
        out.append('"').append(key).append("\":");
        appendString(out, value);
    });
    out.append('}');
}

void UserJson::appendString(QByteArray &out, const QString &text)
{
    out.append('"');
    // Most of a directory is plain ASCII: written straight into the buffer, one pass, without
    // a UTF-8 copy of the field; the first character that needs care ends the fast path.
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *destination = out.data() + start;
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
            break;
        *destination++ = char(c);
    }
    out.resize(start + i);
    if (i < text.size()) {
        const QByteArray utf8 = QStringView(text).mid(i).toUtf8();
        for (const char byte : utf8) {
            if (static_cast<unsigned char>(byte) >= 0x80)
                out.append(byte); // part of a multi-byte character: never special in JSON
            else
                appendAscii(out, byte);
        }
    }
    out.append('"');
}

void UserJson::appendAscii(QByteArray &out, char c)
{
    static const char hex[] = "0123456789abcdef";
    switch (c) {
    case '"':
        out.append("\\\"");
        return;
    case '\\':
        out.append("\\\\");
        return;
    case '\n':
        out.append("\\n");
        return;
    case '\r':
        out.append("\\r");
        return;
    case '\t':
        out.append("\\t");
        return;
    default:
        break;
    }
    if (static_cast<unsigned char>(c) < 0x20)
        out.append("\\u00").append(hex[(c >> 4) & 0xf]).append(hex[c & 0xf]);
    else
        out.append(c);
}
