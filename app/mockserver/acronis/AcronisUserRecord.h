#pragma once

#include "MockUser.h"

#include <QJsonObject>
#include <QString>

/// One Acronis user as stored by AcronisDirectory: the seeded person plus the fields only
/// Acronis has, kept as JSON that overrides the defaults of AcronisJson (only for users whose
/// fields were changed through PUT, so untouched users cost nothing extra).
struct AcronisUserRecord
{
    MockUser user;
    QString contactId;
    QJsonObject userFields;
    QJsonObject contactFields;
};
