#include "PersonGenerator.h"

#include "SplitMix64.h"

#include <QSet>
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
                                          const IdForIndex &idFor)
{
    Q_ASSERT(!orgs.isEmpty());
    SplitMix64 random(seed);
    const QDateTime epoch(QDate(2019, 1, 1), QTime(8, 0), Qt::UTC);
    QList<MockUser> users;
    users.reserve(count);
    QSet<QString> logins;
    logins.reserve(count);

    for (int i = 0; i < count; ++i) {
        MockUser user;
        user.index = i;
        user.id = idFor(i);
        const MockOrg &org = orgs.at(random.below(int(orgs.size())));
        user.orgId = org.id;
        user.givenName = givenNames().at(random.below(int(givenNames().size())));
        user.familyName = familyNames().at(random.below(int(familyNames().size())));

        const QString base =
            asciiSlug(user.givenName) + QLatin1Char('.') + asciiSlug(user.familyName);
        QString login = base;
        for (int n = 2; logins.contains(login); ++n)
            login = base + QString::number(n);
        logins.insert(login);
        user.login = login;
        user.email = login + QLatin1Char('@') + org.domain;

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
        users.append(user);
    }
    return users;
}
