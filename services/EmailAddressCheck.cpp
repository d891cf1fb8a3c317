#include "EmailAddressCheck.h"

#include <QStringList>

namespace {
constexpr qsizetype maxAddressLength = 254; // RFC 5321 path limit minus the angle brackets
constexpr qsizetype maxLocalLength = 64;
constexpr qsizetype maxLabelLength = 63;
} // namespace

EmailAddressCheck::Problem EmailAddressCheck::check(const QString &candidate,
                                                    const QString &currentEmail)
{
    const QString address = candidate.trimmed();
    if (address.isEmpty())
        return Problem::Empty;
    if (!isWellFormed(address))
        return Problem::Syntax;
    if (isSameAddress(address, currentEmail.trimmed()))
        return Problem::SameAsCurrent;
    return Problem::None;
}

QString EmailAddressCheck::message(Problem problem, const QString &currentEmail)
{
    switch (problem) {
    case Problem::None:
    case Problem::Empty:
        return {};
    case Problem::Syntax:
        return tr("This is not an email address yet; it should look like name@example.com.");
    case Problem::SameAsCurrent:
        return tr("This is the current address (%1); enter a different one.").arg(currentEmail);
    }
    return {};
}

bool EmailAddressCheck::isWellFormed(const QString &address)
{
    if (address.size() > maxAddressLength)
        return false;
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != address.lastIndexOf(QLatin1Char('@')))
        return false;
    const QStringView view(address);
    return isValidLocalPart(view.left(at)) && isValidDomain(view.mid(at + 1));
}

bool EmailAddressCheck::isSameAddress(const QString &a, const QString &b)
{
    const qsizetype atA = a.lastIndexOf(QLatin1Char('@'));
    const qsizetype atB = b.lastIndexOf(QLatin1Char('@'));
    if (atA < 0 || atB < 0)
        return a == b;
    const QStringView viewA(a);
    const QStringView viewB(b);
    return viewA.left(atA) == viewB.left(atB)
        && viewA.mid(atA + 1).compare(viewB.mid(atB + 1), Qt::CaseInsensitive) == 0;
}

bool EmailAddressCheck::isValidLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > maxLocalLength)
        return false;
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QLatin1String("..")))
        return false;
    for (const QChar c : local) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == QLatin1Char('"')
            || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(',')
            || c == QLatin1Char(':') || c == QLatin1Char(';') || c == QLatin1Char('<')
            || c == QLatin1Char('>') || c == QLatin1Char('[') || c == QLatin1Char(']')
            || c == QLatin1Char('\\'))
            return false;
    }
    return true;
}

bool EmailAddressCheck::isValidDomain(QStringView domain)
{
    // A dot is required: "user@localhost" is valid SMTP but never what a directory holds.
    const auto labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QStringView label : labels) {
        if (label.isEmpty() || label.size() > maxLabelLength || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            // Letters of any script: internationalised domains are typed in Unicode.
            if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
                return false;
        }
    }
    return true;
}
