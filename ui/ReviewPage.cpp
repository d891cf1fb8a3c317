#include "ReviewPage.h"

#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent)
    , m_question(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_question->setObjectName(QStringLiteral("reviewText"));
    m_details->setObjectName(QStringLiteral("reviewDetails"));
    for (QLabel *label : { m_question, m_details }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont emphasis = m_question->font();
    emphasis.setBold(true);
    m_question->setFont(emphasis);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_details);
    layout->addStretch(1);
}

void ReviewPage::prepare(const QString &userName, const QString &currentEmail,
                         const EmailChangeRequest &request, const QString &afterChange)
{
    m_question->setText(
        tr("Change the email of %1 from %2 to %3?")
            .arg(userName, currentEmail.isEmpty() ? tr("(none)") : currentEmail, request.newEmail));
    QStringList details;
    if (request.markVerified)
        details.append(tr("The new address will be marked as verified."));
    if (!afterChange.isEmpty())
        details.append(afterChange);
    m_details->setText(details.join(QLatin1Char(' ')));
}
