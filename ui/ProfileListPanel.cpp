#include "ProfileListPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int nameRole = Qt::UserRole;
constexpr int readOnlyRole = Qt::UserRole + 1;
} // namespace

ProfileListPanel::ProfileListPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({ tr("Name"), tr("API") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        emit selectionChanged(selectedName());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, &ProfileListPanel::editRequested);

    const auto button = [this](const char *name, const QString &text, const QString &accessible) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAccessibleName(accessible);
        b->setAutoDefault(false);
        return b;
    };
    m_add = button("addButton", tr("&Add"), tr("Add a profile"));
    m_edit = button("editButton", tr("&Edit"), tr("Edit the selected profile"));
    m_remove = button("removeButton", tr("Re&move"), tr("Remove the selected profile"));
    connect(m_add, &QPushButton::clicked, this, &ProfileListPanel::addRequested);
    connect(m_edit, &QPushButton::clicked, this, &ProfileListPanel::editRequested);
    connect(m_remove, &QPushButton::clicked, this, &ProfileListPanel::removeRequested);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_add, m_edit, m_remove })
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    updateButtons();
}

void ProfileListPanel::setProfiles(const QList<ConnectionProfile> &profiles,
                                   const QList<ConnectionProfile> &readOnly)
{
    const QString selected = selectedName();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const ConnectionProfile &profile : profiles) {
            auto *item = new QTreeWidgetItem(
                m_list,
                { profile.name, ConnectionProfile::kindDisplayName(profile.settings.kind) });
            item->setData(0, nameRole, profile.name);
            item->setToolTip(0, profile.settings.baseUrl.toDisplayString());
        }
        for (const ConnectionProfile &profile : readOnly) {
            auto *item =
                new QTreeWidgetItem(m_list,
                                    { tr("%1 (demo, read-only)").arg(profile.name),
                                      ConnectionProfile::kindDisplayName(profile.settings.kind) });
            item->setData(0, nameRole, profile.name);
            item->setData(0, readOnlyRole, true);
            item->setToolTip(0, profile.settings.baseUrl.toDisplayString());
        }
        select(selected);
        if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
            m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    updateButtons();
}

QString ProfileListPanel::selectedName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, nameRole).toString() : QString();
}

bool ProfileListPanel::isSelectedReadOnly() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->data(0, readOnlyRole).toBool();
}

void ProfileListPanel::select(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, nameRole).toString() == name) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void ProfileListPanel::setActive(bool active, bool canAdd)
{
    m_active = active;
    m_canAdd = canAdd;
    updateButtons();
}

void ProfileListPanel::updateButtons()
{
    const bool editable = m_list->currentItem() != nullptr && !isSelectedReadOnly();
    m_list->setEnabled(m_active);
    m_add->setEnabled(m_active && m_canAdd);
    m_edit->setEnabled(m_active && editable);
    m_remove->setEnabled(m_active && editable);
}

QList<QWidget *> ProfileListPanel::focusChain() const
{
    return { m_list, m_add, m_edit, m_remove };
}

void ProfileListPanel::focusList()
{
    m_list->setFocus();
}
