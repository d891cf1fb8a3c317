#include "BulkCsvReader.h"

#include <utility>

namespace {
/// A cell as read, with where it started (for messages).
struct Cell
{
    QString text;
    int line = 0;
    int column = 0;
};

/// Splits decoded CSV text into records of cells (RFC 4180 with a chosen delimiter).
class RecordSplitter
{
public:
    RecordSplitter(const QString &text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    { }

    /// The next record; false at the end or on an error (see problem()).
    bool next(QList<Cell> *cells, int *recordLine)
    {
        cells->clear();
        if (m_pos >= m_text.size())
            return false;
        *recordLine = m_line;
        Cell cell { QString(), m_line, 1 };
        int column = 1;
        for (;;) {
            if (m_pos >= m_text.size()) {
                cells->append(cell);
                return true;
            }
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('"') && cell.text.isEmpty() && !m_inQuotedCell) {
                if (!readQuoted(&cell.text))
                    return false;
                m_inQuotedCell = true;
                continue;
            }
            if (c == m_delimiter) {
                ++m_pos;
                cells->append(cell);
                ++column;
                cell = Cell { QString(), m_line, column };
                m_inQuotedCell = false;
                continue;
            }
            if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                m_pos += (c == QLatin1Char('\r') && m_pos + 1 < m_text.size()
                          && m_text.at(m_pos + 1) == QLatin1Char('\n'))
                    ? 2
                    : 1;
                ++m_line;
                cells->append(cell);
                m_inQuotedCell = false;
                return true;
            }
            if (m_inQuotedCell) {
                m_problemLine = m_line;
                m_problemColumn = column;
                m_problem = BulkCsvReader::tr("text after the closing quote of a quoted cell");
                return false;
            }
            cell.text.append(c);
            ++m_pos;
        }
    }

    bool failed() const { return !m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    int problemLine() const { return m_problemLine; }
    int problemColumn() const { return m_problemColumn; }

private:
    bool readQuoted(QString *out)
    {
        const int startLine = m_line;
        ++m_pos; // the opening quote
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('"')) {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                    out->append(c);
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            if (c == QLatin1Char('\n'))
                ++m_line;
            // A line break inside quotes is part of the cell; CRLF becomes LF.
            if (!(c == QLatin1Char('\r') && m_pos + 1 < m_text.size()
                  && m_text.at(m_pos + 1) == QLatin1Char('\n')))
                out->append(c);
            ++m_pos;
        }
        m_problemLine = startLine;
        m_problemColumn = 0;
        m_problem = BulkCsvReader::tr("a quote opened here is never closed");
        return false;
    }

    const QString &m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_inQuotedCell = false;
    QString m_problem;
    int m_problemLine = 0;
    int m_problemColumn = 0;
};

/// The line and column (1-based, in characters) of the first byte that is not UTF-8.
std::pair<int, int> firstInvalidUtf8(const QByteArray &bytes)
{
    int line = 1;
    int column = 1;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto lead = static_cast<unsigned char>(bytes.at(i));
        int length = 0;
        char32_t minimum = 0;
        if (lead < 0x80) {
            length = 1;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
        } else {
            return { line, column };
        }
        if (i + length > bytes.size())
            return { line, column };
        char32_t code = length == 1 ? lead : lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(bytes.at(i + k));
            if ((next & 0xC0) != 0x80)
                return { line, column };
            code = (code << 6) | (next & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return { line, column };
        if (lead == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return { 0, 0 };
}

std::optional<bool> yesNo(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("yes") || word == QLatin1String("true") || word == QLatin1String("1")
        || word == QLatin1String("y"))
        return true;
    if (word == QLatin1String("no") || word == QLatin1String("false") || word == QLatin1String("0")
        || word == QLatin1String("n"))
        return false;
    return std::nullopt;
}
} // namespace

bool BulkCsvReader::fail(int line, int column, const QString &problem)
{
    m_rows.clear();
    m_errorLine = line;
    m_errorColumn = column;
    m_error = column > 0 ? tr("line %1, column %2: %3").arg(line).arg(column).arg(problem)
                         : tr("line %1: %2").arg(line).arg(problem);
    return false;
}

bool BulkCsvReader::read(const QByteArray &bytes)
{
    m_rows.clear();
    m_error.clear();
    m_errorLine = m_errorColumn = 0;
    QByteArray content = bytes;
    if (content.startsWith("\xEF\xBB\xBF"))
        content.remove(0, 3);
    const auto [badLine, badColumn] = firstInvalidUtf8(content);
    if (badLine > 0)
        return fail(badLine, badColumn,
                    tr("the text is not UTF-8 (save the file as \"CSV UTF-8\" and try again)"));
    const QString text = QString::fromUtf8(content);

    // The header tells the delimiter: the one of `,`, `;` and tab that splits it into the
    // known column names.
    qsizetype headerEnd = text.indexOf(QLatin1Char('\n'));
    const QString headerLine = (headerEnd < 0 ? text : text.left(headerEnd)).trimmed();
    if (headerLine.isEmpty())
        return fail(1, 0,
                    tr("the file is empty; the first line must name the columns user and "
                       "new_email"));
    int best = 0;
    for (const QChar candidate : { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') }) {
        const int count = int(headerLine.count(candidate));
        if (count > best) {
            best = count;
            m_delimiter = candidate;
        }
    }

    RecordSplitter splitter(text, m_delimiter);
    QList<Cell> cells;
    int recordLine = 0;
    if (!splitter.next(&cells, &recordLine))
        return fail(splitter.problemLine(), splitter.problemColumn(), splitter.problem());
    int userColumn = -1;
    int emailColumn = -1;
    int verifiedColumn = -1;
    for (int i = 0; i < cells.size(); ++i) {
        const QString name = cells.at(i).text.trimmed().toLower();
        int *target = name == QLatin1String("user") ? &userColumn
            : name == QLatin1String("new_email")    ? &emailColumn
            : name == QLatin1String("verified")     ? &verifiedColumn
                                                    : nullptr;
        if (!target)
            return fail(1, i + 1,
                        tr("unknown column \"%1\"; the columns are user, new_email and "
                           "optionally verified")
                            .arg(cells.at(i).text.trimmed()));
        if (*target >= 0)
            return fail(1, i + 1, tr("the column \"%1\" is named twice").arg(name));
        *target = i;
    }
    if (userColumn < 0 || emailColumn < 0)
        return fail(
            1, 0,
            tr("the header must name the columns user and new_email (found: %1)").arg(headerLine));
    const qsizetype columnCount = cells.size();

    while (splitter.next(&cells, &recordLine)) {
        if (cells.size() == 1 && cells.constFirst().text.trimmed().isEmpty())
            continue; // an empty line
        if (cells.size() != columnCount)
            return fail(recordLine, int(qMin(cells.size(), columnCount) + 1),
                        tr("%1 cells where the header has %2").arg(cells.size()).arg(columnCount));
        if (m_rows.size() >= maxRows)
            return fail(recordLine, 0, tr("more than %1 rows; split the file").arg(maxRows));
        BulkCsvRow row;
        row.line = recordLine;
        row.user = cells.at(userColumn).text.trimmed();
        row.newEmail = cells.at(emailColumn).text.trimmed();
        if (row.user.isEmpty())
            return fail(recordLine, userColumn + 1, tr("the user is empty"));
        if (row.newEmail.isEmpty())
            return fail(recordLine, emailColumn + 1, tr("the new address is empty"));
        if (verifiedColumn >= 0 && !cells.at(verifiedColumn).text.trimmed().isEmpty()) {
            row.verified = yesNo(cells.at(verifiedColumn).text);
            if (!row.verified)
                return fail(recordLine, verifiedColumn + 1,
                            tr("verified must be yes or no, not \"%1\"")
                                .arg(cells.at(verifiedColumn).text.trimmed()));
        }
        m_rows.append(row);
    }
    if (splitter.failed())
        return fail(splitter.problemLine(), splitter.problemColumn(), splitter.problem());
    if (m_rows.isEmpty())
        return fail(1, 0, tr("the file has a header but no rows"));
    return true;
}
