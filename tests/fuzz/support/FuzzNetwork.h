#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>

/// A network where every request is answered at once by a FuzzReply: the token endpoints with a
/// valid token (so that the fuzzed bytes reach the API's decoders, not only the sign-in), every
/// other request with the status, Content-Type and body under test.
class FuzzNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit FuzzNetwork(QObject *parent = nullptr);

    /// What the following requests get (one network serves every input: creating a
    /// QNetworkAccessManager costs more than a whole fuzz run).
    void answerWith(int status, QByteArray contentType, QByteArray body);

    /// Requests answered so far (a decoder that loops on its own answers shows here).
    int requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    int m_status = 200;
    QByteArray m_contentType;
    QByteArray m_body;
    int m_requests = 0;
};
