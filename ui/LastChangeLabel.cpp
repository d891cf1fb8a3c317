#include "LastChangeLabel.h"

#include "ChangeJournal.h"
#include "HistoryModel.h"

#include <QCoreApplication>

LastChangeLabel::LastChangeLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("lastChangeLabel"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void LastChangeLabel::showLastChange(const ChangeJournal *journal, const QString &profile,
                                     const QString &userId)
{
    ChangeJournal::Filter filter;
    filter.userId = userId;
    filter.profile = profile;
    filter.limit = 1;
    const QList<JournalChange> last =
        journal && journal->isOpen() ? journal->changes(filter) : QList<JournalChange>();
    setVisible(!last.isEmpty());
    if (!last.isEmpty()) {
        // The dialog's words, in its translation context.
        setText(QCoreApplication::translate("ChangeEmailDialog", "Last change: %1")
                    .arg(HistoryModel::summary(last.first())));
    }
}
