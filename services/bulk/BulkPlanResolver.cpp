#include "BulkPlanResolver.h"

#include "EmailAddressCheck.h"

#include <QSet>

namespace {
const QLatin1String emailPrefix("email:");

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1);
}
} // namespace

BulkPlanResolver::BulkPlanResolver(const BackendCapabilities &capabilities)
    : m_capabilities(capabilities)
{ }

QString BulkPlanResolver::bulkRefusal(const BackendCapabilities &capabilities)
{
    if (capabilities.ownAccountOnly)
        return tr("%1 changes only the signed-in account's address, not other users'")
            .arg(capabilities.apiName);
    if (capabilities.needsPassword)
        return tr("%1 needs each user's own password to change the address")
            .arg(capabilities.apiName);
    if (capabilities.needsVerificationCode)
        return tr("%1 needs a code mailed to each new address").arg(capabilities.apiName);
    return {};
}

bool BulkPlanResolver::isDomain(const QString &domain, QString *problem)
{
    const QString trimmed = domain.trimmed();
    if (trimmed.isEmpty()) {
        *problem = tr("the domain is empty");
        return false;
    }
    if (trimmed.contains(QLatin1Char('@'))
        || !EmailAddressCheck::isWellFormed(QStringLiteral("x@") + trimmed)) {
        *problem = tr("\"%1\" is not a domain like example.com").arg(trimmed);
        return false;
    }
    return true;
}

void BulkPlanResolver::addUser(const User &user)
{
    if (m_byId.contains(user.id))
        return;
    const qsizetype index = m_users.size();
    m_users.append({ user.id, user.login, user.displayName, user.email });
    m_byId.insert(user.id, index);
    if (!user.email.isEmpty())
        m_byEmail.insert(user.email.toLower(), index);
}

qsizetype BulkPlanResolver::find(const QString &reference) const
{
    if (reference.startsWith(emailPrefix, Qt::CaseInsensitive)) {
        const QList<qsizetype> matches =
            m_byEmail.values(reference.mid(emailPrefix.size()).trimmed().toLower());
        if (matches.isEmpty())
            return -1;
        return matches.size() == 1 ? matches.constFirst() : -2;
    }
    return m_byId.value(reference, -1);
}

QList<BulkPlanRow> BulkPlanResolver::resolve(const QList<BulkChangeRequest> &requests) const
{
    QList<BulkPlanRow> rows;
    rows.reserve(requests.size());
    const QString backendRefusal = bulkRefusal(m_capabilities);
    const auto refuse = [](BulkPlanRow &row, BulkPlanRow::Refusal refusal, const QString &reason) {
        if (row.status == BulkPlanRow::Status::Refused)
            return;
        row.status = BulkPlanRow::Status::Refused;
        row.refusal = refusal;
        row.reason = reason;
    };

    for (const BulkChangeRequest &request : requests) {
        BulkPlanRow row;
        row.row = int(rows.size() + 1);
        row.sourceLine = request.sourceLine;
        row.userReference = request.userReference;
        row.newEmail = request.newEmail.trimmed();
        row.markVerified = request.markVerified;
        const qsizetype index = find(request.userReference.trimmed());
        if (index >= 0) {
            const DirectoryUser &user = m_users.at(index);
            row.userId = user.id;
            row.login = user.login;
            row.displayName = user.displayName;
            row.oldEmail = user.email;
        }
        if (!backendRefusal.isEmpty())
            refuse(row, BulkPlanRow::Refusal::BackendCannotBulk, backendRefusal);
        if (index == -1)
            refuse(row, BulkPlanRow::Refusal::UserNotFound,
                   tr("no user %1 in the directory").arg(request.userReference));
        if (index == -2)
            refuse(row, BulkPlanRow::Refusal::UserAmbiguous,
                   tr("several users have the address %1")
                       .arg(request.userReference.mid(emailPrefix.size())));
        if (!EmailAddressCheck::isWellFormed(row.newEmail))
            refuse(row, BulkPlanRow::Refusal::InvalidAddress,
                   tr("\"%1\" is not an email address").arg(row.newEmail));
        if (index >= 0 && EmailAddressCheck::isSameAddress(row.newEmail, row.oldEmail))
            refuse(row, BulkPlanRow::Refusal::SameAddress,
                   tr("%1 already is the user's address").arg(row.newEmail));
        if (index >= 0) {
            for (const qsizetype other : m_byEmail.values(row.newEmail.toLower())) {
                if (other != index) {
                    refuse(row, BulkPlanRow::Refusal::AddressTaken,
                           tr("%1 is the address of another user (%2)")
                               .arg(row.newEmail, m_users.at(other).id));
                    break;
                }
            }
        }
        rows.append(row);
    }

    // Across rows: the same user twice, and one new address asked for by several rows. The
    // first row of a user stays; a second with the same address is a duplicate, one with
    // another address makes both ambiguous. An address two rows ask for goes to neither.
    QHash<QString, qsizetype> firstRowOfUser;
    QHash<QString, qsizetype> firstRowOfAddress;
    QSet<qsizetype> addressClashes;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        BulkPlanRow &row = rows[i];
        if (row.userId.isEmpty())
            continue;
        const auto user = firstRowOfUser.constFind(row.userId);
        if (user != firstRowOfUser.cend()) {
            BulkPlanRow &first = rows[*user];
            if (EmailAddressCheck::isSameAddress(first.newEmail, row.newEmail)) {
                refuse(row, BulkPlanRow::Refusal::DuplicateRow,
                       tr("the same change as row %1").arg(first.row));
            } else {
                const QString reason = tr("rows %1 and %2 give this user different addresses")
                                           .arg(first.row)
                                           .arg(row.row);
                refuse(first, BulkPlanRow::Refusal::DuplicateRow, reason);
                refuse(row, BulkPlanRow::Refusal::DuplicateRow, reason);
            }
            continue;
        }
        firstRowOfUser.insert(row.userId, i);
        const QString address = row.newEmail.toLower();
        const auto sameAddress = firstRowOfAddress.constFind(address);
        if (sameAddress != firstRowOfAddress.cend()) {
            addressClashes.insert(*sameAddress);
            refuse(row, BulkPlanRow::Refusal::AddressInOtherRow,
                   tr("row %1 asks for the same address").arg(rows.at(*sameAddress).row));
        } else {
            firstRowOfAddress.insert(address, i);
        }
    }
    for (const qsizetype i : std::as_const(addressClashes)) {
        BulkPlanRow &row = rows[i];
        if (row.status == BulkPlanRow::Status::Ready)
            refuse(row, BulkPlanRow::Refusal::AddressInOtherRow,
                   tr("another row asks for the same address"));
    }
    return rows;
}

QList<BulkChangeRequest> BulkPlanResolver::domainRename(const QString &oldDomain,
                                                        const QString &newDomain) const
{
    QList<BulkChangeRequest> requests;
    const QString from = oldDomain.trimmed();
    const QString to = newDomain.trimmed();
    for (const DirectoryUser &user : m_users) {
        if (domainOf(user.email).compare(from, Qt::CaseInsensitive) != 0)
            continue;
        const QString local = user.email.left(user.email.lastIndexOf(QLatin1Char('@')));
        requests.append({ 0, user.id, local + QLatin1Char('@') + to, false });
    }
    return requests;
}
