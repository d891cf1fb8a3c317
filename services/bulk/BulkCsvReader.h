#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// One data row of a bulk-change CSV, as written in the file.
struct BulkCsvRow
{
    /// The file's line where the row starts (1 = the header).
    int line = 0;
    /// A user id, or "email:" and the user's current address.
    QString user;
    QString newEmail;
    /// The optional `verified` column; nothing when the column is absent or the cell empty.
    std::optional<bool> verified;
};

/// Reads the CSV of a bulk email change: a header row naming the columns `user` and
/// `new_email` (and optionally `verified`), in any order and case, then one row per change.
///
/// What spreadsheets write is read as meant: a UTF-8 byte-order mark, CRLF or LF line ends,
/// `,`, `;` or tab as the delimiter (told by the header), RFC 4180 quoting with doubled quotes
/// and line breaks inside quotes, empty lines. Anything else is refused as a whole, naming the
/// line and column: a wrong header, a row with too many or too few cells, an unterminated
/// quote, text that is not UTF-8, a `verified` cell that is not yes/no. No row of a refused
/// file is planned, so a file is never half applied.
class BulkCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(BulkCsvReader)

public:
    /// More rows than this are refused: a bulk change of a million rows is a mistake.
    static constexpr int maxRows = 200'000;

    /// Parses `bytes`; false with error() when the file is refused.
    bool read(const QByteArray &bytes);

    const QList<BulkCsvRow> &rows() const { return m_rows; }
    /// "line 7, column 2: …", ready for a message.
    const QString &error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }
    /// The delimiter the header used.
    QChar delimiter() const { return m_delimiter; }

private:
    bool fail(int line, int column, const QString &problem);

    QList<BulkCsvRow> m_rows;
    QString m_error;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QChar m_delimiter = QLatin1Char(',');
};
