#include "BuiltInProfileNotice.h"

#include "ErrorBanner.h"

#include <utility>

BuiltInProfileNotice::BuiltInProfileNotice(ErrorBanner *banner)
    : m_banner(banner)
{ }

void BuiltInProfileNotice::update(const QString &name, bool builtIn)
{
    if (builtIn) {
        m_banner->showMessage(
            ErrorBanner::Level::Information,
            tr("\u201c%1\u201d is a profile of the offline demo and cannot be edited or "
               "removed.")
                .arg(name),
            tr("The demo builds its profiles when it starts, for its own mock server on a port "
               "that changes every time, and keeps them only while it runs. Add a profile to "
               "keep settings of your own."));
        m_explaining = true;
    } else if (std::exchange(m_explaining, false)) {
        m_banner->clear();
    }
}
