#include "MockRouter.h"

namespace {
QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool isPlaceholder(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{'))
        && segment.endsWith(QLatin1Char('}'));
}
} // namespace

MockRouter::MockRouter(const ErrorShape &fallbackShape)
    : m_fallbackShape(fallbackShape)
{ }

void MockRouter::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append({ method, splitPath(pattern), std::move(handler) });
}

void MockRouter::addErrorShape(const QString &prefix, const ErrorShape &shape)
{
    m_shapes.append({ prefix, &shape });
}

bool MockRouter::matchSegments(const QStringList &pattern, const QStringList &path,
                               QStringList *args)
{
    if (pattern.size() != path.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (isPlaceholder(pattern.at(i)))
            captured.append(path.at(i));
        else if (pattern.at(i) != path.at(i))
            return false;
    }
    *args = std::move(captured);
    return true;
}

MockRouter::Match MockRouter::match(const QByteArray &method, const QString &path) const
{
    const QStringList segments = splitPath(path);
    Match result;
    for (const Route &route : m_routes) {
        QStringList args;
        if (!matchSegments(route.segments, segments, &args))
            continue;
        // A literal route beats a placeholder one ("/users/me" before "/users/{id}") because
        // routes are registered literal-first by the APIs; the first method match wins.
        if (route.method == method) {
            result.result = Match::Result::Found;
            result.handler = route.handler;
            result.args = std::move(args);
            result.allowedMethods.clear();
            return result;
        }
        result.result = Match::Result::WrongMethod;
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}

const ErrorShape &MockRouter::errorShapeFor(const QString &path) const
{
    const ErrorShape *best = &m_fallbackShape;
    qsizetype bestLength = -1;
    for (const ShapePrefix &entry : m_shapes) {
        if (path.startsWith(entry.prefix) && entry.prefix.size() > bestLength) {
            best = entry.shape;
            bestLength = entry.prefix.size();
        }
    }
    return *best;
}
