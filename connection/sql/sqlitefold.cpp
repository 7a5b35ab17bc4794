#include "connection/sql/sqlitefold.h"

#include "connection/sql/driverhandle.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <algorithm>

#include <sqlite3.h>

namespace usher::sql {

namespace {

void caseFold(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    // ASCII text folds to its ASCII lower case: no round trip through UTF-16 (a search scans
    // hundreds of thousands of names, about half of them ASCII).
    if (std::all_of(text, text + bytes, [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        QByteArray lower(text, bytes);
        for (char& c : lower) {
            if (c >= 'A' && c <= 'Z') {
                c = char(c - 'A' + 'a');
            }
        }
        sqlite3_result_text(context, lower.constData(), int(lower.size()), SQLITE_TRANSIENT);
        return;
    }
    const QByteArray folded = QString::fromUtf8(text, bytes).toCaseFolded().toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

bool addCaseFold(QSqlDatabase& db)
{
    sqlite3* connection = driverHandle<sqlite3>(db, "sqlite3*");
    if (!connection) {
        return false;
    }
    return sqlite3_create_function_v2(connection, "usher_fold", 1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, caseFold,
                                      nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace usher::sql
