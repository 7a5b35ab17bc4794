#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace usher::test {

/// A mail as a recipient's mail program would show it, for checking what Usher sent.
struct ParsedMail
{
    QString from; ///< The From header, RFC 2047 words decoded (e.g. "Usher <noreply@example.org>").
    QString to; ///< The To header, decoded likewise.
    QString subject; ///< Decoded from RFC 2047.
    QString messageId; ///< With its angle brackets.
    QString text; ///< The first text/plain part, transfer- and charset-decoded, with LF line ends.
    QString html; ///< The first text/html part, decoded likewise.
    QByteArray raw; ///< The mail exactly as given.
};

/// Parses one mail: nested multiparts, quoted-printable and base64 transfer encodings, folded headers, RFC 2047
/// B and Q words, CRLF or LF line ends.
ParsedMail parseMail(const QByteArray& raw);

/// Every mail in a maildir (its new/ and cur/ folders), oldest first: by modification time, then by file name.
QList<ParsedMail> readMaildir(const QString& maildir);

} // namespace usher::test
