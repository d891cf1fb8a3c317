#include "BusyStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

BusyStatus::BusyStatus(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_text(new QLabel(this))
{
    m_bar->setObjectName(QStringLiteral("busyIndicator"));
    m_bar->setRange(0, 0); // indeterminate
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    m_bar->setAccessibleName(tr("Working"));
    m_text->setObjectName(QStringLiteral("busyText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_text, 1);
    hide();
}

void BusyStatus::start(const QString &text)
{
    setText(text);
    show();
}

void BusyStatus::setText(const QString &text)
{
    m_text->setText(text);
    m_bar->setAccessibleDescription(text);
}

void BusyStatus::stop()
{
    hide();
    m_text->clear();
}
