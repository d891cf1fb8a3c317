#pragma once

#include "User.h"

#include <QList>
#include <QString>

#include <optional>

/// What to list: the next page after `pageToken` (empty = from the start), optionally narrowed
/// by a server-side search.
struct UserQuery
{
    enum class Match {
        /// No search: the whole directory.
        All,
        /// Email or user name contains the text (where the API can search).
        Contains,
        /// Exactly this email address.
        ExactEmail,
        /// Exactly this user id.
        ExactId,
    };

    QString pageToken;
    int pageSize = 100;
    Match match = Match::All;
    QString text;
};

/// One page of users. `nextPageToken` is opaque (an offset or a cursor); empty means done.
struct UserPage
{
    QList<User> users;
    QString nextPageToken;
    /// The size of the whole (searched) directory when the API says it up front.
    std::optional<qint64> totalCount;
};
