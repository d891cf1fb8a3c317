#include "MockResponse.h"

#include <QJsonDocument>

MockResponse MockResponse::json(int status, const QJsonObject &object)
{
    return { status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {} };
}

MockResponse MockResponse::json(int status, const QJsonArray &array)
{
    return { status, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact), {} };
}

MockResponse MockResponse::json(int status, QByteArray serialized)
{
    return { status, "application/json", std::move(serialized), {} };
}

MockResponse MockResponse::empty(int status)
{
    return { status, {}, {}, {} };
}

MockResponse &MockResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return *this;
}

QByteArray MockResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
