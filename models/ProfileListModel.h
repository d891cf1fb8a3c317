#pragma once

#include "ConnectionProfile.h"
#include "ProfileStore.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

/// The connection profiles to choose from: the ProfileStore's saved profiles, in file order,
/// followed by extra in-memory ones (the demo's), which are never saved.
///
/// Follows ProfileStore::profilesChanged with a model reset. The store is not owned; when it is
/// destroyed only the extra profiles remain.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        /// The backend kind's product name ("Gcore IAM"), as in the tooltip.
        KindRole = Qt::UserRole + 1,
        /// The stable kind name ("gcore", "zitadel-self"), for code and the command line.
        KindNameRole,
        /// True for profiles from the store, false for the extra in-memory ones.
        StoredRole,
    };
    Q_ENUM(Role)

    explicit ProfileListModel(ProfileStore *store, QObject *parent = nullptr);

    ProfileStore *store() const { return m_store.data(); }

    /// Replaces the in-memory profiles shown after the stored ones.
    void setExtraProfiles(const QList<ConnectionProfile> &profiles);
    const QList<ConnectionProfile> &extraProfiles() const { return m_extra; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The profile in `row`; 0 <= row < rowCount().
    const ConnectionProfile &profileAt(int row) const;
    bool isStored(int row) const { return row >= 0 && row < m_stored.size(); }
    /// The first row with this name (stored profiles win over extra ones), or -1.
    int rowForName(const QString &name) const;

private:
    void reloadStored();

    QPointer<ProfileStore> m_store;
    /// A copy: the store changes its list before it says so, and a reset must wrap the change.
    QList<ConnectionProfile> m_stored;
    QList<ConnectionProfile> m_extra;
};
