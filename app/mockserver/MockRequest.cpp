#include "MockRequest.h"

MockRequest::MockRequest(QByteArray method, QString path, QUrlQuery query, HeaderList headers,
                         QByteArray body)
    : m_method(std::move(method))
    , m_path(std::move(path))
    , m_query(query) // Qt 6.4's QUrlQuery has no move constructor; it is implicitly shared
    , m_headers(std::move(headers))
    , m_body(std::move(body))
{ }

QByteArray MockRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool MockRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray MockRequest::mediaType() const
{
    QByteArray type = header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

bool MockRequest::hasQueryItem(const QString &key) const
{
    return m_query.hasQueryItem(key);
}

QString MockRequest::queryItem(const QString &key) const
{
    return m_query.queryItemValue(key, QUrl::FullyDecoded);
}
