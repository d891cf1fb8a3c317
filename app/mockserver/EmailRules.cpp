#include "EmailRules.h"

#include <QRegularExpression>

bool EmailRules::isValid(const QString &address)
{
    // local@domain.tld, no spaces, one @, a dot in the domain, labels not starting with '-'.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    return address.size() <= 254 && pattern.match(address).hasMatch()
        && !address.contains(QStringLiteral(".."));
}
