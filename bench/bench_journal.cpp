// The change journal's cost, beside the reference of a bare SQLite insert in the same run:
// - what writing one change's intent and outcome adds to a change (median of many), against
//   the same two rows inserted by a plain prepared INSERT in their own transactions on a WAL
//   database with the same durability (synchronous=FULL);
// - `history` over 100,000 changes: all of them newest first, one user's, one page of 500,
//   and the hash-chain verification of every row.
// Run: build/release/bench/bench_journal [--changes N] [--entries N]
#include "ChangeJournal.h"
#include "JournalVerifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {
QTextStream out(stdout);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double millisecondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

JournalEntry sampleIntent(int i)
{
    JournalEntry intent;
    intent.profile = QStringLiteral("Production");
    intent.backend = QStringLiteral("zitadel");
    intent.serverHost = QStringLiteral("idp.example.org");
    intent.userId = QString::number(289374650128960606LL + i % 5000);
    intent.login = QStringLiteral("user%1").arg(i % 5000);
    intent.oldEmail = QStringLiteral("user%1@old.example").arg(i);
    intent.newEmail = QStringLiteral("user%1@new.example").arg(i);
    return intent;
}

/// The reference: the same two rows per change through a bare prepared INSERT.
QList<double> bareInserts(const QString &path, int changes)
{
    QList<double> times;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        query.exec(QStringLiteral("CREATE TABLE rows (a TEXT, b TEXT, c TEXT, d TEXT, e BLOB)"));
        query.prepare(QStringLiteral("INSERT INTO rows VALUES (?, ?, ?, ?, ?)"));
        for (int i = 0; i < changes; ++i) {
            const JournalEntry intent = sampleIntent(i);
            times.append(millisecondsOf([&] {
                for (int row = 0; row < 2; ++row) {
                    db.transaction();
                    query.addBindValue(intent.userId);
                    query.addBindValue(intent.oldEmail);
                    query.addBindValue(intent.newEmail);
                    query.addBindValue(intent.profile);
                    query.addBindValue(QByteArray(32, 'h'));
                    query.exec();
                    db.commit();
                }
            }));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    return times;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption changesOption(QStringLiteral("changes"),
                                           QStringLiteral("Changes timed one by one."),
                                           QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption entriesOption(QStringLiteral("entries"),
                                           QStringLiteral("Changes in the journal queried."),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOptions({ changesOption, entriesOption });
    parser.process(app);
    const int changes = parser.value(changesOption).toInt();
    const int entries = parser.value(entriesOption).toInt();

    QTemporaryDir dir;
    ChangeJournal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    if (!journal.open()) {
        out << journal.errorString() << Qt::endl;
        return 1;
    }
    QList<double> ours;
    for (int i = 0; i < changes; ++i) {
        ours.append(millisecondsOf([&] {
            const qint64 sequence = journal.recordIntent(sampleIntent(i));
            journal.recordOutcome(sequence, QStringLiteral("changed"));
        }));
    }
    const QList<double> bare = bareInserts(dir.filePath(QStringLiteral("bare.sqlite")), changes);
    out << QStringLiteral("journal entry per change (intent + outcome), median ms:  ours %1   "
                          "bare SQLite insert %2   (%3 changes, WAL, synchronous=FULL)\n")
               .arg(median(ours), 0, 'f', 3)
               .arg(median(bare), 0, 'f', 3)
               .arg(changes);
    out.flush();

    // Fill to `entries` changes in large transactions through the same append path timing is
    // not about: only the queries below are measured.
    const double fill = millisecondsOf([&] {
        for (int i = changes; i < entries; ++i) {
            const qint64 sequence = journal.recordIntent(sampleIntent(i));
            journal.recordOutcome(sequence, QStringLiteral("changed"));
        }
    });
    out << QStringLiteral("filled to %1 changes in %2 s\n")
               .arg(entries)
               .arg(fill / 1000, 0, 'f', 1);

    qsizetype count = 0;
    const double all = millisecondsOf([&] { count = journal.changes({}).size(); });
    ChangeJournal::Filter oneUser;
    oneUser.userId = sampleIntent(42).userId;
    qsizetype userCount = 0;
    const double user = millisecondsOf([&] { userCount = journal.changes(oneUser).size(); });
    ChangeJournal::Filter page;
    page.limit = 500;
    const double firstPage = millisecondsOf([&] { journal.changes(page); });
    page.beforeSequence = entries; // deep in the journal: keyset paging
    const double deepPage = millisecondsOf([&] { journal.changes(page); });
    JournalVerifier::Result verified;
    const double verify = millisecondsOf([&] { verified = JournalVerifier::verify(journal); });
    out << QStringLiteral("history over %1 changes: all newest first %2 ms (%3 rows), one user "
                          "%4 ms (%5 rows), first page of 500 %6 ms, a page in the middle %7 ms\n")
               .arg(entries)
               .arg(all, 0, 'f', 1)
               .arg(count)
               .arg(user, 0, 'f', 1)
               .arg(userCount)
               .arg(firstPage, 0, 'f', 1)
               .arg(deepPage, 0, 'f', 1);
    out << QStringLiteral("history verify over %1 entries: %2 ms, intact: %3\n")
               .arg(verified.entries)
               .arg(verify, 0, 'f', 1)
               .arg(verified.intact ? QStringLiteral("yes") : verified.problem);
    return 0;
}
