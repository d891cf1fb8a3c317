#include "LoadAllController.h"

#include "LoadAllProgress.h"
#include "UserTableModel.h"

#include <QAction>
#include <QLocale>
#include <QWidget>

namespace {
/// Pages are decoded and inserted in the GUI thread, one page per event-loop turn: a page of
/// 1,000 users stalled the window for 50-100 ms each (issue 11). 250 keeps a turn short while
/// still needing a quarter of the requests of the default page of 100.
constexpr int loadAllPageSize = 250;
} // namespace

LoadAllController::LoadAllController(LoadAllProgress *progress, QWidget *window)
    : QObject(window)
    , m_progress(progress)
    , m_loadAll(new QAction(tr("Load &All Users"), window))
    , m_cancel(new QAction(tr("S&top Loading"), window))
{
    m_settings.pageSize = loadAllPageSize;

    m_loadAll->setObjectName(QStringLiteral("loadAllAction"));
    m_loadAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_loadAll->setStatusTip(tr("Load every user of the listing, so that filters and sorting "
                               "see all of them"));
    connect(m_loadAll, &QAction::triggered, this, &LoadAllController::start);

    m_cancel->setObjectName(QStringLiteral("cancelLoadAllAction"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setStatusTip(tr("Stop loading all users; the users loaded so far stay"));
    connect(m_cancel, &QAction::triggered, this, &LoadAllController::cancel);
    connect(m_progress, &LoadAllProgress::cancelRequested, this, &LoadAllController::cancel);

    window->addActions({ m_loadAll, m_cancel });
    updateActions();
}

void LoadAllController::setModel(UserTableModel *model)
{
    if (m_model == model)
        return;
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
        m_model->cancelLoadAll();
    }
    m_progress->finish();
    m_model = model;
    if (model) {
        connect(model, &UserTableModel::loadAllStarted, this, [this] {
            m_progress->start(m_model->rowCount(), m_model->totalCount().value_or(-1));
            updateActions();
        });
        connect(model, &UserTableModel::loadAllProgress, m_progress, &LoadAllProgress::setProgress);
        connect(model, &UserTableModel::loadAllFinished, this, &LoadAllController::finished);
        connect(model, &UserTableModel::loadAllWarning, this,
                [this](const QString &text) { emit warning(text, {}); });
        // Paging by scrolling can reach the end (or pause) too.
        connect(model, &UserTableModel::progressChanged, this, &LoadAllController::updateActions);
        connect(model, &UserTableModel::loadingChanged, this, &LoadAllController::updateActions);
    }
    updateActions();
}

void LoadAllController::start()
{
    if (m_model && m_model->loadAll(m_settings))
        emit statusMessage(tr("Loading all users\u2026"));
}

void LoadAllController::cancel()
{
    if (m_model)
        m_model->cancelLoadAll();
}

void LoadAllController::finished(PagePipeline::Status status, const QString &message)
{
    m_progress->finish();
    updateActions();
    const QLocale locale;
    const QString loaded = locale.toString(m_model ? m_model->rowCount() : 0);
    switch (status) {
    case PagePipeline::Status::Running:
    case PagePipeline::Status::Complete:
        emit statusMessage(tr("All %1 users are loaded.").arg(loaded));
        break;
    case PagePipeline::Status::Incomplete:
        // Not a success: the listing does not add up to what the server announced.
        emit warning(tr("Loading all users stopped with %1 users loaded: %2").arg(loaded, message),
                     tr("The users loaded so far stay; Load More goes on page by page."));
        break;
    case PagePipeline::Status::Failed:
        emit failed(tr("Loading all users failed with %1 users loaded.").arg(loaded), message);
        break;
    case PagePipeline::Status::Cancelled:
        emit statusMessage(tr("Loading all users cancelled; %1 users are loaded.").arg(loaded));
        break;
    }
}

void LoadAllController::updateActions()
{
    const bool running = m_model && m_model->isLoadingAll();
    m_loadAll->setEnabled(m_model && m_model->hasMorePages() && !running);
    m_cancel->setEnabled(running);
}
