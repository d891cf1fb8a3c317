#include "User.h"

QString User::shownName() const
{
    if (!displayName.isEmpty())
        return displayName;
    return login.isEmpty() ? id : login;
}

bool User::operator==(const User &other) const
{
    return id == other.id && login == other.login && displayName == other.displayName
        && email == other.email && verification == other.verification && state == other.state
        && stateText == other.stateText && organisationId == other.organisationId
        && organisationName == other.organisationName && version == other.version
        && pendingEmail == other.pendingEmail && pendingSince == other.pendingSince;
}
