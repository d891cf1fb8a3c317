#pragma once

#include "User.h"
#include "UserRows.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <optional>

/// What UserTableModel shows in each cell: the text, its tooltip and the sort key, per
/// UserTableModel::Column. Also the words for verification and state, for filter menus.
class UserCellText
{
    Q_DECLARE_TR_FUNCTIONS(UserCellText)

public:
    static QVariant display(const User &user, int column);
    /// The full text (for narrow cells), plus what the cell cannot show: a pending address,
    /// the lifecycle state behind "Pending confirmation", an organisation's id.
    static QVariant toolTip(const User &user, int column);
    /// Numbers for numeric ids and for the verification and state ranks, text otherwise.
    static QVariant sortKey(const User &user, int column);

    /// display() and sortKey() of a loaded row, without making the whole User where the column
    /// shows one text as it is (id, login, name, email): what a view paints and a sort ranks.
    static QVariant display(const UserRows &rows, qsizetype row, int column);
    static QVariant sortKey(const UserRows &rows, qsizetype row, int column);

    /// "Verified", "Not verified", "Unknown".
    static QString verificationText(EmailVerification verification);
    /// The word for a state when the backend gave none of its own.
    static QString stateName(UserState state);

private:
    /// The one text a column shows as it is, if it is such a column.
    static std::optional<UserRows::Text> plainText(int column);
    /// sortKey() of such a column's text.
    static QVariant plainSortKey(const QString &text, int column);
};
