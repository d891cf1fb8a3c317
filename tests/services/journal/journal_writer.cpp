// Writes to a change journal from its own process, for tst_changejournal:
//   journal_writer FILE changes N TAG   N intent/outcome pairs for user ids TAG-0 .. TAG-(N-1)
//   journal_writer FILE hang            one intent, then waits to be killed
#include "ChangeJournal.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    ChangeJournal journal(args.at(1));
    if (!journal.open()) {
        QTextStream(stderr) << journal.errorString() << '\n';
        return 1;
    }
    JournalEntry intent;
    intent.profile = QStringLiteral("load");
    intent.backend = QStringLiteral("gcore");
    intent.serverHost = QStringLiteral("127.0.0.1");
    if (args.at(2) == QLatin1String("hang")) {
        intent.userId = QStringLiteral("killed");
        intent.newEmail = QStringLiteral("never@example.org");
        if (journal.recordIntent(intent) <= 0)
            return 1;
        QTextStream(stdout) << "intent written" << Qt::endl;
        for (;;)
            QThread::sleep(1);
    }
    const int count = args.value(3).toInt();
    for (int i = 0; i < count; ++i) {
        intent.userId = QStringLiteral("%1-%2").arg(args.value(4)).arg(i);
        intent.newEmail = QStringLiteral("user%1@example.org").arg(i);
        const qint64 sequence = journal.recordIntent(intent);
        if (sequence <= 0 || !journal.recordOutcome(sequence, QStringLiteral("changed"))) {
            QTextStream(stderr) << journal.errorString() << '\n';
            return 1;
        }
    }
    return 0;
}
