#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

/// An HTTP response produced by a mock API handler.
struct MockResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static MockResponse json(int status, const QJsonObject &object);
    static MockResponse json(int status, const QJsonArray &array);
    /// A body that is already serialized JSON (see JsonWriter).
    static MockResponse json(int status, QByteArray serialized);
    static MockResponse empty(int status);

    MockResponse &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};
