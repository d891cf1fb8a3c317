#include "ViewSettings.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString lastProfileKey = QStringLiteral("window/lastProfile");
const QString columnsKey = QStringLiteral("/columns");
} // namespace

QString ViewSettings::profileGroup(const QString &profileName)
{
    // Percent-encoded: a "/" in a profile name must not open a settings subgroup.
    return QStringLiteral("profiles/")
        + QString::fromLatin1(profileName.toUtf8().toPercentEncoding());
}

void ViewSettings::saveColumns(const QString &profileName, const QHeaderView &header)
{
    QSettings().setValue(profileGroup(profileName) + columnsKey, header.saveState());
}

bool ViewSettings::restoreColumns(const QString &profileName, QHeaderView &header)
{
    const QByteArray state =
        QSettings().value(profileGroup(profileName) + columnsKey).toByteArray();
    return !state.isEmpty() && header.restoreState(state);
}

QString ViewSettings::lastProfile()
{
    return QSettings().value(lastProfileKey).toString();
}

void ViewSettings::setLastProfile(const QString &profileName)
{
    QSettings().setValue(lastProfileKey, profileName);
}

void ViewSettings::saveWindow(const QMainWindow &window)
{
    QSettings settings;
    settings.setValue(geometryKey, window.saveGeometry());
    settings.setValue(stateKey, window.saveState());
}

bool ViewSettings::restoreWindow(QMainWindow &window)
{
    const QSettings settings;
    window.restoreState(settings.value(stateKey).toByteArray());
    return window.restoreGeometry(settings.value(geometryKey).toByteArray());
}
