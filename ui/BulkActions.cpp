#include "BulkActions.h"

#include "BulkChangeDialog.h"
#include "BulkResumeOffer.h"
#include "BulkRunStore.h"
#include "ChangeJournal.h"
#include "FileChooser.h"
#include "UserActions.h"
#include "UserTableView.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

BulkActions::BulkActions(UserActions *userActions, UserTableView *view, QMainWindow *window)
    : QObject(window)
    , m_userActions(userActions)
    , m_view(view)
    , m_window(window)
    , m_offer(new BulkResumeOffer(window))
{
    setObjectName(QStringLiteral("bulkActions"));
    m_importCsv = new QAction(tr("&Import CSV\u2026"), this);
    m_importCsv->setObjectName(QStringLiteral("importCsvAction"));
    m_importCsv->setStatusTip(tr("Change the addresses a CSV file lists, after a review"));
    m_renameDomain = new QAction(tr("&Rename Domain\u2026"), this);
    m_renameDomain->setObjectName(QStringLiteral("renameDomainAction"));
    m_renameDomain->setStatusTip(tr("Move every address at one domain to another, after a "
                                    "review"));
    m_changeEmails = new QAction(tr("Change E&mails of Selected Users\u2026"), this);
    m_changeEmails->setObjectName(QStringLiteral("changeEmailsAction"));
    m_changeEmails->setShortcut(Qt::SHIFT | Qt::Key_F2);
    m_changeEmails->setStatusTip(tr("Change the addresses of the selected users, after a "
                                    "review"));

    m_menu = window->menuBar()->addMenu(tr("&Bulk"));
    m_menu->setObjectName(QStringLiteral("bulkMenu"));
    m_menu->addAction(m_changeEmails);
    m_menu->addSeparator();
    m_menu->addAction(m_importCsv);
    m_menu->addAction(m_renameDomain);
    window->addAction(m_changeEmails); // its shortcut also while the menu bar is hidden
    // In the rows' context menu only while it applies: with several rows selected.
    m_changeEmailsRow = new QAction(m_changeEmails->text(), this);
    m_changeEmailsRow->setObjectName(QStringLiteral("changeEmailsRowAction"));
    QMenu *rowMenu = m_userActions->contextMenu();
    rowMenu->insertAction(rowMenu->actions().value(1), m_changeEmailsRow);
    connect(m_changeEmailsRow, &QAction::triggered, this, &BulkActions::changeSelectedEmails);

    connect(m_importCsv, &QAction::triggered, this, &BulkActions::importCsv);
    connect(m_renameDomain, &QAction::triggered, this, &BulkActions::renameDomain);
    connect(m_changeEmails, &QAction::triggered, this, &BulkActions::changeSelectedEmails);
    connect(m_offer, &BulkResumeOffer::resumeRequested, this, &BulkActions::resume);
    connect(m_userActions, &UserActions::sessionChanged, this, &BulkActions::sessionChanged);
    updateActions();
}

BulkActions::~BulkActions()
{
    delete m_dialog.data();
}

BulkChangeDialog *BulkActions::dialog() const
{
    return m_dialog.data();
}

void BulkActions::sessionChanged()
{
    // The dialog needs the backend of the session that ends.
    delete m_dialog.data();
    if (m_view->selectionModel())
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &BulkActions::updateActions, Qt::UniqueConnection);
    updateActions();
    offerUnfinishedRuns();
}

void BulkActions::updateActions()
{
    const bool session =
        m_userActions->backend() && m_userActions->journal() && m_userActions->journal()->isOpen();
    m_importCsv->setEnabled(session);
    m_renameDomain->setEnabled(session);
    const QItemSelectionModel *selection = m_view->selectionModel();
    m_changeEmails->setEnabled(session && selection && selection->selectedRows().size() > 1);
    m_changeEmailsRow->setVisible(m_changeEmails->isEnabled());
}

BulkChangeDialog *BulkActions::newDialog()
{
    if (m_dialog) {
        // One bulk change at a time: the open one comes forward.
        m_dialog->raise();
        m_dialog->activateWindow();
        return nullptr;
    }
    if (!m_userActions->backend())
        return nullptr;
    auto *dialog = new BulkChangeDialog(m_userActions->backend(), m_userActions->journal(),
                                        m_userActions->journalContext(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkChangeDialog::runEnded, this, &BulkActions::changesApplied);
    m_dialog = dialog;
    dialog->show();
    return dialog;
}

void BulkActions::importCsv()
{
    if (!m_importCsv->isEnabled())
        return;
    FileChooser::ask(m_window, tr("Import CSV"), { tr("CSV (*.csv *.txt)"), tr("All files (*)") },
                     QFileDialog::AcceptOpen, [this](const QString &path) { importCsvFile(path); });
}

void BulkActions::importCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit statusMessage(tr("\u201c%1\u201d cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    if (BulkChangeDialog *dialog = newDialog())
        dialog->startCsv(QFileInfo(path).fileName(), bytes);
}

void BulkActions::renameDomain()
{
    if (!m_renameDomain->isEnabled())
        return;
    if (BulkChangeDialog *dialog = newDialog())
        dialog->startDomainRename();
}

void BulkActions::changeSelectedEmails()
{
    if (!m_changeEmails->isEnabled())
        return;
    const QList<User> users = m_userActions->selectedUsers();
    if (users.size() < 2)
        return;
    if (BulkChangeDialog *dialog = newDialog())
        dialog->startSelection(users);
}

void BulkActions::resume(const QString &jobId)
{
    ChangeJournal *journal = m_userActions->journal();
    if (!journal || !journal->isOpen())
        return;
    BulkRunStore store(*journal);
    const std::optional<BulkRun> run = store.open() ? store.run(jobId) : std::nullopt;
    if (!run || run->plan.profile != m_userActions->journalContext().profile) {
        emit statusMessage(tr("The bulk change %1 cannot be resumed here.").arg(jobId));
        return;
    }
    if (BulkChangeDialog *dialog = newDialog())
        dialog->resumeRun(*run);
}

void BulkActions::offerUnfinishedRuns()
{
    m_offer->withdraw();
    ChangeJournal *journal = m_userActions->journal();
    if (!m_userActions->backend() || !journal || !journal->isOpen())
        return;
    BulkRunStore store(*journal);
    if (!store.open())
        return;
    const QString profile = m_userActions->journalContext().profile;
    QList<BulkRun> unfinished;
    for (const BulkRun &run : store.runs()) {
        if (run.plan.profile == profile && run.isUnfinished())
            unfinished.append(run);
    }
    if (unfinished.isEmpty())
        return;
    // Newest first: the run most likely interrupted just now.
    const BulkRun &newest = unfinished.constFirst();
    m_offer->offer(newest, BulkRunStore::counts(newest, *journal), int(unfinished.size() - 1));
}
