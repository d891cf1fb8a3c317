#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

/// A PEM file of certificate authorities that a profile trusts in addition to the system's: a
/// company's internal CA, or the CA of a TLS-inspecting proxy. Read by ConnectionProfile (to
/// check the setting) and by HttpClient (to trust it); both report the same sentences.
class CaCertificatesFile
{
    Q_DECLARE_TR_FUNCTIONS(CaCertificatesFile)

public:
    struct Contents
    {
        /// The certificates found; empty when `problem` is set.
        QList<QSslCertificate> certificates;
        /// A sentence for a person naming the path, or empty when the file can be used.
        QString problem;
    };

    /// Reads `path`, which must be absolute: profiles.json is shared by the desktop app and the
    /// CLI, which run from different folders.
    static Contents read(const QString &path);
};
