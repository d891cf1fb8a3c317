// iconrender: renders an SVG into a square PNG at build time, so the installed PNG icons are
// always made from the one committed SVG and cannot drift from it.
// usage: iconrender SIZE INPUT.svg OUTPUT.png

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int svgWarnings = 0;

/// Counts Qt SVG warnings (unsupported elements or attributes), so an icon that the SVG Tiny
/// renderer would draw wrongly fails the build instead of installing a broken picture.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++svgWarnings;
    std::fprintf(stderr, "iconrender: %s%s%s\n", context.category ? context.category : "",
                 context.category ? ": " : "", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(messageHandler);
    // Painting shapes onto a QImage needs no platform plugin or display: QCoreApplication does.
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(1).toInt(&sizeOk) : 0;
    if (!sizeOk || size <= 0) {
        std::fprintf(stderr, "usage: iconrender SIZE INPUT.svg OUTPUT.png\n");
        return 2;
    }

    QSvgRenderer renderer(args.at(2));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "iconrender: cannot read %s\n", qPrintable(args.at(2)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (svgWarnings > 0) {
        std::fprintf(stderr, "iconrender: %s: %d warning(s) from the SVG renderer\n",
                     qPrintable(args.at(2)), svgWarnings);
        return 1;
    }
    if (!image.save(args.at(3), "PNG")) {
        std::fprintf(stderr, "iconrender: cannot write %s\n", qPrintable(args.at(3)));
        return 1;
    }
    return 0;
}
