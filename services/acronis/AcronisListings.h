#pragma once

#include "HttpExchange.h"
#include "ServiceError.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

/// The user ids of an Acronis tenant's recent listings, kept for their following pages:
/// `GET /api/2/tenants/{id}/users` lists every id in one answer and users are read in batches,
/// so a listing is its id list plus an offset. Page tokens are "<listing serial>:<offset>"; the
/// serials start at a random number, so a token of another session names no listing here.
class AcronisListings
{
    Q_DECLARE_TR_FUNCTIONS(AcronisListings)

public:
    /// The UUIDs of one listing, in the server's order, each once.
    struct Listing
    {
        quint64 serial = 0;
        QStringList ids;
    };
    /// Listings kept at the same time (one per open view is plenty); older ones are dropped.
    static constexpr qsizetype MaxListings = 4;

    AcronisListings();

    /// Reads the answer `{"items": [uuid, ...]}` (at most `maxIds` items, every one a UUID) and
    /// keeps it as the newest listing; nullopt with `error` set when the answer is unusable.
    std::optional<Listing> add(const HttpResponse &response, int maxIds, ServiceError *error);
    /// The listing and offset `pageToken` names; nullopt with `error` set when the token is not
    /// one of ours or its listing was dropped.
    std::optional<std::pair<Listing, int>> find(const QString &pageToken,
                                                ServiceError *error) const;

    static QString pageToken(quint64 serial, qsizetype offset);

private:
    /// Newest first.
    QList<Listing> m_listings;
    quint64 m_nextSerial = 0;
};
