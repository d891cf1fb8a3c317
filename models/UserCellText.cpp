#include "UserCellText.h"

#include "PendingEmailChanges.h"
#include "UserTableModel.h"
#include "UserWords.h"

#include <QLocale>

namespace {

/// Known states first, in the order an administrator scans for: confirmed, unconfirmed, unknown.
int verificationRank(EmailVerification verification)
{
    switch (verification) {
    case EmailVerification::Verified:
        return 0;
    case EmailVerification::Unverified:
        return 1;
    case EmailVerification::Unknown:
        break;
    }
    return 2;
}

int stateRank(UserState state)
{
    switch (state) {
    case UserState::Active:
        return 0;
    case UserState::Initial:
        return 1;
    case UserState::Inactive:
        return 2;
    case UserState::Locked:
        return 3;
    case UserState::Deleted:
        return 4;
    case UserState::Unknown:
        break;
    }
    return 5;
}

QString organisationText(const User &user)
{
    return user.organisationName.isEmpty() ? user.organisationId : user.organisationName;
}

} // namespace

std::optional<UserRows::Text> UserCellText::plainText(int column)
{
    switch (column) {
    case UserTableModel::Id:
        return UserRows::Text::Id;
    case UserTableModel::Login:
        return UserRows::Text::Login;
    case UserTableModel::Name:
        return UserRows::Text::DisplayName;
    case UserTableModel::Email:
        return UserRows::Text::Email;
    default:
        return std::nullopt;
    }
}

QVariant UserCellText::display(const UserRows &rows, qsizetype row, int column)
{
    if (const std::optional<UserRows::Text> text = plainText(column))
        return rows.searchText(row, *text).toString();
    return display(rows.user(row), column);
}

QVariant UserCellText::sortKey(const UserRows &rows, qsizetype row, int column)
{
    if (const std::optional<UserRows::Text> text = plainText(column))
        return plainSortKey(rows.searchText(row, *text).toString(), column);
    return sortKey(rows.user(row), column);
}

QVariant UserCellText::display(const User &user, int column)
{
    switch (column) {
    case UserTableModel::Id:
        return user.id;
    case UserTableModel::Login:
        return user.login;
    case UserTableModel::Name:
        return user.displayName;
    case UserTableModel::Email:
        return user.email;
    case UserTableModel::Verification:
        return verificationText(user.verification);
    case UserTableModel::State:
        // The lifecycle state stays in the tooltip; the pending change is what needs attention.
        if (!user.pendingEmail.isEmpty() && user.pendingSince.isValid())
            return tr("Pending confirmation (%1)")
                .arg(PendingEmailChanges::ageText(user.pendingSince));
        if (!user.pendingEmail.isEmpty())
            return tr("Pending confirmation");
        return UserWords::stateText(user);
    case UserTableModel::Organisation:
        return organisationText(user);
    }
    return {};
}

QVariant UserCellText::toolTip(const User &user, int column)
{
    switch (column) {
    case UserTableModel::Email:
        if (!user.pendingEmail.isEmpty())
            return tr("%1 (pending: %2)").arg(user.email, user.pendingEmail);
        return user.email;
    case UserTableModel::Verification:
        switch (user.verification) {
        case EmailVerification::Verified:
            return tr("The email address is confirmed.");
        case EmailVerification::Unverified:
            return tr("The email address is not confirmed yet.");
        case EmailVerification::Unknown:
            return tr("This service does not say whether the address is confirmed.");
        }
        return {};
    case UserTableModel::State: {
        const QString state = UserWords::stateText(user);
        if (!user.pendingEmail.isEmpty() && user.pendingSince.isValid())
            return tr("%1; the new address %2 has waited for confirmation for %3 (requested %4, "
                      "as this computer's change journal says).")
                .arg(state, user.pendingEmail, PendingEmailChanges::ageText(user.pendingSince),
                     QLocale().toString(user.pendingSince.toLocalTime(), QLocale::ShortFormat));
        if (!user.pendingEmail.isEmpty())
            return tr("%1; the new address %2 waits for confirmation.")
                .arg(state, user.pendingEmail);
        return state;
    }
    case UserTableModel::Organisation:
        if (!user.organisationName.isEmpty() && !user.organisationId.isEmpty())
            return tr("%1 (%2)").arg(user.organisationName, user.organisationId);
        return organisationText(user);
    default:
        // Id, login and name: the full text, for cells too narrow to show it.
        return display(user, column);
    }
}

QVariant UserCellText::sortKey(const User &user, int column)
{
    switch (column) {
    case UserTableModel::Id:
        return plainSortKey(user.id, column);
    case UserTableModel::Verification:
        return verificationRank(user.verification);
    case UserTableModel::State:
        // Pending changes right after the other users in the same state.
        return stateRank(user.state) * 2 + (user.pendingEmail.isEmpty() ? 0 : 1);
    default:
        return display(user, column);
    }
}

QVariant UserCellText::plainSortKey(const QString &text, int column)
{
    if (column != UserTableModel::Id)
        return text;
    // Numeric ids (Gcore, CodeArts, ZITADEL) sort as numbers; UUIDs as text.
    bool numeric = false;
    const qlonglong number = text.size() <= 18 ? text.toLongLong(&numeric) : 0;
    if (numeric && number >= 0)
        return number;
    return text;
}

QString UserCellText::verificationText(EmailVerification verification)
{
    return UserWords::verification(verification);
}

QString UserCellText::stateName(UserState state)
{
    return UserWords::state(state);
}
