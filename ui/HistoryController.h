#pragma once

#include "JournaledEmailChange.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ChangeJournal;
class ErrorBanner;
class HistoryWindow;
class ProfileListModel;
class QAction;
class QWidget;
struct ConnectionProfile;

/// The main window's change journal: owns the one ChangeJournal every desktop email change is
/// written to, opens it at start, closes the intents an earlier run left without an answer
/// (and says so once, in its own banner, so that choosing a profile does not wipe it), and
/// opens the history window (View › Change History, Ctrl+H; "History of this user").
///
/// When the journal cannot be opened the banner says why; the change-email dialog then
/// refuses to send (JournaledEmailChange writes nothing and starts nothing).
class HistoryController : public QObject
{
    Q_OBJECT
public:
    /// `journalPath` empty: ChangeJournal::defaultPath(). The banner and the history window
    /// are children of `window`.
    HistoryController(ProfileListModel *profiles, QWidget *window,
                      const QString &journalPath = QString());
    ~HistoryController() override;

    ChangeJournal *journal() const { return m_journal.get(); }
    /// Journal problems and abandoned changes; the window puts it in its layout.
    ErrorBanner *banner() const { return m_banner; }
    QAction *historyAction() const { return m_action; }
    /// The open history window, if any.
    HistoryWindow *historyWindow() const;

    /// What the journal records about where a change goes, for `profile`.
    static JournaledEmailChange::Context contextFor(const ConnectionProfile &profile);

public slots:
    /// Opens (or raises) the history window showing every change.
    void showHistory();
    /// Opens it filtered to one user of `profile`.
    void showUserHistory(const QString &userId, const QString &profile);

private:
    void openJournal();
    HistoryWindow *ensureWindow();

    ProfileListModel *m_profiles;
    QWidget *m_window;
    std::unique_ptr<ChangeJournal> m_journal;
    ErrorBanner *m_banner = nullptr;
    QAction *m_action = nullptr;
    QPointer<HistoryWindow> m_history;
};
