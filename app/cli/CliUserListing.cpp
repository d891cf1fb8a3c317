#include "CliUserListing.h"

#include "CliFormatter.h"
#include "IdentityBackend.h"
#include "UserJson.h"
#include "UserLookup.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace {
/// Progress lines at most this often: enough to see it move, few enough not to cost.
constexpr qint64 progressIntervalMs = 250;

QString statusName(PagePipeline::Status status, bool limitReached)
{
    switch (status) {
    case PagePipeline::Status::Complete:
        return limitReached ? QStringLiteral("limited") : QStringLiteral("complete");
    case PagePipeline::Status::Incomplete:
        return QStringLiteral("incomplete");
    case PagePipeline::Status::Failed:
        return QStringLiteral("failed");
    case PagePipeline::Status::Cancelled:
        return QStringLiteral("cancelled");
    case PagePipeline::Status::Running:
        break;
    }
    return QStringLiteral("running");
}
} // namespace

CliUserListing::CliUserListing(IdentityBackend *backend, const UserQuery &query,
                               const Options &options, QIODevice *out, QTextStream &err,
                               QObject *parent)
    : QObject(parent)
    , m_query(query)
    , m_options(options)
    , m_out(out)
    , m_err(err)
{
    PagePipelineSettings settings;
    settings.parallel = options.parallel;
    settings.limit = options.limit;
    settings.pageSize = options.pageSize;
    m_pipeline = std::make_unique<PagePipeline>(backend, query, settings);
    connect(m_pipeline.get(), &PagePipeline::pageReady, this, &CliUserListing::writePage);
    connect(m_pipeline.get(), &PagePipeline::progress, this,
            [this](qint64 delivered, qint64 total) { reportProgress(delivered, total); });
    connect(m_pipeline.get(), &PagePipeline::requestProgress, this,
            &CliUserListing::reportRequestProgress);
    connect(m_pipeline.get(), &PagePipeline::warning, this,
            [this](const QString &text) { m_err << "identitydesk-cli: " << text << Qt::endl; });
    connect(m_pipeline.get(), &PagePipeline::finished, this, &CliUserListing::listingFinished);
    if (options.format)
        m_writer = UserWriter::create(*options.format, out);
    m_progressOnTerminal = isatty(STDERR_FILENO) != 0;
}

CliUserListing::~CliUserListing() = default;

void CliUserListing::start()
{
    m_clock.start();
    if (m_options.format == UserWriter::Format::Json)
        writeText(QStringLiteral("{\"users\":"));
    if (m_writer && !m_writer->begin())
        failOutput(m_writer->errorString());
    if (m_outputFailed) {
        m_pipeline->cancel();
        return;
    }
    m_pipeline->start();
}

void CliUserListing::cancel()
{
    m_pipeline->cancel();
}

void CliUserListing::writeText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (!m_outputFailed && m_out->write(bytes) != bytes.size())
        failOutput(m_out->errorString());
}

void CliUserListing::failOutput(const QString &reason)
{
    if (m_outputFailed)
        return;
    m_outputFailed = true;
    m_outputError = reason;
}

void CliUserListing::writePage(const QList<User> &users)
{
    if (m_writer) {
        if (!m_writer->write(users))
            failOutput(m_writer->errorString());
    } else {
        writeText(CliFormatter::usersTable(users, &m_tableWidths, !m_tableHeaderWritten));
        m_tableHeaderWritten = true;
    }
    if (m_outputFailed)
        m_pipeline->cancel(); // nobody reads on: stop asking the server
}

void CliUserListing::reportProgress(qint64 delivered, qint64 total, bool last)
{
    if (!m_options.showProgress)
        return;
    const qint64 elapsed = m_clock.elapsed();
    if (!last && m_lastProgressMs >= 0 && elapsed - m_lastProgressMs < progressIntervalMs)
        return;
    if (!last && delivered == total)
        return; // the last line comes with the end
    m_lastProgressMs = elapsed;
    const QLocale locale;
    const double rate = elapsed > 0 ? double(delivered) * 1000.0 / double(elapsed) : 0;
    const QString count = total >= 0
        ? tr("%1 of %2 users").arg(locale.toString(delivered), locale.toString(total))
        : tr("%1 users").arg(locale.toString(delivered));
    const QString line =
        tr("identitydesk-cli: listed %1 (%2 users/s)").arg(count, locale.toString(qRound64(rate)));
    // On a terminal the line updates in place; in a log, one line per report.
    if (m_progressOnTerminal)
        m_err << '\r' << line << "\x1b[K" << (last ? "\n" : "");
    else
        m_err << line << '\n';
    m_err.flush();
}

void CliUserListing::reportRequestProgress(const QString &text)
{
    if (!m_options.showProgress)
        return;
    const qint64 elapsed = m_clock.elapsed();
    if (m_lastRequestProgressMs >= 0 && elapsed - m_lastRequestProgressMs < progressIntervalMs)
        return;
    m_lastRequestProgressMs = elapsed;
    const QString line = QStringLiteral("identitydesk-cli: ") + text;
    if (m_progressOnTerminal)
        m_err << '\r' << line << "\x1b[K";
    else
        m_err << line << '\n';
    m_err.flush();
}

void CliUserListing::listingFinished()
{
    const PagePipeline &pipeline = *m_pipeline;
    if (m_lastRequestProgressMs >= 0 && m_progressOnTerminal && m_lastProgressMs < 0)
        m_err << '\r' << "\x1b[K"; // the scan's line, overwritten by what follows
    if (m_lastProgressMs >= 0 || (m_options.showProgress && !m_progressOnTerminal))
        reportProgress(pipeline.delivered(), pipeline.announcedTotal(), true);

    std::optional<ServiceError> error;
    CliExitCode code = CliExitCode::Success;
    switch (pipeline.status()) {
    case PagePipeline::Status::Complete:
        break;
    case PagePipeline::Status::Incomplete:
        error = ServiceError(pipeline.error().kind(),
                             tr("The listing is incomplete: %1.").arg(pipeline.error().message()));
        code = CliExitCode::Incomplete;
        break;
    case PagePipeline::Status::Failed:
    case PagePipeline::Status::Cancelled:
        error = pipeline.error();
        code = exitCodeFor(pipeline.error().kind());
        break;
    case PagePipeline::Status::Running:
        return;
    }
    if (m_outputFailed) {
        error = ServiceError(ServiceError::Kind::Network,
                             tr("Writing the output failed: %1").arg(m_outputError));
        code = CliExitCode::Failure;
    }

    if (m_writer && !m_outputFailed && !m_writer->end())
        failOutput(m_writer->errorString());
    if (m_options.format == UserWriter::Format::Json) {
        writeJsonTrailer(error);
    } else if (!m_options.format && !error) {
        // A search that found nobody says so in words rather than printing a bare header.
        if (!m_tableHeaderWritten)
            writeText(UserLookup::noMatch(m_query) + QLatin1Char('\n'));
        if (pipeline.limitReached()) {
            const qint64 total = pipeline.announcedTotal();
            writeText((total >= 0 ? tr("(%1 of %2 shown; --limit N shows more, --limit 0 all)")
                                        .arg(pipeline.delivered())
                                        .arg(total)
                                  : tr("(%1 shown; --limit N shows more, --limit 0 all)")
                                        .arg(pipeline.delivered()))
                      + QLatin1Char('\n'));
        }
    }
    if (error)
        m_err << "identitydesk-cli: " << CliFormatter::errorLine(*error) << Qt::endl;
    emit finished(code);
}

void CliUserListing::writeJsonTrailer(const std::optional<ServiceError> &error)
{
    const PagePipeline &pipeline = *m_pipeline;
    QByteArray tail = ",\"complete\":";
    const bool complete =
        pipeline.status() == PagePipeline::Status::Complete && !pipeline.limitReached();
    tail.append(complete ? "true" : "false");
    tail.append(",\"total\":");
    tail.append(pipeline.announcedTotal() >= 0 ? QByteArray::number(pipeline.announcedTotal())
                                               : QByteArray("null"));
    tail.append(",\"status\":");
    UserJson::appendString(tail, statusName(pipeline.status(), pipeline.limitReached()));
    if (error) {
        const QJsonObject object = CliFormatter::errorJson(*error);
        tail.append(",\"error\":");
        tail.append(QJsonDocument(object.value(QStringLiteral("error")).toObject())
                        .toJson(QJsonDocument::Compact));
    }
    tail.append("}\n");
    if (!m_outputFailed && m_out->write(tail) != tail.size())
        failOutput(m_out->errorString());
}
