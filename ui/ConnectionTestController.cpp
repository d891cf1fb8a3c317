#include "ConnectionTestController.h"

#include "ConnectionSettings.h"
#include "ErrorBanner.h"
#include "ProfileConnectionTest.h"
#include "ProfilesDialogButtons.h"

#include <QCoreApplication>
#include <QPushButton>

ConnectionTestController::ConnectionTestController(QNetworkAccessManager *network,
                                                   SecretStore *keychain, SecretStore *session,
                                                   ErrorBanner *banner,
                                                   const ProfilesDialogButtons &buttons,
                                                   QObject *parent)
    : QObject(parent)
    , m_test(new ProfileConnectionTest(network, keychain, session, this))
    , m_banner(banner)
    , m_testButton(buttons.test)
    , m_cancelButton(buttons.cancel)
{
    connect(m_cancelButton, &QPushButton::clicked, this, &ConnectionTestController::cancel);
    connect(m_test, &ProfileConnectionTest::succeeded, this,
            [this](const QString &summary) { finish(true, summary, {}); });
    connect(m_test, &ProfileConnectionTest::failed, this,
            [this](const QString &headline, const QString &details) {
                finish(false, headline, details);
            });
}

void ConnectionTestController::start(const ConnectionSettings &settings, const QString &secret,
                                     const QString &storedProfile)
{
    m_banner->clear();
    m_running = true;
    emit started(QCoreApplication::translate("ProfilesDialog", "Connecting to %1\u2026")
                     .arg(settings.baseUrl.toDisplayString()));
    m_cancelButton->setFocus();
    m_test->start(settings, secret, storedProfile);
}

void ConnectionTestController::cancel()
{
    if (!m_running)
        return;
    stop();
    emit ended();
    m_banner->showMessage(
        ErrorBanner::Level::Information,
        QCoreApplication::translate("ProfilesDialog", "Connection test cancelled."));
    m_testButton->setFocus();
}

void ConnectionTestController::stop()
{
    m_test->cancel();
    m_running = false;
}

void ConnectionTestController::finish(bool ok, const QString &headline, const QString &details)
{
    m_running = false;
    emit ended();
    m_banner->showMessage(ok ? ErrorBanner::Level::Information : ErrorBanner::Level::Error,
                          headline, details);
    m_testButton->setFocus();
}
