#pragma once

#include "JsonReader.h"
#include "User.h"

/// Maps an IAM `User` (also the lighter `UserPublic`) to User: id, email (also the login), name
/// (falling back to the email), verification from `activated` (absent or null = Unknown), state
/// from `deleted` and `is_active`, and the account (`client`) with its company name, or the one
/// `client_and_roles` lists for that client.
class GcoreUserReader
{
public:
    /// Reads `json`; problems are recorded in the reader (check json.ok()).
    static User read(const JsonReader &json);
};
