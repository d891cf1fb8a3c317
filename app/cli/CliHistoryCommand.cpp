#include "CliHistoryCommand.h"

#include "ChangeJournal.h"
#include "CliFormatter.h"
#include "CsvUserWriter.h"
#include "JournalVerifier.h"
#include "JournalWords.h"

#include <QJsonArray>
#include <QJsonDocument>

CliHistoryCommand::CliHistoryCommand(const CliInvocation &invocation, ChangeJournal &journal,
                                     QTextStream &out, QTextStream &err)
    : m_invocation(invocation)
    , m_journal(journal)
    , m_out(out)
    , m_err(err)
{ }

CliExitCode CliHistoryCommand::run()
{
    if (!m_journal.open()) {
        m_err << "identitydesk-cli: " << m_journal.errorString() << Qt::endl;
        return CliExitCode::Journal;
    }
    if (m_invocation.arguments.value(0) == QLatin1String("verify"))
        return verify();
    for (const JournalChange &change : m_journal.closeAbandoned())
        m_err << "identitydesk-cli: " << abandonedMessage(change) << Qt::endl;
    return list();
}

CliExitCode CliHistoryCommand::verify()
{
    const JournalVerifier::Result result = JournalVerifier::verify(m_journal);
    if (m_invocation.format == QLatin1String("json")) {
        QJsonObject object { { QStringLiteral("intact"), result.intact },
                             { QStringLiteral("entries"), double(result.entries) },
                             { QStringLiteral("path"), m_journal.path() } };
        if (!result.intact) {
            object.insert(QStringLiteral("firstBadEntry"), double(result.firstBadSequence));
            object.insert(QStringLiteral("problem"), result.problem);
        } else {
            object.insert(QStringLiteral("headHash"), result.headHash);
        }
        m_out << QJsonDocument(object).toJson();
    }
    if (!result.intact) {
        m_err << "identitydesk-cli: "
              << tr("The change journal %1 was edited: %2.").arg(m_journal.path(), result.problem)
              << Qt::endl;
        return result.firstBadSequence > 0 ? CliExitCode::JournalTampered : CliExitCode::Journal;
    }
    if (m_invocation.format != QLatin1String("json")) {
        m_out << tr("The change journal is intact: %n entries, each chained to the one before.",
                    nullptr, int(std::min<qint64>(result.entries, INT_MAX)))
              << '\n';
        if (!result.headHash.isEmpty())
            m_out << tr("Last hash: %1").arg(result.headHash) << '\n';
    }
    return CliExitCode::Success;
}

CliExitCode CliHistoryCommand::list()
{
    ChangeJournal::Filter filter;
    filter.userId = m_invocation.user;
    filter.profile = m_invocation.profile;
    filter.since = m_invocation.since;
    filter.until = m_invocation.until;
    const QList<JournalChange> changes = m_journal.changes(filter);
    const QString &format = m_invocation.format;
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const JournalChange &change : changes)
            array.append(changeJson(change));
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("changes"), array } }).toJson();
    } else if (format == QLatin1String("ndjson")) {
        for (const JournalChange &change : changes)
            m_out << QJsonDocument(changeJson(change)).toJson(QJsonDocument::Compact) << '\n';
    } else if (format == QLatin1String("csv")) {
        m_out << QString::fromUtf8(CsvUserWriter::record(csvColumns()));
        for (const JournalChange &change : changes)
            m_out << QString::fromUtf8(CsvUserWriter::record(csvCells(change)));
    } else if (changes.isEmpty()) {
        m_out << tr("No email changes are recorded that match.") << '\n';
    } else {
        m_out << table(changes);
    }
    return CliExitCode::Success;
}

QString CliHistoryCommand::abandonedMessage(const JournalChange &change)
{
    const JournalEntry &intent = change.intent;
    return tr("An earlier change (journal entry %1: %2 to %3 on %4, %5) ended without an "
              "answer; check the user's address on the server.")
        .arg(intent.sequence)
        .arg(intent.login.isEmpty() ? intent.userId : intent.login, intent.newEmail, intent.profile,
             intent.time.toString(Qt::ISODate));
}

QJsonObject CliHistoryCommand::changeJson(const JournalChange &change)
{
    const JournalEntry &intent = change.intent;
    QJsonObject object {
        { QStringLiteral("entry"), double(intent.sequence) },
        { QStringLiteral("time"), intent.time.toString(Qt::ISODateWithMs) },
        { QStringLiteral("operator"), intent.operatorName },
        { QStringLiteral("profile"), intent.profile },
        { QStringLiteral("backend"), intent.backend },
        { QStringLiteral("serverHost"), intent.serverHost },
        { QStringLiteral("userId"), intent.userId },
        { QStringLiteral("login"), intent.login },
        { QStringLiteral("oldEmail"), intent.oldEmail },
        { QStringLiteral("newEmail"), intent.newEmail },
        { QStringLiteral("askedVerified"), intent.askedVerified },
        { QStringLiteral("usedCode"), intent.usedCode },
        { QStringLiteral("outcome"), change.state() },
    };
    if (!intent.jobId.isEmpty())
        object.insert(QStringLiteral("job"), intent.jobId);
    if (change.hasOutcome()) {
        object.insert(QStringLiteral("outcomeTime"),
                      change.outcome.time.toString(Qt::ISODateWithMs));
        if (!change.outcome.errorKind.isEmpty())
            object.insert(QStringLiteral("errorKind"), change.outcome.errorKind);
        if (!change.outcome.errorMessage.isEmpty())
            object.insert(QStringLiteral("errorMessage"), change.outcome.errorMessage);
    }
    return object;
}

const QStringList &CliHistoryCommand::csvColumns()
{
    static const QStringList columns {
        QStringLiteral("entry"),          QStringLiteral("time"),
        QStringLiteral("operator"),       QStringLiteral("profile"),
        QStringLiteral("backend"),        QStringLiteral("server_host"),
        QStringLiteral("user_id"),        QStringLiteral("login"),
        QStringLiteral("old_email"),      QStringLiteral("new_email"),
        QStringLiteral("asked_verified"), QStringLiteral("used_code"),
        QStringLiteral("outcome"),        QStringLiteral("error_kind"),
        QStringLiteral("error_message"),  QStringLiteral("job"),
    };
    return columns;
}

QStringList CliHistoryCommand::csvCells(const JournalChange &change)
{
    const JournalEntry &intent = change.intent;
    const auto flag = [](bool value) {
        return value ? QStringLiteral("true") : QStringLiteral("false");
    };
    return { QString::number(intent.sequence),
             intent.time.toString(Qt::ISODateWithMs),
             intent.operatorName,
             intent.profile,
             intent.backend,
             intent.serverHost,
             intent.userId,
             intent.login,
             intent.oldEmail,
             intent.newEmail,
             flag(intent.askedVerified),
             flag(intent.usedCode),
             change.state(),
             change.outcome.errorKind,
             change.outcome.errorMessage,
             intent.jobId };
}

QString CliHistoryCommand::table(const QList<JournalChange> &changes) const
{
    const QStringList headers { tr("TIME (UTC)"), tr("OPERATOR"), tr("PROFILE"),
                                tr("USER"),       tr("CHANGE"),   tr("OUTCOME") };
    QList<QStringList> rows;
    for (const JournalChange &change : changes) {
        const JournalEntry &intent = change.intent;
        rows.append({ intent.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      intent.operatorName, intent.profile,
                      intent.login.isEmpty() ? intent.userId : intent.login,
                      QStringLiteral("%1 -> %2")
                          .arg(intent.oldEmail.isEmpty() ? QStringLiteral("?") : intent.oldEmail,
                               intent.newEmail),
                      JournalWords::state(change.state()) });
    }
    return CliFormatter::alignedTable(headers, rows);
}
