#include "ErrorBanner.h"
#include "ListingStatus.h"
#include "LoadAllController.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileListModel.h"
#include "ScriptedHttpServer.h"
#include "UserTableModel.h"
#include "WaitingNotice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

/// The main window on a misbehaving server (issue 12): a page that never comes shows how long
/// it has been waited for, and Cancel really ends the request; the answers the HTTP core
/// refuses (an HTML page, a listing that stops short of its total) reach the banner in words.
class tst_HostileWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void stuckRequestShowsWaitingAndCancelEndsIt();

private:
    enum class Mode { Stuck, HtmlPage, StopsEarly };
    ScriptedResponse answer(const ScriptedRequest &request) const;

    QTemporaryDir m_settingsDir;
    QNetworkAccessManager m_network;
    ScriptedHttpServer m_server;
    Mode m_mode = Mode::Stuck;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileListModel> m_profiles;
};

void tst_HostileWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IdentityDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_hostilewindow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());

    QVERIFY(m_server.listen());
    m_server.setHandler([this](const ScriptedRequest &request) { return answer(request); });

    ConnectionProfile profile;
    profile.name = QStringLiteral("hostile");
    profile.settings.kind = BackendKind::GcoreIam;
    profile.settings.authMethod = AuthMethod::ApiKey;
    profile.settings.baseUrl = m_server.url();
    profile.settings.timeoutMs = 60000; // the person cancels long before the deadline
    m_secrets = std::make_unique<MemorySecretStore>();
    m_secrets->write(profile.name, QStringLiteral("key"));
    m_profiles = std::make_unique<ProfileListModel>(nullptr);
    m_profiles->setExtraProfiles({ profile });
}

void tst_HostileWindow::cleanup()
{
    QSettings().clear();
}

ScriptedResponse tst_HostileWindow::answer(const ScriptedRequest &request) const
{
    switch (m_mode) {
    case Mode::Stuck: {
        ScriptedResponse silent;
        silent.silent = true;
        return silent;
    }
    case Mode::HtmlPage:
        return ScriptedResponse::html(
            200, "<!DOCTYPE html><html><body><form>Sign in to the proxy</form></body></html>");
    case Mode::StopsEarly:
        break;
    }
    // 1,000 users announced; the first page brings one, every later page none.
    const QUrlQuery query(QUrl::fromEncoded(request.target));
    const bool first = query.queryItemValue(QStringLiteral("offset")) == QLatin1String("0");
    return ScriptedResponse::json(
        200,
        first ? R"({"count":1000,"results":[{"id":7,"email":"a@example.org","name":"A",)"
                R"("activated":true}]})"
              : R"({"count":1000,"results":[]})");
}

void tst_HostileWindow::stuckRequestShowsWaitingAndCancelEndsIt()
{
    MainWindow window(m_profiles.get(), nullptr, m_secrets.get(), &m_network);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *notice = window.findChild<WaitingNotice *>(QStringLiteral("waitingNotice"));
    auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelLoadButton"));
    QVERIFY(notice && cancel);

    // The server takes the request and never answers.
    m_mode = Mode::Stuck;
    QElapsedTimer clock;
    clock.start();
    window.selectProfile(m_profiles->rowForName(QStringLiteral("hostile")));
    QTRY_COMPARE(m_server.requests().size(), 1);
    QVERIFY(cancel->isVisible());
    QVERIFY(!notice->isVisible()); // a second of silence is normal
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 5000);
    QVERIFY(clock.elapsed() >= WaitingNotice::delayMs);
    QVERIFY2(notice->text().startsWith(QStringLiteral("Still waiting for the service (")),
             qPrintable(notice->text()));
    QVERIFY(!notice->accessibleName().isEmpty());
    QVERIFY(cancel->isVisible());
    QCOMPARE(m_server.openConnectionCount(), 1);

    // Cancel ends the request itself: the server sees the connection closed, nothing is asked
    // again, no banner blames the server, and the window is usable at once.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(m_server.openConnectionCount(), 0);
    QVERIFY(!notice->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!window.banner()->isVisible());
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Loading cancelled."));
    QTest::qWait(500);
    QCOMPARE(m_server.requests().size(), 1);
    QVERIFY(QApplication::activeModalWidget() == nullptr);

    // A proxy's sign-in page instead of the API: the banner says so.
    m_mode = Mode::HtmlPage;
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.reload();
    QVERIFY(failed.wait(10000));
    QVERIFY(window.banner()->isVisible());
    QVERIFY2(window.banner()->details().contains(
                 QStringLiteral("the server answered with an HTML page, not the API"),
                 Qt::CaseInsensitive),
             qPrintable(window.banner()->details()));
    QVERIFY(!notice->isVisible());

    // A listing that stops far short of its total: Load all says how far it got.
    m_mode = Mode::StopsEarly;
    QSignalSpy loaded(&window, &MainWindow::pageLoaded);
    window.reload();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!window.banner()->isVisible());
    QSignalSpy finished(window.userModel(), &UserTableModel::loadAllFinished);
    window.loadAllController()->start();
    QVERIFY(finished.wait(10000));
    QTRY_VERIFY(window.banner()->isVisible());
    QVERIFY2(window.banner()->headline().contains(
                 QStringLiteral("listed 1 of 1,000 announced: the server stopped early")),
             qPrintable(window.banner()->headline()));
    QCOMPARE(window.userModel()->rowCount(), 1);
    QVERIFY(!notice->isVisible());
}

QTEST_MAIN(tst_HostileWindow)
#include "tst_hostilewindow.moc"
