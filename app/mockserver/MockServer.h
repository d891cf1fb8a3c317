#pragma once

#include "FaultInjector.h"
#include "GenericErrorShape.h"
#include "Mailbox.h"
#include "MockApi.h"
#include "MockRequestStats.h"
#include "MockRouter.h"
#include "MockServerConfig.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

class MockHttpTransport;

/// The IdentityDesk mock server: one loopback HTTP origin that speaks the Gcore IAM, ZITADEL,
/// Huawei IAM/CodeArts Repo and Acronis account-management APIs over in-memory directories.
/// Used by identitydesk-mock, the desktop demo and every client test.
class MockServer : public QObject
{
    Q_OBJECT
public:
    explicit MockServer(const MockServerConfig &config, QObject *parent = nullptr);
    ~MockServer() override;

    /// Binds 127.0.0.1 on config().port (0 picks a free port). Never binds other interfaces.
    bool listen();
    QString errorString() const { return m_errorString; }
    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:<port>" without a trailing slash.
    QUrl baseUrl() const;

    const MockServerConfig &config() const { return m_config; }
    Mailbox &mailbox() { return m_mailbox; }
    MockRequestStats &stats() { return m_stats; }

    /// The whole request pipeline (faults, size cap, routing, handler) without sockets.
    MockResponse handle(const MockRequest &request, int *delayMs = nullptr);

    /// How many `method` requests for paths starting with `pathPrefix` were answered so far
    /// (any status), e.g. to show that a listing asks for each organisation only once.
    int requestCount(const QByteArray &method, const QString &pathPrefix) const;

private:
    const MockServerConfig m_config;
    Mailbox m_mailbox;
    FaultInjector m_faults;
    GenericErrorShape m_genericShape;
    MockRouter m_router;
    std::vector<std::unique_ptr<MockApi>> m_apis;
    MockRequestStats m_stats;
    MockHttpTransport *m_transport = nullptr;
    quint16 m_port = 0;
    QString m_errorString;
    mutable QMutex m_countMutex; // guards m_requestCounts; handle() may run on several threads
    QHash<QPair<QByteArray, QString>, int> m_requestCounts;
};
