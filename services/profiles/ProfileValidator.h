#pragma once

#include "ConnectionProfile.h"

#include <QList>

/// The checks of a profile's fields behind ConnectionProfile::validate() and fromJson(): a
/// usable name, web addresses that may carry a secret (https, or http to this computer only),
/// a sign-in method the API accepts with what it needs, a timeout in range and a variable name
/// for the secret. Nothing here touches the file system. The messages keep ConnectionProfile's
/// translation context, where the catalogue has them.
class ProfileValidator
{
public:
    /// Every problem with `profile`'s fields, in field order; empty when they are usable.
    static QList<ProfileProblem> problemsIn(const ConnectionProfile &profile);
};
