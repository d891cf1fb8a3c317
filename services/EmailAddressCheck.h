#pragma once

#include <QCoreApplication>
#include <QString>

/// The check of a new address before it is sent: the change-email dialog runs it on every
/// keystroke, a bulk plan on every row.
///
/// It catches what is certainly wrong (no "@", spaces, an empty label, no dot in the domain)
/// and the address the user already has; everything else is for the service to judge, which
/// reports its verdict as a field error.
class EmailAddressCheck
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddressCheck)
public:
    enum class Problem { None, Empty, Syntax, SameAsCurrent };

    /// `candidate` is trimmed first. The domain compares case-insensitively, the local part
    /// exactly: a change of capitals before the "@" is a real (if unusual) request.
    static Problem check(const QString &candidate, const QString &currentEmail);
    /// A sentence for the message beside the field; empty for None and Empty.
    static QString message(Problem problem, const QString &currentEmail = {});

    static bool isWellFormed(const QString &address);
    static bool isSameAddress(const QString &a, const QString &b);

private:
    static bool isValidLocalPart(QStringView local);
    static bool isValidDomain(QStringView domain);
};
