#pragma once

#include "MockUser.h"
#include "ZitadelUserSearch.h"

#include <QString>

/// What ZitadelUserSearch::lessThan compares of one user, and its position: sorting these
/// instead of whole users gives the same order (ties go by index in both) with a fraction of
/// the memory, which counts when a directory of a million users is sorted.
struct ZitadelSortKey
{
    QString text; ///< the compared text (case-insensitively), empty for numeric columns
    qint64 number = 0; ///< the compared number for State and CreationDate
    int position = 0; ///< the user's index in the directory: the tie-break

    static ZitadelSortKey of(ZitadelUserSearch::Column column, const MockUser &user);
    bool operator<(const ZitadelSortKey &other) const;
};
