#pragma once

#include "BackendCapabilities.h"
#include "EmailChange.h"
#include "ServiceJob.h"
#include "UserPage.h"

#include <QObject>

#include <optional>

/// One identity provider's API, as the front ends use it. Every call returns a job at once
/// (see ServiceJob for the lifetime contract); nothing blocks and nothing opens dialogs.
class IdentityBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual BackendCapabilities capabilities() const = 0;
    /// What happens after changing `user`'s email, in one sentence: capabilities().afterChange,
    /// or a sentence that fits this user's state where the backend's answer depends on it.
    virtual QString afterChangeFor(const User &user) const;

    /// A page of users; for own-account backends, the signed-in user.
    virtual UserPageJob *listUsers(const UserQuery &query) = 0;
    virtual UserJob *user(const QString &userId) = 0;
    virtual EmailChangeJob *changeEmail(const QString &userId,
                                        const EmailChangeRequest &request) = 0;
    /// Sends a verification code to `newEmail` (capabilities().canRequestVerificationCode).
    virtual ActionJob *requestVerificationCode(const QString &newEmail);
    /// Mails the user's verification or activation again (capabilities().canResendVerification).
    virtual ActionJob *resendVerification(const QString &userId);
    /// Confirms a changed address with the code mailed to it
    /// (capabilities().verifiesWithCodeAfterChange).
    virtual ActionJob *verifyEmail(const QString &userId, const QString &code);

    /// For listings paged by offset: the offset a page token of listUsers() stands for. With
    /// pageTokenAtOffset() it lets a page pipeline fetch the pages of one listing concurrently.
    /// Nothing for backends that page with cursors (or not at all): they are listed page after
    /// page.
    virtual std::optional<qint64> offsetOfPageToken(const QString &pageToken) const;
    /// The token of the page at `offset` in the same listing as `sameListingToken` (a token the
    /// listing returned); empty when the backend cannot address pages by offset.
    virtual QString pageTokenAtOffset(const QString &sameListingToken, qint64 offset) const;

protected:
    /// A job that fails with Unsupported, for actions this backend does not have.
    ActionJob *unsupported(const QString &action);
    /// For backends whose page tokens are plain decimal offsets (Gcore, ZITADEL management).
    static std::optional<qint64> decimalOffset(const QString &pageToken);
};
