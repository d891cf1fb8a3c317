#include "UserRows.h"

#include <QTimeZone>

#include <algorithm>

namespace {

/// The text of `user` at place `which` of UserRows::Text.
template<typename UserType>
auto &textOf(UserType &user, int which)
{
    switch (UserRows::Text(which)) {
    case UserRows::Text::Id:
        return user.id;
    case UserRows::Text::Login:
        return user.login;
    case UserRows::Text::DisplayName:
        return user.displayName;
    case UserRows::Text::Email:
        return user.email;
    case UserRows::Text::PendingEmail:
        return user.pendingEmail;
    case UserRows::Text::StateText:
        return user.stateText;
    case UserRows::Text::OrganisationId:
        return user.organisationId;
    case UserRows::Text::OrganisationName:
        return user.organisationName;
    case UserRows::Text::Version:
        break;
    }
    return user.version;
}

bool isPlainAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

/// The texts the filter searches, whose ASCII-ness the row records.
constexpr int searchedCount = int(UserRows::Text::Email) + 1;

} // namespace

void UserRows::append(const User &user)
{
    if (m_size % chunkSize == 0) {
        m_chunks.append(QList<Row>());
        m_chunks.last().reserve(chunkSize);
    }
    m_chunks.last().append(rowOf(user));
    ++m_size;
}

void UserRows::replace(qsizetype row, const User &user)
{
    m_chunks[row >> chunkShift][row & (chunkSize - 1)] = rowOf(user);
}

void UserRows::clear()
{
    m_chunks.clear();
    m_size = 0;
    m_pool.clear();
}

UserRows::Row UserRows::rowOf(const User &user)
{
    Row row;
    row.verification = std::uint8_t(user.verification);
    row.state = std::uint8_t(user.state);
    if (user.pendingSince.isValid())
        row.pendingSinceMs = user.pendingSince.toMSecsSinceEpoch();

    std::array<bool, textCount> stored {};
    qsizetype utf16Length = 0;
    bool allAscii = true;
    for (int which = 0; which < textCount; ++which) {
        const QString &text = textOf(user, which);
        if (which >= firstShared) {
            const int index = m_pool.indexOf(text);
            if (index >= 0) {
                row.shared[std::size_t(which - firstShared)] = std::uint16_t(index + 1);
                continue;
            }
        }
        stored[std::size_t(which)] = true;
        utf16Length += text.size();
        const bool ascii = isPlainAscii(text);
        allAscii = allAscii && ascii;
        if (which < searchedCount)
            row.ascii = row.ascii && ascii;
    }

    // Plain ASCII (nearly every row): one allocation of the exact size, no encoder.
    if (allAscii && utf16Length > 0)
        row.texts.reserve(utf16Length);
    for (int which = 0; which < textCount; ++which) {
        if (stored[std::size_t(which)]) {
            const QString &text = textOf(user, which);
            if (allAscii)
                row.texts.append(text.toLatin1());
            else
                row.texts.append(text.toUtf8());
        }
        if (which < textCount - 1)
            row.ends[std::size_t(which)] = std::uint32_t(row.texts.size());
    }
    return row;
}

QUtf8StringView UserRows::searchText(qsizetype row, Text which) const
{
    Q_ASSERT(int(which) < firstShared);
    const Row &stored = rowAt(row);
    const int place = int(which);
    const std::uint32_t begin = place == 0 ? 0 : stored.ends[std::size_t(place - 1)];
    const std::uint32_t end = stored.ends[std::size_t(place)];
    return QUtf8StringView(stored.texts.constData() + begin, qsizetype(end - begin));
}

QString UserRows::textAsString(const Row &row, int which) const
{
    if (which >= firstShared) {
        if (const std::uint16_t shared = row.shared[std::size_t(which - firstShared)])
            return m_pool.at(shared - 1);
    }
    const std::uint32_t begin = which == 0 ? 0 : row.ends[std::size_t(which - 1)];
    const std::uint32_t end =
        which == textCount - 1 ? std::uint32_t(row.texts.size()) : row.ends[std::size_t(which)];
    return QString::fromUtf8(row.texts.constData() + begin, qsizetype(end - begin));
}

User UserRows::user(qsizetype row) const
{
    const Row &stored = rowAt(row);
    User user;
    for (int which = 0; which < textCount; ++which)
        textOf(user, which) = textAsString(stored, which);
    user.verification = EmailVerification(stored.verification);
    user.state = UserState(stored.state);
    if (stored.pendingSinceMs != noTime)
        user.pendingSince = QDateTime::fromMSecsSinceEpoch(stored.pendingSinceMs, QTimeZone::utc());
    return user;
}
