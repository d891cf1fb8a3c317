#include "BulkSelectionPage.h"

#include "InlineMessage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { UserColumn, CurrentColumn, NewColumn, ColumnCount };
} // namespace

BulkSelectionPage::BulkSelectionPage(const QList<User> &users, bool canMarkVerified,
                                     QWidget *parent)
    : QWidget(parent)
    , m_users(users)
{
    auto *intro = new QLabel(
        tr("Type the new address of each of the %1 selected users, or replace the domain of "
           "all of them. Rows left empty are not changed. Nothing changes before you have "
           "reviewed the plan.")
            .arg(QLocale().toString(users.size())),
        this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(int(users.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("selectionTable"));
    m_table->setAccessibleName(tr("New addresses"));
    m_table->setHorizontalHeaderLabels({ tr("User"), tr("Current address"), tr("New address") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    const int character = fontMetrics().averageCharWidth();
    m_table->horizontalHeader()->resizeSection(UserColumn, character * 24);
    m_table->horizontalHeader()->resizeSection(CurrentColumn, character * 32);
    for (int row = 0; row < users.size(); ++row) {
        const User &user = users.at(row);
        auto *name = new QTableWidgetItem(user.shownName());
        name->setToolTip(tr("User ID: %1").arg(user.id));
        auto *current = new QTableWidgetItem(user.email);
        for (QTableWidgetItem *item : { name, current })
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, UserColumn, name);
        m_table->setItem(row, CurrentColumn, current);
        m_table->setItem(row, NewColumn, new QTableWidgetItem());
    }
    m_table->setCurrentCell(0, NewColumn);

    m_domain = new QLineEdit(this);
    m_domain->setObjectName(QStringLiteral("replaceDomainEdit"));
    m_domain->setAccessibleName(tr("Replace the domain with"));
    m_domain->setPlaceholderText(tr("new.example"));
    auto *domainLabel = new QLabel(tr("Replace the domain &with:"), this);
    domainLabel->setBuddy(m_domain);
    m_replace = new QPushButton(tr("&Replace Domain"), this);
    m_replace->setObjectName(QStringLiteral("replaceDomainButton"));
    m_replace->setAccessibleName(tr("Replace domain"));
    m_replace->setAutoDefault(false);
    m_markVerified = new QCheckBox(tr("&Mark the new addresses as verified"), this);
    m_markVerified->setObjectName(QStringLiteral("markVerifiedCheck"));
    m_markVerified->setVisible(canMarkVerified);
    m_problem = new InlineMessage(this);
    m_problem->setObjectName(QStringLiteral("selectionProblem"));
    m_plan = new QPushButton(tr("&Plan"), this);
    m_plan->setObjectName(QStringLiteral("planButton"));
    m_plan->setAccessibleName(tr("Plan the changes"));
    m_plan->setDefault(true);

    auto *domainRow = new QHBoxLayout;
    domainRow->addWidget(domainLabel);
    domainRow->addWidget(m_domain, 1);
    domainRow->addWidget(m_replace);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_markVerified);
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_plan);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(domainRow);
    layout->addLayout(buttons);

    connect(m_replace, &QPushButton::clicked, this, &BulkSelectionPage::replaceDomain);
    connect(m_domain, &QLineEdit::textChanged, this, &BulkSelectionPage::update);
    connect(m_table, &QTableWidget::itemChanged, this, &BulkSelectionPage::update);
    connect(m_plan, &QPushButton::clicked, this, [this] {
        const QList<BulkChangeRequest> planned = requests();
        if (!planned.isEmpty())
            emit planRequested(planned);
    });
    update();
}

QList<BulkChangeRequest> BulkSelectionPage::requests() const
{
    QList<BulkChangeRequest> requests;
    for (int row = 0; row < m_users.size(); ++row) {
        const QString newEmail = m_table->item(row, NewColumn)->text().trimmed();
        if (newEmail.isEmpty())
            continue;
        BulkChangeRequest request;
        request.userReference = m_users.at(row).id;
        request.newEmail = newEmail;
        request.markVerified = !m_markVerified->isHidden() && m_markVerified->isChecked();
        requests.append(request);
    }
    return requests;
}

void BulkSelectionPage::replaceDomain()
{
    const QString domain = m_domain->text().trimmed();
    QString problem;
    if (!BulkPlanResolver::isDomain(domain, &problem)) {
        m_problem->showMessage(InlineMessage::Level::Error, problem);
        m_domain->setFocus();
        return;
    }
    for (int row = 0; row < m_users.size(); ++row) {
        const QString &email = m_users.at(row).email;
        const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
        // A user without an address keeps an empty row: there is no local part to keep.
        if (at > 0)
            m_table->item(row, NewColumn)->setText(email.left(at + 1) + domain);
    }
    m_plan->setFocus();
}

void BulkSelectionPage::update()
{
    m_replace->setEnabled(!m_domain->text().trimmed().isEmpty());
    const bool any = !requests().isEmpty();
    m_plan->setEnabled(any);
    if (any || m_problem->level() != InlineMessage::Level::Error)
        m_problem->clear();
}
