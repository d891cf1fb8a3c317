#pragma once

#include <QIconEngine>

/// An icon drawn at whatever size is asked, so it stays sharp on high-DPI screens: subclasses
/// paint into a square centred in the requested rectangle.
class PaintedIconEngine : public QIconEngine
{
public:
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) final;

protected:
    /// `box` is never empty.
    virtual void paintSquare(QPainter *painter, const QRectF &box, QIcon::Mode mode) = 0;
};
