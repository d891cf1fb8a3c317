#pragma once

#include "ErrorShape.h"
#include "MockRequest.h"
#include "MockResponse.h"

#include <QByteArrayList>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/// Maps (method, path) to a handler. Patterns are literal segments and `{name}` placeholders,
/// each placeholder matching exactly one non-empty segment: "/iam/users/{id}/email".
/// Unlike QHttpServer 6.4's router it tells "no such path" (404) from "wrong method" (405).
class MockRouter
{
public:
    using Handler = std::function<MockResponse(const MockRequest &)>;

    struct Match
    {
        enum class Result { Found, NoSuchPath, WrongMethod };
        Result result = Result::NoSuchPath;
        Handler handler;
        QStringList args;
        QByteArrayList allowedMethods;
    };

    explicit MockRouter(const ErrorShape &fallbackShape);

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    /// Errors for paths under `prefix` use `shape`; the longest matching prefix wins.
    void addErrorShape(const QString &prefix, const ErrorShape &shape);

    Match match(const QByteArray &method, const QString &path) const;
    const ErrorShape &errorShapeFor(const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    struct ShapePrefix
    {
        QString prefix;
        const ErrorShape *shape;
    };

    static bool matchSegments(const QStringList &pattern, const QStringList &path,
                              QStringList *args);

    const ErrorShape &m_fallbackShape;
    QList<Route> m_routes;
    QList<ShapePrefix> m_shapes;
};
