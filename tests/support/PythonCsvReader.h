#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

/// Reads CSV back with an independent parser, Python's csv module in strict mode, so that
/// tests of IdentityDesk's CSV writers do not check them with their own code.
class PythonCsvReader
{
public:
    /// The records of `csv` (UTF-8) as an array of arrays of strings; empty, with error(),
    /// when Python could not run or the CSV is not well-formed.
    QJsonArray read(const QByteArray &csv);
    const QString &error() const { return m_error; }

private:
    QString m_error;
};
