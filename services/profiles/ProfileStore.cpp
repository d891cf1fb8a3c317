#include "ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <cmath>

namespace {

const QString versionKey = QStringLiteral("version");
const QString profilesKey = QStringLiteral("profiles");

/// A profile file is a few kilobytes; anything far larger is not one.
constexpr qint64 maximumFileSize = qint64(16) * 1024 * 1024;

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : ProfileStore(defaultFilePath(), parent)
{ }

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{ }

QString ProfileStore::defaultFilePath()
{
    // One file for every front end: AppConfigLocation would differ between identitydesk and
    // identitydesk-cli, and the two would each see their own profiles.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/IdentityDesk/profiles.json";
}

bool ProfileStore::load()
{
    QList<ConnectionProfile> profiles;
    const bool ok = readFile(&profiles);
    if (profiles != m_profiles) {
        m_profiles = profiles;
        emit profilesChanged();
    }
    if (ok)
        clearError();
    return ok;
}

QStringList ProfileStore::names() const
{
    QStringList names;
    names.reserve(m_profiles.size());
    for (const ConnectionProfile &profile : m_profiles)
        names << profile.name;
    return names;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    const int index = indexOf(name);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

bool ProfileStore::add(const ConnectionProfile &profile)
{
    QList<ConnectionProfile> profiles;
    if (!refresh(&profiles) || !checkProfile(profile))
        return false;
    if (indexIn(profiles, profile.name) >= 0)
        return fail(
            Error::DuplicateName,
            tr("A profile called \"%1\" already exists; choose another name.").arg(profile.name));
    profiles.append(profile);
    return commit(profiles);
}

bool ProfileStore::replace(const QString &name, const ConnectionProfile &profile)
{
    QList<ConnectionProfile> profiles;
    if (!refresh(&profiles) || !checkProfile(profile))
        return false;
    const int index = indexIn(profiles, name);
    if (index < 0)
        return fail(Error::NotFound, tr("There is no profile called \"%1\".").arg(name));
    const int clash = indexIn(profiles, profile.name);
    if (clash >= 0 && clash != index)
        return fail(
            Error::DuplicateName,
            tr("A profile called \"%1\" already exists; choose another name.").arg(profile.name));
    profiles[index] = profile;
    return commit(profiles);
}

bool ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> profiles;
    if (!refresh(&profiles))
        return false;
    const int index = indexIn(profiles, name);
    if (index < 0)
        return fail(Error::NotFound, tr("There is no profile called \"%1\".").arg(name));
    profiles.removeAt(index);
    return commit(profiles);
}

int ProfileStore::indexIn(const QList<ConnectionProfile> &profiles, const QString &name)
{
    for (int i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).name == name)
            return i;
    }
    return -1;
}

bool ProfileStore::readFile(QList<ConnectionProfile> *result)
{
    result->clear();
    QList<ConnectionProfile> read;
    QList<ConnectionProfile> *profiles = &read;
    const QString path = QDir::toNativeSeparators(m_filePath);
    const QString leftAlone = tr("IdentityDesk will not change it; fix the file or move it away.");
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (QFileInfo(file).isDir())
        return fail(Error::Io, tr("The profile file %1 is a folder.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Io,
                    tr("Cannot read the profile file %1: %2").arg(path, file.errorString()));
    if (file.size() > maximumFileSize)
        return fail(
            Error::Corrupt,
            tr("The profile file %1 is too large to be a profile file. %2").arg(path, leftAlone));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(Error::Io,
                    tr("Cannot read the profile file %1: %2").arg(path, file.errorString()));

    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Error::Corrupt,
                    tr("The profile file %1 is damaged: it is not valid JSON (%2 "
                       "at byte %3). %4")
                        .arg(path, parseError.errorString())
                        .arg(parseError.offset)
                        .arg(leftAlone));
    if (!document.isObject())
        return fail(
            Error::Corrupt,
            tr("The profile file %1 is damaged: it is not a JSON object. %2").arg(path, leftAlone));
    const QJsonObject root = document.object();

    const QJsonValue version = root.value(versionKey);
    if (version.isUndefined())
        return fail(Error::Corrupt,
                    tr("The profile file %1 is damaged: it has no \"version\" field. %2")
                        .arg(path, leftAlone));
    const double number = version.toDouble();
    if (!version.isDouble() || std::floor(number) != number)
        return fail(Error::Corrupt,
                    tr("The profile file %1 is damaged: \"version\" is not a whole number. %2")
                        .arg(path, leftAlone));
    if (number != formatVersion)
        return fail(Error::UnsupportedVersion,
                    tr("The profile file %1 has format version %2, but this IdentityDesk only "
                       "reads version %3 (the file was probably written by a newer "
                       "IdentityDesk). %4")
                        .arg(path, version.toVariant().toString())
                        .arg(formatVersion)
                        .arg(leftAlone));

    const QJsonValue list = root.value(profilesKey);
    if (!list.isArray())
        return fail(Error::Corrupt,
                    tr("The profile file %1 is damaged: \"profiles\" is missing or not a list. %2")
                        .arg(path, leftAlone));
    const QJsonArray entries = list.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject())
            return fail(Error::Corrupt,
                        tr("The profile file %1 is damaged: entry %2 is not a profile. %3")
                            .arg(path)
                            .arg(i + 1)
                            .arg(leftAlone));
        ProfileProblem problem;
        const std::optional<ConnectionProfile> profile =
            ConnectionProfile::fromJson(entry.toObject(), &problem);
        if (!profile) {
            const QString name = entry.toObject().value(u"name").toString();
            const QString which =
                name.isEmpty() ? tr("entry %1").arg(i + 1) : tr("profile \"%1\"").arg(name);
            return fail(Error::Corrupt,
                        tr("The profile file %1 is damaged: %2: %3 %4")
                            .arg(path, which, problem.describe(), leftAlone),
                        { problem });
        }
        if (seen.contains(profile->name))
            return fail(Error::Corrupt,
                        tr("The profile file %1 is damaged: the name \"%2\" is used twice. %3")
                            .arg(path, profile->name, leftAlone));
        seen.insert(profile->name);
        profiles->append(*profile);
    }
    *result = read;
    return true;
}

bool ProfileStore::refresh(QList<ConnectionProfile> *profiles)
{
    const bool ok = readFile(profiles);
    if (ok && *profiles != m_profiles) {
        m_profiles = *profiles;
        emit profilesChanged();
    }
    return ok;
}

bool ProfileStore::checkProfile(const ConnectionProfile &profile)
{
    const QList<ProfileProblem> problems = profile.validate();
    if (problems.isEmpty())
        return true;
    QStringList lines;
    for (const ProfileProblem &problem : problems)
        lines << problem.describe();
    return fail(Error::InvalidProfile, tr("The profile cannot be saved: %1").arg(lines.join(u"; ")),
                problems);
}

bool ProfileStore::commit(const QList<ConnectionProfile> &profiles)
{
    const QString path = QDir::toNativeSeparators(m_filePath);
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(Error::Io,
                    tr("Cannot create the folder %1 for the profile file.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));

    QJsonArray entries;
    for (const ConnectionProfile &profile : profiles)
        entries.append(profile.toJson());
    const QJsonObject root { { versionKey, formatVersion }, { profilesKey, entries } };

    // QSaveFile writes a temporary file next to the target and renames it over the target on
    // commit(), so readers see either the old or the new file, never a half-written one.
    // Unbuffered: Qt 6.4 does not report a short write (disk full, file size limit) that happens
    // while flushing its buffer in commit(), and would install a truncated file. Writing
    // directly lets us see the short count and cancel.
    QSaveFile file(m_filePath);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(Error::Io,
                    tr("Cannot write the profile file %1: %2").arg(path, file.errorString()));
    // The temporary file would otherwise copy the old file's mode; the rename keeps this one.
    if (!file.setPermissions(ownerOnly)) {
        file.cancelWriting();
        return fail(
            Error::Io,
            tr("Cannot make the profile file %1 private: %2").arg(path, file.errorString()));
    }
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    const qint64 written = file.write(data);
    if (written != data.size()) {
        const QString reason = file.error() != QFileDevice::NoError
            ? file.errorString()
            : tr("only %1 of %2 bytes could be written (is the disk full?)")
                  .arg(qMax<qint64>(written, 0))
                  .arg(data.size());
        file.cancelWriting();
        return fail(Error::Io,
                    tr("Cannot write the profile file %1: %2. The previous file is unchanged.")
                        .arg(path, reason));
    }
    if (!file.commit())
        return fail(Error::Io,
                    tr("Cannot write the profile file %1: %2").arg(path, file.errorString()));

    clearError();
    if (profiles != m_profiles) {
        m_profiles = profiles;
        emit profilesChanged();
    }
    return true;
}

bool ProfileStore::fail(Error error, const QString &message, const QList<ProfileProblem> &problems)
{
    m_error = error;
    m_errorString = message;
    m_problems = problems;
    return false;
}

void ProfileStore::clearError()
{
    m_error = Error::NoError;
    m_errorString.clear();
    m_problems.clear();
}
