#include "tst_profilesdialog.h"

#include "DialogTestSupport.h"
#include "ErrorBanner.h"
#include "ProfileEditor.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>

using namespace DialogTest;

void tst_ProfilesDialog::fieldsFollowKindAndMethod_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QStringList>("methods"); // offered in the combo, in order
    QTest::addColumn<QString>("principal"); // label; empty: hidden
    QTest::addColumn<QString>("organisation"); // label; empty: hidden
    QTest::addColumn<bool>("huawei"); // account, project and sign-in URL
    QTest::addColumn<QString>("secret"); // label

    const auto list = [](const char *csv) { return QString::fromLatin1(csv).split(u','); };
    const QStringList gcore = list("api-key,password");
    const QStringList zitadel = list("personal-access-token,client-credentials");
    const QStringList codearts = list("password,session-token");
    QTest::newRow("Gcore, API key") << "gcore"
                                    << "api-key" << gcore << ""
                                    << "" << false << "API key:";
    QTest::newRow("Gcore, password") << "gcore"
                                     << "password" << gcore << "Login email:"
                                     << "" << false << "Password:";
    QTest::newRow("ZITADEL, personal access token")
        << "zitadel"
        << "personal-access-token" << zitadel << ""
        << "ZITADEL org id:" << false << "Personal access token:";
    QTest::newRow("ZITADEL, client credentials") << "zitadel"
                                                 << "client-credentials" << zitadel << "Client id:"
                                                 << "ZITADEL org id:" << false << "Client secret:";
    QTest::newRow("ZITADEL own account, token") << "zitadel-self"
                                                << "session-token" << list("session-token") << ""
                                                << "" << false << "Token:";
    QTest::newRow("CodeArts, IAM password") << "codearts"
                                            << "password" << codearts << "IAM user name:"
                                            << "" << true << "Password:";
    QTest::newRow("CodeArts, pasted token") << "codearts"
                                            << "session-token" << codearts << ""
                                            << "" << false << "Token:";
    QTest::newRow("Acronis, client credentials")
        << "acronis"
        << "client-credentials" << list("client-credentials") << "Client id:"
        << "Acronis tenant id:" << false << "Client secret:";
}

void tst_ProfilesDialog::fieldsFollowKindAndMethod()
{
    QFETCH(QString, kind);
    QFETCH(QString, method);
    QFETCH(QStringList, methods);
    QFETCH(QString, principal);
    QFETCH(QString, organisation);
    QFETCH(bool, huawei);
    QFETCH(QString, secret);

    auto dialog = openDialog();
    click(*dialog, "addButton");
    chooseData(*dialog, "kindCombo", kind);
    QComboBox *methodCombo = child<QComboBox>(*dialog, "authMethodCombo");
    QStringList offered;
    for (int i = 0; i < methodCombo->count(); ++i)
        offered << methodCombo->itemData(i).toString();
    QCOMPARE(offered, methods);
    QCOMPARE(methodCombo->currentIndex(), 0); // the kind's usual method comes first
    chooseData(*dialog, "authMethodCombo", method);

    const auto labelText = [&dialog](const char *input) {
        const QLabel *label = labelFor(*dialog, input);
        return label && label->isVisibleTo(dialog.get()) ? label->text().remove(QLatin1Char('&'))
                                                         : QString();
    };
    QVERIFY(shown(*dialog, "nameEdit"));
    QVERIFY(shown(*dialog, "baseUrlEdit"));
    QCOMPARE(shown(*dialog, "principalEdit"), !principal.isEmpty());
    QCOMPARE(labelText("principalEdit"), principal);
    QCOMPARE(shown(*dialog, "organisationEdit"), !organisation.isEmpty());
    QCOMPARE(labelText("organisationEdit"), organisation);
    QCOMPARE(shown(*dialog, "accountEdit"), huawei);
    QCOMPARE(shown(*dialog, "projectEdit"), huawei);
    QCOMPARE(shown(*dialog, "authUrlEdit"), huawei);
    QVERIFY(shown(*dialog, "secretEdit"));
    QCOMPARE(labelText("secretEdit"), secret);
    QCOMPARE(child<QLineEdit>(*dialog, "secretEdit")->echoMode(), QLineEdit::Password);
    // The accessible name follows the label.
    secret.chop(1);
    QCOMPARE(child<QLineEdit>(*dialog, "secretEdit")->accessibleName(), secret);
    screenshot(*dialog, QStringLiteral("profiles-fields-%1-%2").arg(kind, method));
}

void tst_ProfilesDialog::accessibleNamesAndTabOrder()
{
    auto dialog = openDialog();
    click(*dialog, "addButton");
    chooseData(*dialog, "kindCombo", QStringLiteral("codearts"));
    chooseData(*dialog, "authMethodCombo", QStringLiteral("password"));
    const char *order[] = { "nameEdit",      "kindCombo",   "baseUrlEdit",        "authMethodCombo",
                            "principalEdit", "accountEdit", "projectEdit",        "authUrlEdit",
                            "secretEdit",    "caFileEdit",  "caFileBrowseButton", "testButton" };
    QWidget *previous = nullptr;
    for (const char *name : order) {
        QWidget *widget = child<QWidget>(*dialog, name);
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
        if (previous) {
            // The next visible, focusable widget after the previous one.
            QWidget *next = previous->nextInFocusChain();
            while (next != widget
                   && (!next->isVisible() || !next->isEnabled()
                       || !(next->focusPolicy() & Qt::TabFocus)))
                next = next->nextInFocusChain();
            QCOMPARE(next->objectName(), QString::fromLatin1(name));
        }
        previous = widget;
    }
}

void tst_ProfilesDialog::validationBesideFieldsDisablesSave()
{
    seedProfile(QStringLiteral("gcore"), QStringLiteral("Production"));
    auto dialog = openDialog();
    click(*dialog, "addButton");
    QPushButton *save = child<QPushButton>(*dialog, "saveButton");
    QVERIFY(save->isVisible());
    QVERIFY(!save->isEnabled());
    QCOMPARE(message(*dialog, QStringLiteral("name")), QString()); // nothing typed yet

    setText(*dialog, "nameEdit", QStringLiteral("Production"));
    QVERIFY(message(*dialog, QStringLiteral("name")).contains(u"already called"));
    QVERIFY(shown(*dialog, "nameMessage"));
    setText(*dialog, "nameEdit", QStringLiteral(" Staging"));
    QVERIFY(message(*dialog, QStringLiteral("name")).contains(u"must not start or end with"));
    setText(*dialog, "nameEdit", QStringLiteral("Staging"));
    QCOMPARE(message(*dialog, QStringLiteral("name")), QString());
    QVERIFY(!shown(*dialog, "nameMessage"));

    setText(*dialog, "baseUrlEdit", QStringLiteral("ftp://api.example.com"));
    QVERIFY(message(*dialog, QStringLiteral("baseUrl")).contains(u"must start with https://"));
    setText(*dialog, "baseUrlEdit", QStringLiteral("http://api.example.com"));
    QVERIFY(message(*dialog, QStringLiteral("baseUrl")).contains(u"must use https://"));
    QVERIFY(shown(*dialog, "baseUrlMessage"));
    setText(*dialog, "baseUrlEdit", QStringLiteral("https://api.example.com"));
    QCOMPARE(message(*dialog, QStringLiteral("baseUrl")), QString());

    // A new profile needs its secret.
    QVERIFY(!save->isEnabled());
    setText(*dialog, "secretEdit", QStringLiteral("k"));
    setText(*dialog, "secretEdit", QString());
    QCOMPARE(message(*dialog, ProfileEditor::secretField), QStringLiteral("Type the API key."));
    QVERIFY(!save->isEnabled());
    setText(*dialog, "secretEdit", QStringLiteral("a-key"));
    QVERIFY(save->isEnabled());

    // Acronis needs a client id and a tenant id: Save waits, the tooltip says why.
    chooseData(*dialog, "kindCombo", QStringLiteral("acronis"));
    QVERIFY(!save->isEnabled());
    QVERIFY(save->toolTip().contains(u"client id is required"));
    setText(*dialog, "organisationEdit", QStringLiteral("t"));
    setText(*dialog, "organisationEdit", QString());
    QCOMPARE(message(*dialog, QStringLiteral("organisationId")),
             QStringLiteral("The Acronis tenant id is required."));
    setText(*dialog, "principalEdit", QStringLiteral("c"));
    setText(*dialog, "principalEdit", QString());
    QCoreApplication::processEvents(); // let the layout settle, as it has before the next paint
    const QWidget *principalMessage = child<QWidget>(*dialog, "principalMessage");
    QVERIFY(principalMessage->isVisible());
    // The wrapped message gets the height it needs (the dialog grows rather than clip it).
    QVERIFY(principalMessage->height()
            >= principalMessage->heightForWidth(principalMessage->width()));
    screenshot(*dialog, QStringLiteral("profiles-validation"));
    setText(*dialog, "principalEdit", QStringLiteral("client"));
    setText(*dialog, "organisationEdit", QStringLiteral("tenant"));
    QVERIFY(save->isEnabled());
}

void tst_ProfilesDialog::caCertificatesFileIsChosenAndChecked()
{
    const QString pem = QFileInfo(QFINDTESTDATA("../data/selfsigned-test.crt")).canonicalFilePath();
    QVERIFY(!pem.isEmpty());
    auto dialog = openDialog();
    const DemoProfile gcore = demo(QStringLiteral("gcore"));
    fillFrom(*dialog, gcore, QStringLiteral("Behind the proxy"), gcore.secret);
    QPushButton *save = child<QPushButton>(*dialog, "saveButton");
    QVERIFY(save->isEnabled()); // the file is optional
    const QLabel *label = labelFor(*dialog, "caFileEdit");
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("CA certi&ficates:"));

    // Typed: checked as it is typed, like every other field.
    setText(*dialog, "caFileEdit", QStringLiteral("/nonexistent/company-ca.pem"));
    QVERIFY(message(*dialog, QStringLiteral("caCertificatesFile")).contains(u"does not exist"));
    QVERIFY(shown(*dialog, "caCertificatesFileMessage"));
    QVERIFY(!save->isEnabled());

    // Chosen: the file dialog opens without blocking (this line runs while it is open).
    click(*dialog, "caFileBrowseButton");
    QFileDialog *files = dialog->findChild<QFileDialog *>();
    QVERIFY(files);
    QTRY_VERIFY(files->isVisible());
    files->selectFile(pem);
    static_cast<QDialog *>(files)->accept(); // as the Open button does
    QCOMPARE(child<QLineEdit>(*dialog, "caFileEdit")->text(), pem);
    QCOMPARE(message(*dialog, QStringLiteral("caCertificatesFile")), QString());
    QVERIFY(save->isEnabled());

    QSignalSpy changed(dialog.get(), &ProfilesDialog::profilesChanged);
    click(*dialog, "saveButton");
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m_store->find(QStringLiteral("Behind the proxy")).value().settings.caCertificatesFile,
             pem);
}

void tst_ProfilesDialog::addStoresSecretOutsideTheFile()
{
    auto dialog = openDialog();
    QSignalSpy changed(dialog.get(), &ProfilesDialog::profilesChanged);
    const DemoProfile acronis = demo(QStringLiteral("acronis"));
    fillFrom(*dialog, acronis, QStringLiteral("Acronis EU"), acronis.secret);
    screenshot(*dialog, QStringLiteral("profiles-add"));
    click(*dialog, "saveButton");
    QTRY_COMPARE(changed.count(), 1);

    QVERIFY(!dialog->isEditing());
    QCOMPARE(dialog->selectedProfile(), QStringLiteral("Acronis EU"));
    const QTreeWidget *list = child<QTreeWidget>(*dialog, "profileList");
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Acronis EU"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Acronis"));
    QVERIFY(child<ErrorBanner>(*dialog, "banner")->headline().contains(u"Saved"));
    QCOMPARE(child<QLineEdit>(*dialog, "secretEdit")->text(), QString());

    // The file holds the profile as typed and no secret; the keyring holds the secret.
    const QByteArray file = profileFile();
    QVERIFY(!file.contains(acronis.secret.toUtf8()));
    const QJsonArray saved =
        QJsonDocument::fromJson(file).object().value(QStringLiteral("profiles")).toArray();
    QCOMPARE(saved.size(), 1);
    const std::optional<ConnectionProfile> read =
        ConnectionProfile::fromJson(saved.first().toObject());
    QVERIFY(read);
    ConnectionProfile expected;
    expected.name = QStringLiteral("Acronis EU");
    expected.settings = acronis.settings;
    QCOMPARE(read->toJson(), expected.toJson());
    QCOMPARE(storedSecret(*m_keychain, QStringLiteral("Acronis EU")), acronis.secret);
    QCOMPARE(m_session->count(), 0);
}

void tst_ProfilesDialog::editKeepsTheStoredSecret()
{
    seedProfile(QStringLiteral("codearts"), QStringLiteral("Huawei"));
    const QString secret = demo(QStringLiteral("codearts")).secret;
    auto dialog = openDialog();
    QSignalSpy changed(dialog.get(), &ProfilesDialog::profilesChanged);
    dialog->selectProfile(QStringLiteral("Huawei"));
    click(*dialog, "editButton");
    QLineEdit *secretEdit = child<QLineEdit>(*dialog, "secretEdit");
    QVERIFY(secretEdit->placeholderText().contains(u"Leave empty to keep the stored secret"));
    QCOMPARE(child<QLineEdit>(*dialog, "projectEdit")->text(), QStringLiteral("ap-southeast-3"));
    setText(*dialog, "projectEdit", QStringLiteral("ap-southeast-1"));
    screenshot(*dialog, QStringLiteral("profiles-edit"));
    click(*dialog, "saveButton");
    QTRY_COMPARE(changed.count(), 1);

    QCOMPARE(m_store->find(QStringLiteral("Huawei"))->settings.projectName,
             QStringLiteral("ap-southeast-1"));
    QCOMPARE(storedSecret(*m_keychain, QStringLiteral("Huawei")), secret);
    QVERIFY(profileFile().contains("ap-southeast-1"));
    QVERIFY(!profileFile().contains(secret.toUtf8()));
}

void tst_ProfilesDialog::renameMovesTheSecret()
{
    seedProfile(QStringLiteral("gcore"), QStringLiteral("Old name"));
    auto dialog = openDialog();
    QSignalSpy changed(dialog.get(), &ProfilesDialog::profilesChanged);
    click(*dialog, "editButton");
    setText(*dialog, "nameEdit", QStringLiteral("New name"));
    click(*dialog, "saveButton");
    QTRY_COMPARE(changed.count(), 1);

    QCOMPARE(m_store->names(), QStringList { QStringLiteral("New name") });
    QCOMPARE(storedSecret(*m_keychain, QStringLiteral("New name")),
             demo(QStringLiteral("gcore")).secret);
    QCOMPARE(storedSecret(*m_keychain, QStringLiteral("Old name")), QString());
    QCOMPARE(dialog->selectedProfile(), QStringLiteral("New name"));
}

void tst_ProfilesDialog::editWithNewSecretReplacesIt()
{
    seedProfile(QStringLiteral("gcore"), QStringLiteral("Gcore"));
    auto dialog = openDialog();
    QSignalSpy changed(dialog.get(), &ProfilesDialog::profilesChanged);
    click(*dialog, "editButton");
    setText(*dialog, "secretEdit", QStringLiteral("a-new-api-key"));
    click(*dialog, "saveButton");
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(storedSecret(*m_keychain, QStringLiteral("Gcore")), QStringLiteral("a-new-api-key"));
    QVERIFY(!profileFile().contains("a-new-api-key"));
}

void tst_ProfilesDialog::removeAsksInline()
{
    seedProfile(QStringLiteral("gcore"), QStringLiteral("Alpha"));
    seedProfile(QStringLiteral("zitadel"), QStringLiteral("Beta"));
    auto dialog = openDialog();
    QSignalSpy changed(dialog.get(), &ProfilesDialog::profilesChanged);
    dialog->selectProfile(QStringLiteral("Alpha"));

    click(*dialog, "removeButton");
    QVERIFY(shown(*dialog, "removeBar"));
    QVERIFY(child<QLabel>(*dialog, "removeQuestion")->text().contains(u"\"Alpha\""));
    QVERIFY(child<QPushButton>(*dialog, "keepButton")->hasFocus());
    screenshot(*dialog, QStringLiteral("profiles-remove"));
    click(*dialog, "keepButton");
    QVERIFY(!shown(*dialog, "removeBar"));
    QVERIFY(m_store->contains(QStringLiteral("Alpha")));
    QCOMPARE(changed.count(), 0);

    click(*dialog, "removeButton");
    click(*dialog, "confirmRemoveButton");
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_store->names(), QStringList { QStringLiteral("Beta") });
    QVERIFY(!profileFile().contains("Alpha"));
    QTRY_COMPARE(m_keychain->count(), 1);
    QCOMPARE(storedSecret(*m_keychain, QStringLiteral("Alpha")), QString());
    QCOMPARE(child<QTreeWidget>(*dialog, "profileList")->topLevelItemCount(), 1);
    QVERIFY(child<ErrorBanner>(*dialog, "banner")->headline().contains(u"Removed"));
}
