#include "VerificationIconCache.h"

#include "VerificationIcon.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace {

int iconSlot(EmailVerification verification)
{
    switch (verification) {
    case EmailVerification::Verified:
        return 0;
    case EmailVerification::Unverified:
        return 1;
    case EmailVerification::Unknown:
        break;
    }
    return 2;
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
