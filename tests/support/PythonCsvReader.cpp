#include "PythonCsvReader.h"

#include <QJsonDocument>
#include <QProcess>

QJsonArray PythonCsvReader::read(const QByteArray &csv)
{
    m_error.clear();
    QProcess python;
    python.start(QStringLiteral(PYTHON3_EXECUTABLE),
                 { QStringLiteral("-c"),
                   QStringLiteral("import csv, io, json, sys\n"
                                  "text = sys.stdin.buffer.read().decode('utf-8')\n"
                                  "rows = list(csv.reader(io.StringIO(text, newline=''), "
                                  "strict=True))\n"
                                  "sys.stdout.write(json.dumps(rows))\n") });
    if (!python.waitForStarted(10000)) {
        m_error = python.errorString();
        return {};
    }
    python.write(csv);
    python.closeWriteChannel();
    if (!python.waitForFinished(30000)) {
        python.kill();
        python.waitForFinished();
        m_error = QStringLiteral("python3 did not finish");
        return {};
    }
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        m_error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}
