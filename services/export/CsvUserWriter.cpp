#include "CsvUserWriter.h"

#include "UserFields.h"

QString CsvUserWriter::cell(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray CsvUserWriter::record(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(QLatin1Char(','));
        line.append(cell(cells.at(i)));
    }
    line.append(QLatin1String("\r\n"));
    return line.toUtf8();
}

bool CsvUserWriter::begin()
{
    return put(record(UserFields::csvColumns()));
}

bool CsvUserWriter::write(const QList<User> &users)
{
    QByteArray bytes;
    for (const User &user : users)
        bytes.append(record(UserFields::csvCells(user)));
    if (!put(bytes))
        return false;
    countWritten(users.size());
    return true;
}
