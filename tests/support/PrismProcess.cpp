#include "PrismProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

PrismProcess::~PrismProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool PrismProcess::start(const QString &prismBinary, const QString &specPath, QString *error)
{
    {
        QTcpServer probe; // the kernel picks a free port; Prism takes it over right after
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = QStringLiteral("no free port");
            return false;
        }
        m_port = probe.serverPort();
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(prismBinary,
                    { QStringLiteral("mock"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("-p"), QString::number(m_port), specPath });
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2 (run scripts/test.sh or "
                                "npm ci --prefix tools/prism)")
                     .arg(prismBinary, m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            *error = QStringLiteral("prism exited: %1").arg(log());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        QTest::qWait(200);
    }
    *error = QStringLiteral("prism did not start listening within 60 s: %1").arg(log());
    return false;
}

QUrl PrismProcess::url() const
{
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString PrismProcess::log()
{
    m_log += QString::fromUtf8(m_process.readAll());
    return m_log;
}

int PrismProcess::requestsReceived()
{
    return int(log().count(QStringLiteral("Request received")));
}

QStringList PrismProcess::requestViolations()
{
    QStringList violations;
    static const QRegularExpression line(QStringLiteral("Violation: request[^\\n]*"));
    auto matches = line.globalMatch(log());
    while (matches.hasNext())
        violations.append(matches.next().captured(0));
    return violations;
}
