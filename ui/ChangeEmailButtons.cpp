#include "ChangeEmailButtons.h"

#include <QBoxLayout>
#include <QDialog>
#include <QPushButton>

ChangeEmailButtons::ChangeEmailButtons(QDialog *dialog, QBoxLayout *row)
{
    const auto button = [dialog](const char *name, const QString &text,
                                 const QString &accessibleName) {
        auto *result = new QPushButton(text, dialog);
        result->setObjectName(QString::fromLatin1(name));
        result->setAccessibleName(accessibleName);
        return result;
    };
    // First: it sits on the left, and Tab follows the order of creation.
    enterCode = button("enterCodeButton", tr("Enter &verification code\u2026"),
                       tr("Enter verification code"));
    enterCode->setToolTip(tr("Type the code mailed to the user's address, after you chose Later."));
    close = button("closeButton", tr("Close"), tr("Close"));
    back = button("backButton", tr("&Back"), tr("Back to the form"));
    next = button("nextButton", tr("&Next"), tr("Next: review"));
    change = button("changeButton", tr("Change &email"), tr("Change email"));
    cancel = button("cancelButton", tr("Cancel"), tr("Cancel request"));
    later = button("laterButton", tr("&Later"), tr("Verify later"));
    verify = button("verifyButton", tr("&Verify"), tr("Verify address"));
    verify->setEnabled(false);

    row->addWidget(enterCode);
    row->addStretch(1);
    for (QPushButton *b : { close, back, next, change, cancel, later, verify })
        row->addWidget(b);
}

QList<QPushButton *> ChangeEmailButtons::all() const
{
    return { enterCode, close, back, next, change, cancel, later, verify };
}

void ChangeEmailButtons::show(Set set, bool offerCode)
{
    enterCode->setVisible(set == Set::Form && offerCode);
    close->setVisible(set == Set::Form);
    next->setVisible(set == Set::Form);
    back->setVisible(set == Set::Review);
    change->setVisible(set == Set::Review);
    cancel->setVisible(set == Set::Busy);
    later->setVisible(set == Set::Verify);
    verify->setVisible(set == Set::Verify);

    QPushButton *const defaultButton = set == Set::Form ? next
        : set == Set::Review                            ? change
        : set == Set::Verify                            ? verify
                                                        : nullptr;
    // all() lists the eight buttons the constructor made; the analyzer cannot see into QList.
    for (QPushButton *b : all())
        b->setDefault(b == defaultButton); // NOLINT(clang-analyzer-core.CallAndMessage)
}
