#pragma once

#include "connection/result.h"

#include <QSqlDatabase>
#include <QString>

namespace usher::sql {

/// Looks at a SQLite file before anything opens it for writing, so that a file we must
/// refuse is never touched: not SQLite at all, truncated, or not writable. A missing or
/// empty file passes (it will become a new database) if its folder can be written.
BackendError inspectSqliteFile(const QString& path);

/// Hardens an open SQLite connection against a file someone sent: no extensions, no
/// fts3_tokenizer(); unless `trustSchema`, also defensive mode (no writes to the schema or
/// shadow tables from SQL) and trusted_schema off (functions and virtual tables with side
/// effects refused in triggers, views, indexes and defaults), for the read-only look before
/// anything writes. The connection that writes trusts the schema (SQLite 3.40 refuses FTS5
/// inside Usher's own triggers otherwise) only after the file's triggers and views were found
/// to be Usher's own, and is not defensive (see the .cpp). False (and why) when it fails.
bool hardenSqliteConnection(QSqlDatabase& db, bool trustSchema, QString* error);

} // namespace usher::sql
