#pragma once

#include "Authenticator.h"

#include <QDeadlineTimer>
#include <QList>
#include <QPointer>

#include <variant>

class HttpClient;

/// A credential issued by a token endpoint.
struct IssuedToken
{
    QByteArray headerName = "Authorization";
    /// The complete header value, e.g. "Bearer eyJ..." or a bare X-Auth-Token.
    QByteArray headerValue;
    int expiresInSeconds = 0;
    /// For endpoints that hand out refresh tokens (Gcore JWT); empty otherwise.
    QString refreshToken;
};

/// How one backend obtains tokens: client credentials, a password login, an IAM token.
class TokenEndpoint
{
public:
    virtual ~TokenEndpoint() = default;
    /// The login request, or the refresh request when `refreshToken` is not empty.
    virtual HttpRequest tokenRequest(const QString &refreshToken) const = 0;
    virtual std::variant<IssuedToken, ServiceError> parse(const HttpResponse &response) const = 0;
    /// Errors of the token endpoint itself (they use OAuth or login dialects).
    virtual ServiceError mapError(const HttpResponse &response) const = 0;
};

/// Fetches a token when first needed, shares it between concurrent calls (one fetch in flight),
/// renews it shortly before it expires, and after a 401 (invalidate) uses the refresh token if
/// there is one, falling back to a full login once. Tokens live only in memory.
class TokenAuthenticator : public Authenticator
{
    Q_OBJECT
public:
    /// A token is kept at least this long, whatever lifetime its endpoint announces.
    static constexpr int minimumLifetimeSeconds = 5;

    TokenAuthenticator(HttpClient *client, std::unique_ptr<TokenEndpoint> endpoint,
                       QObject *parent = nullptr);
    ~TokenAuthenticator() override;

    void authorize(QObject *context, Callback callback) override;
    bool canRefresh() const override { return true; }
    void invalidate() override;

    /// How many tokens were fetched (for tests and diagnostics).
    int fetchCount() const { return m_fetchCount; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    void fetch(const QString &refreshToken);
    void deliver(const HttpHeaders &headers, const std::optional<ServiceError> &error);

    QPointer<HttpClient> m_client;
    std::unique_ptr<TokenEndpoint> m_endpoint;
    std::optional<IssuedToken> m_token;
    QDeadlineTimer m_validUntil;
    QString m_refreshToken;
    QList<Waiter> m_waiters;
    bool m_fetching = false;
    int m_fetchCount = 0;
};
