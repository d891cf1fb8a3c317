#pragma once

#include "ExportTask.h"
#include "User.h"

#include <QDialog>
#include <QPointer>

class InlineMessage;
class QFileDialog;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

/// Export users to a file: says which rows go out (the selected ones, or every row of the
/// filtered list), asks for the file (Browse… offers CSV and JSON; the name's ending decides
/// the format), then writes it through an ExportTask with progress and Cancel. Nothing is left
/// half-written: a cancelled or failed export writes no file, and the error names the file.
///
/// Open it with open(); it never blocks. On success exported() and accept().
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `columns`: UserTableModel columns in the order they go out; `onlySelected` says whether
    /// `users` are the selected rows or the whole filtered list.
    ExportDialog(QList<User> users, QList<int> columns, bool onlySelected,
                 QWidget *parent = nullptr);

    QLineEdit *pathEdit() const { return m_path; }
    InlineMessage *message() const { return m_message; }
    /// Rows written per turn of the event loop (tests use small chunks to cancel midway).
    void setChunkSize(int rows) { m_chunkSize = rows; }
    bool isExporting() const { return !m_task.isNull(); }

    void reject() override;

public slots:
    /// Starts writing to the file named in the path field.
    void startExport();
    /// Stops a running export (nothing is written); the dialog stays open.
    void cancelExport();

signals:
    /// One sentence for the status bar.
    void exported(const QString &message);
    /// The export ended (written, cancelled or failed).
    void exportFinished(ExportTask::Result result);

private:
    void browse();
    void setBusy(bool busy);
    void taskFinished(ExportTask::Result result, const QString &message);

    QList<User> m_users;
    QList<int> m_columns;
    int m_chunkSize = 2000;
    QLabel *m_what = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    InlineMessage *m_message = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPointer<QFileDialog> m_fileDialog;
    QPointer<ExportTask> m_task;
};
