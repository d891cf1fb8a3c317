#pragma once

#include <QObject>
#include <QPointer>

class BulkChangeDialog;
class BulkResumeOffer;
class QAction;
class QMainWindow;
class QMenu;
class UserActions;
class UserTableView;

/// Bulk email changes in the main window: a "Bulk" menu with "Import CSV…", "Rename
/// Domain…" and, with several users selected, "Change Emails…" (then also in the rows'
/// context menu), each opening a BulkChangeDialog; and, when a profile opens, the offer to
/// resume its newest unfinished run (BulkResumeOffer, which the window puts in its layout).
///
/// Works on UserActions' session (backend, users, journal and the journal context of single
/// changes), so bulk and single changes are journaled alike. A new session closes the dialog:
/// it needs its backend.
class BulkActions : public QObject
{
    Q_OBJECT
public:
    BulkActions(UserActions *userActions, UserTableView *view, QMainWindow *window);
    ~BulkActions() override;

    QAction *importCsvAction() const { return m_importCsv; }
    QAction *renameDomainAction() const { return m_renameDomain; }
    QAction *changeEmailsAction() const { return m_changeEmails; }
    QMenu *menu() const { return m_menu; }
    BulkResumeOffer *resumeOffer() const { return m_offer; }
    /// The open bulk change window, if any.
    BulkChangeDialog *dialog() const;

public slots:
    /// Asks for a CSV file, then importCsvFile().
    void importCsv();
    /// Reads `path` and plans its rows (a refused file is shown in the window, unplanned).
    void importCsvFile(const QString &path);
    void renameDomain();
    void changeSelectedEmails();
    /// Resumes the run `jobId` of the current profile.
    void resume(const QString &jobId);
    /// Offers the current profile's newest unfinished run, if any.
    void offerUnfinishedRuns();
    void updateActions();

signals:
    /// A run ended: addresses in the table may be out of date.
    void changesApplied();
    /// One sentence for the status bar.
    void statusMessage(const QString &message);

private:
    BulkChangeDialog *newDialog();
    void sessionChanged();

    UserActions *m_userActions;
    UserTableView *m_view;
    QMainWindow *m_window;
    QPointer<BulkChangeDialog> m_dialog;
    BulkResumeOffer *m_offer = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_importCsv = nullptr;
    QAction *m_renameDomain = nullptr;
    QAction *m_changeEmails = nullptr;
    QAction *m_changeEmailsRow = nullptr;
};
