#pragma once

#include "BackendCapabilities.h"

#include <QObject>
#include <QPointer>

class ChangeEmailDialog;
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
/// cell or the selected rows (Ctrl+C), resend the verification mail (where the backend can) and
/// read a row again. Owns the actions and the rows' context menu; the window puts the actions
/// in its menus.
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
    /// of the previous one.
    void setSession(IdentityBackend *backend, UserTableModel *users);

    QAction *changeEmailAction() const { return m_changeEmail; }
    QAction *copyCellAction() const { return m_copyCell; }
    QAction *copyRowsAction() const { return m_copyRows; }
    QAction *resendVerificationAction() const { return m_resend; }
    QAction *refreshRowAction() const { return m_refreshRow; }
    /// The rows' context menu (shown with popup(), never exec()).
    QMenu *contextMenu() const { return m_menu; }
    /// The open change-email dialog, if any.
    ChangeEmailDialog *dialog() const;

public slots:
    /// Opens the change-email dialog for the current row.
    void changeEmail();
    void resendVerification();
    void refreshRow();
    /// Enables the actions that fit the current row and the backend's capabilities.
    void updateActions();

signals:
    /// One sentence for the status bar ("Verification mail sent to ...").
    void statusMessage(const QString &message);
    void failed(const QString &action, const ServiceError &error);

private:
    QAction *makeAction(const char *objectName, const QString &text, const QString &accessible);
    /// The source row of the view's current index, or -1.
    int currentSourceRow() const;
    void emailChanged(const QString &userId, const EmailChangeOutcome &outcome,
                      const QString &newEmail);
    void showContextMenu(const QPoint &position);
    /// Reads the user again and updates their row in place.
    void refreshUser(const QString &userId);

    UserTableView *m_view;
    UserFilterProxyModel *m_proxy;
    QWidget *m_dialogParent;
    QPointer<IdentityBackend> m_backend;
    QPointer<UserTableModel> m_users;
    BackendCapabilities m_capabilities;
    QPointer<ChangeEmailDialog> m_dialog;

    QAction *m_changeEmail = nullptr;
    QAction *m_copyCell = nullptr;
    QAction *m_copyRows = nullptr;
    QAction *m_resend = nullptr;
    QAction *m_refreshRow = nullptr;
    QMenu *m_menu = nullptr;
};
