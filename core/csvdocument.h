#pragma once

#include "core/csvreader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace usher {

/// How a CSV file is written. An edited file is written the way it was read: its encoding,
/// byte-order mark, delimiter, line breaks, final line break, a `sep=` or `version:` first
/// line, and which fields were quoted.
struct CsvFormat
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    bool byteOrderMark = false;
    QChar delimiter = QLatin1Char(',');
    CsvLineEnding lineEnding = CsvLineEnding::CrLf;
    bool finalLineBreak = true;
    /// Every field of the file was quoted (some tools write them so): new fields are too.
    bool quoteAll = false;
    QString preamble;

    /// The format a file read with `dialect` is written in.
    static CsvFormat of(const CsvDialect& dialect);
    /// A new list's format: UTF-8 with a byte-order mark (spreadsheets then read its accents
    /// right), commas, CRLF.
    static CsvFormat newList();
};

/// The line break's name for people ("Windows (CRLF)").
QString csvLineEndingName(CsvLineEnding ending);

/// One row of a document: its fields as text, never interpreted (leading zeros, `+31…`,
/// dates and long ids stay exactly as written), and which of them were quoted in the file.
struct CsvRow
{
    QStringList cells;
    QList<bool> quoted; ///< as many as cells, or fewer (the rest were not quoted)

    bool wasQuoted(int column) const { return column < quoted.size() && quoted.at(column); }
    /// The cell's text, empty beyond the row's end (a short row reads as empty cells).
    QString cell(int column) const { return column < cells.size() ? cells.at(column) : QString(); }
};

/// A whole CSV file held for editing: its header, its rows and its format. Rows may be
/// shorter or longer than the header, as the file had them.
struct CsvDocument
{
    CsvRow header;
    QList<CsvRow> rows;
    CsvFormat format;

    /// The widest of the header and the rows.
    int columnCount() const;
};

/// What reading a document found: the document (the records before a fatal problem), and
/// the problem that stopped the reading, if one did.
struct CsvDocumentRead
{
    CsvDocument document;
    std::optional<CsvProblem> fatal;
};

/// Reads a whole file into a document (detecting what `options` leaves open). A file that
/// stops on a problem answers the rows before it and the problem: an editor refuses to
/// open it rather than save it cut short.
CsvDocumentRead readCsvDocument(QIODevice* device, const CsvOptions& options = {});

/// Tab-separated text as spreadsheets copy it (a field with a tab, a quote or a line break
/// quoted, quotes doubled), row by row; empty rows are kept, so a paste lands where it was
/// copied from. A final line break ends the last row, it does not add one.
QList<QStringList> parseTabSeparated(const QString& text);

/// A character that `format`'s encoding cannot write, and where it is.
struct CsvUnwritable
{
    int row = -1; ///< -1: the header
    int column = 0;
    QChar character;
    /// "Row 12, column “Name”: Windows-1252 cannot write “Ł”."
    QString text(const CsvDocument& document) const;
};

/// The first cell the document's encoding cannot write, if any (only Windows-1252 can fail).
std::optional<CsvUnwritable> firstUnwritable(const CsvDocument& document);

/// The document as the bytes of its file, in its format. Cells are quoted where they were,
/// where the format quotes all, and where they must be (a delimiter, a quote or a line
/// break), quotes doubled; a row shorter than the header gets its empty fields (the import
/// refuses short rows). Nothing else is changed, so an untouched file comes back byte for
/// byte, apart from what the reader does not keep: blank lines, empty trailing columns,
/// spaces around a quoted field, and line breaks inside quoted fields (written as LF, as
/// spreadsheets write them). Windows-1252 gets no byte-order mark (it has none). Characters
/// the encoding cannot write become "?": check firstUnwritable() first.
QByteArray encodeCsvDocument(const CsvDocument& document);

} // namespace usher
