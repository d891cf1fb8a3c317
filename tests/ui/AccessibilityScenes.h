#pragma once

#include "ChangeJournal.h"
#include "DemoEnvironment.h"
#include "IdentityBackend.h"
#include "MemorySecretStore.h"
#include "ProfileListModel.h"
#include "ProfileStore.h"
#include "User.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>
#include <utility>

/// A window shown in one state, with what it needs kept alive (the window goes first).
struct AccessibilityScene
{
    std::unique_ptr<IdentityBackend> backend;
    std::unique_ptr<QWidget> window;
};

/// The windows and dialogs of IdentityDesk in each state the accessibility tests look at,
/// against the demo's in-process mock server: the main window with a profile loaded and with
/// its error banner, the change-email dialog per backend and on its review, error and
/// verify-code steps, the change history with a verified journal, the export dialog, and the
/// profiles dialog with its list, its editor for every kind and
/// sign-in method, the remove bar and connection-test results.
///
/// A scene is named by a key ("change:gcore", "profiles-editor:codearts/password"); rows()
/// lists every scene as (row tag, key) for a test's _data() function.
class AccessibilityScenes : public QObject
{
    Q_OBJECT
public:
    /// Starts the demo and prepares profiles, stores and one page of users per profile.
    bool start();

    /// Every scene: a readable row tag and its key.
    static QList<std::pair<QString, QString>> rows();
    /// Adds a "scene" column and a row per scene to the current _data() table.
    static void addRows();

    /// The scene shown, active and in its state; `window` is null (with a warning) on failure.
    AccessibilityScene open(const QString &key);

    const QList<User> &users(const QString &profile) const;

private:
    AccessibilityScene mainWindow(const QString &profile, bool expectFailure);
    /// The main window with a filter that hides every loaded user.
    AccessibilityScene noMatch();
    AccessibilityScene changeEmail(const QString &step, const QString &profile);
    AccessibilityScene profilesDialog(const QString &step, const QString &argument);
    /// The history window after a journaled change, its journal verified.
    AccessibilityScene history();
    AccessibilityScene exportDialog();
    std::unique_ptr<IdentityBackend> backend(const QString &profile, const QString &secret = {});
    static bool showActive(QWidget *window);

    QTemporaryDir m_dir;
    std::unique_ptr<DemoEnvironment> m_demo;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileListModel> m_profiles;
    /// The test's journal (IDENTITYDESK_JOURNAL), which the change-email scenes write to.
    ChangeJournal m_journal;
    MemorySecretStore m_keychain;
    MemorySecretStore m_session;
    QHash<QString, QList<User>> m_users;
    int m_serial = 0;
};
