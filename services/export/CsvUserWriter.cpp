#include "CsvUserWriter.h"

#include "UserFields.h"

#include <QStringEncoder>

namespace {
bool runsAsFormula(QChar first)
{
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

bool needsQuotes(QStringView text)
{
    for (const QChar ch : text) {
        if (ch == QLatin1Char(',') || ch == QLatin1Char('"') || ch == QLatin1Char('\n')
            || ch == QLatin1Char('\r'))
            return true;
    }
    return false;
}

QStringEncoder utf8Encoder()
{
    // Stateless: every cell stands alone. Cells are only ever cut at quotes, so a surrogate
    // pair never splits.
    return QStringEncoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
}
} // namespace

char *CsvUserWriter::writeCell(char *at, QStringView text, QStringEncoder &utf8)
{
    const bool quoted = needsQuotes(text);
    if (quoted)
        *at++ = '"';
    if (!text.isEmpty() && runsAsFormula(text.front()))
        *at++ = '\'';
    if (!quoted)
        return utf8.appendToBuffer(at, text);
    qsizetype from = 0;
    for (qsizetype quote; (quote = text.indexOf(QLatin1Char('"'), from)) >= 0; from = quote + 1) {
        at = utf8.appendToBuffer(at, text.sliced(from, quote + 1 - from));
        *at++ = '"';
    }
    at = utf8.appendToBuffer(at, text.sliced(from));
    *at++ = '"';
    return at;
}

void CsvUserWriter::appendRecord(QByteArray &out, const QString *cells, qsizetype count)
{
    qsizetype bound = 2; // CRLF
    for (qsizetype i = 0; i < count; ++i)
        bound += 1 + maxCellBytes(cells[i]); // and a comma
    const qsizetype start = out.size();
    out.resize(start + bound);
    char *at = out.data() + start;
    QStringEncoder utf8 = utf8Encoder();
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            *at++ = ',';
        at = writeCell(at, cells[i], utf8);
    }
    *at++ = '\r';
    *at++ = '\n';
    out.resize(at - out.constData());
}

QString CsvUserWriter::cell(const QString &text)
{
    QByteArray bytes(maxCellBytes(text), Qt::Uninitialized);
    QStringEncoder utf8 = utf8Encoder();
    bytes.truncate(writeCell(bytes.data(), text, utf8) - bytes.constData());
    return QString::fromUtf8(bytes);
}

QByteArray CsvUserWriter::record(const QStringList &cells)
{
    QByteArray line;
    appendRecord(line, cells.constData(), cells.size());
    return line;
}

bool CsvUserWriter::begin()
{
    return put(record(UserFields::csvColumns()));
}

bool CsvUserWriter::write(const QList<User> &users)
{
    QByteArray bytes;
    for (const User &user : users) {
        const UserFields::CsvCells cells = UserFields::csvCells(user);
        appendRecord(bytes, cells.data(), qsizetype(cells.size()));
    }
    if (!put(bytes))
        return false;
    countWritten(users.size());
    return true;
}
