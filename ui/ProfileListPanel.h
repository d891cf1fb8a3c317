#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTreeWidget;

/// The left column of the profiles dialog: the saved profiles (name and API) with the Add,
/// Edit and Remove buttons, followed by read-only ones (the demo's built-in profiles), which
/// can be selected and looked at but not edited or removed. It only shows and asks; the
/// dialog decides what happens.
class ProfileListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileListPanel(QWidget *parent = nullptr);

    /// Shows `profiles` and then `readOnly`, keeping the selected one when it is still there
    /// (else the first), without emitting selectionChanged().
    void setProfiles(const QList<ConnectionProfile> &profiles,
                     const QList<ConnectionProfile> &readOnly = {});
    /// The selected profile's name; empty when none.
    QString selectedName() const;
    /// Whether the selected profile is one of the read-only ones.
    bool isSelectedReadOnly() const;
    void select(const QString &name);
    /// Whether the list and its buttons take input (not while a profile is edited or saved);
    /// Add also needs `canAdd` (a profile store).
    void setActive(bool active, bool canAdd = true);
    /// The list and the buttons, in tab order.
    QList<QWidget *> focusChain() const;
    /// Puts the keyboard focus on the list.
    void focusList();

signals:
    void selectionChanged(const QString &name);
    void addRequested();
    /// Edit was pressed, or a profile activated (double-click, Enter).
    void editRequested();
    void removeRequested();

private:
    void updateButtons();

    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_active = true;
    bool m_canAdd = true;
};
