#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

/// The saved connection profiles: a small JSON file, never holding a secret.
///
///     { "version": 1, "profiles": [ { ...ConnectionProfile::toJson()... }, ... ] }
///
/// Every change re-reads the file (so a change made meanwhile by another IdentityDesk process,
/// such as the CLI, is kept), is validated, then written at once and atomically (QSaveFile: a
/// temporary file renamed over the old one) with mode 0600; the in-memory list changes only
/// when the write succeeded. A file that cannot be read (not JSON, wrong shape, an invalid
/// profile, a version this build does not know) is reported and left alone: every change is
/// refused with the same error until the file is fixed or moved away, so nothing is silently
/// overwritten. A missing file is simply an empty list; it is created on the first change.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        NoError,
        /// The file is not JSON or not shaped like a profile file, or a profile in it is invalid.
        Corrupt,
        /// The file was written by another (newer) version of IdentityDesk.
        UnsupportedVersion,
        /// Reading or writing the file failed (permissions, disk full, a folder in the way).
        Io,
        /// The profile given to add() or replace() is invalid; see problems().
        InvalidProfile,
        /// add() or a rename through replace() would give two profiles the same name.
        DuplicateName,
        /// No profile has the given name.
        NotFound,
    };
    Q_ENUM(Error)

    /// The file format this build reads and writes.
    static constexpr int formatVersion = 1;

    /// Uses defaultFilePath().
    explicit ProfileStore(QObject *parent = nullptr);
    /// Uses `filePath` (tests, the CLI's --config-dir).
    explicit ProfileStore(const QString &filePath, QObject *parent = nullptr);

    /// QStandardPaths::GenericConfigLocation + "/IdentityDesk/profiles.json" (~/.config on
    /// Linux), shared by every IdentityDesk front end.
    static QString defaultFilePath();
    const QString &filePath() const { return m_filePath; }

    /// (Re)reads the file. A missing file gives an empty list and succeeds. On failure the list
    /// is empty and error()/errorString() say why.
    bool load();

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    QStringList names() const;
    std::optional<ConnectionProfile> find(const QString &name) const;
    bool contains(const QString &name) const { return indexOf(name) >= 0; }

    /// Adds a new profile and saves. Fails on an invalid profile or a name already in use.
    bool add(const ConnectionProfile &profile);
    /// Replaces the profile called `name` (the new one may carry another name) and saves.
    bool replace(const QString &name, const ConnectionProfile &profile);
    /// Removes the profile called `name` and saves.
    bool remove(const QString &name);

    /// Why the last load() or change failed; NoError after a success.
    Error error() const { return m_error; }
    /// A sentence for a person, naming the file; empty after a success.
    const QString &errorString() const { return m_errorString; }
    /// The validation problems behind InvalidProfile (and a Corrupt profile entry).
    const QList<ProfileProblem> &problems() const { return m_problems; }

signals:
    /// The list changed through add(), replace(), remove() or load().
    void profilesChanged();

private:
    static int indexIn(const QList<ConnectionProfile> &profiles, const QString &name);
    int indexOf(const QString &name) const { return indexIn(m_profiles, name); }
    /// Reads and checks the file into `result`; sets the error on failure.
    bool readFile(QList<ConnectionProfile> *result);
    /// Re-reads the file before a change; keeps the in-memory list in step with it.
    bool refresh(QList<ConnectionProfile> *profiles);
    bool checkProfile(const ConnectionProfile &profile);
    /// Writes `profiles` atomically; on success they become the current list.
    bool commit(const QList<ConnectionProfile> &profiles);
    bool fail(Error error, const QString &message, const QList<ProfileProblem> &problems = {});
    void clearError();

    QString m_filePath;
    QList<ConnectionProfile> m_profiles;
    Error m_error = Error::NoError;
    QString m_errorString;
    QList<ProfileProblem> m_problems;
};
