#include "ZitadelSortKey.h"

ZitadelSortKey ZitadelSortKey::of(ZitadelUserSearch::Column column, const MockUser &user)
{
    using Column = ZitadelUserSearch::Column;
    ZitadelSortKey key;
    key.position = user.index;
    switch (column) {
    case Column::UserName:
        key.text = user.login;
        break;
    case Column::FirstName:
        key.text = user.givenName;
        break;
    case Column::LastName:
        key.text = user.familyName;
        break;
    case Column::DisplayName:
        key.text = user.displayName();
        break;
    case Column::Email:
        key.text = user.email;
        break;
    case Column::State:
        key.number = qint64(user.state);
        break;
    case Column::CreationDate:
        key.number = user.createdAt.toMSecsSinceEpoch();
        break;
    case Column::Unspecified:
    case Column::NickName:
    case Column::Type:
        break;
    }
    return key;
}

bool ZitadelSortKey::operator<(const ZitadelSortKey &other) const
{
    // One column at a time: the text case-insensitively, or the number; ties go by index.
    const int order = text.compare(other.text, Qt::CaseInsensitive);
    if (order != 0)
        return order < 0;
    if (number != other.number)
        return number < other.number;
    return position < other.position;
}
