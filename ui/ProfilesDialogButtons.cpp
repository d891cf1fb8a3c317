#include "ProfilesDialogButtons.h"

#include <QBoxLayout>
#include <QDialog>
#include <QPushButton>

ProfilesDialogButtons::ProfilesDialogButtons(QDialog *dialog, QBoxLayout *row)
{
    const auto button = [dialog](const char *name, const QString &text, const QString &accessible) {
        auto *b = new QPushButton(text, dialog);
        b->setObjectName(QString::fromLatin1(name));
        b->setAccessibleName(accessible);
        b->setAutoDefault(false);
        return b;
    };
    test = button("testButton", tr("&Test connection"), tr("Test connection"));
    cancel = button("cancelButton", tr("Cancel"), tr("Cancel the connection test"));
    discard = button("discardButton", tr("&Discard changes"), tr("Discard changes"));
    save = button("saveButton", tr("&Save"), tr("Save the profile"));
    close = button("closeButton", tr("Close"), tr("Close"));

    row->addWidget(test);
    row->addWidget(cancel);
    row->addStretch(1);
    for (QPushButton *b : { discard, save, close })
        row->addWidget(b);
}

QList<QWidget *> ProfilesDialogButtons::inTabOrder() const
{
    return { test, cancel, discard, save, close };
}
