#pragma once

#include "User.h"

#include <QCoreApplication>
#include <QString>

/// The words people read for a user's state and verification, in the UI language, for the
/// desktop table and the CLI's human output alike.
///
/// Backends keep `User::stateText` untranslated (their own word, or one of the words below
/// marked for translation), so JSON, NDJSON and CSV say the same in every language; the words
/// are translated only here, when shown to a person.
class UserWords
{
    Q_DECLARE_TR_FUNCTIONS(UserWords)

public:
    static QString verification(EmailVerification verification);
    static QString state(UserState state);
    /// The backend's own state word in the UI language where it is one of ours, as it came
    /// otherwise (a ZITADEL or CodeArts word), or state() when the backend has none.
    static QString stateText(const User &user);

    /// Backend state words, untranslated in User::stateText and translated by stateText().
    static const char *const active;
    static const char *const inactive;
    static const char *const deleted;
    static const char *const disabled;
    static const char *const notActivated;
    static const char *const blocked;
    /// One of the words above as a QString that every user with that state shares: a listing
    /// of 100,000 users makes no 100,000 copies of "Active". Another text is copied.
    static QString shared(const char *word);
};
