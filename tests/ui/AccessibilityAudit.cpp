#include "AccessibilityAudit.h"

#include "ErrorBanner.h"
#include "InlineMessage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

#include <algorithm>

namespace AccessibilityAudit {

namespace {

/// Pixels two widgets may be off and still count as aligned (frames and focus rings differ
/// between styles).
constexpr int tolerance = 4;

QRect globalRect(const QWidget *widget)
{
    return QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
}

bool sameLine(const QRect &a, const QRect &b)
{
    const int overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    return overlap >= std::min(a.height(), b.height()) / 2;
}

/// The lower-case letter after a single '&', or a null QChar.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

bool usable(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled();
}

bool hasIcon(const QWidget *widget)
{
    const QList<QLabel *> labels = widget->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(),
                       [](const QLabel *label) { return !label->pixmap().isNull(); });
}

} // namespace

QString describe(const QWidget *widget)
{
    QStringList parts;
    for (const QWidget *w = widget; w; w = w->isWindow() ? nullptr : w->parentWidget()) {
        const QString name =
            w->objectName().isEmpty() ? QStringLiteral("<unnamed>") : w->objectName();
        parts.append(
            QStringLiteral("%1 (%2)").arg(name, QLatin1String(w->metaObject()->className())));
    }
    return parts.join(QStringLiteral(" in "));
}

QList<QWidget *> tabStops(QWidget *window, bool enabledOnly)
{
    QList<QWidget *> stops;
    const QList<QWidget *> children = window->findChildren<QWidget *>();
    for (QWidget *widget : children) {
        if (widget->window() != window || !widget->isVisible() || widget->focusProxy()
            || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (enabledOnly && !widget->isEnabled())
            continue;
        stops.append(widget);
    }
    return stops;
}

QStringList unnamedControls(QWidget *window)
{
    QStringList problems;
    for (QWidget *widget : tabStops(window, false)) {
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
        if (!face || face->text(QAccessible::Name).trimmed().isEmpty())
            problems.append(describe(widget));
    }
    return problems;
}

QList<QWidget *> walkFocus(QWidget *window, int key, QString *problem)
{
    problem->clear();
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != window) {
        *problem = QStringLiteral("no widget of the window has the focus");
        return {};
    }
    QList<QWidget *> visited { start };
    // Twice the stops is plenty for a cycle; more means the focus never comes back.
    const qsizetype limit = tabStops(window, true).size() * 2 + 4;
    for (qsizetype i = 0; i < limit; ++i) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key(key));
        QWidget *after = QApplication::focusWidget();
        // Checked first: a widget that keeps Tab for itself (a table walking its cells) looks
        // like a cycle of one otherwise.
        if (!after || after == before) {
            *problem = QStringLiteral("the focus stays in %1 (a focus trap)").arg(describe(before));
            return visited;
        }
        if (after == start)
            return visited;
        if (visited.contains(after)) {
            *problem = QStringLiteral("the focus circles back to %1 and never reaches %2 again")
                           .arg(describe(after), describe(start));
            return visited;
        }
        visited.append(after);
    }
    *problem = QStringLiteral("the focus did not come back within %1 presses").arg(limit);
    return visited;
}

QStringList readingOrderProblems(const QList<QWidget *> &cycle)
{
    if (cycle.size() < 2)
        return {};
    // Start at the control that reads first, so the wrap from the last back to the first is
    // the only step that may go up and left.
    const auto first = std::min_element(cycle.cbegin(), cycle.cend(), [](QWidget *a, QWidget *b) {
        const QRect ra = globalRect(a);
        const QRect rb = globalRect(b);
        if (std::abs(ra.top() - rb.top()) > tolerance)
            return ra.top() < rb.top();
        return ra.left() < rb.left();
    });
    QList<QWidget *> ordered = cycle.mid(first - cycle.cbegin());
    ordered += cycle.mid(0, first - cycle.cbegin());

    QStringList problems;
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        const QRect a = globalRect(ordered.at(i - 1));
        const QRect b = globalRect(ordered.at(i));
        QString wrong;
        if (sameLine(a, b)) {
            if (b.left() < a.left() - tolerance)
                wrong = QStringLiteral("goes left on the same line");
        } else if (b.center().y() < a.center().y() && b.left() < a.right() - tolerance) {
            wrong = QStringLiteral("goes back up");
        }
        if (!wrong.isEmpty())
            problems.append(QStringLiteral("%1: %2 -> %3")
                                .arg(wrong, describe(ordered.at(i - 1)), describe(ordered.at(i))));
    }
    return problems;
}

QStringList mnemonicClashes(QWidget *window)
{
    QHash<QChar, QStringList> owners;
    const auto claim = [&owners](const QString &text, const QString &who) {
        const QChar key = mnemonic(text);
        if (!key.isNull())
            owners[key].append(QStringLiteral("\"%1\" (%2)").arg(text, who));
    };
    QStringList problems;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        const QList<QAction *> menus = main->menuBar()->actions();
        for (QAction *action : menus) {
            if (!action->isVisible())
                continue;
            claim(action->text(), QStringLiteral("menu"));
            QHash<QChar, QStringList> inMenu;
            const QList<QAction *> items =
                action->menu() ? action->menu()->actions() : QList<QAction *>();
            for (QAction *item : items) {
                const QChar key = mnemonic(item->text());
                if (item->isSeparator() || !item->isVisible())
                    continue;
                if (key.isNull())
                    problems.append(QStringLiteral("menu %1: \"%2\" has no mnemonic")
                                        .arg(action->text(), item->text()));
                else
                    inMenu[key].append(item->text());
            }
            for (auto it = inMenu.cbegin(); it != inMenu.cend(); ++it) {
                if (it->size() > 1)
                    problems.append(QStringLiteral("menu %1: Alt+%2 for %3")
                                        .arg(action->text(), it.key(), it->join(u", ")));
            }
        }
    }
    const QList<QWidget *> children = window->findChildren<QWidget *>();
    for (QWidget *widget : children) {
        if (widget->window() != window || !widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy() && usable(label->buddy()))
                claim(label->text(), describe(label->buddy()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->isEnabled())
                claim(button->text(), describe(button));
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it->size() > 1)
            problems.append(QStringLiteral("Alt+%1 for %2").arg(it.key(), it->join(u", ")));
    }
    return problems;
}

QStringList colourOnlyStates(QWidget *window)
{
    QStringList problems;
    const QList<InlineMessage *> messages = window->findChildren<InlineMessage *>();
    for (const InlineMessage *message : messages) {
        if (!message->isVisible())
            continue;
        if (message->text().trimmed().isEmpty())
            problems.append(describe(message) + QStringLiteral(": shown without words"));
        if (!hasIcon(message))
            problems.append(describe(message) + QStringLiteral(": shown without an icon"));
    }
    const QList<ErrorBanner *> banners = window->findChildren<ErrorBanner *>();
    for (const ErrorBanner *banner : banners) {
        if (!banner->isVisible())
            continue;
        if (banner->headline().trimmed().isEmpty())
            problems.append(describe(banner) + QStringLiteral(": shown without words"));
        if (!hasIcon(banner))
            problems.append(describe(banner) + QStringLiteral(": shown without an icon"));
        const QString kind = banner->level() == ErrorBanner::Level::Error ? QStringLiteral("Error")
            : banner->level() == ErrorBanner::Level::Warning ? QStringLiteral("Warning")
                                                             : QStringLiteral("Information");
        if (!banner->accessibleName().contains(kind))
            problems.append(describe(banner)
                            + QStringLiteral(": its accessible name \"%1\" does not say \"%2\"")
                                  .arg(banner->accessibleName(), kind));
    }
    return problems;
}

} // namespace AccessibilityAudit
