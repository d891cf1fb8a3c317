#include "DialogTestSupport.h"
#include "ErrorBanner.h"
#include "ServiceError.h"
#include "tst_profilesdialog.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QTcpServer>

using namespace DialogTest;

void tst_ProfilesDialog::testConnectionSucceeds_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("pattern"); // of the banner's headline

    QTest::newRow("Gcore: the directory's size") << "gcore"
                                                 << "^Connected: \\d+ users\\.$";
    QTest::newRow("Acronis: the tenant's users") << "acronis"
                                                 << "^Connected: \\d+ users\\.$";
    QTest::newRow("ZITADEL own account: who is signed in") << "zitadel-self"
                                                           << "^Connected as .+ \\(.+@.+\\)\\.$";
}

void tst_ProfilesDialog::testConnectionSucceeds()
{
    QFETCH(QString, profile);
    QFETCH(QString, pattern);

    // An unsaved profile with the typed secret: nothing is stored by testing.
    auto dialog = openDialog();
    const DemoProfile source = demo(profile);
    fillFrom(*dialog, source, QStringLiteral("Trying"), source.secret);
    click(*dialog, "testButton");
    QVERIFY(shown(*dialog, "busyStatus"));
    QVERIFY(shown(*dialog, "cancelButton"));
    QVERIFY(!child<QWidget>(*dialog, "editor")->isEnabled());

    const ErrorBanner *banner = child<ErrorBanner>(*dialog, "banner");
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->level(), ErrorBanner::Level::Information);
    QVERIFY2(QRegularExpression(pattern).match(banner->headline()).hasMatch(),
             qPrintable(banner->headline()));
    QVERIFY(!shown(*dialog, "busyStatus"));
    QVERIFY(!shown(*dialog, "cancelButton"));
    QVERIFY(child<QWidget>(*dialog, "editor")->isEnabled());
    QVERIFY(dialog->isEditing());
    QCOMPARE(m_store->profiles().size(), 0);
    QCOMPARE(m_keychain->count(), 0);
    if (profile == u"gcore")
        screenshot(*dialog, QStringLiteral("profiles-test-connection"));
}

void tst_ProfilesDialog::testConnectionWithStoredSecret()
{
    seedProfile(QStringLiteral("acronis"), QStringLiteral("Stored"));
    auto dialog = openDialog();
    QCOMPARE(dialog->selectedProfile(), QStringLiteral("Stored"));
    QCOMPARE(child<QLineEdit>(*dialog, "secretEdit")->text(), QString());
    click(*dialog, "testButton"); // while only viewing: the keyring's secret
    const ErrorBanner *banner = child<ErrorBanner>(*dialog, "banner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->headline().startsWith(u"Connected: "), qPrintable(banner->headline()));
}

void tst_ProfilesDialog::testConnectionWrongSecretShowsMessage()
{
    auto dialog = openDialog();
    fillFrom(*dialog, demo(QStringLiteral("gcore")), QStringLiteral("Wrong"),
             QStringLiteral("not-the-api-key"));
    click(*dialog, "testButton");
    const ErrorBanner *banner = child<ErrorBanner>(*dialog, "banner");
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->level(), ErrorBanner::Level::Error);
    QCOMPARE(banner->headline(),
             ErrorBanner::headlineFor(ServiceError(ServiceError::Kind::Unauthenticated, {})));
    QVERIFY(!banner->details().isEmpty()); // the service's own message
    QCOMPARE(child<QLineEdit>(*dialog, "secretEdit")->text(), QStringLiteral("not-the-api-key"));
    screenshot(*dialog, QStringLiteral("profiles-test-failed"));

    // Acronis: a wrong client secret fails at the token endpoint, with its message too.
    click(*dialog, "discardButton");
    fillFrom(*dialog, demo(QStringLiteral("acronis")), QStringLiteral("Wrong too"),
             QStringLiteral("not-the-secret"));
    click(*dialog, "testButton");
    QTRY_VERIFY(!shown(*dialog, "busyStatus"));
    QCOMPARE(banner->level(), ErrorBanner::Level::Error);
    QVERIFY(!banner->details().isEmpty());
}

void tst_ProfilesDialog::testConnectionWrongAddressNamesIt_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("closedPort"); // else: a path the service does not have
    QTest::addColumn<int>("kind");
    for (const char *profile : { "gcore", "zitadel", "acronis" }) {
        QTest::addRow("%s, wrong path", profile)
            << profile << false << int(ServiceError::Kind::NotFound);
        QTest::addRow("%s, nobody listening", profile)
            << profile << true << int(ServiceError::Kind::Network);
    }
}

void tst_ProfilesDialog::testConnectionWrongAddressNamesIt()
{
    QFETCH(QString, profile);
    QFETCH(bool, closedPort);
    QFETCH(int, kind);
    DemoProfile source = demo(profile);
    QUrl url = source.settings.baseUrl;
    if (closedPort) {
        QTcpServer probe; // a port that was free a moment ago and is closed now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        url.setPort(probe.serverPort());
    } else {
        url.setPath(QStringLiteral("/not-the-api"));
    }
    source.settings.baseUrl = url;

    auto dialog = openDialog();
    fillFrom(*dialog, source, QStringLiteral("Mistyped"), source.secret);
    click(*dialog, "testButton");
    const ErrorBanner *banner = child<ErrorBanner>(*dialog, "banner");
    QTRY_VERIFY_WITH_TIMEOUT(!shown(*dialog, "busyStatus"), 20000);
    QCOMPARE(banner->level(), ErrorBanner::Level::Error);
    // No user was asked for: a wrong path is not "this user is gone".
    QCOMPARE(banner->headline(),
             ErrorBanner::headlineFor(ServiceError(ServiceError::Kind(kind), {}),
                                      ErrorBanner::Subject::UserList));
    QVERIFY(!banner->headline().contains(QStringLiteral("this user")));
    // The address tried is named, so the typo can be seen.
    QVERIFY2(
        banner->details().contains(url.host() + QLatin1Char(':') + QString::number(url.port())),
        qPrintable(banner->details()));
    if (!closedPort) {
        QVERIFY2(banner->details().contains(QStringLiteral("/not-the-api/")),
                 qPrintable(banner->details()));
    }
    QCOMPARE(child<QLineEdit>(*dialog, "baseUrlEdit")->text(), url.toString());
}

void tst_ProfilesDialog::testConnectionCancel()
{
    auto dialog = openDialog();
    const DemoProfile gcore = demo(QStringLiteral("gcore"));
    fillFrom(*dialog, gcore, QStringLiteral("Cancelled"), gcore.secret);
    const ErrorBanner *banner = child<ErrorBanner>(*dialog, "banner");

    // While the test runs, the keyboard is on Cancel; afterwards back on Test connection.
    click(*dialog, "testButton");
    QCOMPARE(dialog->focusWidget(), child<QPushButton>(*dialog, "cancelButton"));
    click(*dialog, "cancelButton");
    QCOMPARE(banner->headline(), QStringLiteral("Connection test cancelled."));
    QVERIFY(!shown(*dialog, "cancelButton"));
    QVERIFY(child<QPushButton>(*dialog, "testButton")->isEnabled());
    QCOMPARE(dialog->focusWidget(), child<QPushButton>(*dialog, "testButton"));

    // Escape stops a running test and keeps the dialog open.
    click(*dialog, "testButton");
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QCOMPARE(banner->headline(), QStringLiteral("Connection test cancelled."));
    QTest::qWait(300); // no late report of the cancelled requests
    QCOMPARE(banner->headline(), QStringLiteral("Connection test cancelled."));
}

void tst_ProfilesDialog::noKeyringOffersSessionOnlySave()
{
    UnavailableSecretStore keyring;
    auto dialog = openDialog(&keyring);
    QSignalSpy changed(dialog.get(), &ProfilesDialog::profilesChanged);
    const DemoProfile zitadel = demo(QStringLiteral("zitadel"));
    fillFrom(*dialog, zitadel, QStringLiteral("Laptop"), zitadel.secret);
    click(*dialog, "saveButton");

    const ErrorBanner *banner = child<ErrorBanner>(*dialog, "banner");
    QPushButton *offer = child<QPushButton>(*dialog, "bannerActionButton");
    QTRY_VERIFY(offer->isVisible());
    QVERIFY(banner->headline().contains(u"keyring is not available"));
    QCOMPARE(banner->details(), QStringLiteral("No secret service is running on the session bus."));
    QCOMPARE(offer->text().remove(QLatin1Char('&')),
             QStringLiteral("Keep the secret for this session only"));
    QCOMPARE(keyring.writeAttempts, 1);
    QVERIFY(!m_store->contains(QStringLiteral("Laptop"))); // nothing saved yet
    QVERIFY(!profileFile().contains("Laptop"));
    QCOMPARE(changed.count(), 0);
    QVERIFY(dialog->isEditing());
    screenshot(*dialog, QStringLiteral("profiles-no-keyring"));

    click(*dialog, "bannerActionButton");
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(m_store->contains(QStringLiteral("Laptop")));
    QCOMPARE(storedSecret(*m_session, QStringLiteral("Laptop")), zitadel.secret);
    QVERIFY(!profileFile().contains(zitadel.secret.toUtf8()));
    QVERIFY(banner->headline().contains(u"session only"));
    QVERIFY(!dialog->isEditing());

    // The session's secret is the one "Test connection" uses now.
    click(*dialog, "testButton");
    QTRY_VERIFY(banner->headline().startsWith(u"Connected: "));
}

void tst_ProfilesDialog::noKeyringOfferWithdrawnOnEdit()
{
    UnavailableSecretStore keyring;
    auto dialog = openDialog(&keyring);
    const DemoProfile gcore = demo(QStringLiteral("gcore"));
    fillFrom(*dialog, gcore, QStringLiteral("Desk"), gcore.secret);
    click(*dialog, "saveButton");
    QTRY_VERIFY(shown(*dialog, "bannerActionButton"));

    // The offer was for the input as it was; typing withdraws it, saving asks again.
    setText(*dialog, "nameEdit", QStringLiteral("Desk 2"));
    QVERIFY(!shown(*dialog, "banner"));
    click(*dialog, "saveButton");
    QTRY_VERIFY(shown(*dialog, "bannerActionButton"));
    QCOMPARE(keyring.writeAttempts, 2);

    // Discarding drops it too: nothing is kept anywhere.
    click(*dialog, "discardButton");
    QVERIFY(!shown(*dialog, "banner"));
    QCOMPARE(m_session->count(), 0);
    QCOMPARE(m_store->profiles().size(), 0);
}

QTEST_MAIN(tst_ProfilesDialog)
