#include "ConfirmBar.h"

#include "InlineMessage.h"

#include <QHBoxLayout>
#include <QPushButton>

ConfirmBar::ConfirmBar(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Question"));
    m_question = new InlineMessage(this);
    m_question->setObjectName(QStringLiteral("confirmQuestion"));
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setAutoDefault(false);
    m_decline = new QPushButton(this);
    m_decline->setObjectName(QStringLiteral("declineButton"));
    m_decline->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_question, 1);
    layout->addWidget(m_confirm);
    layout->addWidget(m_decline);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        hide();
        emit confirmed();
    });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        hide();
        emit declined();
    });
    hide();
}

void ConfirmBar::ask(const QString &question, const QString &confirmText,
                     const QString &declineText)
{
    m_question->showMessage(InlineMessage::Level::Warning, question);
    m_confirm->setText(confirmText);
    m_confirm->setAccessibleName(QString(confirmText).remove(QLatin1Char('&')));
    m_decline->setText(declineText);
    m_decline->setAccessibleName(QString(declineText).remove(QLatin1Char('&')));
    show();
    m_decline->setFocus();
}

void ConfirmBar::dismiss()
{
    hide();
}
