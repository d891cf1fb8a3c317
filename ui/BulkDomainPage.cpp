#include "BulkDomainPage.h"

#include "BulkPlanResolver.h"
#include "InlineMessage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

BulkDomainPage::BulkDomainPage(bool canMarkVerified, QWidget *parent)
    : QWidget(parent)
{
    auto *intro = new QLabel(tr("Every user whose address is at the old domain gets the same "
                                "address at the new one. Subdomains are left alone. Nothing "
                                "changes before you have reviewed the plan."),
                             this);
    intro->setWordWrap(true);
    m_old = new QLineEdit(this);
    m_old->setObjectName(QStringLiteral("oldDomainEdit"));
    m_old->setAccessibleName(tr("Old domain"));
    m_old->setPlaceholderText(tr("old.example"));
    m_new = new QLineEdit(this);
    m_new->setObjectName(QStringLiteral("newDomainEdit"));
    m_new->setAccessibleName(tr("New domain"));
    m_new->setPlaceholderText(tr("new.example"));
    m_markVerified = new QCheckBox(tr("&Mark the new addresses as verified"), this);
    m_markVerified->setObjectName(QStringLiteral("markVerifiedCheck"));
    m_markVerified->setToolTip(tr("Otherwise each user is mailed a verification to the new "
                                  "address"));
    m_markVerified->setVisible(canMarkVerified);
    m_oldProblem = new InlineMessage(this);
    m_oldProblem->setObjectName(QStringLiteral("oldDomainProblem"));
    m_newProblem = new InlineMessage(this);
    m_newProblem->setObjectName(QStringLiteral("newDomainProblem"));
    m_plan = new QPushButton(tr("&Plan"), this);
    m_plan->setObjectName(QStringLiteral("planButton"));
    m_plan->setAccessibleName(tr("Plan the rename"));
    m_plan->setToolTip(tr("List the directory and show the changes for review"));
    m_plan->setDefault(true);

    auto *form = new QFormLayout;
    auto *oldLabel = new QLabel(tr("&Old domain:"), this);
    oldLabel->setBuddy(m_old);
    auto *newLabel = new QLabel(tr("&New domain:"), this);
    newLabel->setBuddy(m_new);
    form->addRow(oldLabel, m_old);
    form->addRow(QString(), m_oldProblem);
    form->addRow(newLabel, m_new);
    form->addRow(QString(), m_newProblem);
    form->addRow(QString(), m_markVerified);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_plan);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_old, &QLineEdit::textChanged, this, &BulkDomainPage::check);
    connect(m_new, &QLineEdit::textChanged, this, &BulkDomainPage::check);
    connect(m_plan, &QPushButton::clicked, this, [this] {
        if (isComplete())
            emit planRequested(oldDomain(), newDomain());
    });
    check();
}

QString BulkDomainPage::oldDomain() const
{
    return m_old->text().trimmed();
}

QString BulkDomainPage::newDomain() const
{
    return m_new->text().trimmed();
}

bool BulkDomainPage::markVerified() const
{
    return !m_markVerified->isHidden() && m_markVerified->isChecked();
}

bool BulkDomainPage::isComplete() const
{
    QString problem;
    return BulkPlanResolver::isDomain(oldDomain(), &problem)
        && BulkPlanResolver::isDomain(newDomain(), &problem)
        && oldDomain().compare(newDomain(), Qt::CaseInsensitive) != 0;
}

void BulkDomainPage::check()
{
    // Empty fields are not errors yet: the person has not typed there.
    const auto show = [](InlineMessage *message, const QString &domain) {
        QString problem;
        if (domain.isEmpty() || BulkPlanResolver::isDomain(domain, &problem))
            message->clear();
        else
            message->showMessage(InlineMessage::Level::Error, problem);
    };
    show(m_oldProblem, oldDomain());
    show(m_newProblem, newDomain());
    if (!m_newProblem->hasMessage() && !newDomain().isEmpty()
        && oldDomain().compare(newDomain(), Qt::CaseInsensitive) == 0)
        m_newProblem->showMessage(InlineMessage::Level::Error,
                                  tr("The new domain is the old one."));
    m_plan->setEnabled(isComplete());
}
