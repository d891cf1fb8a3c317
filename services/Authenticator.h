#pragma once

#include "HttpExchange.h"
#include "ServiceError.h"

#include <QObject>

#include <functional>
#include <optional>

/// Supplies the credentials header(s) for API requests.
class Authenticator : public QObject
{
    Q_OBJECT
public:
    /// Headers to send, or the error that prevented getting them.
    using Callback =
        std::function<void(const HttpHeaders &headers, const std::optional<ServiceError> &error)>;

    using QObject::QObject;

    /// Calls `callback` once, now or later; never after `context` is destroyed.
    virtual void authorize(QObject *context, Callback callback) = 0;
    /// Whether a 401 may be answered by getting fresh credentials and retrying once.
    virtual bool canRefresh() const { return false; }
    /// Forgets cached credentials after the server rejected them.
    virtual void invalidate() { }
};

/// Fixed credentials: an API key, a personal access token, a pasted session token.
class StaticHeaderAuthenticator : public Authenticator
{
    Q_OBJECT
public:
    StaticHeaderAuthenticator(QByteArray headerName, QByteArray headerValue,
                              QObject *parent = nullptr);
    void authorize(QObject *context, Callback callback) override;

private:
    HttpHeaders m_headers;
};
