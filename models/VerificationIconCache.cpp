#include "VerificationIconCache.h"

#include "VerificationIcon.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstddef>

namespace {

/// EmailVerification's three values (Unknown, Verified, Unverified) index the icons directly.
std::size_t iconSlot(EmailVerification verification)
{
    return static_cast<std::size_t>(verification);
}

} // namespace

QVariant VerificationIconCache::iconFor(EmailVerification verification)
{
    if (!m_made) {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return {};
        for (EmailVerification state : { EmailVerification::Verified, EmailVerification::Unverified,
                                         EmailVerification::Unknown })
            m_icons[iconSlot(state)] = VerificationIcon::forState(state);
        m_made = true;
    }
    return m_icons[iconSlot(verification)];
}
