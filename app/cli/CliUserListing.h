#pragma once

#include "CliExitCode.h"
#include "PagePipeline.h"
#include "UserWriter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>

#include <memory>
#include <optional>

class IdentityBackend;
class QIODevice;

/// `identitydesk-cli users`: lists through the page pipeline and writes each page as it
/// arrives, as an aligned table or in a machine-readable format, so the first rows appear at
/// once and memory stays flat for any number of users. Progress (n of total, rate) goes to
/// stderr when asked for.
///
/// Output contract (documented in the man page): JSON is one object
/// {"users":[...],"complete":bool,"total":N|null,"status":"..."} with "error" when the listing
/// did not finish; NDJSON is one user per line; CSV is RFC 4180 with a header row. Errors also
/// go to stderr as one line; the exit code tells success, failure, or an incomplete listing.
class CliUserListing : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        /// Nothing: the table for people.
        std::optional<UserWriter::Format> format;
        int parallel = 6;
        /// 0 lists everything.
        qint64 limit = 50;
        int pageSize = 100;
        bool showProgress = false;
    };

    CliUserListing(IdentityBackend *backend, const UserQuery &query, const Options &options,
                   QIODevice *out, QTextStream &err, QObject *parent = nullptr);
    ~CliUserListing() override;

    void start();
    /// Stops the listing (Ctrl+C); finished() follows.
    void cancel();

    const PagePipeline &pipeline() const { return *m_pipeline; }

signals:
    void finished(CliExitCode code);

private:
    void writePage(const QList<User> &users);
    void listingFinished();
    void reportProgress(qint64 delivered, qint64 total, bool last = false);
    /// A long request's own progress (an email lookup scanning every user).
    void reportRequestProgress(const QString &text);
    void writeText(const QString &text);
    void writeJsonTrailer(const std::optional<ServiceError> &error);
    void failOutput(const QString &reason);

    UserQuery m_query;
    Options m_options;
    QIODevice *m_out;
    QTextStream &m_err;
    std::unique_ptr<PagePipeline> m_pipeline;
    std::unique_ptr<UserWriter> m_writer;
    QList<qsizetype> m_tableWidths;
    bool m_tableHeaderWritten = false;
    /// A write to stdout failed (a closed pipe): the listing stops.
    bool m_outputFailed = false;
    QString m_outputError;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
    qint64 m_lastRequestProgressMs = -1;
    bool m_progressOnTerminal = false;
};
