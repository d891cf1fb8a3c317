#pragma once

#include "ErrorShape.h"

#include <QJsonObject>
#include <QString>

/// Acronis account-management errors (`errorScheme`):
/// `{"error": {"code": 1001, "domain": "PlatformAccountServer", "message": "...",
///   "details": {"info": null}, "context": {}}}`. `code` is a platform code where the docs name
/// one (1001 "Version mismatch") and the HTTP status otherwise.
class AcronisErrorShape : public ErrorShape
{
public:
    MockResponse error(MockFault fault, const QString &message) const override;

    /// An errorScheme body; `info` becomes `details.info` (null when empty).
    static MockResponse make(int status, int code, const QString &message, const QString &info = {},
                             const QJsonObject &context = {});
    /// The common case: `code` equals the HTTP status.
    static MockResponse make(int status, const QString &message, const QString &info = {});

    /// Platform code of a stale `version` in PUT (documented error-code list).
    static constexpr int VersionMismatch = 1001;
};
