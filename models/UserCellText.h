#pragma once

#include "User.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

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

    /// "Verified", "Not verified", "Unknown".
    static QString verificationText(EmailVerification verification);
    /// The word for a state when the backend gave none of its own.
    static QString stateName(UserState state);
};
