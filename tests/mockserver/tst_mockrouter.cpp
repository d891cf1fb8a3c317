#include "GenericErrorShape.h"
#include "MockRouter.h"

#include <QTest>

class TstMockRouter : public QObject
{
    Q_OBJECT

private:
    static MockRouter makeRouter(const ErrorShape &fallback)
    {
        MockRouter router(fallback);
        const auto tagged = [](const char *tag) {
            return [tag](const MockRequest &) {
                return MockResponse { 200, "text/plain", QByteArray(tag), {} };
            };
        };
        router.add("GET", QStringLiteral("/iam/users"), tagged("list"));
        router.add("GET", QStringLiteral("/api/2/users/me"), tagged("me"));
        router.add("GET", QStringLiteral("/api/2/users/{id}"), tagged("get"));
        router.add("PUT", QStringLiteral("/api/2/users/{id}"), tagged("put"));
        router.add("PUT", QStringLiteral("/iam/users/{id}/email"), tagged("email"));
        return router;
    }

private slots:
    void match_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("result");
        QTest::addColumn<QByteArray>("tag");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("allowed");
        using R = MockRouter::Match::Result;

        QTest::newRow("literal") << QByteArray("GET") << QStringLiteral("/iam/users")
                                 << int(R::Found) << QByteArray("list") << QStringList()
                                 << QByteArray();
        QTest::newRow("trailing slash is the same path")
            << QByteArray("GET") << QStringLiteral("/iam/users/") << int(R::Found)
            << QByteArray("list") << QStringList() << QByteArray();
        QTest::newRow("placeholder captures")
            << QByteArray("PUT") << QStringLiteral("/iam/users/42/email") << int(R::Found)
            << QByteArray("email") << QStringList { QStringLiteral("42") } << QByteArray();
        QTest::newRow("literal before placeholder")
            << QByteArray("GET") << QStringLiteral("/api/2/users/me") << int(R::Found)
            << QByteArray("me") << QStringList() << QByteArray();
        QTest::newRow("same path other method")
            << QByteArray("PUT") << QStringLiteral("/api/2/users/abc") << int(R::Found)
            << QByteArray("put") << QStringList { QStringLiteral("abc") } << QByteArray();
        QTest::newRow("wrong method lists allowed ones")
            << QByteArray("DELETE") << QStringLiteral("/api/2/users/abc") << int(R::WrongMethod)
            << QByteArray() << QStringList() << QByteArray("GET,PUT");
        QTest::newRow("placeholder needs a segment")
            << QByteArray("PUT") << QStringLiteral("/iam/users//email") << int(R::NoSuchPath)
            << QByteArray() << QStringList() << QByteArray();
        QTest::newRow("extra segment")
            << QByteArray("GET") << QStringLiteral("/iam/users/1/2/3") << int(R::NoSuchPath)
            << QByteArray() << QStringList() << QByteArray();
        QTest::newRow("unknown") << QByteArray("GET") << QStringLiteral("/nope")
                                 << int(R::NoSuchPath) << QByteArray() << QStringList()
                                 << QByteArray();
    }

    void match()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, result);
        QFETCH(QByteArray, tag);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, allowed);

        GenericErrorShape fallback;
        const MockRouter router = makeRouter(fallback);
        const MockRouter::Match match = router.match(method, path);
        QCOMPARE(int(match.result), result);
        QCOMPARE(match.args, args);
        QCOMPARE(match.allowedMethods.join(','), allowed);
        if (match.result == MockRouter::Match::Result::Found) {
            const MockRequest request(method, path, {}, {}, {});
            QCOMPARE(match.handler(request).body, tag);
        }
    }

    void errorShapeUsesLongestPrefix()
    {
        struct TaggedShape : ErrorShape
        {
            explicit TaggedShape(int s)
                : status(s)
            { }
            MockResponse error(MockFault, const QString &) const override
            {
                return MockResponse::empty(status);
            }
            int status;
        };
        GenericErrorShape fallback;
        TaggedShape api(401), users(402);
        MockRouter router(fallback);
        router.addErrorShape(QStringLiteral("/api/"), api);
        router.addErrorShape(QStringLiteral("/api/2/users/"), users);

        QCOMPARE(router.errorShapeFor(QStringLiteral("/api/2/users/x"))
                     .error(MockFault::NotFound, {})
                     .status,
                 402);
        QCOMPARE(router.errorShapeFor(QStringLiteral("/api/2/tenants"))
                     .error(MockFault::NotFound, {})
                     .status,
                 401);
        QCOMPARE(
            router.errorShapeFor(QStringLiteral("/other")).error(MockFault::NotFound, {}).status,
            404);
    }
};

QTEST_GUILESS_MAIN(TstMockRouter)
#include "tst_mockrouter.moc"
