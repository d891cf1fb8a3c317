#include "UserFields.h"

QString UserFields::verificationName(EmailVerification verification)
{
    switch (verification) {
    case EmailVerification::Verified:
        return QStringLiteral("verified");
    case EmailVerification::Unverified:
        return QStringLiteral("unverified");
    case EmailVerification::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString UserFields::stateName(UserState state)
{
    switch (state) {
    case UserState::Active:
        return QStringLiteral("active");
    case UserState::Inactive:
        return QStringLiteral("inactive");
    case UserState::Locked:
        return QStringLiteral("locked");
    case UserState::Initial:
        return QStringLiteral("initial");
    case UserState::Deleted:
        return QStringLiteral("deleted");
    case UserState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

const QStringList &UserFields::csvColumns()
{
    static const QStringList columns {
        QStringLiteral("id"),           QStringLiteral("login"),           QStringLiteral("name"),
        QStringLiteral("email"),        QStringLiteral("verified"),        QStringLiteral("state"),
        QStringLiteral("organisation"), QStringLiteral("organisation_id"),
    };
    return columns;
}

UserFields::CsvCells UserFields::csvCells(const User &user)
{
    QString verified;
    if (user.verification == EmailVerification::Verified)
        verified = QStringLiteral("true");
    else if (user.verification == EmailVerification::Unverified)
        verified = QStringLiteral("false");
    return CsvCells { user.id,
                      user.login,
                      user.displayName,
                      user.email,
                      verified,
                      stateName(user.state),
                      user.organisationName.isEmpty() ? user.organisationId : user.organisationName,
                      user.organisationId };
}
