#include "ProfileListModel.h"

#include "ProfileStore.h"

ProfileListModel::ProfileListModel(ProfileStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (store) {
        m_stored = store->profiles();
        connect(store, &ProfileStore::profilesChanged, this, &ProfileListModel::reloadStored);
        connect(store, &QObject::destroyed, this, &ProfileListModel::reloadStored);
    }
}

void ProfileListModel::reloadStored()
{
    beginResetModel();
    m_stored = m_store ? m_store->profiles() : QList<ConnectionProfile>();
    endResetModel();
}

void ProfileListModel::setExtraProfiles(const QList<ConnectionProfile> &profiles)
{
    beginResetModel();
    m_extra = profiles;
    endResetModel();
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stored.size() + m_extra.size());
}

const ConnectionProfile &ProfileListModel::profileAt(int row) const
{
    return row < m_stored.size() ? m_stored.at(row) : m_extra.at(row - m_stored.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionProfile &profile = profileAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return profile.name;
    case Qt::ToolTipRole:
    case KindRole:
        return ConnectionProfile::kindDisplayName(profile.settings.kind);
    case KindNameRole:
        return ConnectionProfile::kindName(profile.settings.kind);
    case StoredRole:
        return isStored(index.row());
    default:
        return {};
    }
}

Qt::ItemFlags ProfileListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KindNameRole, "kindName");
    names.insert(StoredRole, "stored");
    return names;
}

int ProfileListModel::rowForName(const QString &name) const
{
    const int count = rowCount();
    for (int row = 0; row < count; ++row) {
        if (profileAt(row).name == name)
            return row;
    }
    return -1;
}
