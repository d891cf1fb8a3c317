#include "ZitadelDirectory.h"

#include "PersonGenerator.h"
#include "ZitadelSortKey.h"

#include <QMutexLocker>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {
constexpr quint64 Salt = 0x21;
constexpr quint64 FirstUserId = 289374650128374600ULL;
constexpr quint64 UserIdStep = 7919;
/// The first 1,000 users are spread over all orgs; the rest join the service account's own
/// org, the one a client lists by default, so --zitadel-users N lists about N users there.
constexpr int SpreadUsers = 1000;

QList<MockOrg> seededOrgs()
{
    return {
        { QStringLiteral("276381956392018433"), QStringLiteral("Northwind Helpdesk"),
          QStringLiteral("northwind.example") },
        { QStringLiteral("276381956392018977"), QStringLiteral("Contoso Retail"),
          QStringLiteral("contoso.example") },
        { QStringLiteral("276381956392019521"), QStringLiteral("Fabrikam Labs"),
          QStringLiteral("fabrikam.example") },
        // The service accounts have no membership here: requests for it get 403.
        { QStringLiteral("276381956392020065"), QStringLiteral("Globex Partners"),
          QStringLiteral("globex.example") },
    };
}

QString randomCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 8; ++i)
        code.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]));
    return code;
}
} // namespace

ZitadelDirectory::ZitadelDirectory(quint64 seed, int userCount, int codeTtlSeconds,
                                   Mailbox &mailbox, std::function<QString()> baseUrl)
    : m_codeTtlSeconds(codeTtlSeconds)
    , m_mailbox(mailbox)
    , m_baseUrl(std::move(baseUrl))
    , m_users(
          seededOrgs(),
          PersonGenerator::generateRecords(seed ^ Salt, userCount, int(seededOrgs().size()),
                                           SpreadUsers),
          [](int index) { return QString::number(FirstUserId + quint64(index) * UserIdStep); },
          // Ids are FirstUserId + index * UserIdStep: no id table is needed.
          [](const QString &id) -> std::optional<qint64> {
              bool ok = false;
              const quint64 value = id.toULongLong(&ok);
              if (!ok || value < FirstUserId || (value - FirstUserId) % UserIdStep != 0)
                  return std::nullopt;
              return qint64((value - FirstUserId) / UserIdStep);
          })
{
    for (const MockOrg &org : m_users.orgs())
        m_orgDomains.insert(org.id, org.domain);
    qint64 sequence = 0;
    // Nothing was changed yet, so the seeded records are the users; orgs never change.
    m_users.forEachSeeded([&](int position, const PersonRecord &person) {
        const QString &orgId = m_users.orgs().at(person.org).id;
        m_positionsByOrg[orgId].append(position);
        if (serviceAccountIsMemberOf(orgId))
            m_positionsByOrg[QString()].append(position);
        sequence += person.version;
    });
    m_processedSequence = sequence;
    const QList<int> own = m_positionsByOrg.value(defaultOrg().id);
    if (!own.isEmpty())
        m_selfUserId = m_users.at(own.constFirst()).id;
    else if (m_users.size() > 0)
        m_selfUserId = m_users.at(0).id;
}

bool ZitadelDirectory::serviceAccountIsMemberOf(const QString &orgId) const
{
    return orgId != m_users.orgs().constLast().id && m_orgDomains.contains(orgId);
}

bool ZitadelDirectory::inScope(const MockUser &user, const QString &orgId) const
{
    return orgId.isEmpty() ? serviceAccountIsMemberOf(user.orgId) : user.orgId == orgId;
}

std::optional<MockUser> ZitadelDirectory::find(const QString &id, const QString &orgId) const
{
    std::optional<MockUser> user = m_users.find(id);
    if (user && !orgId.isEmpty() && user->orgId != orgId)
        return std::nullopt;
    return user;
}

QList<int> ZitadelDirectory::sortedPositions(const QString &orgId,
                                             ZitadelUserSearch::Column column) const
{
    if (column == ZitadelUserSearch::Column::Unspecified)
        return m_positionsByOrg.value(orgId);
    const QString key = orgId + QLatin1Char('/') + ZitadelUserSearch::columnKey(column);
    const quint64 generation = m_generation.load();
    {
        QMutexLocker locker(&m_mutex);
        const auto cached = m_sortCache.constFind(key);
        if (cached != m_sortCache.cend() && cached->generation == generation)
            return cached->positions;
    }
    // Sorting costs O(n log n) once per change of the directory, then pages are O(limit).
    // Only the sort key of each user is built, not the whole user; ties go by index, as in
    // ZitadelUserSearch::lessThan, so the order is the same as sorting whole users.
    QList<ZitadelSortKey> keys;
    const QList<int> positions = m_positionsByOrg.value(orgId);
    keys.reserve(positions.size());
    for (const int position : positions)
        keys.append(ZitadelSortKey::of(column, m_users.at(position)));
    std::sort(keys.begin(), keys.end());
    SortedPositions sorted { generation, {} };
    sorted.positions.reserve(keys.size());
    for (const ZitadelSortKey &entry : std::as_const(keys))
        sorted.positions.append(entry.position);
    QMutexLocker locker(&m_mutex);
    m_sortCache.insert(key, sorted);
    return sorted.positions;
}

ZitadelDirectory::Page ZitadelDirectory::search(const QString &orgId,
                                                const ZitadelUserSearch &search) const
{
    Page page;
    // Without a sorting column the order is the store's (creation) order; `asc` only applies
    // to an explicit column, as upstream adds ORDER BY only then.
    const bool descending = search.column != ZitadelUserSearch::Column::Unspecified && !search.asc;
    if (!search.filter) {
        const QList<int> positions = sortedPositions(orgId, search.column);
        page.total = positions.size();
        const qsizetype end =
            qsizetype(std::min<quint64>(quint64(positions.size()), search.offset + search.limit));
        for (qsizetype i = qsizetype(std::min<quint64>(search.offset, quint64(positions.size())));
             i < end; ++i) {
            page.users.append(
                m_users.at(descending ? positions.at(positions.size() - 1 - i) : positions.at(i)));
        }
        return page;
    }
    QList<MockUser> matches =
        m_users.page(0, m_users.size(), [this, &orgId, &search](const MockUser &user) {
            return inScope(user, orgId) && search.filter(user);
        });
    if (search.column != ZitadelUserSearch::Column::Unspecified) {
        std::sort(matches.begin(), matches.end(), [&search](const MockUser &a, const MockUser &b) {
            return ZitadelUserSearch::lessThan(search.column, a, b);
        });
        if (descending)
            std::reverse(matches.begin(), matches.end());
    }
    page.total = matches.size();
    if (search.offset < quint64(matches.size()))
        page.users = matches.mid(qsizetype(search.offset), qsizetype(search.limit));
    return page;
}

void ZitadelDirectory::recordChangeLocked(MockUser *user)
{
    ++user->version;
    user->updatedAt = QDateTime::currentDateTimeUtc();
    ++m_processedSequence;
    ++m_generation;
}

QString ZitadelDirectory::issueCodeLocked(const MockUser &user)
{
    QString code = randomCode();
    QMutexLocker locker(&m_mutex);
    m_codes.insert(user.id, { code, QDeadlineTimer(qint64(m_codeTtlSeconds) * 1000) });
    return code;
}

void ZitadelDirectory::mailCode(const MockUser &user, const QString &code) const
{
    MockMail mail;
    mail.backend = QStringLiteral("zitadel");
    mail.to = user.email;
    mail.subject = QStringLiteral("Verify email");
    mail.code = code;
    QUrl link(m_baseUrl() + QStringLiteral("/ui/login/mail/verification"));
    link.setQuery(QUrlQuery { { QStringLiteral("userID"), user.id },
                              { QStringLiteral("code"), code },
                              { QStringLiteral("orgID"), user.orgId } });
    mail.link = link.toString();
    m_mailbox.deliver(mail);
}

ZitadelDirectory::Result ZitadelDirectory::changeEmail(const QString &id, const QString &orgId,
                                                       const QString &email, bool verified,
                                                       Delivery delivery)
{
    QString code;
    Result result = m_users.modify(id, [&](MockUser *user) -> Result {
        if (!user || (!orgId.isEmpty() && user->orgId != orgId))
            return { Outcome::UserNotFound, {} };
        // Upstream compares the address only: a new verified flag alone is "not changed".
        if (user->email == email)
            return { Outcome::EmailUnchanged, *user };
        user->email = email;
        user->emailVerified = verified;
        recordChangeLocked(user);
        if (verified) {
            QMutexLocker locker(&m_mutex);
            m_codes.remove(user->id);
        } else {
            code = issueCodeLocked(*user);
        }
        return { Outcome::Done, *user };
    });
    if (!code.isEmpty() && delivery == Delivery::Return)
        result.code = code;
    else if (!code.isEmpty())
        mailCode(result.user, code);
    return result;
}

ZitadelDirectory::Result ZitadelDirectory::resendVerification(const QString &id,
                                                              const QString &orgId, CodeRule rule,
                                                              Delivery delivery)
{
    QString code;
    Result result = m_users.modify(id, [&](MockUser *user) -> Result {
        if (!user || (!orgId.isEmpty() && user->orgId != orgId))
            return { Outcome::UserNotFound, {} };
        if (rule == CodeRule::OnlyWhenWaiting) {
            QMutexLocker locker(&m_mutex);
            if (!m_codes.contains(user->id))
                return { Outcome::NoPendingCode, *user };
        } else if (rule == CodeRule::UnlessVerified && user->emailVerified) {
            return { Outcome::AlreadyVerified, *user };
        }
        code = issueCodeLocked(*user);
        recordChangeLocked(user);
        return { Outcome::Done, *user };
    });
    if (!code.isEmpty() && delivery == Delivery::Return)
        result.code = code;
    else if (!code.isEmpty())
        mailCode(result.user, code);
    return result;
}

ZitadelDirectory::Result ZitadelDirectory::verifyEmail(const QString &id, const QString &code)
{
    return m_users.modify(id, [&](MockUser *user) -> Result {
        if (!user)
            return { Outcome::UserNotFound, {} };
        QMutexLocker locker(&m_mutex);
        const auto pending = m_codes.constFind(user->id);
        if (user->emailVerified || pending == m_codes.cend())
            return { user->emailVerified ? Outcome::AlreadyVerified : Outcome::NoPendingCode,
                     *user };
        if (pending->deadline.hasExpired())
            return { Outcome::CodeExpired, *user };
        if (pending->code != code)
            return { Outcome::CodeInvalid, *user };
        m_codes.erase(pending);
        locker.unlock();
        user->emailVerified = true;
        recordChangeLocked(user);
        return { Outcome::Done, *user };
    });
}
