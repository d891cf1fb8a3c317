#include "HistoryController.h"

#include "ChangeJournal.h"
#include "ConnectionProfile.h"
#include "ErrorBanner.h"
#include "HistoryModel.h"
#include "HistoryWindow.h"
#include "ProfileListModel.h"

#include <QAction>
#include <QWidget>

HistoryController::HistoryController(ProfileListModel *profiles, QWidget *window,
                                     const QString &journalPath)
    : QObject(window)
    , m_profiles(profiles)
    , m_window(window)
    , m_journal(std::make_unique<ChangeJournal>(journalPath.isEmpty() ? ChangeJournal::defaultPath()
                                                                      : journalPath))
    , m_banner(new ErrorBanner(window))
{
    m_banner->setObjectName(QStringLiteral("journalBanner"));
    connect(m_banner, &ErrorBanner::actionTriggered, this, [this] {
        m_banner->clear();
        showHistory();
    });
    m_action = new QAction(tr("Change &History\u2026"), this);
    m_action->setObjectName(QStringLiteral("historyAction"));
    m_action->setShortcut(Qt::CTRL | Qt::Key_H);
    m_action->setStatusTip(tr("Show the email changes made from this computer"));
    connect(m_action, &QAction::triggered, this, &HistoryController::showHistory);
    openJournal();
}

HistoryController::~HistoryController()
{
    // The window reads the journal: it goes first.
    delete m_history.data();
}

void HistoryController::openJournal()
{
    if (!m_journal->open()) {
        m_banner->showMessage(ErrorBanner::Level::Error,
                              tr("Email changes are switched off: the change journal cannot "
                                 "be used."),
                              m_journal->errorString());
        return;
    }
    const QList<JournalChange> abandoned = m_journal->closeAbandoned();
    if (abandoned.isEmpty())
        return;
    QStringList lines;
    for (const JournalChange &change : abandoned) {
        const JournalEntry &intent = change.intent;
        lines.append(tr("%1 to %2 in %3, %4")
                         .arg(intent.login.isEmpty() ? intent.userId : intent.login,
                              intent.newEmail, intent.profile,
                              HistoryModel::timeText(intent.time)));
    }
    m_banner->showMessage(ErrorBanner::Level::Warning,
                          abandoned.size() == 1
                              ? tr("An earlier email change ended without an answer from the "
                                   "server; check this user's address:")
                              : tr("%1 earlier email changes ended without an answer from the "
                                   "server; check these users' addresses:")
                                    .arg(abandoned.size()),
                          lines.join(QStringLiteral("; ")));
    m_banner->setAction(tr("&Show History"), tr("Show the change history"));
}

HistoryWindow *HistoryController::historyWindow() const
{
    return m_history.data();
}

JournaledEmailChange::Context HistoryController::contextFor(const ConnectionProfile &profile)
{
    JournaledEmailChange::Context context;
    context.profile = profile.name;
    context.backend = ConnectionProfile::kindName(profile.settings.kind);
    context.serverHost = profile.settings.baseUrl.host();
    return context;
}

HistoryWindow *HistoryController::ensureWindow()
{
    if (!m_history) {
        m_history = new HistoryWindow(m_journal.get(), m_window);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
    }
    QStringList names;
    for (int row = 0; m_profiles && row < m_profiles->rowCount(); ++row) {
        const QString name = m_profiles->profileAt(row).name;
        if (!names.contains(name))
            names.append(name);
    }
    m_history->setProfileNames(names);
    return m_history;
}

void HistoryController::showHistory()
{
    // An open window keeps its filter and shows what was written since.
    const bool open = m_history;
    HistoryWindow *window = ensureWindow();
    if (open)
        window->refresh();
    window->show();
    window->raise();
    window->activateWindow();
}

void HistoryController::showUserHistory(const QString &userId, const QString &profile)
{
    HistoryWindow *window = ensureWindow();
    window->showUser(userId, profile);
    window->show();
    window->raise();
    window->activateWindow();
}
