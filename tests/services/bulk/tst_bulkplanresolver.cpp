#include "BulkPlanResolver.h"

#include <QTest>

/// Resolving bulk rows against a directory: each row to exactly one user, or refused with the
/// reason; domain renames take exactly the domain, whatever its case, never its subdomains.
class tst_BulkPlanResolver : public QObject
{
    Q_OBJECT

    static BackendCapabilities bulkCapable()
    {
        BackendCapabilities capabilities;
        capabilities.apiName = QStringLiteral("ZITADEL management v1");
        capabilities.canMarkVerified = true;
        return capabilities;
    }

    static BulkPlanResolver directory(const BackendCapabilities &capabilities = bulkCapable())
    {
        BulkPlanResolver resolver(capabilities);
        const auto add = [&resolver](const char *id, const char *email) {
            User user;
            user.id = QString::fromLatin1(id);
            user.login = QStringLiteral("login-") + user.id;
            user.email = QString::fromLatin1(email);
            resolver.addUser(user);
        };
        add("1", "ann@old.example");
        add("2", "Bo@OLD.example");
        add("3", "cy@sub.old.example");
        add("4", "shared@old.example");
        add("5", "shared@old.example");
        add("6", "dee@new.example");
        add("7", "eve@notold.example");
        add("1", "duplicate-listing@old.example"); // listed twice: the first wins
        return resolver;
    }

private slots:
    void resolvesOrRefusesEachRow_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("newEmail");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<int>("refusal");

        using R = BulkPlanRow::Refusal;
        QTest::newRow("by id") << "1"
                               << "ann@new.example"
                               << "1" << int(R::None);
        QTest::newRow("by address, any case") << "email:bo@old.EXAMPLE"
                                              << "bo@new.example"
                                              << "2" << int(R::None);
        QTest::newRow("unknown id") << "99"
                                    << "x@new.example"
                                    << "" << int(R::UserNotFound);
        QTest::newRow("unknown address") << "email:nobody@old.example"
                                         << "x@new.example"
                                         << "" << int(R::UserNotFound);
        QTest::newRow("address of two users") << "email:shared@old.example"
                                              << "x@new.example"
                                              << "" << int(R::UserAmbiguous);
        QTest::newRow("not an address") << "1"
                                        << "ann at new"
                                        << "1" << int(R::InvalidAddress);
        QTest::newRow("same address, domain in other case") << "1"
                                                            << "ann@OLD.example"
                                                            << "1" << int(R::SameAddress);
        QTest::newRow("another user's address") << "1"
                                                << "DEE@new.example"
                                                << "1" << int(R::AddressTaken);
    }

    void resolvesOrRefusesEachRow()
    {
        QFETCH(QString, user);
        QFETCH(QString, newEmail);
        QFETCH(QString, userId);
        QFETCH(int, refusal);
        const QList<BulkPlanRow> rows = directory().resolve({ { 7, user, newEmail, false } });
        QCOMPARE(rows.size(), 1);
        const BulkPlanRow &row = rows.constFirst();
        QCOMPARE(row.row, 1);
        QCOMPARE(row.sourceLine, 7);
        QCOMPARE(row.userId, userId);
        QCOMPARE(int(row.refusal), refusal);
        QCOMPARE(row.isReady(), refusal == int(BulkPlanRow::Refusal::None));
        QCOMPARE(row.reason.isEmpty(), row.isReady());
        if (!userId.isEmpty())
            QCOMPARE(row.login, QStringLiteral("login-") + userId);
    }

    void refusesAcrossRows()
    {
        const QList<BulkPlanRow> rows = directory().resolve({
            { 2, QStringLiteral("1"), QStringLiteral("ann@new.example"), false },
            { 3, QStringLiteral("1"), QStringLiteral("ann@new.example"), false }, // duplicate
            { 4, QStringLiteral("2"), QStringLiteral("b1@new.example"), false },
            { 5, QStringLiteral("email:bo@old.example"), QStringLiteral("b2@new.example"), false },
            { 6, QStringLiteral("3"), QStringLiteral("same@new.example"), false },
            { 7, QStringLiteral("7"), QStringLiteral("SAME@new.example"), false },
        });
        using R = BulkPlanRow::Refusal;
        QCOMPARE(rows.at(0).refusal, R::None);
        QCOMPARE(rows.at(1).refusal, R::DuplicateRow);
        QVERIFY(rows.at(1).reason.contains(QLatin1String("row 1")));
        // One user, two different addresses: neither row can be right.
        QCOMPARE(rows.at(2).refusal, R::DuplicateRow);
        QCOMPARE(rows.at(3).refusal, R::DuplicateRow);
        // Two users, one address: neither gets it.
        QCOMPARE(rows.at(4).refusal, R::AddressInOtherRow);
        QCOMPARE(rows.at(5).refusal, R::AddressInOtherRow);
    }

    void refusesEveryRowOnABackendThatCannotBulk_data()
    {
        QTest::addColumn<bool>("needsPassword");
        QTest::addColumn<bool>("ownAccountOnly");
        QTest::addColumn<QString>("says");
        QTest::newRow("Gcore: the user's password") << true << false << "password";
        QTest::newRow("self-service: only the signed-in account") << false << true << "signed-in";
    }

    void refusesEveryRowOnABackendThatCannotBulk()
    {
        QFETCH(bool, needsPassword);
        QFETCH(bool, ownAccountOnly);
        QFETCH(QString, says);
        BackendCapabilities capabilities;
        capabilities.apiName = QStringLiteral("Some API");
        capabilities.needsPassword = needsPassword;
        capabilities.ownAccountOnly = ownAccountOnly;
        const QList<BulkPlanRow> rows =
            directory(capabilities)
                .resolve({ { 2, QStringLiteral("1"), QStringLiteral("ann@new.example"), false },
                           { 3, QStringLiteral("2"), QStringLiteral("bo@new.example"), false } });
        for (const BulkPlanRow &row : rows) {
            QCOMPARE(row.refusal, BulkPlanRow::Refusal::BackendCannotBulk);
            QVERIFY2(row.reason.contains(says), qPrintable(row.reason));
        }
    }

    void renamesExactlyTheDomain()
    {
        const BulkPlanResolver resolver = directory();
        const QList<BulkChangeRequest> requests =
            resolver.domainRename(QStringLiteral("old.example"), QStringLiteral("new.example"));
        QStringList seen;
        for (const BulkChangeRequest &request : requests)
            seen.append(request.userReference + QLatin1Char('>') + request.newEmail);
        // Not cy@sub.old.example, not eve@notold.example; the local part keeps its case.
        QCOMPARE(
            seen,
            QStringList({ QStringLiteral("1>ann@new.example"), QStringLiteral("2>Bo@new.example"),
                          QStringLiteral("4>shared@new.example"),
                          QStringLiteral("5>shared@new.example") }));
        const QList<BulkPlanRow> rows = resolver.resolve(requests);
        QCOMPARE(rows.at(0).refusal, BulkPlanRow::Refusal::None);
        QCOMPARE(rows.at(1).refusal, BulkPlanRow::Refusal::None);
        QCOMPARE(rows.at(2).refusal, BulkPlanRow::Refusal::AddressInOtherRow);
        QCOMPARE(rows.at(3).refusal, BulkPlanRow::Refusal::AddressInOtherRow);
    }

    void checksDomains_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "new.example" << true;
        QTest::newRow("empty") << "  " << false;
        QTest::newRow("an address") << "a@new.example" << false;
        QTest::newRow("a space") << "new example" << false;
        QTest::newRow("a trailing dot") << "new.example." << false;
    }

    void checksDomains()
    {
        QFETCH(QString, domain);
        QFETCH(bool, valid);
        QString problem;
        QCOMPARE(BulkPlanResolver::isDomain(domain, &problem), valid);
        QCOMPARE(problem.isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(tst_BulkPlanResolver)
#include "tst_bulkplanresolver.moc"
