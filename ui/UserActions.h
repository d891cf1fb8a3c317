#pragma once

#include "BackendCapabilities.h"
#include "JournaledEmailChange.h"

#include <QObject>
#include <QPointer>

class ChangeEmailDialog;
class ChangeJournal;
struct EmailChangeOutcome;
class IdentityBackend;
class QAction;
class QMenu;
class ServiceError;
class UserFilterProxyModel;
class UserTableModel;
class UserTableView;
struct User;

/// What can be done to the users in the table: change email (F2, Enter, double-click), copy a
/// cell or the selected rows (Ctrl+C), export the selected or filtered rows (ExportDialog),
/// resend the verification mail (where the backend can), enter the code that confirms a changed
/// address (where the backend verifies with one, for an unverified address), read a row again
/// and show a user's change history. It tells the model which changes the journal says still
/// wait for confirmation (PendingEmailChanges), when the session starts and after each change. Owns
/// the actions and the rows' context menu; the window puts the actions in its menus.
///
/// Acts on proxy->mapToSource(index), never on view rows. Nothing blocks: the dialog is opened
/// with open(), the services' answers come back through jobs and end up in statusMessage() or
/// failed(), never in a message box.
class UserActions : public QObject
{
    Q_OBJECT
public:
    UserActions(UserTableView *view, UserFilterProxyModel *proxy, QWidget *dialogParent);
    ~UserActions() override;

    /// The backend and model of the current profile (both may be null); closes an open dialog
    /// of the previous one. `journalContext` says where its changes go, for the journal.
    void setSession(IdentityBackend *backend, UserTableModel *users,
                    const JournaledEmailChange::Context &journalContext = {});
    /// Where the change-email dialog writes its changes (not owned; null: nothing is sent).
    void setJournal(ChangeJournal *journal) { m_journal = journal; }

    /// The current session, for other actions on the same users (BulkActions).
    IdentityBackend *backend() const;
    UserTableModel *users() const;
    ChangeJournal *journal() const { return m_journal; }
    const JournaledEmailChange::Context &journalContext() const { return m_journalContext; }
    /// The users of the selected rows in view order (the current row's when none is selected).
    QList<User> selectedUsers() const;

    QAction *changeEmailAction() const { return m_changeEmail; }
    QAction *copyCellAction() const { return m_copyCell; }
    QAction *copyRowsAction() const { return m_copyRows; }
    QAction *resendVerificationAction() const { return m_resend; }
    /// "Enter Verification Code…": for a user whose changed address waits for a mailed code.
    QAction *enterVerificationCodeAction() const { return m_enterCode; }
    QAction *refreshRowAction() const { return m_refreshRow; }
    QAction *userHistoryAction() const { return m_userHistory; }
    QAction *exportAction() const { return m_export; }
    /// The rows' context menu (shown with popup(), never exec()).
    QMenu *contextMenu() const { return m_menu; }
    /// The open change-email dialog, if any.
    ChangeEmailDialog *dialog() const;

public slots:
    /// Opens the change-email dialog for the current row.
    void changeEmail();
    void resendVerification();
    /// Opens the change-email dialog at its verify step for the current row.
    void enterVerificationCode();
    void refreshRow();
    /// Opens the export dialog for the selected rows, or every filtered row when at most one
    /// is selected.
    void exportRows();
    /// Enables the actions that fit the current row and the backend's capabilities.
    void updateActions();

signals:
    /// One sentence for the status bar ("Verification mail sent to ...").
    void statusMessage(const QString &message);
    void failed(const QString &action, const ServiceError &error);
    /// "History of this user": the current row's user in the current profile.
    void historyRequested(const QString &userId, const QString &profile);
    /// setSession() was called: another profile, or none.
    void sessionChanged();

private:
    QAction *makeAction(const char *objectName, const QString &text, const QString &accessible);
    /// The source row of the view's current index, or -1.
    int currentSourceRow() const;
    /// A change-email dialog for the current row, connected, not yet open; null when there is
    /// no row or no backend, or a dialog is open already.
    ChangeEmailDialog *openDialog();
    void emailChanged(const QString &userId, const EmailChangeOutcome &outcome,
                      const QString &newEmail);
    void showContextMenu(const QPoint &position);
    /// Tells the model which changes of this profile the journal says still wait.
    void readPendingChanges();
    /// Reads the user again and updates their row in place.
    void refreshUser(const QString &userId);

    UserTableView *m_view;
    UserFilterProxyModel *m_proxy;
    QWidget *m_dialogParent;
    QPointer<IdentityBackend> m_backend;
    QPointer<UserTableModel> m_users;
    BackendCapabilities m_capabilities;
    QPointer<ChangeEmailDialog> m_dialog;
    ChangeJournal *m_journal = nullptr;
    JournaledEmailChange::Context m_journalContext;

    QAction *m_changeEmail = nullptr;
    QAction *m_copyCell = nullptr;
    QAction *m_copyRows = nullptr;
    QAction *m_resend = nullptr;
    QAction *m_enterCode = nullptr;
    QAction *m_refreshRow = nullptr;
    QAction *m_userHistory = nullptr;
    QAction *m_export = nullptr;
    QMenu *m_menu = nullptr;
};
