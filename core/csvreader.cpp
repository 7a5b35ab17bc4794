#include "core/csvreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

namespace usher {

namespace {

/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::Csv)
};

constexpr qint64 chunkSize = 64 * 1024;

/// Windows-1252's letters in 0x80–0x9F; the five bytes it leaves undefined keep their
/// Latin-1 control characters, as Windows itself decodes them.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/// How many bytes from `data` form whole, valid UTF-8 characters. `*incomplete` is set when
/// what follows is the start of a character cut off by the end of the data (not an error
/// unless the file ends there).
qsizetype validUtf8Prefix(const QByteArray& data, bool* incomplete)
{
    *incomplete = false;
    const auto* bytes = reinterpret_cast<const uchar*>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size) {
                *incomplete = true;
                return i;
            }
            const uchar next = bytes[i + k];
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
                return i;
            }
        }
        i += length;
    }
    return i;
}

bool isBlank(const QString& text)
{
    for (const QChar c : text) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t')) {
            return false;
        }
    }
    return true;
}

} // namespace

QChar windows1252Letter(uchar byte)
{
    return QChar(byte >= 0x80 && byte < 0xA0 ? windows1252High[byte - 0x80] : char16_t(byte));
}

QList<CsvEncoding> allCsvEncodings()
{
    return {CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE, CsvEncoding::Windows1252};
}

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case CsvEncoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case CsvEncoding::Windows1252:
        return QStringLiteral("Windows-1252 (Latin-1)");
    }
    return {};
}

QList<QChar> csvDelimiters()
{
    return {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
}

QString csvDelimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case ',':
        return Text::tr("comma");
    case ';':
        return Text::tr("semicolon");
    case '\t':
        return Text::tr("tab");
    case '|':
        return Text::tr("vertical bar");
    default:
        return QStringLiteral("“%1”").arg(delimiter);
    }
}

QString CsvProblem::text() const
{
    return Text::tr("Line %1, column %2: %3").arg(at.line).arg(at.column).arg(message);
}

CsvReader::CsvReader(QIODevice* device, const CsvOptions& options)
    : m_device(device), m_options(options)
{
    detect();
}

void CsvReader::detect()
{
    QByteArray sample = m_device->read(chunkSize);
    m_bytesConsumed = sample.size();
    if (sample.isEmpty()) {
        m_deviceAtEnd = true;
    }

    // The encoding: a byte-order mark, else the pattern of zero bytes UTF-16 has, else UTF-8
    // when the sample is valid UTF-8, else Windows-1252 (which reads any byte).
    std::optional<CsvEncoding> marked;
    int markLength = 0;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        marked = CsvEncoding::Utf8;
        markLength = 3;
    } else if (sample.startsWith("\xFF\xFE")) {
        marked = CsvEncoding::Utf16LE;
        markLength = 2;
    } else if (sample.startsWith("\xFE\xFF")) {
        marked = CsvEncoding::Utf16BE;
        markLength = 2;
    }
    if (m_options.encoding) {
        m_dialect.encoding = *m_options.encoding;
    } else if (marked) {
        m_dialect.encoding = *marked;
        m_dialect.encodingDetected = true;
    } else {
        qsizetype zeroEven = 0;
        qsizetype zeroOdd = 0;
        for (qsizetype i = 0; i < qMin<qsizetype>(sample.size(), 4096); ++i) {
            if (sample.at(i) == '\0') {
                ++(i % 2 == 0 ? zeroEven : zeroOdd);
            }
        }
        const qsizetype pairs = qMin<qsizetype>(sample.size(), 4096) / 2;
        bool incomplete = false;
        if (pairs > 0 && zeroEven == 0 && zeroOdd * 10 > pairs * 3) {
            m_dialect.encoding = CsvEncoding::Utf16LE;
        } else if (pairs > 0 && zeroOdd == 0 && zeroEven * 10 > pairs * 3) {
            m_dialect.encoding = CsvEncoding::Utf16BE;
        } else if (validUtf8Prefix(sample, &incomplete) == sample.size() || incomplete) {
            m_dialect.encoding = CsvEncoding::Utf8;
        } else {
            m_dialect.encoding = CsvEncoding::Windows1252;
        }
        m_dialect.encodingDetected = true;
    }
    if (marked && *marked == m_dialect.encoding) {
        m_dialect.byteOrderMark = true;
        sample.remove(0, markLength);
    }
    decode(sample, m_deviceAtEnd);

    // A first line that only says how to read the rest: Excel's "sep=;" (it also chooses the
    // delimiter) or Entra's "version:v1.0" (followed by the delimiters of empty columns).
    const qsizetype lineEnd = [this] {
        for (qsizetype i = m_charPos; i < m_chars.size(); ++i) {
            if (m_chars.at(i) == QLatin1Char('\r') || m_chars.at(i) == QLatin1Char('\n')) {
                return i;
            }
        }
        return m_chars.size();
    }();
    const QString firstLine = m_chars.mid(m_charPos, lineEnd - m_charPos);
    static const QRegularExpression separatorLine(QStringLiteral("^sep=([^\"])$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression versionLine(QStringLiteral("^\"?version:\\s*v?[0-9][0-9.]*\"?[,;\\t|]*$"),
                                                QRegularExpression::CaseInsensitiveOption);
    std::optional<QChar> fromSeparatorLine;
    if (const auto match = separatorLine.match(firstLine); match.hasMatch()) {
        fromSeparatorLine = match.captured(1).at(0);
        m_dialect.preamble = firstLine;
    } else if (versionLine.match(firstLine).hasMatch()) {
        m_dialect.preamble = firstLine;
    }
    if (!m_dialect.preamble.isEmpty()) {
        // The line and its line break are skipped; the header starts on line 2.
        m_charPos = lineEnd;
        if (m_charPos < m_chars.size() && m_chars.at(m_charPos) == QLatin1Char('\r')) {
            ++m_charPos;
            m_afterCarriageReturn = true;
        } else if (m_charPos < m_chars.size()) {
            ++m_charPos;
        }
        m_line = 2;
        m_column = 1;
    }

    if (m_options.delimiter) {
        m_dialect.delimiter = *m_options.delimiter;
        return;
    }
    if (fromSeparatorLine) {
        m_dialect.delimiter = *fromSeparatorLine;
        return;
    }
    // The delimiter: the candidate the header has and most of the sample's lines have as
    // often as the header (quoted text does not count); on a tie, the one the header has
    // more of, then , ; tab |. A file of one column keeps the comma.
    const QList<QChar> candidates = csvDelimiters();
    QList<QList<int>> counts; // per line, per candidate
    QList<int> current(candidates.size(), 0);
    bool quoted = false;
    for (qsizetype i = m_charPos; i < m_chars.size() && counts.size() < 100; ++i) {
        const QChar c = m_chars.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (c == QLatin1Char('\r') && i + 1 < m_chars.size() && m_chars.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            counts.append(current);
            current.fill(0);
        } else if (!quoted) {
            const qsizetype k = candidates.indexOf(c);
            if (k >= 0) {
                ++current[k];
            }
        }
    }
    if (counts.isEmpty() || std::any_of(current.cbegin(), current.cend(), [](int n) { return n > 0; })) {
        counts.append(current); // the last line, cut off by the sample or by the end of the file
    }
    int best = -1;
    int bestAgreeing = -1;
    for (int k = 0; k < candidates.size(); ++k) {
        const int inHeader = counts.first().at(k);
        if (inHeader == 0) {
            continue;
        }
        int agreeing = 0;
        for (const QList<int>& line : counts) {
            agreeing += line.at(k) == inHeader ? 1 : 0;
        }
        if (agreeing > bestAgreeing
            || (agreeing == bestAgreeing && inHeader > counts.first().at(best))) {
            best = k;
            bestAgreeing = agreeing;
        }
    }
    m_dialect.delimiter = best >= 0 ? candidates.at(best) : QLatin1Char(',');
    m_dialect.delimiterDetected = true;
}

void CsvReader::decode(const QByteArray& chunk, bool atEnd)
{
    QByteArray data = m_pendingBytes + chunk;
    m_pendingBytes.clear();
    m_chars.clear();
    m_charPos = 0;
    switch (m_dialect.encoding) {
    case CsvEncoding::Utf8: {
        bool incomplete = false;
        const qsizetype valid = validUtf8Prefix(data, &incomplete);
        m_chars = QString::fromUtf8(data.constData(), valid);
        if (valid < data.size()) {
            if (incomplete && !atEnd) {
                m_pendingBytes = data.mid(valid);
            } else {
                m_badByte = uchar(data.at(valid));
            }
        }
        break;
    }
    case CsvEncoding::Utf16LE:
    case CsvEncoding::Utf16BE: {
        const qsizetype whole = data.size() & ~qsizetype(1);
        m_chars.resize(whole / 2);
        const auto* bytes = reinterpret_cast<const uchar*>(data.constData());
        const bool little = m_dialect.encoding == CsvEncoding::Utf16LE;
        for (qsizetype i = 0; i < whole; i += 2) {
            m_chars[i / 2] = QChar(little ? char16_t(bytes[i] | (bytes[i + 1] << 8))
                                          : char16_t((bytes[i] << 8) | bytes[i + 1]));
        }
        if (whole < data.size()) {
            if (atEnd) {
                m_badByte = uchar(data.back());
            } else {
                m_pendingBytes = data.mid(whole);
            }
        }
        break;
    }
    case CsvEncoding::Windows1252: {
        m_chars.resize(data.size());
        for (qsizetype i = 0; i < data.size(); ++i) {
            const uchar byte = uchar(data.at(i));
            m_chars[i] = QChar(byte >= 0x80 && byte < 0xA0 ? windows1252High[byte - 0x80] : char16_t(byte));
        }
        break;
    }
    }
}

bool CsvReader::fill()
{
    while (m_charPos >= m_chars.size()) {
        if (m_fatal) {
            return false;
        }
        if (m_badByte) {
            stop({m_line, m_column},
                 Text::tr("The byte 0x%1 cannot be read as %2. The file may be in another encoding; choose it "
                          "and read the file again.")
                     .arg(QString::number(*m_badByte, 16).toUpper().rightJustified(2, QLatin1Char('0')),
                          csvEncodingName(m_dialect.encoding)));
            return false;
        }
        if (m_deviceAtEnd) {
            return false;
        }
        const QByteArray chunk = m_device->read(chunkSize);
        m_bytesConsumed += chunk.size();
        m_deviceAtEnd = chunk.isEmpty();
        decode(chunk, m_deviceAtEnd);
    }
    return true;
}

int CsvReader::peekChar()
{
    if (!fill()) {
        return -1;
    }
    return m_chars.at(m_charPos).unicode();
}

int CsvReader::takeChar()
{
    for (;;) {
        if (!fill()) {
            if (!m_fatal) {
                m_dialect.finalLineBreak = m_lastWasLineBreak;
            }
            return -1;
        }
        const char16_t c = m_chars.at(m_charPos++).unicode();
        if (m_afterCarriageReturn) {
            m_afterCarriageReturn = false;
            if (c == u'\n') {
                continue; // CRLF is one line break
            }
        }
        if (c == u'\r' || c == u'\n') {
            m_afterCarriageReturn = c == u'\r';
            ++m_line;
            m_column = 1;
            if (!m_lineEndingKnown) {
                m_lineEndingKnown = true;
                m_dialect.lineEnding = c == u'\n'     ? CsvLineEnding::Lf
                    : peekChar() == u'\n' ? CsvLineEnding::CrLf
                                          : CsvLineEnding::Cr;
            }
            m_lastWasLineBreak = true;
            return u'\n';
        }
        if (!QChar::isLowSurrogate(c)) {
            ++m_column;
        }
        m_lastWasLineBreak = false;
        return c;
    }
}

void CsvReader::stop(CsvPosition at, const QString& message)
{
    if (!m_fatal) {
        m_fatal = CsvProblem{at, message};
    }
}

bool CsvReader::readRecord(CsvRecord* record)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterQuote };
    const char16_t delimiter = m_dialect.delimiter.unicode();
    const int maxLength = m_options.maxFieldLength;
    QString field;
    for (;;) { // until a record that is not blank
        if (m_fatal) {
            return false;
        }
        record->fields.clear();
        record->starts.clear();
        record->quoted.clear();
        record->problem.reset();
        record->line = m_line;
        field.resize(0);
        State state = State::FieldStart;
        CsvPosition fieldStart{m_line, m_column};
        CsvPosition quoteAt;
        bool anyChar = false;
        bool anyQuoted = false;
        bool fieldQuoted = false;
        bool anyText = false;
        auto endField = [&]() {
            if (record->fields.size() >= m_options.maxFields) {
                stop(fieldStart, Text::tr("This row has more than %n field(s); the delimiter may be wrong.", nullptr,
                                          m_options.maxFields));
                return false;
            }
            anyText = anyText || !field.isEmpty();
            record->fields.append(field);
            record->starts.append(fieldStart);
            record->quoted.append(fieldQuoted);
            fieldQuoted = false;
            field.resize(0);
            state = State::FieldStart;
            fieldStart = {m_line, m_column};
            return true;
        };
        bool recordEnded = false;
        while (!recordEnded) {
            const CsvPosition here{m_line, m_column};
            const int c = takeChar();
            if (c < 0) {
                if (m_fatal) {
                    return false;
                }
                if (state == State::Quoted) {
                    stop(quoteAt, Text::tr("This quote is never closed."));
                    return false;
                }
                if (!anyChar) {
                    return false;
                }
                if (!endField()) {
                    return false;
                }
                break;
            }
            anyChar = true;
            if (c == 0) {
                stop(here, Text::tr("The file holds a NUL byte here: it is not a text file, or it is UTF-16 without a "
                                    "byte-order mark."));
                return false;
            }
            if (state == State::FieldStart) {
                fieldStart = here;
            }
            // Outside quotes, a delimiter ends the field and a line break the record.
            if (state != State::Quoted && (c == delimiter || c == u'\n')) {
                if (!endField()) {
                    return false;
                }
                recordEnded = c == u'\n';
                continue;
            }
            switch (state) {
            case State::FieldStart:
            case State::Unquoted:
                if (c == u'"' && isBlank(field)) {
                    // A quoted field, perhaps after spaces a person typed ("a, "b"").
                    field.resize(0);
                    quoteAt = here;
                    anyQuoted = true;
                    fieldQuoted = true;
                    state = State::Quoted;
                } else {
                    field.append(QChar(char16_t(c))); // a quote inside unquoted text stays
                    state = State::Unquoted;
                }
                break;
            case State::Quoted:
                if (c == u'"') {
                    state = State::QuoteInQuoted;
                } else {
                    field.append(QChar(char16_t(c)));
                }
                break;
            case State::QuoteInQuoted:
            case State::AfterQuote:
                if (c == u'"' && state == State::QuoteInQuoted) {
                    field.append(QLatin1Char('"'));
                    state = State::Quoted;
                } else if (c == u' ' || c == u'\t') {
                    state = State::AfterQuote;
                } else {
                    stop(here, Text::tr("After the closing quote comes “%1”; a quote inside a quoted field must be "
                                        "doubled (\"\").")
                                   .arg(QChar(char16_t(c))));
                    return false;
                }
                break;
            }
            if (field.size() > maxLength) {
                stop(fieldStart, Text::tr("A field longer than %n character(s) starts here; a closing quote may be "
                                          "missing.",
                                          nullptr, maxLength));
                return false;
            }
        }
        if (anyText || anyQuoted) {
            return true;
        }
        // A blank line, or one of delimiters only (a spreadsheet's empty row): skipped.
    }
}

bool CsvReader::readHeader()
{
    if (m_headerRead) {
        return !m_header.isEmpty();
    }
    m_headerRead = true;
    CsvRecord record;
    if (!readRecord(&record)) {
        return false;
    }
    m_header = record.fields;
    while (!m_header.isEmpty() && m_header.last().trimmed().isEmpty()) {
        m_header.removeLast();
    }
    m_headerLine = record.line;
    return !m_header.isEmpty();
}

bool CsvReader::next(CsvRecord* record)
{
    if (m_options.header && !m_headerRead && !readHeader()) {
        return false;
    }
    if (!readRecord(record)) {
        return false;
    }
    if (!m_options.header) {
        return true;
    }
    const qsizetype width = m_header.size();
    if (record->fields.size() > width) {
        for (qsizetype i = width; i < record->fields.size(); ++i) {
            if (!record->fields.at(i).isEmpty()) {
                record->problem = CsvProblem{
                    record->starts.at(i),
                    Text::tr("This row has %n field(s), but the header names only %1 column(s).", nullptr,
                             int(record->fields.size()))
                        .arg(width)};
                return true;
            }
        }
        record->fields.resize(width);
        record->starts.resize(width);
        record->quoted.resize(width);
    } else if (record->fields.size() < width) {
        record->problem = CsvProblem{
            record->starts.last(),
            Text::tr("This row has %n field(s), but the header names %1 column(s).", nullptr,
                     int(record->fields.size()))
                .arg(width)};
    }
    return true;
}

CsvTable readCsv(const QByteArray& bytes, const CsvOptions& options)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    CsvTable table;
    CsvRecord record;
    while (reader.next(&record)) {
        table.records.append(record);
    }
    table.dialect = reader.dialect();
    table.header = reader.header();
    table.fatal = reader.fatal();
    return table;
}

} // namespace usher
