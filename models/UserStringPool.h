#pragma once

#include "User.h"

#include <QSet>
#include <QString>

/// Makes the fields that repeat from user to user share one copy of their text: the state word
/// ("Active" is a fresh string per decoded user), the organisation's id and name (one
/// organisation holds thousands of users) and the version. At a million rows that is a few
/// dozen megabytes of identical strings.
///
/// The pool holds at most `maxStrings` distinct texts: in a directory where these fields do
/// not repeat, sharing would save nothing, so the pool stops growing instead of mirroring them.
class UserStringPool
{
public:
    static constexpr int maxStrings = 20000;

    /// Points the repeating fields of `user` at earlier copies of the same text.
    void share(User &user);
    void clear() { m_strings.clear(); }

private:
    void shareText(QString &text);

    QSet<QString> m_strings;
};
