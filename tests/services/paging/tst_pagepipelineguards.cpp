#include "GcoreBackend.h"
#include "PagePipeline.h"
#include "ScriptedHttpServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <functional>

namespace {
/// What a scripted Gcore IAM answers for one page: the user ids and the "count" it claims.
struct ScriptedPage
{
    QList<int> ids;
    qint64 count = 0;
    int status = 200;
};
using PageScript = std::function<ScriptedPage(int offset, int limit)>;

QList<int> range(int from, int to)
{
    QList<int> ids;
    for (int id = from; id < to; ++id)
        ids.append(id);
    return ids;
}

ScriptedResponse answer(const ScriptedPage &page, int offset)
{
    if (page.status != 200)
        return ScriptedResponse::json(page.status, R"({"message":"scripted failure"})");
    // IAM links the next page while the count says there is one.
    const qint64 next = offset + page.ids.size();
    const QByteArray nextLink = next < page.count
        ? "\"/iam/users?limit=100&offset=" + QByteArray::number(next) + '"'
        : QByteArray("null");
    QByteArray body = "{\"count\":" + QByteArray::number(page.count) + ",\"next\":" + nextLink
        + ",\"previous\":null,\"results\":[";
    for (qsizetype i = 0; i < page.ids.size(); ++i) {
        const QByteArray id = QByteArray::number(page.ids.at(i));
        body += (i ? "," : "") + QByteArray("{\"id\":") + id + ",\"email\":\"user" + id
            + "@example.org\"}";
    }
    return ScriptedResponse::json(200, body + "]}");
}
} // namespace

Q_DECLARE_METATYPE(PageScript)

/// The paging guards: whatever a server claims about its pages, a listing ends, says what went
/// wrong, never reports an incomplete or inconsistent listing as complete, and never asks for
/// more than a few pages beyond the point where the lie showed.
class tst_PagePipelineGuards : public QObject
{
    Q_OBJECT

private slots:
    void guards_data()
    {
        QTest::addColumn<PageScript>("script");
        QTest::addColumn<int>("parallel");
        QTest::addColumn<PagePipeline::Status>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("delivered");
        QTest::addColumn<int>("maxRequests");
        using S = PagePipeline::Status;

        for (int parallel : { 1, 6 }) {
            const QByteArray mode = parallel == 1 ? "sequential" : "concurrent";
            QTest::addRow("%s: endless identical pages", mode.constData())
                << PageScript([](int, int) {
                       return ScriptedPage { range(0, 100), 1000000 };
                   })
                << parallel << S::Incomplete << "again without any new user" << 100
                << 1 + 2 * parallel;
            QTest::addRow("%s: announces a million, then empty pages", mode.constData())
                << PageScript([](int offset, int) {
                       return ScriptedPage { offset == 0 ? range(0, 100) : QList<int>(), 1000000 };
                   })
                << parallel << S::Incomplete << "listed 100 of" << 100 << 1 + 2 * parallel;
            QTest::addRow("%s: stops one page short", mode.constData())
                << PageScript([](int offset, int limit) {
                       return ScriptedPage { offset >= 200 ? QList<int>()
                                                           : range(offset, offset + limit),
                                             300 };
                   })
                << parallel << S::Incomplete << "stopped early" << 200 << 3;
            QTest::addRow("%s: a repeated id, otherwise whole", mode.constData())
                << PageScript([](int offset, int) {
                       if (offset == 0)
                           return ScriptedPage { range(0, 100), 250 };
                       if (offset == 100)
                           return ScriptedPage { range(99, 199), 250 };
                       return ScriptedPage { range(199, 250), 250 };
                   })
                << parallel << S::Complete << QString() << 250 << 3;
            QTest::addRow("%s: sends more than it announced", mode.constData())
                << PageScript([](int offset, int limit) {
                       return ScriptedPage { range(offset, offset + limit), 150 };
                   })
                << parallel << S::Incomplete << "announced 150 users but sent 200" << 200 << 2;
            QTest::addRow("%s: total changes wildly", mode.constData())
                << PageScript([](int offset, int limit) {
                       return ScriptedPage { range(offset, offset + limit),
                                             offset == 0 ? 1000 : 100000 };
                   })
                << parallel << S::Incomplete << "changed from" << 100 << 1 + 2 * parallel;
            // Far too many: the backend's own page cap refuses the answer.
            QTest::addRow("%s: a page far larger than asked for", mode.constData())
                << PageScript([](int offset, int) {
                       return ScriptedPage { range(offset, offset + 150), 1000 };
                   })
                << parallel << S::Failed << "more than" << 0 << 1;
            // A few too many pass the backend's margin; the listing still refuses them.
            QTest::addRow("%s: a page slightly larger than asked for", mode.constData())
                << PageScript([](int offset, int) {
                       return ScriptedPage { range(offset, offset + 105), 1000 };
                   })
                << parallel << S::Incomplete << "105 users on a page of 100" << 0 << 1;
            QTest::addRow("%s: grows by ten while listed", mode.constData()) << PageScript(
                [](int offset, int limit) {
                    const int total = offset == 0 ? 250 : 260;
                    return ScriptedPage { range(offset, std::min(offset + limit, total)), total };
                }) << parallel << S::Complete << QString() << 260 << 3;
            QTest::addRow("%s: a page fails", mode.constData())
                << PageScript([](int offset, int limit) {
                       ScriptedPage page { range(offset, offset + limit), 1000 };
                       if (offset == 300)
                           page.status = 500;
                       return page;
                   })
                << parallel << S::Failed << QString() << -1 << std::max(4, 1 + 2 * parallel);
        }
    }

    void guards()
    {
        QFETCH(PageScript, script);
        QFETCH(int, parallel);
        QFETCH(PagePipeline::Status, status);
        QFETCH(QString, message);
        QFETCH(int, delivered);
        QFETCH(int, maxRequests);

        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&script](const ScriptedRequest &request) {
            const QUrlQuery query(QUrl::fromEncoded(request.target).query());
            const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
            return answer(script(offset, query.queryItemValue(QStringLiteral("limit")).toInt()),
                          offset);
        });
        ConnectionSettings settings;
        settings.baseUrl = server.url();
        settings.authMethod = AuthMethod::ApiKey;
        settings.timeoutMs = 10000;
        QNetworkAccessManager network;
        GcoreBackend backend(&network, settings, QStringLiteral("scripted-key"));

        PagePipelineSettings pipelineSettings;
        pipelineSettings.parallel = parallel;
        PagePipeline pipeline(&backend, UserQuery(), pipelineSettings);
        QStringList warnings;
        connect(&pipeline, &PagePipeline::warning, this,
                [&warnings](const QString &text) { warnings.append(text); });
        QSignalSpy finished(&pipeline, &PagePipeline::finished);
        pipeline.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        QCOMPARE(pipeline.status(), status);
        if (!message.isEmpty())
            QVERIFY2(pipeline.error().message().contains(message),
                     qPrintable(pipeline.error().message()));
        if (delivered >= 0) // -1: depends on which concurrent page comes first
            QCOMPARE(pipeline.delivered(), delivered);
        QVERIFY2(pipeline.requestsSent() <= maxRequests,
                 qPrintable(QStringLiteral("%1 requests").arg(pipeline.requestsSent())));
        // Requests cancelled on the way may not have reached the server; none arrive later.
        QTest::qWait(100);
        QVERIFY(server.requests().size() <= pipeline.requestsSent());
        if (pipeline.repeatedIds() > 0)
            QVERIFY(!warnings.isEmpty() && warnings.constFirst().contains(QLatin1String("twice")));
        else
            QVERIFY(warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PagePipelineGuards)
#include "tst_pagepipelineguards.moc"
