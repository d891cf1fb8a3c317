#include "ExportDialog.h"

#include "InlineMessage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(QList<User> users, QList<int> columns, bool onlySelected,
                           QWidget *parent)
    : QDialog(parent)
    , m_users(std::move(users))
    , m_columns(std::move(columns))
{
    setWindowTitle(tr("Export Users"));
    setAccessibleName(tr("Export users"));
    const int count = int(m_users.size());
    const QString number = QLocale().toString(count);
    QString what;
    if (onlySelected)
        what = tr("The %1 selected users will be exported, with the columns shown in the table.")
                   .arg(number);
    else if (count == 1)
        what = tr("The one user of the list as filtered now will be exported, with the columns "
                  "shown in the table.");
    else
        what = tr("All %1 users of the list as filtered now will be exported, with the columns "
                  "shown in the table. To export only some, select them first.")
                   .arg(number);
    m_what = new QLabel(what, this);
    m_what->setObjectName(QStringLiteral("exportWhatLabel"));
    m_what->setWordWrap(true);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setAccessibleName(tr("Export file"));
    m_browse = new QPushButton(tr("&Browse\u2026"), this);
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));
    m_browse->setAccessibleName(tr("Browse for the export file"));
    m_browse->setAutoDefault(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *hint = new QLabel(tr("The name decides the format: .json writes JSON, any other name "
                               "CSV (RFC 4180, UTF-8)."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), hint);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, std::max(1, count));
    m_progress->hide();
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("exportMessage"));

    m_exportButton = new QPushButton(tr("&Export"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setAccessibleName(tr("Export"));
    m_exportButton->setDefault(true);
    m_exportButton->setEnabled(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(buttons);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());

    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_exportButton->setEnabled(!text.trimmed().isEmpty() && !isExporting());
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::reject);
    m_path->setFocus();
}

void ExportDialog::browse()
{
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    m_fileDialog = new QFileDialog(this, tr("Export Users"), m_path->text().trimmed());
    m_fileDialog->setObjectName(QStringLiteral("exportFileDialog"));
    m_fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_fileDialog->setNameFilters({ csv, json });
    if (ExportTask::formatFor(m_path->text()) == ExportTask::Format::Json)
        m_fileDialog->selectNameFilter(json);
    connect(m_fileDialog, &QFileDialog::fileSelected, this, [this, json](QString path) {
        // The chosen filter decides the format when the name has no ending of its own.
        const bool wantsJson = m_fileDialog && m_fileDialog->selectedNameFilter() == json;
        if (QFileInfo(path).suffix().isEmpty())
            path += wantsJson ? QStringLiteral(".json") : QStringLiteral(".csv");
        m_path->setText(QDir::toNativeSeparators(path));
    });
    m_fileDialog->open();
}

void ExportDialog::setBusy(bool busy)
{
    m_path->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_exportButton->setEnabled(!busy && !m_path->text().trimmed().isEmpty());
    m_progress->setVisible(busy);
    if (busy)
        m_cancelButton->setFocus();
}

void ExportDialog::startExport()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty() || m_task)
        return;
    m_message->clear();
    auto *task = new ExportTask(m_users, m_columns, path, ExportTask::formatFor(path), this);
    task->setChunkSize(m_chunkSize);
    m_task = task;
    connect(task, &ExportTask::progress, m_progress, &QProgressBar::setValue);
    connect(task, &ExportTask::finished, this, &ExportDialog::taskFinished);
    m_progress->setValue(0);
    setBusy(true);
    task->start();
}

void ExportDialog::cancelExport()
{
    if (m_task)
        m_task->cancel();
}

void ExportDialog::taskFinished(ExportTask::Result result, const QString &message)
{
    const QString path = m_task ? QDir::toNativeSeparators(m_path->text().trimmed()) : QString();
    if (m_task)
        m_task->deleteLater();
    m_task = nullptr;
    setBusy(false);
    emit exportFinished(result);
    switch (result) {
    case ExportTask::Result::Written:
        emit exported(
            tr("Exported %1 users to %2.").arg(QLocale().toString(int(m_users.size())), path));
        accept();
        return;
    case ExportTask::Result::Cancelled:
        m_message->showMessage(InlineMessage::Level::Information,
                               tr("Export cancelled; no file was written."));
        break;
    case ExportTask::Result::Failed:
        m_message->showMessage(InlineMessage::Level::Error, message);
        break;
    }
    m_path->setFocus();
}

void ExportDialog::reject()
{
    // Escape or Cancel while writing stops the export, not the dialog.
    if (m_task) {
        cancelExport();
        return;
    }
    QDialog::reject();
}
