#pragma once

#include <QCoreApplication>
#include <QList>

class QBoxLayout;
class QDialog;
class QPushButton;
class QWidget;

/// The profiles dialog's row of buttons, left to right in the order Tab visits them: "Test
/// connection" and its Cancel on the left, then "Discard changes", Save and Close. None is an
/// auto-default, so Enter in the form does not press one by surprise.
class ProfilesDialogButtons
{
    // The dialog's words, in its translation context.
    Q_DECLARE_TR_FUNCTIONS(ProfilesDialog)

public:
    /// Creates the buttons as children of `dialog` and adds them to `row`.
    ProfilesDialogButtons(QDialog *dialog, QBoxLayout *row);

    /// The buttons in tab order.
    QList<QWidget *> inTabOrder() const;

    QPushButton *test = nullptr;
    QPushButton *cancel = nullptr;
    QPushButton *discard = nullptr;
    QPushButton *save = nullptr;
    QPushButton *close = nullptr;
};
