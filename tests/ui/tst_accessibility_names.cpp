#include "AccessibilityAudit.h"
#include "AccessibilityScenes.h"
#include "ErrorBanner.h"
#include "InlineMessage.h"
#include "MainWindow.h"
#include "StatusIcon.h"
#include "UserCellText.h"
#include "UserTableModel.h"
#include "UserTableView.h"
#include "VerificationIcon.h"

#include <QAccessible>
#include <QApplication>
#include <QBitArray>
#include <QLabel>
#include <QSet>
#include <QTest>

/// What a screen reader and a person who cannot tell colours apart get, in every state of
/// every window (AccessibilityScenes): a name for each control, words and an icon shape for
/// each state, the verification column in words, and app icons drawn sharp at 2x and 3x.
class tst_AccessibilityNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyControlHasAName_data() { AccessibilityScenes::addRows(); }
    void everyControlHasAName();
    void stateIsNeverColourAlone_data() { AccessibilityScenes::addRows(); }
    void stateIsNeverColourAlone();
    void messageLevelsDifferInShape();
    void verifiedColumnSpeaksItsState();
    void iconsAreCrispAtHighDpi_data();
    void iconsAreCrispAtHighDpi();

private:
    AccessibilityScenes m_scenes;
};

namespace {

/// The shape of an icon without its colours: opaque pixels at most as light as the icon's
/// average. Two icons that differ only in hue get the same shape.
QBitArray shapeOf(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    qint64 opaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) > 127) {
                sum += qGray(pixel);
                ++opaque;
            }
        }
    }
    const int mean = opaque ? int(sum / opaque) : 0;
    QBitArray shape(image.width() * image.height());
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            shape.setBit(y * image.width() + x, qAlpha(pixel) > 127 && qGray(pixel) <= mean);
        }
    }
    return shape;
}

QPixmap iconOf(const QWidget &widget)
{
    for (const QLabel *label : widget.findChildren<QLabel *>()) {
        if (!label->pixmap().isNull())
            return label->pixmap();
    }
    return {};
}

} // namespace

void tst_AccessibilityNames::initTestCase()
{
    QVERIFY(m_scenes.start());
}

void tst_AccessibilityNames::everyControlHasAName()
{
    QFETCH(QString, scene);
    const AccessibilityScene opened = m_scenes.open(scene);
    QVERIFY(opened.window);
    QVERIFY2(!AccessibilityAudit::tabStops(opened.window.get(), false).isEmpty(),
             "no controls found: the walk would prove nothing");
    const QStringList unnamed = AccessibilityAudit::unnamedControls(opened.window.get());
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("controls without an accessible name:\n  ")
                        + unnamed.join(QStringLiteral("\n  "))));
}

void tst_AccessibilityNames::stateIsNeverColourAlone()
{
    QFETCH(QString, scene);
    const AccessibilityScene opened = m_scenes.open(scene);
    QVERIFY(opened.window);
    const QStringList problems = AccessibilityAudit::colourOnlyStates(opened.window.get());
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("state shown by colour alone:\n  ")
                        + problems.join(QStringLiteral("\n  "))));
    // The scenes that are about a problem do show one, so the check above looked at something.
    if (scene.contains(QLatin1String("banner")) || scene.contains(QLatin1String("test:")))
        QVERIFY(!opened.window->findChild<ErrorBanner *>()->headline().isEmpty());
}

void tst_AccessibilityNames::messageLevelsDifferInShape()
{
    // Each level of a message and of the banner has its own icon shape, not just its colour.
    InlineMessage message;
    QList<QBitArray> shapes;
    for (const auto level : { InlineMessage::Level::Information, InlineMessage::Level::Success,
                              InlineMessage::Level::Warning, InlineMessage::Level::Error }) {
        message.showMessage(level, QStringLiteral("words"));
        const QBitArray shape = shapeOf(iconOf(message));
        QVERIFY2(shape.count(true) > 0, "a message level without an icon");
        QVERIFY2(!shapes.contains(shape), "two message levels share an icon shape");
        shapes.append(shape);
        QVERIFY2(message.accessibleDescription().size() > 0, "the level is not named");
    }
    ErrorBanner banner;
    banner.showMessage(ErrorBanner::Level::Error, QStringLiteral("words"));
    const QBitArray error = shapeOf(iconOf(banner));
    banner.showMessage(ErrorBanner::Level::Information, QStringLiteral("words"));
    QVERIFY(error != shapeOf(iconOf(banner)));
    QCOMPARE(banner.accessibleName(), QStringLiteral("Information"));

    QSet<QByteArray> seen;
    for (const auto state : { EmailVerification::Verified, EmailVerification::Unverified,
                              EmailVerification::Unknown }) {
        const QBitArray shape = shapeOf(VerificationIcon::fallback(state).pixmap(QSize(32, 32), 1));
        const QByteArray bytes(shape.bits(), (shape.size() + 7) / 8);
        QVERIFY2(!seen.contains(bytes), "two verification states share an icon shape");
        seen.insert(bytes);
    }
}

void tst_AccessibilityNames::verifiedColumnSpeaksItsState()
{
    const AccessibilityScene opened = m_scenes.open(QStringLiteral("main"));
    QVERIFY(opened.window);
    auto *window = static_cast<MainWindow *>(opened.window.get());
    UserTableView *view = window->tableView();
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
    QVERIFY(table && table->tableInterface());

    const QSet<QString> words { UserCellText::verificationText(EmailVerification::Verified),
                                UserCellText::verificationText(EmailVerification::Unverified),
                                UserCellText::verificationText(EmailVerification::Unknown) };
    QSet<QString> heard;
    const int rows = std::min(view->model()->rowCount(), 40);
    QVERIFY(rows > 0);
    for (int row = 0; row < rows; ++row) {
        QAccessibleInterface *cell =
            table->tableInterface()->cellAt(row, UserTableModel::Verification);
        QVERIFY(cell);
        const QString spoken = cell->text(QAccessible::Name);
        QVERIFY2(words.contains(spoken),
                 qPrintable(QStringLiteral("row %1 reads \"%2\"").arg(row).arg(spoken)));
        heard.insert(spoken);
    }
    // The demo has verified and unverified users among the first rows: both are heard.
    QVERIFY2(heard.size() >= 2, qPrintable(QStringList(heard.values()).join(u',')));
}

void tst_AccessibilityNames::iconsAreCrispAtHighDpi_data()
{
    QTest::addColumn<QIcon>("icon");
    QTest::addColumn<qreal>("ratio");
    const auto add = [](const char *name, const QIcon &icon) {
        for (const qreal ratio : { 1.0, 2.0, 3.0 })
            QTest::addRow("%s @%gx", name, ratio) << icon << ratio;
    };
    // Every icon the UI shows is one of these (or the theme's): the style's message icons
    // were 16 and 32 pixel pictures, stretched on a 3x screen.
    add("verified", VerificationIcon::fallback(EmailVerification::Verified));
    add("not verified", VerificationIcon::fallback(EmailVerification::Unverified));
    add("verification unknown", VerificationIcon::fallback(EmailVerification::Unknown));
    add("information", StatusIcon::fallback(StatusIcon::Level::Information));
    add("success", StatusIcon::fallback(StatusIcon::Level::Success));
    add("warning", StatusIcon::fallback(StatusIcon::Level::Warning));
    add("error", StatusIcon::fallback(StatusIcon::Level::Error));
}

void tst_AccessibilityNames::iconsAreCrispAtHighDpi()
{
    QFETCH(QIcon, icon);
    QFETCH(qreal, ratio);
    const QSize logical(16, 16);
    const QPixmap pixmap = icon.pixmap(logical, ratio);
    // Drawn for the device's pixels, not a smaller picture stretched when painted.
    QCOMPARE(pixmap.size(), logical * ratio);
    QCOMPARE(pixmap.devicePixelRatio(), ratio);
    QVERIFY(shapeOf(pixmap).count(true) > 0);
    // No icon reaches its corners: they must be transparent, not whatever the pixmap's memory
    // held (QIconEngine's default pixmap() does not clear it).
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    const int right = image.width() - 1;
    const int bottom = image.height() - 1;
    for (const QPoint corner :
         { QPoint(0, 0), QPoint(right, 0), QPoint(0, bottom), QPoint(right, bottom) })
        QCOMPARE(qAlpha(image.pixel(corner)), 0);
}

QTEST_MAIN(tst_AccessibilityNames)
#include "tst_accessibility_names.moc"
