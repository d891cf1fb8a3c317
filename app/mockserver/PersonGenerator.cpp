#include "PersonGenerator.h"

#include "SplitMix64.h"

#include <QHash>
#include <QStringList>

namespace {
const QStringList &givenNames()
{
    static const QStringList names =
        QStringLiteral(
            "Anna,Ben,Chloé,Daniel,Elif,Felix,Greta,Hiro,Ines,Jonas,Kai,Lena,Mateo,Nora,Omar,Paula,"
            "Quentin,Rosa,Sven,Tariq,Ulla,Valentina,Wei,Ximena,Yusuf,Zoë,Amara,Björn,Carmen,Dmitri,"
            "Eva,Farah,Gustav,Hana,Ivan,Jana,Kofi,Lucía,Mikko,Nadia,Oskar,Priya,Rafael,Sofia,Theo,"
            "Uma,Viktor,Wanda,Yara,Zainab,Aiko,Bruno,Dalia,Emil,Fatima,Jürgen,Leila,Marek,Ngozi,"
            "Sanna")
            .split(QLatin1Char(','));
    return names;
}

const QStringList &familyNames()
{
    static const QStringList names =
        QStringLiteral(
            "Müller,Schmidt,García,Rossi,Nowak,Kowalski,Jensen,Nielsen,Silva,Santos,Dubois,Martin,"
            "Tanaka,Suzuki,Kim,Park,Chen,Wang,Singh,Patel,Okafor,Mensah,O'Brien,Murphy,Novák,"
            "Horváth,Popescu,Ivanova,Larsen,Berg,Lindqvist,Virtanen,Yılmaz,Demir,Haddad,Costa,"
            "Fernández,López,Weber,Becker,Hoffmann,Schulz,Kaya,Ahmed,Rahman,Nguyen,Tran,Sato,"
            "Ito,Moreau,Lambert,Fischer,Wagner,Meyer,Svensson,Eriksson,Bianchi,Romano,Greco,Mazur")
            .split(QLatin1Char(','));
    return names;
}

const QStringList &languages()
{
    static const QStringList codes = { QStringLiteral("en"), QStringLiteral("de"),
                                       QStringLiteral("en"), QStringLiteral("fr"),
                                       QStringLiteral("es"), QStringLiteral("en") };
    return codes;
}

QStringList slugsOf(const QStringList &names)
{
    QStringList slugs;
    for (const QString &name : names)
        slugs.append(PersonGenerator::asciiSlug(name));
    return slugs;
}

MockUserState pickState(SplitMix64 &random)
{
    const int roll = random.below(100);
    if (roll < 80)
        return MockUserState::Active;
    if (roll < 88)
        return MockUserState::Inactive;
    if (roll < 93)
        return MockUserState::Locked;
    return MockUserState::Initial;
}

} // namespace

QString PersonGenerator::asciiSlug(const QString &name)
{
    QString slug;
    for (const QChar ch : name.normalized(QString::NormalizationForm_KD)) {
        if (ch.isLetterOrNumber() && ch.unicode() < 128)
            slug.append(ch.toLower());
        else if (ch == QChar(0x0131)) // dotless i (Turkish) has no decomposition
            slug.append(QLatin1Char('i'));
    }
    return slug;
}

namespace {
const QStringList &givenSlugs()
{
    static const QStringList slugs = slugsOf(givenNames());
    return slugs;
}

const QStringList &familySlugs()
{
    static const QStringList slugs = slugsOf(familyNames());
    return slugs;
}

/// For each (given, family) pair, a number that is equal for pairs with the same login base:
/// two names may share a slug, and then they share their count of logins too.
QList<int> loginBases()
{
    QList<int> bases;
    QHash<QString, int> numbers;
    for (const QString &given : givenSlugs()) {
        for (const QString &family : familySlugs()) {
            const QString base = given + QLatin1Char('.') + family;
            bases.append(int(numbers.emplace(base, int(numbers.size())).value()));
        }
    }
    return bases;
}

const QDateTime &epoch()
{
    static const QDateTime time(QDate(2019, 1, 1), QTime(8, 0), Qt::UTC);
    return time;
}
} // namespace

QList<PersonRecord> PersonGenerator::generateRecords(quint64 seed, int count, int orgCount,
                                                     int spread)
{
    Q_ASSERT(orgCount > 0 && orgCount <= 256);
    SplitMix64 random(seed);
    QList<PersonRecord> records;
    records.reserve(count);
    // Slugs are letters only, so "base" + a number never equals another base: counting the
    // users per base gives the same logins as probing base, base2, base3... in linear time.
    static const QList<int> bases = loginBases();
    QList<quint32> usersPerBase(bases.size(), 0);
    const int familyCount = int(familyNames().size());

    for (int i = 0; i < count; ++i) {
        PersonRecord record;
        // The draws below are in the order generate() always made them: the same seed must
        // give the same people as before records existed.
        const int drawn = random.below(orgCount);
        record.org = quint8(i < spread ? drawn : 0);
        const int given = random.below(int(givenNames().size()));
        const int family = random.below(familyCount);
        record.given = quint8(given);
        record.family = quint8(family);
        record.taken = usersPerBase[bases.at(given * familyCount + family)]++;

        const MockUserState state = pickState(random);
        record.state = quint8(state);
        record.verified =
            (state == MockUserState::Initial ? random.chance(10) : random.chance(80)) ? 1 : 0;
        record.language = quint8(random.below(int(languages().size())));
        record.phone = random.chance(60) ? quint32(1000000 + random.below(8999999)) : 0;
        // Two statements, not one expression: C++ leaves the order of the operands of + open.
        const quint32 days = quint32(random.below(6 * 365));
        record.createdSeconds = days * 86400 + quint32(random.below(86400));
        record.updatedDays = quint16(random.below(400));
        record.version = quint8(1 + random.below(5));
        records.append(record);
    }
    return records;
}

QString PersonGenerator::login(const PersonRecord &record)
{
    // One allocation each way: logins are built for every user a listing serves.
    const QString &given = givenSlugs().at(record.given);
    const QString &family = familySlugs().at(record.family);
    if (record.taken == 0)
        return given + QLatin1Char('.') + family;
    return given + QLatin1Char('.') + family + QString::number(record.taken + 1);
}

QString PersonGenerator::email(const PersonRecord &record, const QList<MockOrg> &orgs)
{
    return login(record) + QLatin1Char('@') + orgs.at(record.org).domain;
}

MockUser PersonGenerator::materialise(const PersonRecord &record, int index,
                                      const QList<MockOrg> &orgs, QString id)
{
    MockUser user;
    user.index = index;
    user.id = std::move(id);
    const MockOrg &org = orgs.at(record.org);
    user.orgId = org.id;
    user.givenName = givenNames().at(record.given);
    user.familyName = familyNames().at(record.family);
    user.login = login(record);
    user.email = user.login + QLatin1Char('@') + org.domain;
    user.state = MockUserState(record.state);
    user.emailVerified = record.verified != 0;
    user.language = languages().at(record.language);
    // The number has 7 digits, so this is "+49 30 %1".arg(phone) without parsing a format.
    if (record.phone != 0)
        user.phone = QLatin1String("+49 30 ") + QString::number(record.phone);
    user.createdAt = epoch().addSecs(record.createdSeconds);
    user.updatedAt = user.createdAt.addSecs(qint64(record.updatedDays) * 86400);
    user.version = record.version;
    return user;
}

QList<MockUser> PersonGenerator::generate(quint64 seed, int count, const QList<MockOrg> &orgs,
                                          const IdForIndex &idFor, int spread)
{
    Q_ASSERT(!orgs.isEmpty());
    const QList<PersonRecord> records = generateRecords(seed, count, int(orgs.size()), spread);
    QList<MockUser> users;
    users.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        users.append(materialise(records.at(i), int(i), orgs, idFor(int(i))));
    return users;
}
