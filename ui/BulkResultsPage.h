#pragma once

#include "BulkApplier.h"

#include <QWidget>

class InlineMessage;
class QPushButton;

/// Under the plan's table once a run ended: how it ended in a sentence, "Export results…"
/// (CSV or JSON, by the file name) and "Retry failed" (a new run of the same job that tries
/// the failed rows again and finishes the rest; rows that went through are not repeated).
class BulkResultsPage : public QWidget
{
    Q_OBJECT
public:
    explicit BulkResultsPage(QWidget *parent = nullptr);

    /// How the run ended, in a sentence with `counts` (BulkPlanModel::countsText()) and the
    /// applier's stop reason; `openRows`: rows that failed, have no answer or did not start
    /// (Retry Failed is enabled for them).
    void showRun(BulkApplier::State state, const QString &counts, const QString &stopReason,
                 int openRows);

    InlineMessage *message() const { return m_message; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *retryButton() const { return m_retry; }

signals:
    void exportRequested();
    void retryRequested();

private:
    InlineMessage *m_message = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_retry = nullptr;
};
