#pragma once

#include "UserWriter.h"

#include <QStringList>
#include <QStringView>

class QStringEncoder;

/// RFC 4180: comma-separated, CRLF line ends, UTF-8, a header row of UserFields::csvColumns();
/// fields with a comma, quote, CR or LF quoted, quotes doubled. A cell that a spreadsheet would
/// run as a formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe, which
/// spreadsheets show as text; the data stays readable to people and scripts.
class CsvUserWriter : public UserWriter
{
public:
    using UserWriter::UserWriter;
    bool begin() override;
    bool write(const QList<User> &users) override;

    /// One field as it goes into the file (made inert, then quoted where needed).
    static QString cell(const QString &text);
    /// A whole record: cells joined by commas, ended with CRLF.
    static QByteArray record(const QStringList &cells);
    /// The record of `count` cells appended to `out` through one reservation: building each
    /// record as a QString and converting it was a quarter of a CSV listing's CPU (perf).
    static void appendRecord(QByteArray &out, const QString *cells, qsizetype count);

private:
    /// The most bytes writeCell() can write for `text`: an apostrophe, two quotes, and three
    /// bytes per UTF-16 unit (UTF-8 needs at most 3; a doubled quote takes 2).
    static qsizetype maxCellBytes(QStringView text) { return 3 + 3 * text.size(); }
    /// `text` as a cell at `at`, which has room for maxCellBytes(); returns the end.
    static char *writeCell(char *at, QStringView text, QStringEncoder &utf8);
};
