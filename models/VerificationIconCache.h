#pragma once

#include "User.h"

#include <QIcon>
#include <QVariant>

#include <array>

/// The three verification icons of a table, made on first use (icons need a QGuiApplication)
/// and then shared by every row, so a million rows cost three icons.
class VerificationIconCache
{
public:
    /// The icon for `verification` as a decoration; nothing without a QGuiApplication (a
    /// console tool shows just the text).
    QVariant iconFor(EmailVerification verification);

private:
    std::array<QIcon, 3> m_icons;
    bool m_made = false;
};
