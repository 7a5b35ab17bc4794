#pragma once

#include <QString>
#include <QStringList>

namespace usher {

/// One CSV record (RFC 4180): fields quoted when they hold a comma, quote or line break,
/// quotes doubled, CRLF at the end. A field a spreadsheet would run as a formula (starting
/// with =, +, -, @, tab or carriage return) is prefixed with an apostrophe, so an exported
/// name can never execute on the machine that opens the file.
QString csvRecord(const QStringList& fields);
/// The same without the apostrophes: fields exactly as they are, for programs that read the
/// file (an export's "plain data").
QString csvPlainRecord(const QStringList& fields);

} // namespace usher
