#pragma once

#include "connection/result.h"

#include <QString>

namespace usher::sql {

/// Looks at a SQLite file before anything opens it for writing, so that a file we must
/// refuse is never touched: not SQLite at all, truncated, or not writable. A missing or
/// empty file passes (it will become a new database) if its folder can be written.
BackendError inspectSqliteFile(const QString& path);

} // namespace usher::sql
