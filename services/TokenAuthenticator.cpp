#include "TokenAuthenticator.h"

#include "HttpCall.h"
#include "HttpClient.h"

TokenAuthenticator::TokenAuthenticator(HttpClient *client, std::unique_ptr<TokenEndpoint> endpoint,
                                       QObject *parent)
    : Authenticator(parent)
    , m_client(client)
    , m_endpoint(std::move(endpoint))
{ }

TokenAuthenticator::~TokenAuthenticator() = default;

void TokenAuthenticator::authorize(QObject *context, Callback callback)
{
    if (m_token && !m_validUntil.hasExpired()) {
        callback({ { m_token->headerName, m_token->headerValue } }, std::nullopt);
        return;
    }
    m_waiters.append({ context, std::move(callback) });
    if (!m_fetching)
        fetch(m_refreshToken);
}

void TokenAuthenticator::invalidate()
{
    m_token.reset();
}

void TokenAuthenticator::fetch(const QString &refreshToken)
{
    if (!m_client) {
        deliver({}, ServiceError::network(QStringLiteral("connection closed")));
        return;
    }
    m_fetching = true;
    ++m_fetchCount;
    HttpRequest request = m_endpoint->tokenRequest(refreshToken);
    request.authenticated = false;
    request.errorMapper = [endpoint = m_endpoint.get()](const HttpResponse &response) {
        return endpoint->mapError(response);
    };
    HttpCall *call = m_client->send(request, this);
    connect(call, &HttpCall::succeeded, this, [this](const HttpResponse &response) {
        auto parsed = m_endpoint->parse(response);
        if (auto *error = std::get_if<ServiceError>(&parsed)) {
            deliver({}, *error);
            return;
        }
        m_token = std::get<IssuedToken>(std::move(parsed));
        m_refreshToken = m_token->refreshToken;
        // Renew a little early so a request never leaves with a token about to expire. An
        // endpoint that says expires_in 0 or less (or a JWT already expired by this clock)
        // would otherwise make every request fetch a token: the floor keeps it for a while,
        // and if the API rejects it, the 401 brings one fresh token, then the call fails.
        const int lifetime = std::max(minimumLifetimeSeconds, m_token->expiresInSeconds);
        const int margin = std::min(60, lifetime / 10);
        m_validUntil.setRemainingTime(qint64(lifetime - margin) * 1000);
        deliver({ { m_token->headerName, m_token->headerValue } }, std::nullopt);
    });
    connect(call, &HttpCall::failed, this, [this, refreshToken](const ServiceError &error) {
        if (!refreshToken.isEmpty()) {
            // The refresh token was used, expired or revoked: log in from scratch once.
            m_refreshToken.clear();
            fetch(QString());
            return;
        }
        deliver({}, error);
    });
}

void TokenAuthenticator::deliver(const HttpHeaders &headers,
                                 const std::optional<ServiceError> &error)
{
    m_fetching = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(headers, error);
    }
}
