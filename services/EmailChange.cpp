#include "EmailChange.h"

#include <QCoreApplication>

QString EmailChangeOutcome::summary(const QString &newEmail) const
{
    switch (kind) {
    case Kind::ChangedNow:
        return QCoreApplication::translate("EmailChangeOutcome", "Email changed to %1.")
            .arg(newEmail);
    case Kind::VerificationMailSent:
        return QCoreApplication::translate("EmailChangeOutcome",
                                           "Email changed to %1; a verification mail was sent "
                                           "to the new address.")
            .arg(newEmail);
    case Kind::AwaitingConfirmationAtOldAddress:
        return QCoreApplication::translate("EmailChangeOutcome",
                                           "Confirmation link sent to the current address; the "
                                           "email becomes %1 once the user opens it.")
            .arg(newEmail);
    }
    return {};
}

QString EmailChangeOutcome::summaryFor(const QString &userName, const QString &newEmail) const
{
    switch (kind) {
    case Kind::ChangedNow:
        return QCoreApplication::translate("EmailChangeOutcome", "Email of %1 changed to %2.")
            .arg(userName, newEmail);
    case Kind::VerificationMailSent:
        return QCoreApplication::translate("EmailChangeOutcome",
                                           "Email of %1 changed to %2; a verification mail was "
                                           "sent to the new address.")
            .arg(userName, newEmail);
    case Kind::AwaitingConfirmationAtOldAddress:
        return QCoreApplication::translate("EmailChangeOutcome",
                                           "Confirmation link sent to the current address of "
                                           "%1; the email becomes %2 once the user opens it.")
            .arg(userName, newEmail);
    }
    return {};
}
