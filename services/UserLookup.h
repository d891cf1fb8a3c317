#pragma once

#include "UserPage.h"

#include <QCoreApplication>
#include <QString>

class IdentityBackend;
class UserPageJob;

/// The exact lookups "id:USER_ID" and "email:ADDRESS", said once for the CLI and the desktop:
/// how the text is read, what matches, and the sentences both front ends show.
///
/// Every backend answers both: by the server's filter where the API has one, by reading the
/// one user where it can read by id, by comparing the signed-in account on the own-account
/// APIs, and otherwise (an email on Gcore IAM and Acronis) by scanning the whole listing
/// through the page pipeline (scanForEmail()), with progress.
class UserLookup
{
    Q_DECLARE_TR_FUNCTIONS(UserLookup)

public:
    /// "id:42" -> ExactId "42", "email:a@b" -> ExactEmail "a@b" (prefixes in any case), other
    /// text -> Contains, empty text (or a prefix alone) -> All.
    static UserQuery parse(const QString &text);

    /// Whether `user` is what an exact lookup asks for (ids exactly, addresses in any case);
    /// every user matches All, Contains is the server's business and matches nobody here.
    static bool matches(const UserQuery &query, const User &user);

    /// A job that lists every user of `backend` and keeps those whose address is `email`
    /// (in any case): for APIs without an email filter. It reports progress() as it goes and
    /// finishes with one page of the matches. Cancelling or deleting the job stops the scan.
    static UserPageJob *scanForEmail(IdentityBackend *backend, const QString &email);

    /// "No user has the id 42." and the like, for an empty result.
    static QString noMatch(const UserQuery &query);
    /// The error for a text search an API cannot do (`apiName` e.g. "Gcore IAM").
    static QString textSearchUnsupported(const QString &apiName);
    /// The progress of scanForEmail(): `checked` users of `total` (-1 when not known yet).
    static QString scanProgress(const QString &email, qint64 checked, qint64 total);
};
