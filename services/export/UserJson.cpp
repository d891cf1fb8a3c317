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
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00").append(hex[c >> 4]).append(hex[c & 0xf]);
            break;
        }
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    out.append('"');
}
