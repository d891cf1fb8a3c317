#include "AcronisBackend.h"
#include "GcoreBackend.h"
#include "PrismProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

/// The real backends talk to Stoplight Prism serving the vendors' own OpenAPI files; Prism
/// validates every request (paths, query, headers, bodies, security) and the test requires that
/// it found nothing to complain about. This is the check that does not depend on our mock.
class TstSpecConformance : public QObject
{
    Q_OBJECT

private:
    using Operation = std::function<ServiceJob *(IdentityBackend &)>;
    QNetworkAccessManager m_network;
    QTemporaryDir m_scratch;

    static QString prismBinary() { return QStringLiteral(IDENTITYDESK_PRISM_BINARY); }
    static QString spec(const QString &name)
    {
        return QStringLiteral(IDENTITYDESK_SPEC_DIR) + QLatin1Char('/') + name;
    }

    /// Runs one job to its end; returns the HTTP status of a failure (0 when it succeeded or
    /// failed without an HTTP answer).
    static int runJob(ServiceJob *job, QString *message)
    {
        int status = -1;
        QObject::connect(job, &ServiceJob::finished, job, [job, &status, message] {
            status = job->succeeded() ? 0 : job->error().httpStatus();
            if (!job->succeeded())
                *message = job->error().describe();
        });
        if (!QTest::qWaitFor([&status] { return status >= 0; }, 30000))
            return -2;
        return status;
    }

    void expectConformingRequests(PrismProcess &prism, IdentityBackend &backend,
                                  const QList<QPair<QString, Operation>> &operations)
    {
        for (const auto &[name, operation] : operations) {
            QString message;
            const int status = runJob(operation(backend), &message);
            // Generated example answers may not parse (Prism's own data breaks some of its
            // patterns); what must not happen is Prism refusing our request.
            QVERIFY2(status != 400 && status != 401 && status != 404 && status != 405
                         && status != 415 && status != 422 && status != -2,
                     qPrintable(name
                                + QStringLiteral(": HTTP %1 %2\n%3")
                                      .arg(status)
                                      .arg(message, prism.log().right(3000))));
        }
        QVERIFY2(prism.requestsReceived() >= operations.size(), qPrintable(prism.log()));
        const QStringList violations = prism.requestViolations();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase() { QVERIFY(m_scratch.isValid()); }

    void prismRejectsAnInvalidRequest()
    {
        // Negative control: proves that Prism validates at all with this setup.
        PrismProcess prism;
        QString error;
        QVERIFY2(prism.start(prismBinary(), spec(QStringLiteral("gcore-iam.yaml")), &error),
                 qPrintable(error));
        QNetworkRequest request(
            QUrl(prism.url().toString() + QStringLiteral("/iam/users/5/email")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "APIKey test-key");
        QNetworkReply *reply = m_network.put(request, QByteArray(R"({"new_email":"a@b.example"})"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        reply->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(!prism.requestViolations().isEmpty(), 5000);
        QVERIFY(
            prism.requestViolations().join(QLatin1Char(' ')).contains(QStringLiteral("password")));
    }

    void gcoreRequestsConform_data()
    {
        QTest::addColumn<int>("authMethod");
        QTest::newRow("api key") << int(AuthMethod::ApiKey);
        QTest::newRow("jwt login") << int(AuthMethod::Password);
    }

    void gcoreRequestsConform()
    {
        QFETCH(int, authMethod);
        PrismProcess prism;
        QString error;
        QVERIFY2(prism.start(prismBinary(), spec(QStringLiteral("gcore-iam.yaml")), &error),
                 qPrintable(error));
        ConnectionSettings settings;
        settings.kind = BackendKind::GcoreIam;
        settings.baseUrl = prism.url();
        settings.authMethod = AuthMethod(authMethod);
        settings.principal = QStringLiteral("admin@example.com");
        GcoreBackend backend(&m_network, settings, QStringLiteral("test-secret"));

        UserQuery page;
        page.pageSize = 25;
        EmailChangeRequest change;
        change.newEmail = QStringLiteral("new.address@example.com");
        change.password = QStringLiteral("users-own-password");
        expectConformingRequests(
            prism, backend,
            { { QStringLiteral("list"), [page](IdentityBackend &b) { return b.listUsers(page); } },
              { QStringLiteral("read"),
                [](IdentityBackend &b) { return b.user(QStringLiteral("4711")); } },
              { QStringLiteral("change email"), [change](IdentityBackend &b) {
                   return b.changeEmail(QStringLiteral("4711"), change);
               } } });
    }

    void acronisRequestsConform()
    {
        // The excerpt's paths are relative to its server URL ".../api/2"; Prism serves spec paths
        // from the root, so a copy with the prefix written out lets the backend use real paths.
        QFile source(spec(QStringLiteral("acronis-account-management-v2.openapi.EXCERPT.json")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonObject document = QJsonDocument::fromJson(source.readAll()).object();
        QJsonObject prefixed;
        const QJsonObject paths = document.value(QStringLiteral("paths")).toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it)
            prefixed.insert(QStringLiteral("/api/2") + it.key(), it.value());
        // The excerpt gives the token endpoint `security: [{}]` (anonymous), but Acronis's guide
        // has API clients authenticate there with HTTP Basic, and Prism rejects a Basic header
        // against [{}]. The copy declares what the guide documents.
        QJsonObject token = prefixed.value(QStringLiteral("/api/2/idp/token")).toObject();
        QJsonObject post = token.value(QStringLiteral("post")).toObject();
        post.insert(QStringLiteral("security"),
                    QJsonArray { QJsonObject { { QStringLiteral("basicAuth"), QJsonArray() } } });
        token.insert(QStringLiteral("post"), post);
        prefixed.insert(QStringLiteral("/api/2/idp/token"), token);
        document.insert(QStringLiteral("paths"), prefixed);
        const QString specCopy = m_scratch.filePath(QStringLiteral("acronis.json"));
        QFile copy(specCopy);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(QJsonDocument(document).toJson());
        copy.close();

        PrismProcess prism;
        QString error;
        QVERIFY2(prism.start(prismBinary(), specCopy, &error), qPrintable(error));
        ConnectionSettings settings;
        settings.kind = BackendKind::Acronis;
        settings.baseUrl = prism.url();
        settings.authMethod = AuthMethod::ClientCredentials;
        settings.principal = QStringLiteral("client-id");
        settings.organisationId = QStringLiteral("ede9f834-70b3-476c-83d9-736f9f8c7dae");
        AcronisBackend backend(&m_network, settings, QStringLiteral("client-secret"));

        const QString userId = QStringLiteral("1c234e69-5469-424a-a6d1-ff5658b387a6");
        EmailChangeRequest change;
        change.newEmail = QStringLiteral("new.address@example.com");
        UserQuery page;
        page.pageSize = 50;
        expectConformingRequests(
            prism, backend,
            { { QStringLiteral("list"), [page](IdentityBackend &b) { return b.listUsers(page); } },
              { QStringLiteral("read"), [userId](IdentityBackend &b) { return b.user(userId); } },
              { QStringLiteral("change email"),
                [userId, change](IdentityBackend &b) { return b.changeEmail(userId, change); } },
              { QStringLiteral("resend activation"),
                [userId](IdentityBackend &b) { return b.resendVerification(userId); } } });
    }
};

QTEST_GUILESS_MAIN(TstSpecConformance)
#include "tst_specconformance.moc"
