#pragma once

#include "User.h"
#include "UserStringPool.h"

#include <QByteArray>
#include <QList>
#include <QUtf8StringView>

#include <array>
#include <cstdint>

/// The loaded users of a table, row by row, in about a third of the memory of a QList<User>
/// (issue 11: a million users in the desktop within 400 MiB; a QList<User> took 588 heap bytes
/// per row: 272 for the User with its nine QString headers, the rest for nine UTF-16 buffers).
///
/// A row keeps its texts as UTF-8, one after the other in one QByteArray, with their ends; the
/// texts that repeat from user to user (state word, organisation id and name, version) are a
/// number into a UserStringPool instead. user() gives the row back as a User; the filter reads
/// the searched texts in place (searchText(), isAscii()).
///
/// Copies share their data until one of them changes (like QList): a copy taken in the owning
/// thread may be read in another thread while the owner goes on appending.
class UserRows
{
public:
    /// The texts of a row, in the order they are stored.
    enum class Text : std::uint8_t {
        Id,
        Login,
        DisplayName,
        Email,
        PendingEmail,
        StateText,
        OrganisationId,
        OrganisationName,
        Version,
    };
    static constexpr int textCount = 9;

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void append(const User &user);
    /// 0 <= row < size().
    void replace(qsizetype row, const User &user);
    void clear();

    /// The row as the User it was made from. 0 <= row < size().
    User user(qsizetype row) const;
    /// The id, login, name, email or pending email of the row (`which` up to PendingEmail), as
    /// UTF-8 in place: valid until the row changes.
    QUtf8StringView searchText(qsizetype row, Text which) const;
    /// Whether the id, login, name and email of the row are plain ASCII.
    bool isAscii(qsizetype row) const { return rowAt(row).ascii; }
    EmailVerification verification(qsizetype row) const
    {
        return EmailVerification(rowAt(row).verification);
    }
    UserState state(qsizetype row) const { return UserState(rowAt(row).state); }

    /// The texts kept in the pool when it has room, by their place in Text.
    static constexpr int firstShared = int(Text::StateText);
    static constexpr int sharedCount = textCount - firstShared;
    static constexpr qint64 noTime = INT64_MIN;

    /// One row as stored (public only so that Q_DECLARE_TYPEINFO below can name it).
    struct Row
    {
        /// The texts not in the pool, UTF-8, back to back.
        QByteArray texts;
        /// Where each text but the last ends in `texts` (the last ends at its size).
        std::array<std::uint32_t, textCount - 1> ends {};
        /// Per shared text: 0 when it is in `texts`, else its pool index + 1.
        std::array<std::uint16_t, sharedCount> shared {};
        /// pendingSince in ms since the epoch (UTC); noTime when invalid.
        qint64 pendingSinceMs = noTime;
        std::uint8_t verification = 0;
        std::uint8_t state = 0;
        bool ascii = true;
    };

private:
    /// Rows are kept in chunks of this many, so that a growing table never moves (and the
    /// kernel never faults in afresh) all its rows at once: at a million users one such move of
    /// 40 MB stalled a Load all for 67 ms.
    static constexpr int chunkShift = 12;
    static constexpr qsizetype chunkSize = qsizetype(1) << chunkShift;

    const Row &rowAt(qsizetype row) const
    {
        return m_chunks.at(row >> chunkShift).at(row & (chunkSize - 1));
    }
    Row rowOf(const User &user);
    QString textAsString(const Row &row, int which) const;

    QList<QList<Row>> m_chunks;
    qsizetype m_size = 0;
    UserStringPool m_pool;
};

// A row is a QByteArray and plain numbers: a growing list moves its rows with realloc().
Q_DECLARE_TYPEINFO(UserRows::Row, Q_RELOCATABLE_TYPE);
