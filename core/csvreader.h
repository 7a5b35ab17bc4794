#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace usher {

/// The text encodings a CSV file arrives in. Windows-1252 is read as Latin-1 where the two
/// agree and as Windows' letters (€, curly quotes, Š …) in 0x80–0x9F, where Latin-1 has only
/// control characters.
enum class CsvEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

/// The letter Windows-1252 writes as `byte` (0x80–0x9F; the other bytes are Latin-1's).
QChar windows1252Letter(uchar byte);

/// Every encoding, in the order a chooser offers them.
QList<CsvEncoding> allCsvEncodings();
/// The name people know ("UTF-8", "Windows-1252 (Latin-1)").
QString csvEncodingName(CsvEncoding encoding);
/// The delimiters the reader detects, in the order it prefers them on a tie.
QList<QChar> csvDelimiters();
/// The delimiter's name for people ("comma", "tab").
QString csvDelimiterName(QChar delimiter);

/// The line break a file uses between its records.
enum class CsvLineEnding { CrLf, Lf, Cr };

/// What the reader found (or was told) about a file before its first record.
struct CsvDialect
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    bool byteOrderMark = false;
    bool encodingDetected = false;  ///< false when the caller chose it
    bool delimiterDetected = false; ///< false when the caller or a `sep=` line chose it
    /// A first line that is not part of the table and was skipped: Excel's `sep=;` or
    /// Microsoft Entra's `version:v1.0`. Empty when there was none.
    QString preamble;
    /// The file's first line break (CRLF for a file of one line without one). Known once the
    /// first record is read.
    CsvLineEnding lineEnding = CsvLineEnding::CrLf;
    /// Whether the file ends with a line break. Known once the whole file is read.
    bool finalLineBreak = true;
};

/// Overrides and limits. Without overrides, the encoding and the delimiter are detected from
/// the first 64 KiB.
struct CsvOptions
{
    std::optional<CsvEncoding> encoding;
    std::optional<QChar> delimiter;
    /// The first record names the columns; later records must have as many fields (extra
    /// empty fields at the end are dropped, as spreadsheets add them).
    bool header = true;
    /// Longer fields stop the reading: a name or an address is never this long, and a quote
    /// that is never closed would otherwise swallow the file.
    int maxFieldLength = 64 * 1024;
    int maxFields = 1024;
};

/// A place in the file: 1-based physical line (a quoted line break starts a new one) and
/// 1-based column in characters.
struct CsvPosition
{
    qint64 line = 0;
    qint64 column = 0;
};

/// Something wrong with the file, where it is and why (translated, without the position).
struct CsvProblem
{
    CsvPosition at;
    QString message;
    /// "Line 3, column 7: …", for messages that stand alone.
    QString text() const;
};

/// One record of the table.
struct CsvRecord
{
    QStringList fields;
    /// Where each field starts, for messages about a cell.
    QList<CsvPosition> starts;
    /// Which fields were written in quotes (an editor writes them back the same way).
    QList<bool> quoted;
    /// The line the record starts on.
    qint64 line = 0;
    /// Set when the record does not fit the header (too few or too many fields). Reading
    /// goes on with the next record; the record is kept so it can be reported.
    std::optional<CsvProblem> problem;
};

/// Reads CSV (RFC 4180 and what spreadsheets and identity consoles really write) from a
/// device record by record, in constant memory: encodings with and without a byte-order
/// mark, `,` `;` tab and `|`, CRLF, LF or CR, quoted fields holding delimiters, doubled
/// quotes and line breaks, a `sep=` or `version:` first line, blank lines and trailing empty
/// columns. A file that cannot be read on (a NUL byte, a quote never closed, a byte that is
/// not in the encoding, an overlong field) ends the reading with a located problem.
class CsvReader
{
public:
    /// Reads the first 64 KiB at once to detect what `options` leaves open. The device must
    /// be open for reading and stay open while the reader is used.
    explicit CsvReader(QIODevice* device, const CsvOptions& options = {});

    const CsvDialect& dialect() const { return m_dialect; }
    /// The column names (empty without a header or before the first record was read; the
    /// first call to next() reads it). Trailing empty names are dropped.
    const QStringList& header() const { return m_header; }
    /// The line the header was found on.
    qint64 headerLine() const { return m_headerLine; }

    /// The next record after the header, skipping blank lines. False at the end of the file
    /// or when the reading stopped on a problem (then fatal() says which).
    bool next(CsvRecord* record);
    /// Reads the header now, if it has not been read; false when the file has none.
    bool readHeader();

    /// Why reading stopped before the end of the file, if it did.
    const std::optional<CsvProblem>& fatal() const { return m_fatal; }
    /// How far into the file the reader is, in bytes, for progress.
    qint64 bytesRead() const { return m_bytesConsumed; }

private:
    bool fill();
    void decode(const QByteArray& bytes, bool atEnd);
    bool readRecord(CsvRecord* record);
    int peekChar();
    int takeChar();
    void detect();
    void stop(CsvPosition at, const QString& message);

    QIODevice* m_device;
    CsvOptions m_options;
    CsvDialect m_dialect;
    QStringList m_header;
    qint64 m_headerLine = 0;
    bool m_headerRead = false;

    QByteArray m_pendingBytes; ///< an incomplete character at the end of the last chunk
    QString m_chars;           ///< decoded, not yet parsed
    qsizetype m_charPos = 0;
    bool m_deviceAtEnd = false;
    /// The decoder met a byte outside the encoding: once the characters before it are
    /// parsed, reading stops there.
    std::optional<uchar> m_badByte;
    qint64 m_bytesConsumed = 0;

    qint64 m_line = 1;
    qint64 m_column = 1;
    bool m_afterCarriageReturn = false;
    bool m_lineEndingKnown = false;
    bool m_lastWasLineBreak = false;
    std::optional<CsvProblem> m_fatal;
};

/// Reads a whole small file into memory (tests, templates); large files go through CsvReader.
struct CsvTable
{
    CsvDialect dialect;
    QStringList header;
    QList<CsvRecord> records;
    std::optional<CsvProblem> fatal;
};
CsvTable readCsv(const QByteArray& bytes, const CsvOptions& options = {});

} // namespace usher
