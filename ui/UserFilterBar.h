#pragma once

#include "User.h"
#include "UserPage.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

/// The row of filters above the users table: a text field, a state and a verification filter.
///
/// Typing filters the loaded rows at once (textFilterChanged()); Enter asks for a server-side
/// search of the whole directory (searchRequested()), where `id:` and `email:` prefixes ask for
/// an exact lookup. Emptying the field asks for the whole listing again (searchCleared()).
/// Escape in the field empties it (Ctrl+Z brings the text back), except while the window's
/// own Escape (stop a Load all) is enabled: that shortcut comes first.
class UserFilterBar : public QWidget
{
    Q_OBJECT
public:
    /// What a filter text asks the server for.
    struct Search
    {
        UserQuery::Match match = UserQuery::Match::All;
        /// The text without its prefix, trimmed.
        QString text;
    };

    explicit UserFilterBar(QWidget *parent = nullptr);

    /// "id:42" -> ExactId "42", "email:a@b" -> ExactEmail "a@b", other text -> Contains, empty
    /// (or a bare prefix) -> All. Prefixes ignore case.
    static Search parse(const QString &text);

    QLineEdit *textEdit() const { return m_text; }
    /// Whether Enter searches on the server (the backend's hasServerSearch); changes the hint.
    void setServerSearchAvailable(bool available);
    bool isServerSearchAvailable() const { return m_serverSearch; }

    std::optional<UserState> stateFilter() const;
    std::optional<EmailVerification> verificationFilter() const;

public slots:
    /// Puts the keyboard focus in the text field with its text selected (Ctrl+F).
    void focusText();

signals:
    /// The text for the local filter, without any `id:`/`email:` prefix.
    void textFilterChanged(const QString &text);
    /// Enter was pressed on text that asks for a server-side search.
    void searchRequested(const UserFilterBar::Search &search);
    /// The field was emptied: back to the whole listing.
    void searchCleared();
    void stateFilterChanged(std::optional<UserState> state);
    void verificationFilterChanged(std::optional<EmailVerification> verification);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillCombos();

    QLineEdit *m_text = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_verification = nullptr;
    bool m_serverSearch = false;
};
