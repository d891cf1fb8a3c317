#include "ZitadelUserMapper.h"

#include <QCoreApplication>

#include <cmath>
#include <vector>

namespace {
/// zitadel.user.v1.UserState, by number.
const char *const stateNamesV1[] = {
    "USER_STATE_UNSPECIFIED", "USER_STATE_ACTIVE",  "USER_STATE_INACTIVE", "USER_STATE_DELETED",
    "USER_STATE_LOCKED",      "USER_STATE_SUSPEND", "USER_STATE_INITIAL",
};
/// zitadel.user.v2.UserState, by number.
const char *const stateNamesV2[] = {
    "USER_STATE_UNSPECIFIED", "USER_STATE_ACTIVE", "USER_STATE_INACTIVE",
    "USER_STATE_DELETED",     "USER_STATE_LOCKED", "USER_STATE_INITIAL",
};

/// The JSON names that differ between the versions.
struct FieldNames
{
    const char *id;
    const char *userName;
    const char *givenName;
    const char *familyName;
    const char *emailVerified;
};
constexpr FieldNames v1Names { "id", "userName", "firstName", "lastName", "isEmailVerified" };
constexpr FieldNames v2Names { "userId", "username", "givenName", "familyName", "isVerified" };
} // namespace

UserState ZitadelUserMapper::state(const QString &name, QString *displayText)
{
    struct Entry
    {
        const char *name;
        UserState state;
        const char *text;
    };
    static const Entry entries[] = {
        { "USER_STATE_ACTIVE", UserState::Active, QT_TRANSLATE_NOOP("UserWords", "Active") },
        { "USER_STATE_INACTIVE", UserState::Inactive, QT_TRANSLATE_NOOP("UserWords", "Inactive") },
        { "USER_STATE_DELETED", UserState::Deleted, QT_TRANSLATE_NOOP("UserWords", "Deleted") },
        { "USER_STATE_LOCKED", UserState::Locked, QT_TRANSLATE_NOOP("UserWords", "Locked") },
        // Inference: SUSPEND is a legacy v1 state with no v2 equivalent; a suspended user cannot
        // sign in until reactivated, as with a deactivated one.
        { "USER_STATE_SUSPEND", UserState::Inactive, QT_TRANSLATE_NOOP("UserWords", "Suspended") },
        { "USER_STATE_INITIAL", UserState::Initial,
          QT_TRANSLATE_NOOP("UserWords", "Initial (sign-up not finished)") },
        { "USER_STATE_UNSPECIFIED", UserState::Unknown,
          QT_TRANSLATE_NOOP("UserWords", "Unspecified") },
    };
    // Made once: every user with a state shares its text (a listing makes 100,000 of them).
    static const std::vector<QString> texts = [] {
        std::vector<QString> made;
        for (const Entry &entry : entries)
            made.push_back(QString::fromLatin1(entry.text));
        return made;
    }();
    for (std::size_t i = 0; i < std::size(entries); ++i) {
        if (name == QLatin1String(entries[i].name)) {
            // Untranslated: machine output stays the same in every language; UserWords
            // translates it for people.
            *displayText = texts[i];
            return entries[i].state;
        }
    }
    // A state newer than this client: show ZITADEL's own word.
    *displayText = name;
    return UserState::Unknown;
}

User ZitadelUserMapper::fromJson(const JsonReader &json, Version version)
{
    const bool v2 = version == Version::V2;
    const FieldNames &names = v2 ? v2Names : v1Names;
    User user;
    // protojson writes ids as strings; a number would already be rounded beyond 2^53.
    user.id = json.stringId(QLatin1String(names.id));

    const JsonReader details = json.optionalObject(QStringLiteral("details"));
    user.organisationId = details.optionalString(QStringLiteral("resourceOwner"));
    // The event sequence: informational (ZITADEL takes no concurrency token on writes).
    const qint64 sequence = details.int64(QStringLiteral("sequence"), 0);
    if (sequence > 0)
        user.version = QString::number(sequence);

    // protojson writes enum names; numbers are valid protojson input too.
    QString stateName;
    if (json.kind(QStringLiteral("state")) == JsonReader::Kind::Number) {
        const double value = json.number(QStringLiteral("state"));
        const int count = v2 ? int(std::size(stateNamesV2)) : int(std::size(stateNamesV1));
        // A whole number in range names a state; anything else is shown as the server sent it.
        const int number =
            std::trunc(value) == value && value >= 0 && value < count ? int(value) : -1;
        stateName = number >= 0 ? QLatin1String(v2 ? stateNamesV2[number] : stateNamesV1[number])
                                : QString::number(value);
    } else {
        stateName = json.optionalString(QStringLiteral("state"));
    }
    user.state = state(stateName.isEmpty() ? QStringLiteral("USER_STATE_UNSPECIFIED") : stateName,
                       &user.stateText);

    const QString userName = json.optionalString(QLatin1String(names.userName));
    const QString preferredLoginName = json.optionalString(QStringLiteral("preferredLoginName"));
    // The user name is what ZITADEL's user-name search matches; the login name adds the org
    // domain ("jdoe@northwind.example") and stands in when no user name is given.
    user.login = userName.isEmpty() ? preferredLoginName : userName;

    if (json.has(QStringLiteral("human"))) {
        const JsonReader human = json.optionalObject(QStringLiteral("human"));
        const JsonReader profile = human.optionalObject(QStringLiteral("profile"));
        user.displayName = profile.optionalString(QStringLiteral("displayName"));
        if (user.displayName.isEmpty()) {
            const QString fullName = profile.optionalString(QLatin1String(names.givenName))
                + QLatin1Char(' ') + profile.optionalString(QLatin1String(names.familyName));
            user.displayName = fullName.trimmed();
        }
        const JsonReader email = human.optionalObject(QStringLiteral("email"));
        user.email = email.optionalString(QStringLiteral("email"));
        user.verification = email.optionalBoolean(QLatin1String(names.emailVerified), false)
            ? EmailVerification::Verified
            : EmailVerification::Unverified;
    } else {
        // Machine users (service accounts) have no email address at all.
        const JsonReader machine = json.optionalObject(QStringLiteral("machine"));
        user.displayName = machine.optionalString(QStringLiteral("name"));
        user.verification = EmailVerification::Unknown;
    }
    if (user.displayName.isEmpty())
        user.displayName = user.login;
    return user;
}
