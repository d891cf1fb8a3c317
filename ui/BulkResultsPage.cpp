#include "BulkResultsPage.h"

#include "InlineMessage.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

BulkResultsPage::BulkResultsPage(QWidget *parent)
    : QWidget(parent)
{
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("resultsMessage"));
    m_export = new QPushButton(tr("E&xport Results\u2026"), this);
    m_export->setObjectName(QStringLiteral("exportResultsButton"));
    m_export->setAccessibleName(tr("Export results"));
    m_export->setToolTip(tr("Every row with its result, as CSV or JSON (by the file name)"));
    m_export->setAutoDefault(false);
    m_retry = new QPushButton(tr("Retry &Failed"), this);
    m_retry->setObjectName(QStringLiteral("retryFailedButton"));
    m_retry->setAccessibleName(tr("Retry failed"));
    m_retry->setToolTip(tr("Run the plan again for the rows that failed, had no answer or did "
                           "not start; rows that went through are not repeated"));
    m_retry->setAutoDefault(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_message, 1);
    row->addWidget(m_export);
    row->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    connect(m_export, &QPushButton::clicked, this, &BulkResultsPage::exportRequested);
    connect(m_retry, &QPushButton::clicked, this, &BulkResultsPage::retryRequested);
}

void BulkResultsPage::showRun(BulkApplier::State state, const QString &counts,
                              const QString &stopReason, int openRows)
{
    InlineMessage::Level level =
        openRows == 0 ? InlineMessage::Level::Success : InlineMessage::Level::Warning;
    QString text;
    switch (state) {
    case BulkApplier::State::Cancelled:
        text = tr("Cancelled: %1. Retry Failed finishes the rest; rows without an answer are "
                  "read first.")
                   .arg(counts);
        break;
    case BulkApplier::State::Stopped:
        text = tr("Stopped: %1. %2").arg(counts, stopReason);
        break;
    case BulkApplier::State::JournalFailed:
        level = InlineMessage::Level::Error;
        text = tr("Stopped because the change journal failed: %1. %2").arg(counts, stopReason);
        break;
    default:
        text = tr("Done: %1.").arg(counts);
        break;
    }
    m_message->showMessage(level, text);
    m_retry->setEnabled(openRows > 0);
}
