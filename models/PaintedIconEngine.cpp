#include "PaintedIconEngine.h"

#include <QPainter>
#include <QPixmap>

QPixmap PaintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    // QIconEngine's own pixmap() paints over uninitialised memory: start transparent.
    QPixmap result(size);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return result;
}

void PaintedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const qreal side = qMin(rect.width(), rect.height());
    if (side <= 0)
        return;
    const QRectF box(rect.x() + (rect.width() - side) / 2.0,
                     rect.y() + (rect.height() - side) / 2.0, side, side);
    paintSquare(painter, box, mode);
}
