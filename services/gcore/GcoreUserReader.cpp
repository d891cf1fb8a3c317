#include "GcoreUserReader.h"

#include "UserWords.h"

namespace {
/// Whether `key` is present and not null (optional flags are Unknown when absent).
bool hasValue(const JsonReader &json, const QString &key)
{
    const JsonReader::Kind kind = json.kind(key);
    return kind != JsonReader::Kind::Missing && kind != JsonReader::Kind::Null;
}

} // namespace

User GcoreUserReader::read(const JsonReader &json)
{
    User user;
    user.id = json.id(QStringLiteral("id"));
    user.email = json.string(QStringLiteral("email"));
    user.login = user.email;
    const QString name = json.optionalString(QStringLiteral("name")).trimmed();
    user.displayName = name.isEmpty() ? user.email : name;

    // "activated": "true - user confirmed the email".
    const std::optional<bool> activated = json.nullableBoolean(QStringLiteral("activated"));
    user.verification = !activated ? EmailVerification::Unknown
        : *activated               ? EmailVerification::Verified
                                   : EmailVerification::Unverified;

    const bool deleted = json.optionalBoolean(QStringLiteral("deleted"), false);
    const std::optional<bool> active = json.nullableBoolean(QStringLiteral("is_active"));
    if (deleted) {
        user.state = UserState::Deleted;
        user.stateText = UserWords::shared(UserWords::deleted);
    } else if (active) {
        user.state = *active ? UserState::Active : UserState::Inactive;
        user.stateText = UserWords::shared(*active ? UserWords::active : UserWords::inactive);
    }

    // The account ("client") the user belongs to; its company name, or the one listed for that
    // client in client_and_roles.
    if (hasValue(json, QStringLiteral("client")))
        user.organisationId = json.id(QStringLiteral("client"));
    user.organisationName = json.optionalString(QStringLiteral("company")).trimmed();
    // client_and_roles only fills in what client and company left out: nearly every user has
    // both, and reading the roles anyway was 4% of a listing's CPU.
    if (!user.organisationId.isEmpty() && !user.organisationName.isEmpty())
        return user;
    const QList<JsonReader> roles = json.array(QStringLiteral("client_and_roles"), false);
    for (const JsonReader &role : roles) {
        const std::optional<qint64> clientId = role.optionalInteger(QStringLiteral("client_id"));
        const QString company = role.optionalString(QStringLiteral("client_company_name"));
        if (user.organisationId.isEmpty() && clientId)
            user.organisationId = QString::number(*clientId);
        if (user.organisationName.isEmpty() && clientId
            && QString::number(*clientId) == user.organisationId)
            user.organisationName = company.trimmed();
    }
    return user;
}
