#pragma once

// ProfilesDialog with a ProfileStore on a temporary file, a MemorySecretStore standing in for
// the keyring and the demo's in-process mock server. tst_profilesdialog_fixture.cpp: the
// fixture and its helpers; tst_profilesdialog.cpp: the fields per kind and method, live
// validation, add, edit and remove; tst_profilesdialog_connection.cpp: "Test connection" and
// the no-keyring path.
#include "DemoEnvironment.h"
#include "MemorySecretStore.h"
#include "ProfileStore.h"
#include "ProfilesDialog.h"
#include "UnavailableSecretStore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

class QLabel;

class tst_ProfilesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fieldsFollowKindAndMethod_data();
    void fieldsFollowKindAndMethod();
    void accessibleNamesAndTabOrder();
    void validationBesideFieldsDisablesSave();
    void caCertificatesFileIsChosenAndChecked();
    void addStoresSecretOutsideTheFile();
    void editKeepsTheStoredSecret();
    void renameMovesTheSecret();
    void editWithNewSecretReplacesIt();
    void removeAsksInline();

    void testConnectionSucceeds_data();
    void testConnectionSucceeds();
    void testConnectionWithStoredSecret();
    void testConnectionWrongSecretShowsMessage();
    void testConnectionCancel();
    void testConnectionWrongAddressNamesIt_data();
    void testConnectionWrongAddressNamesIt();
    void noKeyringOffersSessionOnlySave();
    void noKeyringOfferWithdrawnOnEdit();

private:
    /// A dialog on the fixture's stores, shown; `keychain` defaults to m_keychain.
    std::unique_ptr<ProfilesDialog> openDialog(SecretStore *keychain = nullptr);
    /// Saves a demo profile under `name` straight into the stores (not through the dialog).
    void seedProfile(const QString &demoName, const QString &name);
    /// Fills the editor (after Add) with a demo profile's settings and, optionally, its secret.
    void fillFrom(ProfilesDialog &dialog, const DemoProfile &profile, const QString &name,
                  const QString &secret);
    static void setText(ProfilesDialog &dialog, const char *edit, const QString &text);
    static void chooseData(ProfilesDialog &dialog, const char *combo, const QString &data);
    static QLabel *labelFor(ProfilesDialog &dialog, const char *input);
    static QString message(ProfilesDialog &dialog, const QString &field);
    QString storedSecret(SecretStore &store, const QString &name);
    QByteArray profileFile() const;
    DemoProfile demo(const QString &name) const;

    std::unique_ptr<DemoEnvironment> m_demo;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_session;
};
