#pragma once

#include "AcronisUserRecord.h"
#include "JsonWriter.h"
#include "MockUser.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

/// Renders Acronis account-management v2 objects (`user`, its contact `items`, `userBatch`
/// items per `lod`) and checks the spec's string formats (uuid, item1 dates).
class AcronisJson
{
public:
    enum class Lod { Stamps, Basic, Full };

    /// `user` as returned by GET /users/{id}; `forBatch` adds the fields that `userBatch`
    /// items require (access_policies).
    static QJsonObject user(const AcronisUserRecord &record, bool forBatch = false);
    /// Whether writeBatchUser() renders `record`: no field was changed through PUT.
    static bool hasDefaultFields(const AcronisUserRecord &record);
    /// `user(record, true)` appended straight to `out`, for records with default fields.
    /// Building 100 QJsonObjects per batch and serialising them was ~75% of the mock's CPU
    /// listing 100,000 Acronis users (perf), the bottleneck of a benchmark at 20 ms latency.
    static void writeBatchUser(JsonWriter &out, const AcronisUserRecord &record);
    static QJsonObject contact(const AcronisUserRecord &record);
    /// `tenant` as returned by GET /tenants/{id} (the fields of Acronis's "fetching a tenant"
    /// guide; the seeded tenants are customers of one partner).
    static QJsonObject tenant(const MockOrg &tenant);
    /// Reduces a full batch item to the fields of `lod` (stamps, basic or full).
    static QJsonObject withLod(const QJsonObject &full, Lod lod);

    /// The default of a user-level field kept in AcronisUserRecord::userFields.
    static QJsonValue defaultUserField(const QString &key);
    /// The default of a contact field kept in AcronisUserRecord::contactFields.
    static QJsonValue defaultContactField(const QString &key);

    static bool activated(const MockUser &user);
    static bool enabled(const AcronisUserRecord &record);

    /// "2019-07-25T07:11:02.807000+00:00", as in `created_at` / `updated_at`.
    static QString timestamp(const QDateTime &time);
    /// "2016-06-22T18:25:16", as in `userBatch.timestamp`.
    static QString plainTimestamp(const QDateTime &time);

    /// The spec's uuid pattern (lower-case hex, 36 characters); upper case is accepted too.
    static bool isUuid(const QString &text);
    /// The spec's item1 pattern: date, time, optional fraction and offset.
    static bool isDate(const QString &text);

    static const QStringList &contactTypes();
    static const QStringList &notificationKinds();
    /// `idp_id` of every seeded user: the platform's built-in identity provider.
    static QString builtinIdpId();
};
