#pragma once

#include "JsonReader.h"
#include "User.h"

/// Reads a ZITADEL v1 `zitadel.user.v1.User` (management v1 and auth v1 share it) into a User.
///
/// protojson rules apply: zero values are omitted (a missing `isEmailVerified` is false, a
/// missing `state` is USER_STATE_UNSPECIFIED), 64-bit numbers (`details.sequence`) are strings
/// and enums are names (numbers are accepted too). Problems (wrong types, no id) are recorded in
/// the reader; callers check JsonReader::ok() once after reading.
class ZitadelUserMapper
{
public:
    static User fromJson(const JsonReader &json);
    /// `USER_STATE_ACTIVE` (or its number) in IdentityDesk's vocabulary, with a display word.
    static UserState state(const QString &name, QString *displayText);
};
