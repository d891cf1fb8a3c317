#include "StatusIcon.h"

#include "PaintedIconEngine.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace {

/// Paints at whatever size is asked: a filled outline in the level's colour and a glyph in
/// a contrasting one.
class StatusIconEngine final : public PaintedIconEngine
{
public:
    explicit StatusIconEngine(StatusIcon::Level level)
        : m_level(level)
    { }

    QIconEngine *clone() const override { return new StatusIconEngine(m_level); }
    QString key() const override { return QStringLiteral("identitydesk-status"); }

    void paintSquare(QPainter *painter, const QRectF &box, QIcon::Mode mode) override
    {
        const qreal side = box.width();
        const auto at = [&box](qreal x, qreal y) {
            return QPointF(box.left() + x * box.width(), box.top() + y * box.height());
        };
        QColor fill;
        QColor glyph = Qt::white;
        switch (m_level) {
        case StatusIcon::Level::Information:
            fill = QColor(0x15, 0x65, 0xc0);
            break;
        case StatusIcon::Level::Success:
            fill = QColor(0x2e, 0x7d, 0x32);
            break;
        case StatusIcon::Level::Warning:
            // White on amber is hard to read: a dark mark instead.
            fill = QColor(0xf9, 0xa8, 0x25);
            glyph = QColor(0x21, 0x21, 0x21);
            break;
        case StatusIcon::Level::Error:
            fill = QColor(0xc6, 0x28, 0x28);
            break;
        }
        if (mode == QIcon::Disabled)
            fill = QColor(0x9e, 0x9e, 0x9e);

        QPainterPath outline;
        switch (m_level) {
        case StatusIcon::Level::Information:
        case StatusIcon::Level::Success:
            outline.addEllipse(box.adjusted(side * 0.03, side * 0.03, -side * 0.03, -side * 0.03));
            break;
        case StatusIcon::Level::Warning:
            outline.moveTo(at(0.5, 0.04));
            outline.lineTo(at(0.97, 0.92));
            outline.lineTo(at(0.03, 0.92));
            outline.closeSubpath();
            break;
        case StatusIcon::Level::Error:
            for (int corner = 0; corner < 8; ++corner) {
                const qreal angle = qDegreesToRadians(22.5 + 45.0 * corner);
                const QPointF point = at(0.5 + 0.48 * qCos(angle), 0.5 + 0.48 * qSin(angle));
                if (corner == 0)
                    outline.moveTo(point);
                else
                    outline.lineTo(point);
            }
            outline.closeSubpath();
            break;
        }

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawPath(outline);
        const qreal stroke = qMax<qreal>(1.0, side / 8.0);
        painter->setPen(QPen(glyph, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        switch (m_level) {
        case StatusIcon::Level::Information:
            painter->drawPoint(at(0.5, 0.28));
            painter->drawLine(at(0.5, 0.46), at(0.5, 0.74));
            break;
        case StatusIcon::Level::Success: {
            QPainterPath tick;
            tick.moveTo(at(0.28, 0.52));
            tick.lineTo(at(0.44, 0.68));
            tick.lineTo(at(0.72, 0.34));
            painter->drawPath(tick);
            break;
        }
        case StatusIcon::Level::Warning:
            painter->drawLine(at(0.5, 0.36), at(0.5, 0.62));
            painter->drawPoint(at(0.5, 0.78));
            break;
        case StatusIcon::Level::Error:
            painter->drawLine(at(0.33, 0.33), at(0.67, 0.67));
            painter->drawLine(at(0.67, 0.33), at(0.33, 0.67));
            break;
        }
        painter->restore();
    }

private:
    StatusIcon::Level m_level;
};

QString themeName(StatusIcon::Level level)
{
    switch (level) {
    case StatusIcon::Level::Information:
        return QStringLiteral("dialog-information");
    case StatusIcon::Level::Success:
        return QStringLiteral("emblem-ok");
    case StatusIcon::Level::Warning:
        return QStringLiteral("dialog-warning");
    case StatusIcon::Level::Error:
        return QStringLiteral("dialog-error");
    }
    return {};
}

} // namespace

QIcon StatusIcon::forLevel(Level level)
{
    const QString name = themeName(level);
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return fallback(level);
}

QIcon StatusIcon::fallback(Level level)
{
    return QIcon(new StatusIconEngine(level));
}
