#include "core/csvdocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

namespace usher {

namespace {

/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::Csv)
};

/// Windows-1252's letters in 0x80–0x9F (the reader's, turned around).
const QHash<char16_t, uchar>& windows1252Letters()
{
    static const QHash<char16_t, uchar> letters = [] {
        QHash<char16_t, uchar> table;
        for (int byte = 0x80; byte < 0xA0; ++byte) {
            table.insert(windows1252Letter(uchar(byte)).unicode(), uchar(byte));
        }
        return table;
    }();
    return letters;
}

std::optional<uchar> windows1252Byte(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
        return uchar(u);
    }
    const auto found = windows1252Letters().constFind(u);
    if (found != windows1252Letters().constEnd()) {
        return *found;
    }
    return std::nullopt;
}

bool mustQuote(const QString& field, QChar delimiter)
{
    for (const QChar c : field) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            return true;
        }
    }
    return false;
}

QString lineBreak(CsvLineEnding ending)
{
    switch (ending) {
    case CsvLineEnding::CrLf:
        return QStringLiteral("\r\n");
    case CsvLineEnding::Lf:
        return QStringLiteral("\n");
    case CsvLineEnding::Cr:
        return QStringLiteral("\r");
    }
    return QStringLiteral("\r\n");
}

/// One record; a row is written at least as wide as the header (the import refuses shorter
/// ones), and without empty fields beyond it.
void appendRecord(QString* text, const CsvRow& row, const CsvFormat& format, qsizetype width)
{
    qsizetype fields = row.cells.size();
    while (fields > width && row.cells.at(fields - 1).isEmpty() && !row.wasQuoted(int(fields - 1))) {
        --fields;
    }
    for (qsizetype i = 0; i < qMax(fields, width); ++i) {
        if (i >= fields) {
            if (i > 0) {
                text->append(format.delimiter); // an empty field after the last one
            }
            continue;
        }
        if (i > 0) {
            text->append(format.delimiter);
        }
        const QString& field = row.cells.at(i);
        if (format.quoteAll || row.wasQuoted(int(i)) || mustQuote(field, format.delimiter)) {
            text->append(QLatin1Char('"'));
            for (const QChar c : field) {
                if (c == QLatin1Char('"')) {
                    text->append(QLatin1Char('"'));
                }
                text->append(c);
            }
            text->append(QLatin1Char('"'));
        } else {
            text->append(field);
        }
    }
}

QByteArray encoded(const QString& text, CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return text.toUtf8();
    case CsvEncoding::Utf16LE:
    case CsvEncoding::Utf16BE: {
        QByteArray bytes(text.size() * 2, Qt::Uninitialized);
        const bool little = encoding == CsvEncoding::Utf16LE;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t u = text.at(i).unicode();
            bytes[2 * i + (little ? 0 : 1)] = char(u & 0xFF);
            bytes[2 * i + (little ? 1 : 0)] = char(u >> 8);
        }
        return bytes;
    }
    case CsvEncoding::Windows1252: {
        QByteArray bytes(text.size(), Qt::Uninitialized);
        for (qsizetype i = 0; i < text.size(); ++i) {
            bytes[i] = char(windows1252Byte(text.at(i)).value_or(uchar('?')));
        }
        return bytes;
    }
    }
    return text.toUtf8();
}

} // namespace

CsvFormat CsvFormat::of(const CsvDialect& dialect)
{
    CsvFormat format;
    format.encoding = dialect.encoding;
    format.byteOrderMark = dialect.byteOrderMark;
    format.delimiter = dialect.delimiter;
    format.lineEnding = dialect.lineEnding;
    format.finalLineBreak = dialect.finalLineBreak;
    format.preamble = dialect.preamble;
    return format;
}

CsvFormat CsvFormat::newList()
{
    CsvFormat format;
    format.byteOrderMark = true;
    return format;
}

QString csvLineEndingName(CsvLineEnding ending)
{
    switch (ending) {
    case CsvLineEnding::CrLf:
        return Text::tr("Windows (CRLF)");
    case CsvLineEnding::Lf:
        return Text::tr("Linux and macOS (LF)");
    case CsvLineEnding::Cr:
        return Text::tr("Classic Mac (CR)");
    }
    return {};
}

int CsvDocument::columnCount() const
{
    qsizetype widest = header.cells.size();
    for (const CsvRow& row : rows) {
        widest = qMax(widest, row.cells.size());
    }
    return int(widest);
}

CsvDocumentRead readCsvDocument(QIODevice* device, const CsvOptions& options)
{
    CsvOptions whole = options;
    whole.header = false; // every record as it is, however wide
    CsvReader reader(device, whole);
    CsvDocumentRead read;
    CsvRecord record;
    bool first = true;
    bool allQuoted = true;
    qsizetype fields = 0;
    while (reader.next(&record)) {
        // Spreadsheets add empty fields at the end of rows; they are not kept.
        while (!record.fields.isEmpty() && record.fields.last().isEmpty() && !record.quoted.last()) {
            record.fields.removeLast();
            record.quoted.removeLast();
        }
        fields += record.fields.size();
        allQuoted = allQuoted && !record.quoted.contains(false);
        CsvRow row{record.fields, record.quoted};
        if (!row.quoted.contains(true)) {
            row.quoted.clear(); // most files quote nothing: no flags to keep
        }
        if (first) {
            read.document.header = row;
            first = false;
        } else {
            read.document.rows.append(row);
        }
    }
    read.fatal = reader.fatal();
    read.document.format = CsvFormat::of(reader.dialect());
    read.document.format.quoteAll = allQuoted && fields > 0;
    return read;
}

QString CsvUnwritable::text(const CsvDocument& document) const
{
    const QString columnName = column < document.header.cells.size() && !document.header.cells.at(column).isEmpty()
        ? document.header.cells.at(column)
        : Text::tr("column %1").arg(column + 1);
    if (row < 0) {
        return Text::tr("The header, column %1: %2 cannot write “%3”.")
            .arg(column + 1)
            .arg(csvEncodingName(document.format.encoding), character);
    }
    return Text::tr("Row %1, %2: %3 cannot write “%4”.")
        .arg(row + 1)
        .arg(columnName, csvEncodingName(document.format.encoding), character);
}

std::optional<CsvUnwritable> firstUnwritable(const CsvDocument& document)
{
    if (document.format.encoding != CsvEncoding::Windows1252) {
        return std::nullopt;
    }
    auto check = [&document](const CsvRow& row, int rowIndex) -> std::optional<CsvUnwritable> {
        for (qsizetype column = 0; column < row.cells.size(); ++column) {
            for (const QChar c : row.cells.at(column)) {
                if (!windows1252Byte(c)) {
                    return CsvUnwritable{rowIndex, int(column), c};
                }
            }
        }
        return std::nullopt;
    };
    if (auto found = check(document.header, -1)) {
        return found;
    }
    for (qsizetype i = 0; i < document.rows.size(); ++i) {
        if (auto found = check(document.rows.at(i), int(i))) {
            return found;
        }
    }
    return std::nullopt;
}

QList<QStringList> parseTabSeparated(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool fieldStart = true;  // nothing of the field read yet
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && fieldStart) {
            quoted = true;
            fieldStart = false;
        } else if (c == QLatin1Char('\t')) {
            row.append(field);
            field.clear();
            fieldStart = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStart = true;
        } else {
            field.append(c);
            fieldStart = false;
        }
    }
    if (!fieldStart || !row.isEmpty() || !field.isEmpty()) {
        row.append(field); // the last line, without a line break
        rows.append(row);
    }
    return rows;
}

QByteArray encodeCsvDocument(const CsvDocument& document)
{
    const CsvFormat& format = document.format;
    const QString newline = lineBreak(format.lineEnding);
    QByteArray bytes;
    if (format.byteOrderMark && format.encoding != CsvEncoding::Windows1252) { // Windows-1252 has none
        bytes += encoded(QString(QChar(0xFEFF)), format.encoding);
    }
    // Written a few thousand rows at a time: a large file is not held twice as text.
    QString text;
    auto flush = [&]() {
        bytes += encoded(text, format.encoding);
        text.clear();
    };
    if (!format.preamble.isEmpty()) {
        text += format.preamble + newline;
    }
    const qsizetype records = document.rows.size() + 1;
    for (qsizetype i = 0; i < records; ++i) {
        appendRecord(&text, i == 0 ? document.header : document.rows.at(i - 1), format,
                     i == 0 ? 0 : document.header.cells.size());
        if (i + 1 < records || format.finalLineBreak) {
            text += newline;
        }
        if (text.size() > 256 * 1024) {
            flush();
        }
    }
    flush();
    return bytes;
}

} // namespace usher
