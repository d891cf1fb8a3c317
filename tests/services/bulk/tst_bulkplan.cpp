#include "BulkPlan.h"
#include "BulkResultsWriter.h"
#include "PythonCsvReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

/// Plan files and results files: a plan survives its round trip through JSON, a file that is
/// not a plan (or was edited into nonsense) is refused by name, and the results account for
/// every row in CSV that Python's csv module reads back and in JSON.
class tst_BulkPlan : public QObject
{
    Q_OBJECT

    static BulkPlan samplePlan()
    {
        BulkPlan plan;
        plan.jobId = QStringLiteral("20261206-0900-abcdef");
        plan.created = QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);
        plan.profile = QStringLiteral("zitadel");
        plan.backend = QStringLiteral("zitadel");
        plan.serverHost = QStringLiteral("127.0.0.1");
        plan.source = QStringLiteral("csv:moves.csv");
        BulkPlanRow ready;
        ready.row = 1;
        ready.sourceLine = 2;
        ready.userReference = QStringLiteral("email:ann@old.example");
        ready.userId = QStringLiteral("289374650128960606");
        ready.login = QStringLiteral("ann");
        ready.displayName = QStringLiteral("Ann \"the first\", Ödegaard");
        ready.oldEmail = QStringLiteral("ann@old.example");
        ready.newEmail = QStringLiteral("ann@new.example");
        ready.markVerified = true;
        BulkPlanRow refused;
        refused.row = 2;
        refused.sourceLine = 3;
        refused.userReference = QStringLiteral("99");
        refused.newEmail = QStringLiteral("x@new.example");
        refused.status = BulkPlanRow::Status::Refused;
        refused.refusal = BulkPlanRow::Refusal::UserNotFound;
        refused.reason = QStringLiteral("no user 99 in the directory");
        plan.rows = { ready, refused };
        return plan;
    }

private slots:
    void roundTrips()
    {
        const BulkPlan plan = samplePlan();
        QString error;
        const std::optional<BulkPlan> read = BulkPlan::fromJson(plan.toJson(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->jobId, plan.jobId);
        QCOMPARE(read->created, plan.created);
        QCOMPARE(read->source, plan.source);
        QCOMPARE(read->readyCount(), 1);
        QCOMPARE(read->refusedCount(), 1);
        const BulkPlanRow &row = read->rows.constFirst();
        QCOMPARE(row.displayName, plan.rows.constFirst().displayName);
        QCOMPARE(row.markVerified, true);
        QCOMPARE(row.sourceLine, 2);
        QCOMPARE(read->rows.at(1).refusal, BulkPlanRow::Refusal::UserNotFound);
        QCOMPARE(read->rows.at(1).reason, plan.rows.at(1).reason);
    }

    void refusesWhatIsNotAPlan_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QByteArray plan = samplePlan().toJson();
        QTest::newRow("not JSON") << QByteArray("user,new_email\n") << "not JSON";
        QTest::newRow("another JSON file") << QByteArray("{\"users\":[]}") << "not an IdentityDesk";
        QByteArray future = plan;
        future.replace("\"version\": 1", "\"version\": 7");
        QTest::newRow("a newer format") << future << "plan format 7";
        QByteArray badStatus = plan;
        badStatus.replace("\"status\": \"refused\"", "\"status\": \"maybe\"");
        QTest::newRow("an unknown status") << badStatus << "row 2";
        QByteArray noUser = plan;
        noUser.replace("\"userId\": \"289374650128960606\"", "\"userId\": \"\"");
        QTest::newRow("a ready row without a user") << noUser << "row 1 is ready";
    }

    void refusesWhatIsNotAPlan()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!BulkPlan::fromJson(json, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void newJobIdsDiffer()
    {
        const QString first = BulkPlan::newJobId();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{8}-\\d{4}-[0-9a-f]{6}$"))
                     .match(first)
                     .hasMatch(),
                 qPrintable(first));
        QVERIFY(first != BulkPlan::newJobId());
    }

    void resultsAccountForEveryRow()
    {
        const BulkPlan plan = samplePlan();
        BulkRowResult changed;
        changed.outcome = BulkRowResult::Outcome::Changed;
        changed.message = QStringLiteral("Email changed, \"now\".");
        const QList<BulkRowResult> results { changed, BulkRowResult() };

        const QByteArray csv =
            BulkResultsWriter::write(plan, results, BulkResultsWriter::Format::Csv);
        PythonCsvReader python;
        const QJsonArray array = python.read(csv);
        QVERIFY2(python.error().isEmpty(), qPrintable(python.error()));
        QList<QStringList> records;
        for (const QJsonValue &record : array)
            records.append(record.toVariant().toStringList());
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).at(7), QStringLiteral("result"));
        QCOMPARE(records.at(1).at(2), QStringLiteral("289374650128960606"));
        QCOMPARE(records.at(1).at(7), QStringLiteral("changed"));
        QCOMPARE(records.at(1).at(8), changed.message);
        QCOMPARE(records.at(2).at(6), QStringLiteral("refused"));
        QCOMPARE(records.at(2).at(7), QStringLiteral("not-started"));
        QCOMPARE(records.at(2).at(8), plan.rows.at(1).reason);

        const QJsonArray json =
            QJsonDocument::fromJson(
                BulkResultsWriter::write(plan, results, BulkResultsWriter::Format::Json))
                .array();
        QCOMPARE(json.size(), 2);
        QCOMPARE(json.at(0).toObject().value(QLatin1String("line")).toInt(), 2);
        QCOMPARE(json.at(0).toObject().value(QLatin1String("result")).toString(),
                 QStringLiteral("changed"));
        QCOMPARE(BulkResultsWriter::formatForFileName(QStringLiteral("r.CSV")),
                 std::optional(BulkResultsWriter::Format::Csv));
        QVERIFY(!BulkResultsWriter::formatForFileName(QStringLiteral("r.txt")));
    }
};

QTEST_GUILESS_MAIN(tst_BulkPlan)
#include "tst_bulkplan.moc"
