#pragma once

#include "PagePipeline.h"

#include <QObject>
#include <QPointer>

class LoadAllProgress;
class QAction;
class QWidget;
class UserTableModel;

/// The "Load all users" command of the main window: its action (Ctrl+Shift+L, enabled while
/// the listing has more pages and no Load all runs), the Cancel action (Escape, enabled while
/// one runs), and the LoadAllProgress it keeps up to date.
///
/// The rows go into the session's UserTableModel (UserTableModel::loadAll()); how it ended is
/// reported through the signals, for the window's status bar and banner: Complete as a status
/// message, Incomplete (the server's answers do not add up) as a warning, Failed as a problem
/// to retry, Cancelled as a status message. In every case the rows loaded stay.
class LoadAllController : public QObject
{
    Q_OBJECT
public:
    /// The actions are added to `window` so that their shortcuts work everywhere in it.
    LoadAllController(LoadAllProgress *progress, QWidget *window);

    QAction *loadAllAction() const { return m_loadAll; }
    QAction *cancelAction() const { return m_cancel; }

    /// The session's model, or nullptr without one (a running Load all is cancelled).
    void setModel(UserTableModel *model);
    /// Concurrency and page size of the next Load all.
    void setSettings(const PagePipelineSettings &settings) { m_settings = settings; }
    const PagePipelineSettings &settings() const { return m_settings; }

public slots:
    void start();
    void cancel();

signals:
    void statusMessage(const QString &message);
    /// Incomplete, or a warning of the listing (repeated ids): show as a warning.
    void warning(const QString &headline, const QString &details);
    /// Failed: show as an error, offering to start again.
    void failed(const QString &headline, const QString &details);

private:
    void updateActions();
    void finished(PagePipeline::Status status, const QString &message);

    LoadAllProgress *m_progress;
    QAction *m_loadAll = nullptr;
    QAction *m_cancel = nullptr;
    QPointer<UserTableModel> m_model;
    PagePipelineSettings m_settings;
};
