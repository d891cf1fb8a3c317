#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

/// Checks of a shown window that a keyboard or screen-reader user depends on. Each returns
/// the problems it found as sentences naming the widgets (objectName, class and parents), so
/// a failing test says what to fix; an empty list means the window passes.
namespace AccessibilityAudit {

/// "objectName (Class) in parent (Class) in ..." up to the window, for failure messages.
QString describe(const QWidget *widget);

/// The widgets of `window` a Tab press can stop at: visible, accepting Tab focus and not
/// handing it to a proxy. With `enabledOnly`, disabled ones are left out.
QList<QWidget *> tabStops(QWidget *window, bool enabledOnly);

/// Tab stops (enabled or not) whose QAccessibleInterface reports an empty Name. A buddy
/// label, a button's text and setAccessibleName() all count, as they do for a screen reader.
QStringList unnamedControls(QWidget *window);

/// Presses `key` (Tab or Backtab) from the focus widget until the focus comes back to where
/// it started; the widgets visited in order, starting with the first. Sets `problem` when the
/// focus stays put (a widget keeps Tab for itself) or circles without coming back.
QList<QWidget *> walkFocus(QWidget *window, int key, QString *problem);

/// Places where the walk goes against the reading order. Rule, for each step a -> b of the
/// cycle started at the control that reads first (topmost, then leftmost):
/// - on the same line (vertical overlap of at least half the lower widget's height) b must
///   not be left of a: a line is read left to right;
/// - b lower on screen is always fine: the next line starts wherever it starts;
/// - b higher on screen is fine only when b lies wholly right of a: a new column (a list
///   beside its editor); anything else goes back up the page.
/// Positions come from mapToGlobal(), with a few pixels of tolerance for uneven styles.
QStringList readingOrderProblems(const QList<QWidget *> &cycle);

/// Mnemonics (Alt+letter) that more than one visible, enabled thing in `window` answers to:
/// the menu bar's titles, buttons and the buddy labels of inputs; and duplicates inside each
/// menu of the menu bar.
QStringList mnemonicClashes(QWidget *window);

/// State shown without words or without an icon shape: every visible InlineMessage and
/// ErrorBanner must have text and a (non-null) icon, and a banner must name its kind (error
/// or information) in its accessible name.
QStringList colourOnlyStates(QWidget *window);

} // namespace AccessibilityAudit
