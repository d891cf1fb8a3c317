#include "MockServer.h"

#include "AcronisApi.h"
#include "CodeArtsApi.h"
#include "GcoreApi.h"
#include "MockControlApi.h"
#include "MockHttpTransport.h"
#include "ZitadelApi.h"

#include <QHostAddress>
#include <QLoggingCategory>

#include <thread>

Q_LOGGING_CATEGORY(lcMockServer, "identitydesk.mockserver")

MockServer::MockServer(const MockServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_faults(config.faults)
    , m_router(m_genericShape)
{
    const MockContext context { m_config, m_mailbox, [this] { return baseUrl().toString(); } };
    // The big directories are seeded side by side, so start-up with a million users each takes
    // about as long as the biggest one alone on a multi-core machine. Each API only touches its
    // own state while being built and holds no QObject, so any thread may build it.
    std::unique_ptr<MockApi> gcore;
    std::unique_ptr<MockApi> zitadel;
    std::unique_ptr<MockApi> acronis;
    {
        std::thread gcoreSeeder([&] { gcore = std::make_unique<GcoreApi>(context); });
        std::thread zitadelSeeder([&] { zitadel = std::make_unique<ZitadelApi>(context); });
        acronis = std::make_unique<AcronisApi>(context);
        gcoreSeeder.join();
        zitadelSeeder.join();
    }
    m_apis.push_back(std::make_unique<MockControlApi>(context, m_stats));
    m_apis.push_back(std::move(gcore));
    m_apis.push_back(std::move(zitadel));
    m_apis.push_back(std::make_unique<CodeArtsApi>(context));
    m_apis.push_back(std::move(acronis));
    for (const auto &api : m_apis)
        api->registerRoutes(m_router);

    m_transport = new MockHttpTransport(
        [this](const MockRequest &request) {
            MockHttpTransport::Answer answer;
            answer.response = handle(request, &answer.delayMs);
            return answer;
        },
        this);
    m_transport->setStats(&m_stats);
}

MockServer::~MockServer()
{
    // The transport's workers run handle() on our APIs: stop them before the APIs go.
    delete m_transport;
}

bool MockServer::listen()
{
    m_port = m_transport->listen(QHostAddress::LocalHost, m_config.port);
    if (m_port == 0) {
        m_errorString =
            QStringLiteral("cannot listen on 127.0.0.1:%1 (port in use?)").arg(m_config.port);
        return false;
    }
    return true;
}

QUrl MockServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

MockResponse MockServer::handle(const MockRequest &request, int *delayMs)
{
    const ErrorShape &shape = m_router.errorShapeFor(request.path());
    const bool controlRoute = request.path().startsWith(QLatin1String("/mock/"));
    MockResponse response;
    int delay = 0;

    const auto answer = [&]() -> MockResponse {
        if (!controlRoute) {
            const FaultInjector::Decision decision = m_faults.next();
            delay = decision.delayMs;
            if (decision.retryAfterSeconds > 0) {
                return shape
                    .error(MockFault::RateLimited,
                           QStringLiteral("Rate limit exceeded; retry after %1 s.")
                               .arg(decision.retryAfterSeconds))
                    .withHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
            }
            if (decision.fail) {
                return shape.error(MockFault::ServerError,
                                   QStringLiteral("Injected failure (--fail-rate)."));
            }
        }
        if (request.body().size() > m_config.maxBodyBytes) {
            return shape.error(MockFault::PayloadTooLarge,
                               QStringLiteral("Request body of %1 bytes exceeds the limit of %2.")
                                   .arg(request.body().size())
                                   .arg(m_config.maxBodyBytes));
        }
        const MockRouter::Match match = m_router.match(request.method(), request.path());
        switch (match.result) {
        case MockRouter::Match::Result::NoSuchPath:
            return shape.error(MockFault::NotFound,
                               QStringLiteral("No route for %1.").arg(request.path()));
        case MockRouter::Match::Result::WrongMethod:
            return shape
                .error(MockFault::MethodNotAllowed,
                       QStringLiteral("Method %1 is not allowed on %2.")
                           .arg(QString::fromLatin1(request.method()), request.path()))
                .withHeader("Allow", match.allowedMethods.join(", "));
        case MockRouter::Match::Result::Found:
            break;
        }
        MockRequest routed = request;
        routed.setPathArgs(match.args);
        return match.handler(routed);
    };

    response = answer();
    {
        QMutexLocker locker(&m_countMutex);
        ++m_requestCounts[qMakePair(request.method(), request.path())];
    }
    if (delayMs)
        *delayMs = delay;
    // Method, path and status only: headers and bodies may carry credentials.
    qCInfo(lcMockServer).noquote() << request.method() << request.path() << response.status;
    return response;
}

int MockServer::requestCount(const QByteArray &method, const QString &pathPrefix) const
{
    QMutexLocker locker(&m_countMutex);
    int count = 0;
    for (auto it = m_requestCounts.cbegin(); it != m_requestCounts.cend(); ++it) {
        if (it.key().first == method && it.key().second.startsWith(pathPrefix))
            count += it.value();
    }
    return count;
}
