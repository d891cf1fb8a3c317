#pragma once

#include <QString>

/// The mock's own notion of a syntactically valid address (deliberately independent of the
/// client's validation, so contract tests compare two implementations).
class EmailRules
{
public:
    static bool isValid(const QString &address);
};
