#pragma once

#include "MockUser.h"
#include "ZitadelUserSearch.h"

#include <QString>

/// What a ZITADEL user search sorts by of one user, and its position (the tie-break): the one
/// statement of that order. ZitadelUserSearch::lessThan compares two users' keys; the sorted
/// ids of a big directory are sorted keys, a fraction of the memory of whole users.
struct ZitadelSortKey
{
    QString text; ///< the compared text (case-insensitively), empty for numeric columns
    qint64 number = 0; ///< the compared number for State and CreationDate
    int position = 0; ///< the user's index in the directory: the tie-break

    static ZitadelSortKey of(ZitadelUserSearch::Column column, const MockUser &user);
    bool operator<(const ZitadelSortKey &other) const;
};
