#pragma once

#include <QHash>
#include <QList>
#include <QString>

/// One copy of each text that repeats from user to user, by number: the state word ("Active"
/// would otherwise be stored once per user), the organisation's id and name (one organisation
/// holds thousands of users) and the version. At a million rows that is tens of megabytes of
/// identical strings.
///
/// The pool holds at most `maxStrings` distinct texts: in a directory where these fields do not
/// repeat, sharing would save nothing, so the pool stops growing instead of mirroring them, and
/// the caller keeps such a text itself. Copies share their data until one of them changes.
class UserStringPool
{
public:
    /// Fits a 16-bit number with room to spare.
    static constexpr int maxStrings = 20000;

    /// The number of `text` in the pool, added if new; -1 when the pool is full and does not
    /// have it (or the text is empty: nothing to share).
    int indexOf(const QString &text);
    /// The text with that number; 0 <= index < size().
    const QString &at(int index) const { return m_texts.at(index); }
    int size() const { return int(m_texts.size()); }
    void clear();

private:
    QList<QString> m_texts;
    QHash<QString, int> m_indexes;
};
