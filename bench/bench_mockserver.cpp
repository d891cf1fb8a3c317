// Measures the mock server at directory sizes clients will meet: start-up (seeding), paging
// latency over real loopback HTTP, a server-side search that scans every user, and peak memory.
#include "MockServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>

namespace {
QTextStream out(stdout);

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

/// Sends requests one after another (the way a paging client does) and reports percentiles.
class SerialLoad : public QObject
{
public:
    using Factory = std::function<QNetworkReply *(QNetworkAccessManager &, int)>;

    SerialLoad(QString name, int count, Factory factory, std::function<void()> done)
        : m_name(std::move(name))
        , m_count(count)
        , m_factory(std::move(factory))
        , m_done(std::move(done))
    { }

    void start() { next(); }

private:
    void next()
    {
        if (m_sent == m_count) {
            report();
            m_done();
            return;
        }
        m_timer.start();
        QNetworkReply *reply = m_factory(m_network, m_sent++);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            m_samplesUs.append(m_timer.nsecsElapsed() / 1000);
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400)
                ++m_errors;
            m_bytes += reply->readAll().size();
            reply->deleteLater();
            next();
        });
    }

    void report()
    {
        std::sort(m_samplesUs.begin(), m_samplesUs.end());
        const auto percentile = [this](double p) {
            return m_samplesUs.at(std::min<qsizetype>(m_samplesUs.size() - 1,
                                                      qsizetype(p * m_samplesUs.size())))
                / 1000.0;
        };
        out << QStringLiteral("%1: %2 requests, p50 %3 ms, p95 %4 ms, max %5 ms, %6 KiB/answer, "
                              "%7 errors")
                   .arg(m_name)
                   .arg(m_count)
                   .arg(percentile(0.50), 0, 'f', 2)
                   .arg(percentile(0.95), 0, 'f', 2)
                   .arg(m_samplesUs.constLast() / 1000.0, 0, 'f', 2)
                   .arg(double(m_bytes) / m_count / 1024.0, 0, 'f', 1)
                   .arg(m_errors)
            << Qt::endl;
    }

    QString m_name;
    int m_count;
    Factory m_factory;
    std::function<void()> m_done;
    QNetworkAccessManager m_network;
    QElapsedTimer m_timer;
    QList<qint64> m_samplesUs;
    qint64 m_bytes = 0;
    int m_sent = 0;
    int m_errors = 0;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // One log line per request would measure the terminal, not the server.
    QLoggingCategory::setFilterRules(QStringLiteral("identitydesk.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption users(QStringLiteral("users"),
                                   QStringLiteral("Users per directory (default 100000)."),
                                   QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption requests(QStringLiteral("requests"),
                                      QStringLiteral("Requests per scenario (default 200)."),
                                      QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({ users, requests });
    parser.process(app);

    MockServerConfig config;
    config.users = parser.value(users).toInt();
    const int count = std::max(1, parser.value(requests).toInt());
    if (!config.validate().isEmpty()) {
        QTextStream(stderr) << config.validate() << Qt::endl;
        return 2;
    }

    QElapsedTimer seeding;
    seeding.start();
    MockServer server(config);
    if (!server.listen()) {
        QTextStream(stderr) << server.errorString() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("seeding %1 users x 4 directories: %2 ms, peak RSS %3 MiB")
               .arg(config.users)
               .arg(seeding.elapsed())
               .arg(peakRssKiB() / 1024.0, 0, 'f', 1)
        << Qt::endl;

    const QString base = server.baseUrl().toString();
    const QByteArray apiKey = "APIKey " + config.credentials.gcoreApiKey.toUtf8();
    const QByteArray pat = "Bearer " + config.credentials.zitadelPat.toUtf8();
    const int lastOffset = std::max(0, config.users - 100);

    std::vector<std::unique_ptr<SerialLoad>> scenarios;
    std::size_t current = 0;
    const auto runNext = [&] {
        if (current == scenarios.size()) {
            out << QStringLiteral("peak RSS after load: %1 MiB")
                       .arg(peakRssKiB() / 1024.0, 0, 'f', 1)
                << Qt::endl;
            app.quit();
            return;
        }
        scenarios.at(current++)->start();
    };
    scenarios.push_back(std::make_unique<SerialLoad>(
        QStringLiteral("gcore page of 100, spread offsets"), count,
        [&](QNetworkAccessManager &nam, int n) {
            QNetworkRequest request(QUrl(base
                                         + QStringLiteral("/iam/users?limit=100&offset=%1")
                                               .arg(qint64(n) * 7919 % (lastOffset + 1))));
            request.setRawHeader("Authorization", apiKey);
            return nam.get(request);
        },
        runNext));
    scenarios.push_back(std::make_unique<SerialLoad>(
        QStringLiteral("zitadel search page of 100"), count,
        [&](QNetworkAccessManager &nam, int n) {
            QNetworkRequest request(QUrl(base + QStringLiteral("/management/v1/users/_search")));
            request.setRawHeader("Authorization", pat);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            const QJsonObject query { { QStringLiteral("offset"), QString::number(n * 100 % 5000) },
                                      { QStringLiteral("limit"), 100 } };
            return nam.post(request,
                            QJsonDocument(QJsonObject { { QStringLiteral("query"), query } })
                                .toJson(QJsonDocument::Compact));
        },
        runNext));
    scenarios.push_back(std::make_unique<SerialLoad>(
        QStringLiteral("zitadel email CONTAINS search (full scan)"), std::max(1, count / 10),
        [&](QNetworkAccessManager &nam, int) {
            QNetworkRequest request(QUrl(base + QStringLiteral("/management/v1/users/_search")));
            request.setRawHeader("Authorization", pat);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            const QJsonObject emailQuery {
                { QStringLiteral("emailAddress"), QStringLiteral("muller") },
                { QStringLiteral("method"),
                  QStringLiteral("TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE") }
            };
            const QJsonObject body {
                { QStringLiteral("query"), QJsonObject { { QStringLiteral("limit"), 100 } } },
                { QStringLiteral("queries"),
                  QJsonArray { QJsonObject { { QStringLiteral("emailQuery"), emailQuery } } } }
            };
            return nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        },
        runNext));
    runNext();
    return app.exec();
}
