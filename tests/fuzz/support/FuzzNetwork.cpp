#include "FuzzNetwork.h"

#include "FuzzReply.h"

namespace {
/// A valid answer of each sign-in endpoint the fuzzed backends use.
QByteArray tokenAnswer(const QString &path)
{
    if (path.endsWith(QLatin1String("/api/2/idp/token")) // Acronis
        || path.endsWith(QLatin1String("/oauth/v2/token"))) // ZITADEL
        return R"({"access_token":"fuzz-token","token_type":"Bearer","expires_in":3600})";
    return {};
}
} // namespace

FuzzNetwork::FuzzNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

void FuzzNetwork::answerWith(int status, QByteArray contentType, QByteArray body)
{
    m_status = status;
    m_contentType = std::move(contentType);
    m_body = std::move(body);
    m_requests = 0;
}

QNetworkReply *FuzzNetwork::createRequest(Operation operation, const QNetworkRequest &request,
                                          QIODevice *)
{
    ++m_requests;
    const QByteArray token = tokenAnswer(request.url().path());
    if (!token.isEmpty())
        return new FuzzReply(operation, request, 200, "application/json", token, this);
    return new FuzzReply(operation, request, m_status, m_contentType, m_body, this);
}
