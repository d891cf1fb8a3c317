#include "Authenticator.h"

StaticHeaderAuthenticator::StaticHeaderAuthenticator(QByteArray headerName, QByteArray headerValue,
                                                     QObject *parent)
    : Authenticator(parent)
    , m_headers { { std::move(headerName), std::move(headerValue) } }
{ }

void StaticHeaderAuthenticator::authorize(QObject *, Callback callback)
{
    callback(m_headers, std::nullopt);
}
