#include "BulkResumeOffer.h"

#include "BulkRunStore.h"
#include "InlineMessage.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QStringList>

BulkResumeOffer::BulkResumeOffer(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("bulkResumeOffer"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Unfinished bulk change"));
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("bulkResumeMessage"));
    m_resume = new QPushButton(tr("Resume Ru&n"), this);
    m_resume->setObjectName(QStringLiteral("bulkResumeButton"));
    m_resume->setAccessibleName(tr("Resume the bulk change"));
    m_resume->setAutoDefault(false);
    m_later = new QPushButton(tr("&Later"), this);
    m_later->setObjectName(QStringLiteral("bulkLaterButton"));
    m_later->setAccessibleName(tr("Resume later"));
    m_later->setToolTip(tr("Hide this; the run is offered again next time"));
    m_later->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_resume);
    layout->addWidget(m_later);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const QString job = m_jobId;
        withdraw();
        emit resumeRequested(job);
    });
    connect(m_later, &QPushButton::clicked, this, &BulkResumeOffer::withdraw);
    hide();
}

QString BulkResumeOffer::countsText(const BulkRunCounts &counts)
{
    const QLocale locale;
    QStringList parts;
    for (const auto &[count, text] :
         { std::pair(counts.changed, tr("%1 changed")),
           std::pair(counts.verificationMailed, tr("%1 verification mailed")),
           std::pair(counts.awaitingConfirmation, tr("%1 awaiting confirmation")),
           std::pair(counts.failed, tr("%1 failed")),
           std::pair(counts.unknown, tr("%1 without an answer")),
           std::pair(counts.notStarted, tr("%1 not started")) }) {
        if (count > 0)
            parts.append(text.arg(locale.toString(count)));
    }
    return parts.join(tr(", ", "between counts"));
}

void BulkResumeOffer::offer(const BulkRun &run, const BulkRunCounts &counts, int others)
{
    m_jobId = run.plan.jobId;
    QString text = tr("The bulk change %1 (%2, %3 rows) did not finish: %4.")
                       .arg(run.plan.jobId, run.plan.source, QLocale().toString(counts.ready),
                            countsText(counts));
    if (others > 0)
        text += QLatin1Char(' ')
            + tr("%1 more unfinished runs: see identitydesk-cli bulk status.")
                  .arg(QLocale().toString(others));
    m_message->showMessage(InlineMessage::Level::Warning, text);
    show();
}

void BulkResumeOffer::withdraw()
{
    m_jobId.clear();
    m_message->clear();
    hide();
}
