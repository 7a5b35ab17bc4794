#include "mailparse.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace usher::test {

namespace {

/// One entity: its headers (names in lower case, unfolded) and its still-encoded body.
struct Entity
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key == name) {
                return value;
            }
        }
        return {};
    }
};

/// Splits headers from body (at the first empty line) and unfolds continuation lines. Expects LF line ends.
Entity splitEntity(const QByteArray& data)
{
    Entity entity;
    const qsizetype end = data.startsWith('\n') ? 0 : data.indexOf("\n\n");
    const QByteArray head = end < 0 ? data : data.left(end);
    entity.body = end < 0 ? QByteArray() : data.mid(end + (end == 0 ? 1 : 2));
    for (const QByteArray& line : head.split('\n')) {
        if ((line.startsWith(' ') || line.startsWith('\t')) && !entity.headers.isEmpty()) {
            entity.headers.last().second += line; // unfolding removes only the line break
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            entity.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1)});
        }
    }
    for (auto& header : entity.headers) {
        header.second = header.second.trimmed();
    }
    return entity;
}

/// The lower-case media type of a Content-Type value ("text/plain" of "text/plain; charset=utf-8").
QByteArray mediaType(const QByteArray& contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

/// A parameter's value from a Content-Type value, unquoted; `name` in lower case.
QByteArray parameter(const QByteArray& contentType, const QByteArray& name)
{
    const QList<QByteArray> pieces = contentType.split(';');
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QByteArray piece = pieces.at(i).trimmed();
        const qsizetype equals = piece.indexOf('=');
        if (equals > 0 && piece.left(equals).trimmed().toLower() == name) {
            QByteArray value = piece.mid(equals + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
                value = value.mid(1, value.size() - 2);
            }
            return value;
        }
    }
    return {};
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = char(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/// Quoted-printable (RFC 2045) on LF line ends; with `underscoreIsSpace`, the "Q" encoding of RFC 2047.
QByteArray decodeQuotedPrintable(const QByteArray& data, bool underscoreIsSpace)
{
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '_' && underscoreIsSpace) {
            out += ' ';
            continue;
        }
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 2 < data.size() && hexValue(data.at(i + 1)) >= 0 && hexValue(data.at(i + 2)) >= 0) {
            out += char(hexValue(data.at(i + 1)) * 16 + hexValue(data.at(i + 2)));
            i += 2;
            continue;
        }
        // A soft line break: "=" at the end of a line, perhaps followed by (transport-added) blanks.
        qsizetype j = i + 1;
        while (j < data.size() && (data.at(j) == ' ' || data.at(j) == '\t')) {
            ++j;
        }
        if (j == data.size() || data.at(j) == '\n') {
            i = j;
            continue;
        }
        out += c; // malformed: keep it as it is
    }
    return out;
}

QString decodeCharset(const QByteArray& bytes, const QByteArray& charset)
{
    QStringDecoder decoder(charset.isEmpty() ? "utf-8" : charset.constData());
    return decoder.isValid() ? decoder.decode(bytes) : QString::fromUtf8(bytes);
}

/// Header text with RFC 2047 words decoded. Blanks between two adjacent words are dropped, and adjacent words in
/// one charset are decoded together (an encoder may split a character's bytes across them).
QString decodeHeader(const QByteArray& value)
{
    static const QRegularExpression encodedWord(QStringLiteral(R"(=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=)"));
    const QString text = QString::fromUtf8(value);
    QString out;
    QByteArray pending;
    QByteArray pendingCharset;
    const auto flush = [&] {
        if (!pendingCharset.isEmpty()) {
            out += decodeCharset(pending, pendingCharset);
        }
        pending.clear();
        pendingCharset.clear();
    };
    qsizetype last = 0;
    auto matches = encodedWord.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString between = text.mid(last, match.capturedStart() - last);
        const bool adjacent = last > 0 && between.trimmed().isEmpty() && !pendingCharset.isEmpty();
        QByteArray charset = match.captured(1).toLatin1().toLower();
        charset.truncate(charset.contains('*') ? charset.indexOf('*') : charset.size()); // RFC 2231 language tag
        if (!adjacent || charset != pendingCharset) {
            flush();
        }
        if (!adjacent) {
            out += between;
        }
        const QByteArray encoded = match.captured(3).toLatin1();
        pending += match.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0
            ? QByteArray::fromBase64(encoded)
            : decodeQuotedPrintable(encoded, true);
        pendingCharset = charset;
        last = match.capturedEnd();
    }
    flush();
    return out + text.mid(last);
}

QString decodeBody(const Entity& entity)
{
    const QByteArray contentType = entity.header("content-type");
    const QByteArray encoding = entity.header("content-transfer-encoding").toLower();
    QByteArray bytes = entity.body;
    if (encoding == "quoted-printable") {
        bytes = decodeQuotedPrintable(bytes, false);
    } else if (encoding == "base64") {
        bytes = QByteArray::fromBase64(bytes);
    }
    QString text = decodeCharset(bytes, parameter(contentType, "charset").toLower());
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

void collectParts(const Entity& entity, ParsedMail& mail)
{
    const QByteArray contentType = entity.header("content-type");
    const QByteArray type = contentType.isEmpty() ? QByteArray("text/plain") : mediaType(contentType);
    if (type.startsWith("multipart/")) {
        const QByteArray delimiter = "--" + parameter(contentType, "boundary");
        if (delimiter.size() == 2) {
            return;
        }
        // Parts lie between delimiter lines; the line break before a delimiter belongs to the delimiter.
        const QByteArray body = '\n' + entity.body;
        const auto findDelimiter = [&](qsizetype from) {
            for (qsizetype at = body.indexOf('\n' + delimiter, from); at >= 0;
                 at = body.indexOf('\n' + delimiter, at + 1)) {
                const qsizetype end = at + 1 + delimiter.size();
                const char after = end < body.size() ? body.at(end) : '\n';
                if (after == '\n' || after == '-' || after == ' ' || after == '\t') { // not a longer boundary
                    return at;
                }
            }
            return qsizetype(-1);
        };
        qsizetype at = findDelimiter(0);
        while (at >= 0) {
            const qsizetype lineEnd = body.indexOf('\n', at + 1);
            if (body.mid(at + 1 + delimiter.size(), 2) == "--" || lineEnd < 0) {
                break;
            }
            const qsizetype next = findDelimiter(lineEnd);
            collectParts(splitEntity(body.mid(lineEnd + 1, (next < 0 ? body.size() : next) - lineEnd - 1)), mail);
            at = next;
        }
        return;
    }
    if (type == "text/plain" && mail.text.isNull()) {
        mail.text = decodeBody(entity);
    } else if (type == "text/html" && mail.html.isNull()) {
        mail.html = decodeBody(entity);
    }
}

} // namespace

ParsedMail parseMail(const QByteArray& raw)
{
    QByteArray data = raw;
    data.replace("\r\n", "\n");
    const Entity entity = splitEntity(data);
    ParsedMail mail;
    mail.raw = raw;
    mail.from = decodeHeader(entity.header("from"));
    mail.to = decodeHeader(entity.header("to"));
    mail.subject = decodeHeader(entity.header("subject"));
    mail.messageId = QString::fromUtf8(entity.header("message-id"));
    collectParts(entity, mail);
    return mail;
}

QList<ParsedMail> readMaildir(const QString& maildir)
{
    QFileInfoList files;
    for (const char* folder : {"new", "cur"}) {
        files += QDir(QDir(maildir).filePath(QLatin1String(folder))).entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
    }
    std::stable_sort(files.begin(), files.end(), [](const QFileInfo& a, const QFileInfo& b) {
        const QDateTime aTime = a.lastModified();
        const QDateTime bTime = b.lastModified();
        return aTime != bTime ? aTime < bTime : a.fileName() < b.fileName();
    });
    QList<ParsedMail> mails;
    for (const QFileInfo& info : std::as_const(files)) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly)) {
            mails.append(parseMail(file.readAll()));
        }
    }
    return mails;
}

} // namespace usher::test
