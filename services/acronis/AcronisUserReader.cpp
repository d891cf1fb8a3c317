#include "AcronisUserReader.h"

#include "UserWords.h"

AcronisUserSnapshot AcronisUserReader::read(const JsonReader &object)
{
    AcronisUserSnapshot record;
    User &user = record.user;
    // UUIDs: text only, never a number that QJsonDocument may have rounded.
    user.id = object.stringId(QStringLiteral("id"));
    record.version = object.integer(QStringLiteral("version"));
    user.version = QString::number(record.version);
    user.organisationId = object.stringId(QStringLiteral("tenant_id"));
    user.login = object.string(QStringLiteral("login"));
    record.activated = object.boolean(QStringLiteral("activated"));
    const bool enabled = object.boolean(QStringLiteral("enabled"));
    const QString deletedAt = object.optionalString(QStringLiteral("deleted_at"));

    const JsonReader contact = object.object(QStringLiteral("contact"));
    user.email = contact.optionalString(QStringLiteral("email")).trimmed();
    const QString firstName = contact.optionalString(QStringLiteral("firstname")).trimmed();
    const QString lastName = contact.optionalString(QStringLiteral("lastname")).trimmed();
    // email_confirmed is a nullable boolean: null (or absent) means the platform does not say.
    const std::optional<bool> confirmed =
        contact.nullableBoolean(QStringLiteral("email_confirmed"));
    user.verification = !confirmed ? EmailVerification::Unknown
        : *confirmed               ? EmailVerification::Verified
                                   : EmailVerification::Unverified;

    const QString fullName = QString(firstName + QLatin1Char(' ') + lastName).trimmed();
    user.displayName = fullName.isEmpty() ? user.login : fullName;

    if (!deletedAt.isEmpty()) {
        user.state = UserState::Deleted;
        user.stateText = UserWords::shared(UserWords::deleted);
    } else if (!record.activated) {
        user.state = UserState::Initial;
        user.stateText = UserWords::shared(UserWords::notActivated);
    } else if (!enabled) {
        user.state = UserState::Inactive;
        user.stateText = UserWords::shared(UserWords::disabled);
    } else {
        user.state = UserState::Active;
        user.stateText = UserWords::shared(UserWords::active);
    }
    return record;
}

bool AcronisUserReader::isUuid(const QString &text)
{
    // 8-4-4-4-12 hex digits, either case. Checked by hand rather than with a regular
    // expression: a tenant's id list holds one per user (perf: 2% of a 100,000-user listing).
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool hyphenPlace = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex =
            (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (hyphenPlace ? c != u'-' : !hex)
            return false;
    }
    return true;
}
