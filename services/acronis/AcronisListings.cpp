#include "AcronisListings.h"

#include "AcronisUserReader.h"
#include "JsonReader.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

AcronisListings::AcronisListings()
    : m_nextSerial(QRandomGenerator::global()->generate())
{ }

std::optional<AcronisListings::Listing> AcronisListings::add(const HttpResponse &response,
                                                             int maxIds, ServiceError *error)
{
    const JsonReader root = JsonReader::parse(response);
    const QList<JsonReader> items = root.array(QStringLiteral("items"), true, maxIds);
    if (!root.ok()) {
        *error = root.error();
        return std::nullopt;
    }
    Listing listing;
    listing.serial = m_nextSerial++;
    QSet<QString> seen;
    seen.reserve(items.size());
    listing.ids.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString id = items.at(i).text();
        if (!AcronisUserReader::isUuid(id)) {
            *error = ServiceError::malformed(
                tr("field \"items[%1]\" should be a user id (a UUID)").arg(i));
            return std::nullopt;
        }
        const qsizetype before = seen.size();
        seen.insert(id.toLower());
        if (seen.size() == before)
            continue; // listed twice: shown once
        listing.ids.append(id);
    }
    m_listings.prepend(listing);
    while (m_listings.size() > MaxListings)
        m_listings.removeLast();
    return listing;
}

std::optional<std::pair<AcronisListings::Listing, int>>
AcronisListings::find(const QString &pageToken, ServiceError *error) const
{
    const QStringList parts = pageToken.split(QLatin1Char(':'));
    bool serialOk = false;
    bool offsetOk = false;
    const quint64 serial = parts.value(0).toULongLong(&serialOk);
    const int offset = parts.value(1).toInt(&offsetOk);
    const auto listing =
        std::find_if(m_listings.cbegin(), m_listings.cend(),
                     [serial](const Listing &candidate) { return candidate.serial == serial; });
    if (parts.size() != 2 || !serialOk || !offsetOk || offset < 0
        || (listing != m_listings.cend() && offset > listing->ids.size())) {
        *error = ServiceError(ServiceError::Kind::Validation,
                              tr("The page token \"%1\" does not belong to an Acronis user list; "
                                 "load the list from the start.")
                                  .arg(pageToken.left(64)));
        return std::nullopt;
    }
    if (listing == m_listings.cend()) {
        *error = ServiceError(ServiceError::Kind::Conflict,
                              tr("This Acronis user list was replaced by newer ones; load the "
                                 "list from the start."));
        return std::nullopt;
    }
    return std::make_pair(*listing, offset);
}

QString AcronisListings::pageToken(quint64 serial, qsizetype offset)
{
    return QString::number(serial) + QLatin1Char(':') + QString::number(offset);
}
