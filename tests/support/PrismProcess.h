#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

/// Stoplight Prism serving an OpenAPI file on 127.0.0.1, validating every request it gets.
/// Tests point a real backend at it and then read Prism's verdicts from its log.
class PrismProcess
{
public:
    PrismProcess() = default;
    ~PrismProcess();
    PrismProcess(const PrismProcess &) = delete;
    PrismProcess &operator=(const PrismProcess &) = delete;

    /// Starts `prism mock` for `specPath` on a free port; waits until it accepts connections.
    bool start(const QString &prismBinary, const QString &specPath, QString *error);
    QUrl url() const;

    /// Everything Prism printed so far.
    QString log();
    int requestsReceived();
    /// Prism's complaints about requests (never about its own generated answers).
    QStringList requestViolations();

private:
    QProcess m_process;
    QString m_log;
    quint16 m_port = 0;
};
