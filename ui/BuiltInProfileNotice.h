#pragma once

#include <QCoreApplication>

class ErrorBanner;

/// The profiles dialog's word on the demo's built-in profiles: while one is selected, its
/// banner says why the profile cannot be edited or removed; when another one is selected after
/// that, the banner is cleared.
class BuiltInProfileNotice
{
    // The dialog's words, in its translation context.
    Q_DECLARE_TR_FUNCTIONS(ProfilesDialog)

public:
    /// `banner` is the dialog's; not owned.
    explicit BuiltInProfileNotice(ErrorBanner *banner);

    /// After the selection changed to `name`, which is a built-in profile when `builtIn`.
    void update(const QString &name, bool builtIn);

private:
    ErrorBanner *m_banner;
    bool m_explaining = false;
};
