#pragma once

#include <QString>

/// What a backend needs and offers, so front ends ask for exactly the right inputs.
struct BackendCapabilities
{
    /// Human name of the API, e.g. "ZITADEL management v1".
    QString apiName;
    bool needsPassword = false;
    bool needsVerificationCode = false;
    /// A code must be requested for the new address before changing (a "Send code" button).
    bool canRequestVerificationCode = false;
    bool canMarkVerified = false;
    /// Only the signed-in account can be changed (and listed).
    bool ownAccountOnly = false;
    /// The change is guarded by a version token read right before writing.
    bool hasVersionCheck = false;
    /// HTTP requests one successful changeEmail() sends (a read of the version before, a read
    /// of the result after), so that a bulk run paced to N requests per second stays there.
    int requestsPerChange = 1;
    bool canResendVerification = false;
    /// After a change, the user confirms with a code mailed to the new address (ZITADEL self).
    bool verifiesWithCodeAfterChange = false;
    /// Server-side text search over the whole directory (beyond the loaded rows). The exact
    /// lookups id: and email: work with every backend whatever this says (UserLookup).
    bool hasServerSearch = false;
    /// The list reports a total count up front.
    bool reportsTotalCount = false;
    /// One sentence on what happens after a change, shown before confirming.
    QString afterChange;
};
