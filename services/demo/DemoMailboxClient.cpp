#include "DemoMailboxClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace {
constexpr int transferTimeoutMs = 10000;
/// The mailbox of a long demo session stays far below this; anything larger is not the mock.
constexpr qint64 maximumAnswerBytes = qint64(8) * 1024 * 1024;
} // namespace

DemoMailboxClient::DemoMailboxClient(QNetworkAccessManager *network, const QUrl &server,
                                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_server(server.adjusted(QUrl::StripTrailingSlash))
{ }

DemoMailboxClient::~DemoMailboxClient()
{
    if (QNetworkReply *reply = m_reply.data()) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void DemoMailboxClient::fetch()
{
    if (QNetworkReply *older = m_reply.data()) {
        disconnect(older, nullptr, this, nullptr);
        older->abort();
        older->deleteLater();
    }
    QUrl url = m_server;
    url.setPath(url.path() + QStringLiteral("/mock/mailbox"));
    QNetworkRequest request(url);
    request.setTransferTimeout(transferTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void DemoMailboxClient::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    if (reply->error() != QNetworkReply::NoError) {
        emit failed(tr("The demo server at %1 did not answer: %2")
                        .arg(m_server.toDisplayString(), reply->errorString()));
        return;
    }
    if (reply->size() > maximumAnswerBytes) {
        emit failed(tr("The demo server's mailbox answer is too large."));
        return;
    }
    QString problem;
    const QList<DemoMail> mail = parse(reply->readAll(), &problem);
    if (!problem.isEmpty()) {
        emit failed(problem);
        return;
    }
    emit fetched(mail);
}

QList<DemoMail> DemoMailboxClient::parse(const QByteArray &json, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const QJsonValue messages = document.object().value(QStringLiteral("messages"));
    if (error.error != QJsonParseError::NoError || !messages.isArray()) {
        *problem = tr("The demo server's mailbox answer could not be understood (no "
                      "\u201cmessages\u201d list).");
        return {};
    }
    QList<DemoMail> mail;
    for (const QJsonValue value : messages.toArray()) {
        const QJsonObject object = value.toObject();
        DemoMail message;
        message.id = object.value(QStringLiteral("id")).toInteger();
        message.backend = object.value(QStringLiteral("backend")).toString();
        message.to = object.value(QStringLiteral("to")).toString();
        message.subject = object.value(QStringLiteral("subject")).toString();
        message.code = object.value(QStringLiteral("code")).toString();
        message.link = QUrl(object.value(QStringLiteral("link")).toString());
        message.sentAt = QDateTime::fromString(object.value(QStringLiteral("sent_at")).toString(),
                                               Qt::ISODateWithMs);
        mail.append(message);
    }
    // The mock answers newest first; say so here too rather than rely on it.
    std::stable_sort(mail.begin(), mail.end(),
                     [](const DemoMail &a, const DemoMail &b) { return a.id > b.id; });
    problem->clear();
    return mail;
}
