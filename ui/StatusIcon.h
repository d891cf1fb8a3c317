#pragma once

#include <QIcon>

/// The icon beside a message: information, success, warning or error.
///
/// Taken from the desktop's icon theme when it has one (themes ship scalable or many-sized
/// icons); otherwise drawn at whatever size is asked, so it stays sharp at any scale. The
/// style's own message icons are not used: Qt's built-in ones are 16 and 32 pixel pictures,
/// blurred when stretched for a 3x screen. Each level has its own outline and glyph (circle
/// with "i", circle with a tick, triangle with "!", octagon with a cross), so the level never
/// depends on telling colours apart. Icons need a QGuiApplication.
class StatusIcon
{
public:
    enum class Level { Information, Success, Warning, Error };

    static QIcon forLevel(Level level);
    /// The drawn icon alone, without consulting the theme (for tests and themeless platforms).
    static QIcon fallback(Level level);
};
