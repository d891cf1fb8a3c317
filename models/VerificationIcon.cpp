#include "VerificationIcon.h"

#include "PaintedIconEngine.h"

#include <QPainter>
#include <QPainterPath>
#include <QStringList>

namespace {

/// Paints at whatever size is asked, so the fallback stays sharp on high-DPI screens.
class VerificationIconEngine final : public PaintedIconEngine
{
public:
    explicit VerificationIconEngine(EmailVerification verification)
        : m_verification(verification)
    { }

    QIconEngine *clone() const override { return new VerificationIconEngine(m_verification); }
    QString key() const override { return QStringLiteral("identitydesk-verification"); }

    void paintSquare(QPainter *painter, const QRectF &box, QIcon::Mode mode) override
    {
        const qreal side = box.width();
        QColor colour;
        switch (m_verification) {
        case EmailVerification::Verified:
            colour = QColor(0x2e, 0x7d, 0x32);
            break;
        case EmailVerification::Unverified:
            colour = QColor(0xb2, 0x6a, 0x00);
            break;
        case EmailVerification::Unknown:
            colour = QColor(0x61, 0x61, 0x61);
            break;
        }
        if (mode == QIcon::Disabled)
            colour = QColor(0x9e, 0x9e, 0x9e);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal stroke = qMax<qreal>(1.0, side / 10.0);
        const QRectF ring = box.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2);
        painter->setPen(QPen(colour, stroke));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(ring);

        QPen glyphPen(colour, stroke * 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(glyphPen);
        const auto at = [&box](qreal x, qreal y) {
            return QPointF(box.left() + x * box.width(), box.top() + y * box.height());
        };
        switch (m_verification) {
        case EmailVerification::Verified: {
            QPainterPath tick;
            tick.moveTo(at(0.28, 0.52));
            tick.lineTo(at(0.44, 0.68));
            tick.lineTo(at(0.72, 0.34));
            painter->drawPath(tick);
            break;
        }
        case EmailVerification::Unverified:
            painter->drawLine(at(0.5, 0.26), at(0.5, 0.58));
            painter->drawPoint(at(0.5, 0.74));
            break;
        case EmailVerification::Unknown: {
            QPainterPath hook;
            hook.moveTo(at(0.36, 0.38));
            hook.cubicTo(at(0.36, 0.18), at(0.66, 0.18), at(0.64, 0.38));
            hook.cubicTo(at(0.63, 0.50), at(0.50, 0.50), at(0.50, 0.60));
            painter->drawPath(hook);
            painter->drawPoint(at(0.5, 0.76));
            break;
        }
        }
        painter->restore();
    }

private:
    EmailVerification m_verification;
};

QStringList themeNames(EmailVerification verification)
{
    switch (verification) {
    case EmailVerification::Verified:
        return { QStringLiteral("emblem-ok-symbolic"), QStringLiteral("emblem-ok"),
                 QStringLiteral("emblem-default") };
    case EmailVerification::Unverified:
        return { QStringLiteral("dialog-warning-symbolic"), QStringLiteral("dialog-warning") };
    case EmailVerification::Unknown:
        return { QStringLiteral("dialog-question-symbolic"), QStringLiteral("dialog-question"),
                 QStringLiteral("help-about") };
    }
    return {};
}

} // namespace

QIcon VerificationIcon::forState(EmailVerification verification)
{
    const QStringList names = themeNames(verification);
    for (const QString &name : names) {
        if (QIcon::hasThemeIcon(name))
            return QIcon::fromTheme(name);
    }
    return fallback(verification);
}

QIcon VerificationIcon::fallback(EmailVerification verification)
{
    return QIcon(new VerificationIconEngine(verification));
}
