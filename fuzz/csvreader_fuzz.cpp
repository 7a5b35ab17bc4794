// Feeds arbitrary bytes to the CSV reader and the user-list checks. The first byte chooses
// the options (encoding and delimiter overrides, header or not); the rest is the file.
// Besides crashes, leaks and undefined behaviour, it stops on any broken promise of the
// reader: records in line order, one start per field, rows fitting the header or flagged,
// no field over the limit, problems with a position.
#include "core/csvreader.h"
#include "core/userlist.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace usher;

namespace {
void require(bool promise)
{
    if (!promise) {
        __builtin_trap();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const uint8_t control = data[0];
    CsvOptions options;
    options.maxFieldLength = 4096;
    options.maxFields = 256;
    if (control & 1) {
        options.encoding = allCsvEncodings().at((control >> 1) & 3);
    }
    if (control & 8) {
        options.delimiter = csvDelimiters().at((control >> 4) & 3);
    }
    options.header = (control & 64) == 0;

    QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    reader.readHeader();
    const QStringList header = reader.header();
    require(header.size() <= options.maxFields);
    UserListChecker checker(recogniseUserColumns(header, reader.dialect().preamble));
    CsvRecord record;
    qint64 lastLine = 0;
    while (reader.next(&record)) {
        require(record.line >= lastLine && record.line >= 1);
        require(record.fields.size() == record.starts.size());
        require(!options.header || record.problem || record.fields.size() == header.size());
        for (const QString& field : std::as_const(record.fields)) {
            require(field.size() <= options.maxFieldLength);
        }
        const UserListRow row = checker.check(record);
        require(row.line == record.line);
        lastLine = record.line;
    }
    if (reader.fatal()) {
        require(reader.fatal()->at.line >= 1 && reader.fatal()->at.column >= 1);
        require(!reader.fatal()->message.isEmpty());
    }
    require(reader.bytesRead() <= bytes.size());
    return 0;
}
