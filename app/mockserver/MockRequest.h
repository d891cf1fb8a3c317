#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

/// One HTTP request as the mock APIs see it: a plain value, independent of the transport, so
/// handlers can be exercised without sockets and the transport can be swapped.
class MockRequest
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    MockRequest(QByteArray method, QString path, QUrlQuery query, HeaderList headers,
                QByteArray body);

    const QByteArray &method() const { return m_method; }
    const QString &path() const { return m_path; }
    const QByteArray &body() const { return m_body; }
    const HeaderList &headers() const { return m_headers; }

    /// Header value by case-insensitive name; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    /// The media type of Content-Type, lower-cased, without parameters ("application/json").
    QByteArray mediaType() const;

    bool hasQueryItem(const QString &key) const;
    /// Fully percent-decoded query value; empty when absent.
    QString queryItem(const QString &key) const;

    /// Values captured by `{name}` placeholders of the matched route, in pattern order.
    const QStringList &pathArgs() const { return m_pathArgs; }
    QString pathArg(int index) const { return m_pathArgs.value(index); }
    void setPathArgs(QStringList args) { m_pathArgs = std::move(args); }

private:
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    HeaderList m_headers;
    QByteArray m_body;
    QStringList m_pathArgs;
};
