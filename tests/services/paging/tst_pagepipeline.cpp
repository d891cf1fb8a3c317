#include "BackendFactory.h"
#include "DemoEnvironment.h"
#include "IdentityBackend.h"
#include "PagePipeline.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {
struct Listing
{
    QStringList ids;
    QList<qsizetype> pageSizes;
    PagePipeline::Status status = PagePipeline::Status::Running;
    QString message;
    int requests = 0;
    qint64 total = -1;
    bool limitReached = false;
    bool concurrent = false;
};
} // namespace

/// The page pipeline over real HTTP against the in-process mock server: the same users, in the
/// same order, each once, whether pages come one after another or several at once.
class tst_PagePipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MockServerConfig config;
        config.users = 1530; // 16 pages of 100, the last one short
        m_demo = std::make_unique<DemoEnvironment>(config);
        QSignalSpy ready(m_demo.get(), &DemoEnvironment::ready);
        m_demo->start();
        QVERIFY(ready.wait(20000));
        QVERIFY(ready.constFirst().constFirst().toBool());
    }

    void listsEveryUserOnceInOrder_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("parallel");
        for (const char *profile : { "gcore", "zitadel", "acronis" }) {
            for (int parallel : { 1, 4, 6 })
                QTest::addRow("%s, %d at once", profile, parallel) << profile << parallel;
        }
    }

    void listsEveryUserOnceInOrder()
    {
        QFETCH(QString, profile);
        QFETCH(int, parallel);
        IdentityBackend *backend = backendFor(profile);
        QVERIFY(backend);

        PagePipelineSettings settings;
        settings.parallel = parallel;
        const Listing listing = run(backend, UserQuery(), settings);
        QCOMPARE(listing.status, PagePipeline::Status::Complete);
        QVERIFY(listing.total > 100);
        QCOMPARE(listing.ids.size(), listing.total);
        QCOMPARE(QSet<QString>(listing.ids.cbegin(), listing.ids.cend()).size(),
                 listing.ids.size());
        // Never more requests than pages.
        QCOMPARE(listing.requests, int((listing.total + 99) / 100));
        QCOMPARE(listing.concurrent, parallel > 1);
        for (qsizetype i = 0; i + 1 < listing.pageSizes.size(); ++i)
            QCOMPARE(listing.pageSizes.at(i), 100);

        // The order is the server's, whatever the concurrency.
        settings.parallel = 1;
        const Listing sequential = run(backend, UserQuery(), settings);
        QCOMPARE(listing.ids, sequential.ids);
    }

    void stopsAtTheLimit_data()
    {
        QTest::addColumn<int>("parallel");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("requests");
        QTest::newRow("sequential, 250") << 1 << 250 << 3;
        QTest::newRow("concurrent, 250") << 6 << 250 << 3;
        QTest::newRow("concurrent, 40") << 6 << 40 << 1;
        QTest::newRow("concurrent, exactly 200") << 4 << 200 << 2;
    }

    void stopsAtTheLimit()
    {
        QFETCH(int, parallel);
        QFETCH(int, limit);
        QFETCH(int, requests);
        PagePipelineSettings settings;
        settings.parallel = parallel;
        settings.limit = limit;
        const Listing listing = run(backendFor(QStringLiteral("gcore")), UserQuery(), settings);
        QCOMPARE(listing.status, PagePipeline::Status::Complete);
        QCOMPARE(listing.ids.size(), limit);
        QVERIFY(listing.limitReached);
        QCOMPARE(listing.requests, requests);
    }

    void cancelStopsEveryRequest()
    {
        IdentityBackend *backend = backendFor(QStringLiteral("zitadel"));
        PagePipelineSettings settings;
        settings.parallel = 4;
        PagePipeline pipeline(backend, UserQuery(), settings);
        int pages = 0;
        connect(&pipeline, &PagePipeline::pageReady, this, [&](const QList<User> &) {
            if (++pages == 3)
                pipeline.cancel();
        });
        QSignalSpy finished(&pipeline, &PagePipeline::finished);
        pipeline.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(pipeline.status(), PagePipeline::Status::Cancelled);
        QCOMPARE(pipeline.error().kind(), ServiceError::Kind::Cancelled);
        const int requests = pipeline.requestsSent();
        QVERIFY2(requests < 16, qPrintable(QString::number(requests)));
        // Nothing arrives, and nothing is asked for, after the cancel.
        QTest::qWait(300);
        QCOMPARE(pages, 3);
        QCOMPARE(pipeline.requestsSent(), requests);
        QCOMPARE(finished.size(), 1);
    }

    void aBackendThatGoesAwayEndsTheListing()
    {
        const std::optional<DemoProfile> profile = m_demo->profile(QStringLiteral("gcore"));
        QVERIFY(profile);
        auto *backend = BackendFactory::create(&m_network, profile->settings, profile->secret);
        PagePipelineSettings settings;
        settings.parallel = 4;
        PagePipeline pipeline(backend, UserQuery(), settings);
        connect(&pipeline, &PagePipeline::pageReady, backend, &QObject::deleteLater);
        QSignalSpy finished(&pipeline, &PagePipeline::finished);
        pipeline.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(pipeline.status(), PagePipeline::Status::Failed);
        QCOMPARE(pipeline.error().kind(), ServiceError::Kind::Network);
    }

    void ownAccountBackendsListOneUser_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("zitadel-self") << QStringLiteral("zitadel-self");
        QTest::newRow("codearts") << QStringLiteral("codearts");
    }

    void ownAccountBackendsListOneUser()
    {
        QFETCH(QString, profile);
        const Listing listing = run(backendFor(profile), UserQuery(), PagePipelineSettings());
        QCOMPARE(listing.status, PagePipeline::Status::Complete);
        QCOMPARE(listing.ids.size(), 1);
        QCOMPARE(listing.requests, 1);
    }

    void searchesPageToo()
    {
        UserQuery query;
        query.match = UserQuery::Match::Contains;
        query.text = QStringLiteral("a");
        PagePipelineSettings settings;
        settings.parallel = 3;
        const Listing listing = run(backendFor(QStringLiteral("zitadel")), query, settings);
        QCOMPARE(listing.status, PagePipeline::Status::Complete);
        QVERIFY(listing.ids.size() > 100);
        QCOMPARE(listing.ids.size(), listing.total);
        settings.parallel = 1;
        QCOMPARE(run(backendFor(QStringLiteral("zitadel")), query, settings).ids, listing.ids);
    }

private:
    IdentityBackend *backendFor(const QString &name)
    {
        if (IdentityBackend *backend = m_backends.value(name))
            return backend;
        const std::optional<DemoProfile> profile = m_demo->profile(name);
        if (!profile)
            return nullptr;
        IdentityBackend *backend =
            BackendFactory::create(&m_network, profile->settings, profile->secret, this);
        m_backends.insert(name, backend);
        return backend;
    }

    static Listing run(IdentityBackend *backend, const UserQuery &query,
                       const PagePipelineSettings &settings)
    {
        Listing listing;
        PagePipeline pipeline(backend, query, settings);
        QObject::connect(&pipeline, &PagePipeline::pageReady, [&listing](const QList<User> &users) {
            listing.pageSizes.append(users.size());
            for (const User &user : users)
                listing.ids.append(user.id);
        });
        QSignalSpy finished(&pipeline, &PagePipeline::finished);
        pipeline.start();
        if (finished.isEmpty() && !finished.wait(60000))
            qWarning("the listing did not finish");
        listing.status = pipeline.status();
        listing.message = pipeline.error().message();
        listing.requests = pipeline.requestsSent();
        listing.total = pipeline.announcedTotal();
        listing.limitReached = pipeline.limitReached();
        listing.concurrent = pipeline.isConcurrent();
        return listing;
    }

    std::unique_ptr<DemoEnvironment> m_demo;
    QNetworkAccessManager m_network;
    QHash<QString, IdentityBackend *> m_backends;
};

QTEST_GUILESS_MAIN(tst_PagePipeline)
#include "tst_pagepipeline.moc"
