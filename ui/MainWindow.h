#pragma once

#include "UserFilterBar.h"

#include <QMainWindow>

#include <functional>

class DemoActions;
class ErrorBanner;
class HistoryController;
class IdentityBackend;
class ListingScopeNotice;
class ListingStatus;
class LoadAllController;
class MemorySecretStore;
class ProfileListModel;
class ProfileSecretReader;
class QComboBox;
class QNetworkAccessManager;
class SecretStore;
class SessionSecretOffer;
class ServiceError;
class UserActions;
class UserFilterProxyModel;
class UserListSession;
class UserTableArea;
class UserTableModel;
class UserTableView;

/// IdentityDesk's main window: pick a connection profile, browse its users page by page,
/// filter, copy and export them, change a user's email (written to the change journal, which
/// HistoryController owns) and look at the change history.
///
/// Choosing a profile reads its secret asynchronously (the ProfileListModel's extra in-memory
/// profiles from `sessionSecrets`; stored profiles from `sessionSecrets` when the profiles dialog
/// kept it there "for this session only", else from `storedSecrets`) and opens it in a
/// UserListSession, which creates the backend and loads the first page; further pages load as
/// the table scrolls. The window keeps the profile choice. Problems go to a banner
/// above the table, results to the status bar; nothing here opens a modal message box. When the
/// keyring is missing, the banner also offers to type the secret for this session only (kept in
/// `sessionSecrets`, like the profiles dialog's offer). A line above the table (ListingScopeNotice)
/// says when a sort covers only the loaded users and when the one row is the signed-in account.
///
/// Per profile, the table's column visibility, order, widths and sort are kept in QSettings
/// (keyed by the profile's name; never a secret), as are the window's geometry and the last
/// profile. None of the constructor's arguments is owned; all must outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileListModel *profiles, SecretStore *storedSecrets,
               MemorySecretStore *sessionSecrets, QNetworkAccessManager *network,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Switches to the profile in `row` of the ProfileListModel (as the selector does).
    void selectProfile(int row);
    /// The profile used last time when it still exists, else the first one.
    void selectInitialProfile();

    QString currentProfileName() const { return m_profileName; }
    IdentityBackend *backend() const;
    UserTableModel *userModel() const;
    UserFilterProxyModel *proxyModel() const { return m_proxy; }
    UserTableView *tableView() const { return m_view; }
    UserActions *userActions() const { return m_actions; }
    ErrorBanner *banner() const { return m_banner; }
    ListingStatus *listingStatus() const { return m_listing; }
    UserTableArea *tableArea() const { return m_area; }
    LoadAllController *loadAllController() const { return m_loadAll; }
    HistoryController *history() const { return m_history; }
    ListingScopeNotice *scopeNotice() const { return m_scopeNotice; }
    /// The demo's menu and server address; null unless showDemoServer() was called.
    DemoActions *demoActions() const { return m_demo; }

    /// Under --demo: shows the demo server's address and offers its mailbox (Demo menu).
    void showDemoServer(const QUrl &server);

public slots:
    /// Loads the current profile's listing again from the first page (F5).
    void reload();
    /// Shows a problem that is not the current profile's (e.g. an unreadable profile file) in
    /// the banner, until the next profile is chosen.
    void showNotice(const QString &headline, const QString &details);

signals:
    /// A page of users arrived (the first one too).
    void pageLoaded(int loaded, qint64 total);
    /// The profile could not be opened or a page failed; the banner says why.
    void loadFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// The menu bar (MainWindowMenus), its actions connected to the window.
    void buildMenus();
    void activateProfile(int row);
    void closeSession();
    void sessionPageLoaded(int loaded, qint64 total);
    void secretRead(const QString &profileName, const QString &secret);
    void secretFailed(const QString &headline, const QString &details, bool keyringMissing);
    void openProfilesDialog();
    /// After the profile list was read again: keep the open profile selected by name.
    void profilesReset();
    void pageFailed(const ServiceError &error);
    void showProblem(const QString &headline, const QString &details,
                     std::function<void()> retry = {});
    void showStatus(const QString &message);

    ProfileListModel *m_profiles;
    SecretStore *m_storedSecrets;
    MemorySecretStore *m_sessionSecrets;
    QNetworkAccessManager *m_network;

    ErrorBanner *m_banner = nullptr;
    QComboBox *m_profileCombo = nullptr;
    UserFilterBar *m_filterBar = nullptr;
    UserTableArea *m_area = nullptr;
    UserTableView *m_view = nullptr;
    UserFilterProxyModel *m_proxy = nullptr;
    UserActions *m_actions = nullptr;
    ListingStatus *m_listing = nullptr;
    ListingScopeNotice *m_scopeNotice = nullptr;
    DemoActions *m_demo = nullptr;
    LoadAllController *m_loadAll = nullptr;
    HistoryController *m_history = nullptr;
    SessionSecretOffer *m_sessionSecretOffer = nullptr;
    std::function<void()> m_bannerAction;

    /// The profile shown now: its name and whether it comes from the store.
    QString m_profileName;
    bool m_profileStored = false;
    ProfileSecretReader *m_secretReader;
    /// The open profile's listing, once its secret was read.
    UserListSession *m_session = nullptr;
};
