#pragma once

#include "connection/result.h"

#include <QList>
#include <QStringList>

namespace usher {

/// Writes a CSV file for spreadsheets (UTF-8 with a byte-order mark, formula-safe records
/// from core/csv.h) all at once or not at all (QSaveFile); answers the number of rows.
/// Safe to run off the GUI thread.
Result<int> writeCsvFile(const QString& path, const QStringList& header, const QList<QStringList>& rows);

} // namespace usher
