#include "UserActions.h"

#include "ChangeEmailDialog.h"
#include "ChangeJournal.h"
#include "ExportDialog.h"
#include "IdentityBackend.h"
#include "PendingEmailChanges.h"
#include "ServiceJob.h"
#include "UserFilterProxyModel.h"
#include "UserTableModel.h"
#include "UserTableView.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QShortcut>

#include <algorithm>

UserActions::UserActions(UserTableView *view, UserFilterProxyModel *proxy, QWidget *dialogParent)
    : QObject(view)
    , m_view(view)
    , m_proxy(proxy)
    , m_dialogParent(dialogParent)
    , m_menu(new QMenu(view))
{
    m_changeEmail = makeAction("changeEmailAction", tr("Change &Email\u2026"), tr("Change email"));
    m_changeEmail->setShortcut(Qt::Key_F2);
    m_copyCell = makeAction("copyCellAction", tr("Copy &Cell"), tr("Copy cell"));
    m_copyRows = makeAction("copyRowAction", tr("Copy &Row"), tr("Copy row"));
    m_copyRows->setShortcut(QKeySequence::Copy);
    // Only while the table has the focus: Ctrl+C in the filter field copies its text.
    m_copyRows->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copyRows);
    m_resend = makeAction("resendVerificationAction", tr("Resend &Verification"),
                          tr("Resend verification mail"));
    m_enterCode = makeAction("enterVerificationCodeAction", tr("Enter Verification Co&de\u2026"),
                             tr("Enter verification code"));
    m_refreshRow = makeAction("refreshRowAction", tr("Re&fresh Row"), tr("Refresh row"));
    m_userHistory =
        makeAction("userHistoryAction", tr("&History of This User…"), tr("History of this user"));
    m_export = makeAction("exportAction", tr("E&xport…"), tr("Export users"));

    m_menu->setObjectName(QStringLiteral("rowContextMenu"));
    m_menu->addAction(m_changeEmail);
    m_menu->addSeparator();
    m_menu->addAction(m_copyCell);
    m_menu->addAction(m_copyRows);
    m_menu->addSeparator();
    m_menu->addAction(m_resend);
    m_menu->addAction(m_enterCode);
    m_menu->addAction(m_refreshRow);
    m_menu->addAction(m_userHistory);
    m_menu->addSeparator();
    m_menu->addAction(m_export);

    connect(m_changeEmail, &QAction::triggered, this, &UserActions::changeEmail);
    connect(m_copyCell, &QAction::triggered, m_view, &UserTableView::copyCurrentCell);
    connect(m_copyRows, &QAction::triggered, m_view, &UserTableView::copySelectedRows);
    connect(m_resend, &QAction::triggered, this, &UserActions::resendVerification);
    connect(m_enterCode, &QAction::triggered, this, &UserActions::enterVerificationCode);
    connect(m_refreshRow, &QAction::triggered, this, &UserActions::refreshRow);
    connect(m_userHistory, &QAction::triggered, this, [this] {
        const int row = currentSourceRow();
        if (row >= 0)
            emit historyRequested(m_users->userAt(row).id, m_journalContext.profile);
    });
    connect(m_export, &QAction::triggered, this, &UserActions::exportRows);

    // Enter on a row changes its email, as F2 does; the filter field keeps its own Enter.
    for (const int key : { int(Qt::Key_Return), int(Qt::Key_Enter) }) {
        auto *shortcut =
            new QShortcut(QKeySequence(key), m_view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &UserActions::changeEmail);
    }
    connect(m_view, &QAbstractItemView::doubleClicked, this, &UserActions::changeEmail);
    connect(m_view, &QWidget::customContextMenuRequested, this, &UserActions::showContextMenu);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UserActions::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UserActions::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UserActions::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UserActions::updateActions);
    updateActions();
}

UserActions::~UserActions()
{
    delete m_dialog.data();
}

ChangeEmailDialog *UserActions::dialog() const
{
    return m_dialog.data();
}

IdentityBackend *UserActions::backend() const
{
    return m_backend.data();
}

UserTableModel *UserActions::users() const
{
    return m_users.data();
}

QAction *UserActions::makeAction(const char *objectName, const QString &text,
                                 const QString &accessible)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setToolTip(accessible);
    action->setStatusTip(accessible);
    return action;
}

void UserActions::setSession(IdentityBackend *backend, UserTableModel *users,
                             const JournaledEmailChange::Context &journalContext)
{
    // The dialog needs its backend alive: it goes first.
    delete m_dialog.data();
    m_backend = backend;
    m_users = users;
    m_journalContext = journalContext;
    m_capabilities = backend ? backend->capabilities() : BackendCapabilities();
    readPendingChanges();
    if (users) {
        // A row that changes under the cursor (e.g. unverified after "Later") changes what fits.
        connect(users, &QAbstractItemModel::dataChanged, this, &UserActions::updateActions,
                Qt::UniqueConnection);
    }
    if (m_view->selectionModel()) {
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &UserActions::updateActions, Qt::UniqueConnection);
    }
    updateActions();
    emit sessionChanged();
}

void UserActions::readPendingChanges()
{
    if (m_users && m_journal && m_journal->isOpen())
        m_users->setPendingChanges(PendingEmailChanges::read(*m_journal, m_journalContext.profile));
}

void UserActions::updateActions()
{
    const bool hasRow = currentSourceRow() >= 0;
    m_changeEmail->setEnabled(hasRow && m_backend);
    m_copyCell->setEnabled(hasRow);
    m_copyRows->setEnabled(hasRow);
    m_refreshRow->setEnabled(hasRow && m_backend);
    m_userHistory->setEnabled(hasRow);
    m_export->setEnabled(m_users && m_proxy->sourceModel() == m_users && m_proxy->rowCount() > 0);
    // Shown only where the service has it at all; enabled where a row is chosen.
    m_resend->setVisible(m_capabilities.canResendVerification);
    m_resend->setEnabled(hasRow && m_backend && m_capabilities.canResendVerification);
    // After "Later": the address waits for the code mailed to it. Shown only then, as the
    // context menu shows only what applies to the row.
    const bool codeAwaited = hasRow && m_backend && m_capabilities.verifiesWithCodeAfterChange
        && m_users->userAt(currentSourceRow()).verification == EmailVerification::Unverified;
    m_enterCode->setVisible(codeAwaited);
    m_enterCode->setEnabled(codeAwaited);
}

int UserActions::currentSourceRow() const
{
    if (!m_users || m_proxy->sourceModel() != m_users)
        return -1;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy->mapToSource(current).row();
}

void UserActions::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isRowSelected(index.row(), index.parent()))
        m_view->setCurrentIndex(index);
    else
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    updateActions();
    m_menu->popup(m_view->viewport()->mapToGlobal(position));
}

void UserActions::changeEmail()
{
    if (ChangeEmailDialog *dialog = openDialog())
        dialog->open();
}

void UserActions::enterVerificationCode()
{
    ChangeEmailDialog *dialog = openDialog();
    if (!dialog)
        return;
    dialog->enterVerificationCode();
    dialog->open();
}

ChangeEmailDialog *UserActions::openDialog()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_backend || m_dialog)
        return nullptr;
    const User user = m_users->userAt(row);
    auto *dialog =
        new ChangeEmailDialog(m_backend, user, m_journal, m_journalContext, m_dialogParent);
    dialog->setObjectName(QStringLiteral("changeEmailDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const QString userId = user.id;
    connect(dialog, &ChangeEmailDialog::emailChanged, this,
            [this, userId](const EmailChangeOutcome &outcome, const QString &newEmail) {
                emailChanged(userId, outcome, newEmail);
            });
    connect(dialog, &ChangeEmailDialog::userReloaded, this, [this](const User &reloaded) {
        if (m_users)
            m_users->updateUser(reloaded);
    });
    connect(dialog, &ChangeEmailDialog::emailVerified, this,
            [this, userId](const QString &, const QString &message) {
                emit statusMessage(message);
                refreshUser(userId);
            });
    return dialog;
}

void UserActions::emailChanged(const QString &userId, const EmailChangeOutcome &outcome,
                               const QString &newEmail)
{
    const int row = m_users ? m_users->rowForUserId(userId) : -1;
    emit statusMessage(row >= 0 ? outcome.summaryFor(m_users->userAt(row).shownName(), newEmail)
                                : outcome.summary(newEmail));
    if (!m_users)
        return;
    // The journal has the outcome by now: a change that waits shows its age from there.
    readPendingChanges();
    if (outcome.user && outcome.user->id == userId) {
        m_users->updateUser(*outcome.user);
        return;
    }
    // The service did not return the user: read the row again so it shows the new state.
    refreshUser(userId);
}

void UserActions::resendVerification()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_backend || !m_capabilities.canResendVerification)
        return;
    const User user = m_users->userAt(row);
    ActionJob *job = m_backend->resendVerification(user.id);
    emit statusMessage(tr("Sending the verification mail to %1\u2026").arg(user.shownName()));
    connect(job, &ServiceJob::finished, this, [this, job, user] {
        if (job->succeeded()) {
            emit statusMessage(job->message().isEmpty()
                                   ? tr("Verification mail sent to %1.").arg(user.email)
                                   : job->message());
        } else {
            emit failed(tr("Resending the verification mail to %1").arg(user.shownName()),
                        job->error());
        }
    });
}

void UserActions::refreshRow()
{
    const int row = currentSourceRow();
    if (row >= 0)
        refreshUser(m_users->userAt(row).id);
}

void UserActions::refreshUser(const QString &userId)
{
    const int row = m_users ? m_users->rowForUserId(userId) : -1;
    if (row < 0 || !m_backend)
        return;
    const User user = m_users->userAt(row);
    UserJob *job = m_backend->user(user.id);
    QPointer<UserTableModel> users = m_users;
    connect(job, &ServiceJob::finished, this, [this, job, users, user] {
        if (!job->succeeded()) {
            emit failed(tr("Refreshing %1").arg(user.shownName()), job->error());
            return;
        }
        if (users)
            users->updateUser(job->user());
    });
}

QList<User> UserActions::selectedUsers() const
{
    QList<User> users;
    if (!m_users || m_proxy->sourceModel() != m_users)
        return users;
    const QModelIndexList selected =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    QList<int> rows;
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    for (const int row : rows)
        users.append(m_users->userAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return users;
}

void UserActions::exportRows()
{
    if (!m_users || m_proxy->sourceModel() != m_users || m_proxy->rowCount() == 0)
        return;
    // One selected row is usually just where the cursor is: then the whole filtered list.
    QList<User> users = selectedUsers();
    const bool onlySelected = users.size() > 1;
    if (!onlySelected) {
        users.clear();
        users.reserve(m_proxy->rowCount());
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            users.append(m_users->userAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    }
    auto *dialog = new ExportDialog(users, m_view->visibleColumns(), onlySelected, m_dialogParent);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, &UserActions::statusMessage);
    dialog->open();
}
