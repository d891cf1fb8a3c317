#include "JournalWords.h"

QString JournalWords::state(const QString &state)
{
    if (state == QLatin1String("changed"))
        return tr("Changed");
    if (state == QLatin1String("verification-mailed"))
        return tr("Verification mailed");
    if (state == QLatin1String("awaiting-confirmation"))
        return tr("Awaiting confirmation");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("unknown"))
        return tr("No answer");
    if (state == QLatin1String("pending"))
        return tr("Pending");
    return state;
}
