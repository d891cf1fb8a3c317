#include "Authenticator.h"
#include "BackendFactory.h"
#include "HttpCall.h"
#include "HttpClient.h"
#include "IdentityBackend.h"
#include "ScriptedHttpServer.h"
#include "ServiceJob.h"
#include "StatusErrors.h"
#include "TestCertificates.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

/// HttpClient and every backend over real TLS to 127.0.0.1, with a server certificate issued
/// by a throw-away CA: the profile's CA certificates file is trusted besides the system's, and
/// nothing else is (no CA file, another CA, an unusable file).
class TstHttpClientTls : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_certificates;

    struct Outcome
    {
        std::optional<HttpResponse> response;
        std::optional<ServiceError> error;
    };

    bool listen(ScriptedHttpServer &server)
    {
        server.setResponses({ ScriptedResponse::json(200, R"({})") });
        return server.listenTls(m_certificates.serverCertificate(), m_certificates.serverKey());
    }

    static Outcome get(const QUrl &base, const QString &caFile)
    {
        // A manager per request: no connection or TLS session carries trust over.
        QNetworkAccessManager network;
        HttpSettings settings;
        settings.baseUrl = base;
        settings.timeoutMs = 10000;
        settings.caCertificatesFile = caFile;
        HttpClient client(&network, settings, [](const HttpResponse &response) {
            return StatusErrors::forStatus(response.status, QString());
        });
        QObject owner;
        Outcome outcome;
        HttpCall *call = client.send(HttpRequest::get(QStringLiteral("/secure")), &owner);
        connect(call, &HttpCall::succeeded, call,
                [&outcome](const HttpResponse &response) { outcome.response = response; });
        connect(call, &HttpCall::failed, call,
                [&outcome](const ServiceError &error) { outcome.error = error; });
        if (!QTest::qWaitFor([&] { return outcome.response || outcome.error; }, 20000))
            qWarning("the request did not finish");
        return outcome;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
    }

    void trustsTheProfileCa_data()
    {
        QTest::addColumn<QString>("caFile");
        QTest::newRow("the CA alone") << QStringLiteral("ca.pem");
        QTest::newRow("a bundle with the CA second") << QStringLiteral("bundle.pem");
    }

    void trustsTheProfileCa()
    {
        QFETCH(QString, caFile);
        ScriptedHttpServer server;
        QVERIFY(listen(server));
        const Outcome outcome = get(server.url(), m_certificates.path(caFile));
        QVERIFY2(outcome.response, outcome.error ? qPrintable(outcome.error->message()) : "");
        QCOMPARE(outcome.response->status, 200);
        QCOMPARE(server.requests().size(), 1);
    }

    void refusesAnUntrustedCertificate_data()
    {
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("advice");
        QTest::newRow("no CA file")
            << QString() << QStringLiteral("set the profile's CA certificates file");
        QTest::newRow("an unrelated CA") << QStringLiteral("other-ca.pem")
                                         << QStringLiteral("not even with the profile's CA "
                                                           "certificates file");
    }

    void refusesAnUntrustedCertificate()
    {
        QFETCH(QString, caFile);
        QFETCH(QString, advice);
        ScriptedHttpServer server;
        QVERIFY(listen(server));
        const QString path = caFile.isEmpty() ? QString() : m_certificates.path(caFile);
        const Outcome outcome = get(server.url(), path);
        QVERIFY(!outcome.response);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::Tls);
        const QString message = outcome.error->message();
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("certificate is not trusted")),
                 qPrintable(message));
        QVERIFY2(message.contains(advice), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY(server.requests().isEmpty()); // nothing was sent over the refused connection
    }

    void unusableCaFileFailsBeforeConnecting()
    {
        ScriptedHttpServer server;
        QVERIFY(listen(server));
        const QString missing = m_certificates.path(QStringLiteral("missing.pem"));
        const Outcome outcome = get(server.url(), missing);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::Tls);
        QVERIFY2(outcome.error->message().contains(missing), qPrintable(outcome.error->message()));
        QCOMPARE(server.connectionCount(), 0);
    }

    void systemAuthoritiesStayTrusted()
    {
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        if (system.isEmpty())
            QSKIP("this machine has no system CA certificates to compare with");
        QNetworkAccessManager network;
        HttpSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("https://idp.example.com"));
        settings.caCertificatesFile = m_certificates.path(QStringLiteral("ca.pem"));
        const HttpClient client(&network, settings, {});
        QVERIFY(client.tlsConfiguration());
        const QList<QSslCertificate> trusted = client.tlsConfiguration()->caCertificates();
        QVERIFY(trusted.contains(system.constFirst()));
        QVERIFY(trusted.contains(system.constLast()));
        QVERIFY(trusted.size() >= system.size() + 1);
        QVERIFY(client.tlsConfiguration()->peerVerifyMode() != QSslSocket::VerifyNone);
    }

    void everyBackendUsesTheProfileCa_data()
    {
        QTest::addColumn<BackendKind>("kind");
        QTest::addColumn<AuthMethod>("method");
        // Token endpoints on a second origin (localhost) use an HTTP client of their own.
        QTest::addColumn<bool>("separateAuthHost");
        QTest::newRow("Gcore, API key") << BackendKind::GcoreIam << AuthMethod::ApiKey << false;
        QTest::newRow("Gcore, password") << BackendKind::GcoreIam << AuthMethod::Password << false;
        QTest::newRow("ZITADEL, token")
            << BackendKind::ZitadelManagement << AuthMethod::PersonalAccessToken << false;
        QTest::newRow("ZITADEL, client credentials")
            << BackendKind::ZitadelManagement << AuthMethod::ClientCredentials << true;
        QTest::newRow("ZITADEL own account")
            << BackendKind::ZitadelSelf << AuthMethod::SessionToken << false;
        QTest::newRow("CodeArts, token")
            << BackendKind::CodeArtsRepo << AuthMethod::SessionToken << false;
        QTest::newRow("CodeArts, IAM password")
            << BackendKind::CodeArtsRepo << AuthMethod::Password << true;
        QTest::newRow("Acronis") << BackendKind::Acronis << AuthMethod::ClientCredentials << true;
    }

    void everyBackendUsesTheProfileCa()
    {
        QFETCH(BackendKind, kind);
        QFETCH(AuthMethod, method);
        QFETCH(bool, separateAuthHost);
        ScriptedHttpServer server;
        QVERIFY(listen(server));

        ConnectionSettings settings;
        settings.kind = kind;
        settings.authMethod = method;
        settings.baseUrl = server.url();
        if (separateAuthHost)
            settings.authUrl = server.url(QStringLiteral("localhost"));
        settings.principal = QStringLiteral("helpdesk");
        settings.organisationId = QStringLiteral("3f9c1a2e-0000-4000-8000-000000000001");
        settings.accountName = QStringLiteral("domain");
        settings.projectName = QStringLiteral("ap-southeast-3");
        settings.timeoutMs = 10000;

        for (const bool trusted : { false, true }) {
            settings.caCertificatesFile =
                trusted ? m_certificates.path(QStringLiteral("ca.pem")) : QString();
            const int before = int(server.requests().size());
            QNetworkAccessManager network;
            std::unique_ptr<IdentityBackend> backend(
                BackendFactory::create(&network, settings, QStringLiteral("secret")));
            QVERIFY(backend);
            UserPageJob *job = backend->listUsers(UserQuery());
            std::optional<ServiceError> error;
            bool done = false;
            connect(job, &ServiceJob::finished, job, [&] {
                done = true;
                if (!job->succeeded())
                    error = job->error();
            });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
            if (trusted) {
                // The scripted "{}" may not satisfy the backend; the connection must.
                QVERIFY2(!error || error->kind() != ServiceError::Kind::Tls,
                         qPrintable(error->message()));
                QVERIFY(server.requests().size() > before);
            } else {
                QVERIFY(error);
                QVERIFY2(error->kind() == ServiceError::Kind::Tls, qPrintable(error->message()));
                QCOMPARE(server.requests().size(), before);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstHttpClientTls)
#include "tst_httpclienttls.moc"
