#pragma once

#include "User.h"
#include "UserRows.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

/// What UserFilterProxyModel shows: a text that the id, login, name or email contains (trimmed,
/// ignoring case as QString::contains() does), one state, one verification status.
///
/// Loaded rows are searched in place (accepts(rows, row)): an ASCII text against a row's
/// ASCII UTF-8 byte by byte, folding only A to Z, which is what keeps a keystroke over 100,000
/// rows in a few milliseconds (issue 11).
class UserFilterCriteria
{
public:
    /// Each setter returns whether the criteria changed; isNarrowing() then says whether the
    /// change can only hide rows (more text typed after the old, a filter added).
    bool setText(const QString &text);
    bool setState(std::optional<UserState> state);
    bool setVerification(std::optional<EmailVerification> verification);
    /// No text, state or verification filter.
    bool clear();
    bool isNarrowing() const { return m_narrowing; }

    const QString &text() const { return m_text; }
    const std::optional<UserState> &state() const { return m_state; }
    const std::optional<EmailVerification> &verification() const { return m_verification; }
    bool isFiltering() const { return !m_text.isEmpty() || m_state || m_verification; }

    bool accepts(const User &user) const;
    /// accepts() for row `row` of `rows`, reading its texts in place.
    bool accepts(const UserRows &rows, int row) const;

private:
    bool passesChoices(UserState state, EmailVerification verification) const;
    /// Whether `text` contains the filter text, ignoring case.
    bool matchesText(QStringView text) const;

    QString m_text;
    /// m_text case-folded, as bytes, when it is plain ASCII (the fast search), else empty.
    QByteArray m_foldedAscii;
    std::optional<UserState> m_state;
    std::optional<EmailVerification> m_verification;
    bool m_narrowing = false;
};
