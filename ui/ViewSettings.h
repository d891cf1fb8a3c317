#pragma once

#include <QString>

class QHeaderView;
class QMainWindow;

/// What the main window remembers between sessions, in QSettings: its geometry and state, the
/// profile used last, and per profile the users table's columns (visibility, order, widths and
/// sort, as QHeaderView::saveState()). Profiles are keyed by name; no secret is ever written.
class ViewSettings
{
public:
    static void saveColumns(const QString &profileName, const QHeaderView &header);
    /// False when nothing (usable) is saved for the profile; the header is then unchanged.
    static bool restoreColumns(const QString &profileName, QHeaderView &header);

    static QString lastProfile();
    static void setLastProfile(const QString &profileName);

    static void saveWindow(const QMainWindow &window);
    /// False when no geometry is saved (first start).
    static bool restoreWindow(QMainWindow &window);

    /// The settings group of a profile: "profiles/<percent-encoded name>".
    static QString profileGroup(const QString &profileName);
};
