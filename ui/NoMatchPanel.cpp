#include "NoMatchPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

NoMatchPanel::NoMatchPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_search(new QPushButton(tr("Searc&h the Server"), this))
    , m_loadAll(new QPushButton(tr("Load &All Users"), this))
{
    m_text->setObjectName(QStringLiteral("noMatchLabel"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_search->setObjectName(QStringLiteral("noMatchSearchButton"));
    m_search->setToolTip(tr("Search the whole directory on the server for the filter text "
                            "(Enter in the filter field)"));
    m_loadAll->setObjectName(QStringLiteral("noMatchLoadAllButton"));
    m_loadAll->setToolTip(tr("Load every user, then filter all of them (Ctrl+Shift+L)"));
    setAccessibleName(tr("No matching users"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_search);
    buttons->addWidget(m_loadAll);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_search, &QPushButton::clicked, this, &NoMatchPanel::searchRequested);
    connect(m_loadAll, &QPushButton::clicked, this, &NoMatchPanel::loadAllRequested);
}

void NoMatchPanel::setMessage(const QString &text, bool offerSearch, bool offerLoadAll)
{
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setAccessibleDescription(text);
    m_search->setVisible(offerSearch);
    m_loadAll->setVisible(offerLoadAll);
}

QString NoMatchPanel::text() const
{
    return m_text->text();
}
