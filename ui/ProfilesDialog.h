#pragma once

#include "ConnectionProfile.h"
#include "ProfileSaveTask.h"
#include "ProfileStore.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class BuiltInProfileNotice;
class BusyStatus;
class ConnectionTestController;
class ErrorBanner;
class MemorySecretStore;
class ProfileEditor;
class ProfileRemoveBar;
class QNetworkAccessManager;
class ProfilesDialogButtons;
class ProfileListPanel;
class SecretStore;

/// Manages the saved connection profiles: the list on the left (name and API), an editor on
/// the right. Open it with open() or show(), never exec(); nothing in it blocks.
///
/// - Add empties the editor, Edit fills it with the selected profile; Save or "Discard
///   changes" end the editing. The list and its buttons wait meanwhile.
/// - Save writes the secret (when one was typed, or moves the stored one on a rename) to the
///   keyring first and then the profile to the ProfileStore, inputs disabled meanwhile. If the
///   keyring is unavailable nothing is saved; the banner says so and offers "Keep the secret
///   for this session only", which puts the secret in the session store and saves the profile
///   without a keyring secret. Secrets never go to the profile file.
/// - Remove asks inside the dialog ("Remove" / "Keep"), then removes the profile and its secret
///   from both stores.
/// - "Test connection" connects with the editor's current settings and the typed secret (or
///   the stored one when none was typed) and shows the result in the banner; Cancel (or
///   Escape) stops it.
///
/// Under --demo the demo's built-in profiles follow the saved ones (setBuiltInProfiles()):
/// they can be looked at and tested, and the banner says why they cannot be edited.
///
/// The stores and the network access manager are not owned and must outlive the dialog; the
/// session store may be null (no session-only offer then).
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    ProfilesDialog(ProfileStore *profiles, SecretStore *keychain, MemorySecretStore *session,
                   QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    /// The profile selected in the list; empty when none.
    QString selectedProfile() const;
    void selectProfile(const QString &name);
    /// Shows `profiles` (the demo's, in memory) after the saved ones, read-only.
    void setBuiltInProfiles(const QList<ConnectionProfile> &profiles);
    bool isEditing() const { return m_mode != Mode::Viewing; }

    void reject() override;
    void done(int result) override;

protected:
    bool event(QEvent *event) override;

signals:
    /// A profile was added, changed or removed through this dialog.
    void profilesChanged();

private:
    enum class Mode { Viewing, Adding, Editing };
    enum class Busy { Idle, Saving, Testing };

    void buildButtons();
    void setTabOrderChain();
    void reloadList();
    void showSelected();
    void setMode(Mode mode);
    void updateTakenNames();
    void setBusy(Busy busy, const QString &text = {});
    void updateButtons();
    /// Says whether the selected profile is built in (and so read-only), and how to change it.
    void updateBuiltInNotice();

    void startAdd();
    void startEdit();
    void discardChanges();
    void askRemove();
    void removeProfile(const QString &name);

    void save();
    void keepForSession();
    void offerSessionOnly(const QString &message);
    void saved(const ConnectionProfile &profile, ProfileSaveTask::SecretPlace place);
    void saveFailed(const QString &headline, const QString &details);

    void testConnection();

    QPointer<ProfileStore> m_store;
    QList<ConnectionProfile> m_builtIn;
    Mode m_mode = Mode::Viewing;
    Busy m_busy = Busy::Idle;

    ProfileSaveTask *m_saveTask = nullptr;
    ConnectionTestController *m_test = nullptr;
    ErrorBanner *m_banner = nullptr;
    ProfileRemoveBar *m_removeBar = nullptr;
    ProfileListPanel *m_profiles = nullptr;
    ProfileEditor *m_editor = nullptr;
    BusyStatus *m_busyStatus = nullptr;
    std::unique_ptr<ProfilesDialogButtons> m_buttons;
    /// Says why a built-in profile cannot be edited while one is selected.
    std::unique_ptr<BuiltInProfileNotice> m_builtInNotice;
};
