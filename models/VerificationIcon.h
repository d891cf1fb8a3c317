#pragma once

#include "User.h"

#include <QIcon>

/// The icon beside an email address's verification state.
///
/// Taken from the desktop's icon theme when it has one; otherwise a drawn fallback. Each state
/// has its own shape (tick, exclamation mark, question mark) as well as its own colour, so the
/// state never depends on telling colours apart. Icons need a QGuiApplication.
class VerificationIcon
{
public:
    static QIcon forState(EmailVerification verification);
    /// The drawn icon alone, without consulting the theme (for tests and themeless platforms).
    static QIcon fallback(EmailVerification verification);
};
