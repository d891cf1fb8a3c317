#include "UserFilterCriteria.h"

#include <algorithm>
#include <iterator>

namespace {

/// QChar::toCaseFolded() with a table-free path for ASCII, the bulk of ids, logins and emails.
inline char16_t folded(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 0x20) : c;
    return QChar::toCaseFolded(c);
}

inline char16_t unitOf(QChar c)
{
    return c.unicode();
}

inline char16_t unitOf(char c)
{
    return static_cast<unsigned char>(c);
}

/// Whether `text` contains `needle` (ASCII bytes, already case-folded), ignoring case as
/// QString::contains(Qt::CaseInsensitive) does. Qt's general search folds both sides through
/// its tables at every step; this is what a keystroke over 100,000 rows spends its time on.
/// `text` is UTF-16 (QStringView), or the UTF-8 of an ASCII-only text (QByteArrayView).
template<typename View>
bool containsFoldedAscii(View text, QByteArrayView needle)
{
    const qsizetype last = text.size() - needle.size();
    const char16_t first = unitOf(needle.front());
    for (qsizetype at = 0; at <= last; ++at) {
        if (folded(unitOf(text[at])) != first)
            continue;
        qsizetype i = 1;
        while (i < needle.size() && folded(unitOf(text[at + i])) == unitOf(needle[i]))
            ++i;
        if (i == needle.size())
            return true;
    }
    return false;
}

/// The texts the filter searches.
constexpr UserRows::Text searchedTexts[] = { UserRows::Text::Id, UserRows::Text::Login,
                                             UserRows::Text::DisplayName, UserRows::Text::Email };

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

/// Sets a one-value filter; whether it changed. A filter where there was none can only hide rows.
template<typename T>
bool replaceChoice(std::optional<T> &current, const std::optional<T> &wanted, bool &narrowing)
{
    if (wanted == current)
        return false;
    narrowing = !current;
    current = wanted;
    return true;
}

} // namespace

bool UserFilterCriteria::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return false;
    // Every row that contains the longer text contains the shorter one (case folding maps
    // character to character), so typing on only ever hides rows.
    m_narrowing = trimmed.contains(m_text, Qt::CaseInsensitive);
    m_text = trimmed;
    m_foldedAscii = isAscii(m_text) ? m_text.toCaseFolded().toLatin1() : QByteArray();
    return true;
}

bool UserFilterCriteria::setState(std::optional<UserState> state)
{
    return replaceChoice(m_state, state, m_narrowing);
}

bool UserFilterCriteria::setVerification(std::optional<EmailVerification> verification)
{
    return replaceChoice(m_verification, verification, m_narrowing);
}

bool UserFilterCriteria::clear()
{
    if (!isFiltering())
        return false;
    m_text.clear();
    m_foldedAscii.clear();
    m_state.reset();
    m_verification.reset();
    m_narrowing = false;
    return true;
}

bool UserFilterCriteria::passesChoices(UserState state, EmailVerification verification) const
{
    return (!m_state || state == *m_state) && (!m_verification || verification == *m_verification);
}

bool UserFilterCriteria::matchesText(QStringView text) const
{
    if (!m_foldedAscii.isEmpty())
        return containsFoldedAscii(text, QByteArrayView(m_foldedAscii));
    return text.contains(m_text, Qt::CaseInsensitive);
}

bool UserFilterCriteria::accepts(const User &user) const
{
    if (!passesChoices(user.state, user.verification))
        return false;
    return m_text.isEmpty() || matchesText(user.id) || matchesText(user.login)
        || matchesText(user.displayName) || matchesText(user.email);
}

bool UserFilterCriteria::accepts(const UserRows &rows, int sourceRow) const
{
    if (!passesChoices(rows.state(sourceRow), rows.verification(sourceRow)))
        return false;
    if (m_text.isEmpty())
        return true;
    if (!m_foldedAscii.isEmpty() && rows.isAscii(sourceRow)) {
        // The row's UTF-8 is its text, byte for character: search it in place.
        const QByteArrayView needle(m_foldedAscii);
        return std::any_of(
            std::begin(searchedTexts), std::end(searchedTexts), [&](UserRows::Text which) {
                const QUtf8StringView text = rows.searchText(sourceRow, which);
                return containsFoldedAscii(QByteArrayView(text.data(), text.size()), needle);
            });
    }
    // Other characters on either side: as UTF-16, folded as QString::contains() folds.
    return std::any_of(std::begin(searchedTexts), std::end(searchedTexts),
                       [&](UserRows::Text which) {
                           return matchesText(rows.searchText(sourceRow, which).toString());
                       });
}
