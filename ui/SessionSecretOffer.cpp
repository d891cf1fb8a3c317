#include "SessionSecretOffer.h"

#include "ConnectionProfile.h"
#include "ErrorBanner.h"
#include "MemorySecretStore.h"
#include "SessionSecretDialog.h"

#include <QCoreApplication>

SessionSecretOffer::SessionSecretOffer(ErrorBanner *banner, MemorySecretStore *sessionSecrets,
                                       QWidget *window)
    : QObject(window)
    , m_banner(banner)
    , m_sessionSecrets(sessionSecrets)
    , m_window(window)
{ }

void SessionSecretOffer::offer()
{
    if (!m_sessionSecrets)
        return;
    // The window's words, in its translation context.
    m_banner->setSecondaryAction(
        QCoreApplication::translate("MainWindow", "Use a Secret for This &Session Only\u2026"),
        QCoreApplication::translate("MainWindow", "Use a secret for this session only"));
}

void SessionSecretOffer::ask(const ConnectionProfile &profile)
{
    if (!m_sessionSecrets)
        return;
    auto *dialog = new SessionSecretDialog(profile.name, profile.settings.authMethod, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SessionSecretDialog::secretEntered, this,
            [this](const QString &profileName, const QString &secret) {
                // In memory: reports at once and cannot fail.
                m_sessionSecrets->write(profileName, secret);
                emit secretKept(profileName);
            });
    dialog->open();
}
