#pragma once

#include "User.h"

#include <QString>

#include <optional>

/// What the person asked for. Fields a backend does not need stay empty; the change-email
/// dialog reads BackendCapabilities to know which ones to ask for.
struct EmailChangeRequest
{
    QString newEmail;
    /// The target user's own password (Gcore IAM confirms changes with it). Never stored.
    QString password;
    /// A code mailed to the new address (Huawei CodeArts Repo).
    QString verificationCode;
    /// ZITADEL management: mark the new address verified instead of mailing a verification.
    bool markVerified = false;
    /// The version the person saw (User::version), for backends with a version check: when the
    /// server's record has moved on since, the change is refused as a conflict instead of
    /// overwriting what someone else changed. Empty: check against the version read just before.
    QString expectedVersion;
};

/// What happened after a successful change request.
struct EmailChangeOutcome
{
    enum class Kind {
        /// The address is changed and in effect.
        ChangedNow,
        /// The address is changed; a verification mail went to the new address.
        VerificationMailSent,
        /// Nothing changes until the user opens the link mailed to the OLD address.
        AwaitingConfirmationAtOldAddress,
    };

    Kind kind = Kind::ChangedNow;
    /// The user as the backend reports it afterwards, when it does.
    std::optional<User> user;

    /// One sentence for a status bar or a CLI line.
    QString summary(const QString &newEmail) const;
    /// The same sentence naming the user (`userName`), for a window's status bar, where the
    /// dialog that said who it was about has closed.
    QString summaryFor(const QString &userName, const QString &newEmail) const;
};
