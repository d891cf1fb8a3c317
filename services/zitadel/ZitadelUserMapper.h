#pragma once

#include "JsonReader.h"
#include "User.h"

/// Reads a ZITADEL user into a User: `zitadel.user.v1.User` (management v1 and auth v1 share it)
/// or `zitadel.user.v2.User` (user service v2). The two shapes agree but for some names (v1 `id`,
/// `userName`, `firstName`, `isEmailVerified`; v2 `userId`, `username`, `givenName`,
/// `isVerified`) and the numbers of the states (v2 has no SUSPEND, so INITIAL is 5, not 6).
///
/// protojson rules apply: zero values are omitted (a missing `isEmailVerified` is false, a
/// missing `state` is USER_STATE_UNSPECIFIED), 64-bit numbers (`details.sequence`) are strings
/// and enums are names (numbers are accepted too). Problems (wrong types, no id) are recorded in
/// the reader; callers check JsonReader::ok() once after reading.
class ZitadelUserMapper
{
public:
    enum class Version { V1, V2 };

    static User fromJson(const JsonReader &json, Version version = Version::V1);
    /// `USER_STATE_ACTIVE` (or its number) in IdentityDesk's vocabulary, with a display word.
    static UserState state(const QString &name, QString *displayText);
};
