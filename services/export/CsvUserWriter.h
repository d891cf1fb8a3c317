#pragma once

#include "UserWriter.h"

#include <QStringList>

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
};
