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

QList<MockUser> PersonGenerator::generate(quint64 seed, int count, const QList<MockOrg> &orgs,
                                          const IdForIndex &idFor, int spread)
{
    Q_ASSERT(!orgs.isEmpty());
    SplitMix64 random(seed);
    const QDateTime epoch(QDate(2019, 1, 1), QTime(8, 0), Qt::UTC);
    QList<MockUser> users;
    users.reserve(count);
    // Slugs are letters only, so "base" + a number never equals another base: counting the
    // users per base gives the same logins as probing base, base2, base3... in linear time.
    static const QStringList givenSlugs = slugsOf(givenNames());
    static const QStringList familySlugs = slugsOf(familyNames());
    QHash<QString, int> usersPerBase;

    for (int i = 0; i < count; ++i) {
        MockUser user;
        user.index = i;
        user.id = idFor(i);
        // Drawn for every user, so names, states and dates do not depend on `spread`.
        const int drawn = random.below(int(orgs.size()));
        const MockOrg &org = orgs.at(i < spread ? drawn : 0);
        user.orgId = org.id;
        const int given = random.below(int(givenNames().size()));
        const int family = random.below(int(familyNames().size()));
        user.givenName = givenNames().at(given);
        user.familyName = familyNames().at(family);

        const QString base = givenSlugs.at(given) + QLatin1Char('.') + familySlugs.at(family);
        const int taken = usersPerBase[base]++;
        user.login = taken == 0 ? base : base + QString::number(taken + 1);
        user.email = user.login + QLatin1Char('@') + org.domain;

        user.state = pickState(random);
        user.emailVerified =
            user.state == MockUserState::Initial ? random.chance(10) : random.chance(80);
        user.language = languages().at(random.below(int(languages().size())));
        user.phone = random.chance(60)
            ? QStringLiteral("+49 30 %1").arg(1000000 + random.below(8999999))
            : QString();
        user.createdAt = epoch.addSecs(qint64(random.below(6 * 365)) * 86400 + random.below(86400));
        user.updatedAt = user.createdAt.addSecs(qint64(random.below(400)) * 86400);
        user.version = 1 + random.below(5);
        users.append(std::move(user));
    }
    return users;
}
