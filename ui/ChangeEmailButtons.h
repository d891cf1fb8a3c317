#pragma once

#include <QCoreApplication>
#include <QList>

class QBoxLayout;
class QDialog;
class QPushButton;

/// The change-email dialog's buttons, left to right in the order Tab visits them: "Enter
/// verification code…" on its own at the left, then Close, Back, Next, Change email, Cancel,
/// Later and Verify. Each step of the dialog shows its own few and has its own default button.
class ChangeEmailButtons
{
    // The dialog's words, in its translation context.
    Q_DECLARE_TR_FUNCTIONS(ChangeEmailDialog)

public:
    /// The buttons a step of the dialog shows.
    enum class Set {
        /// Close and Next (the default), plus "Enter verification code…" where offered.
        Form,
        /// Back and "Change email" (the default).
        Review,
        /// Cancel only, while a request runs.
        Busy,
        /// Later and Verify (the default).
        Verify,
    };

    /// Creates the buttons as children of `dialog` and adds them to `row`.
    ChangeEmailButtons(QDialog *dialog, QBoxLayout *row);

    /// Shows the buttons of `set` and makes its main one the default (Enter); `offerCode` adds
    /// "Enter verification code…" to the form's.
    void show(Set set, bool offerCode);

    QPushButton *enterCode = nullptr;
    QPushButton *close = nullptr;
    QPushButton *back = nullptr;
    QPushButton *next = nullptr;
    QPushButton *change = nullptr;
    QPushButton *cancel = nullptr;
    QPushButton *later = nullptr;
    QPushButton *verify = nullptr;

private:
    QList<QPushButton *> all() const;
};
