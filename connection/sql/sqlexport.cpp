// Exporting members to CSV (B3): one query in the listing's order, streamed to the file a row
// at a time.
#include "connection/sql/sqlworker.h"

#include "core/clamp.h"
#include "core/csv.h"

#include <QFile>
#include <QScopeGuard>
#include <QSaveFile>

#include <cstdio>

namespace usher::sql {

QFuture<Result<qint64>> SqlBackend::exportUsers(const UserExportRequest& request)
{
    return run<qint64>([request](SqlWorker& worker, QPromise<Result<qint64>>& promise) -> Result<qint64> {
        if (!worker.isOpen()) {
            return worker.notOpen();
        }
        if (request.columns.isEmpty()) {
            return BackendError{BackendError::Kind::Invalid, Text::tr("Choose at least one column to export."), {}};
        }
        const bool toStdout = request.path == QLatin1String("-");
        QSaveFile file(request.path);
        QFile out;
        QIODevice* device = toStdout ? static_cast<QIODevice*>(&out) : &file;
        if (toStdout ? !out.open(stdout, QIODevice::WriteOnly) : !file.open(QIODevice::WriteOnly)) {
            return BackendError{BackendError::Kind::Invalid,
                                Text::tr("“%1” cannot be written: %2").arg(request.path, device->errorString()), {}};
        }

        UserPageRequest listingRequest;
        listingRequest.filter = request.filter;
        listingRequest.sort = request.sort;
        SqlWorker::Listing listing = worker.listingFor(listingRequest);
        const QString groupsAggregate = worker.dialect() == Dialect::Postgres
            ? QStringLiteral("string_agg(g.name, chr(31))")
            : QStringLiteral("group_concat(g.name, char(31))");
        // The groups cost a lookup per member: read only when the export writes them.
        const QString groups = request.columns.contains(ExportColumn::Groups)
            ? QStringLiteral("(SELECT %1 FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                             "WHERE gm.account_id = a.id AND g.workspace_id = m.workspace_id)")
                  .arg(groupsAggregate)
            : QStringLiteral("NULL");
        const std::optional<qint64> total = worker.knownCount(request.filter);
        // The table's pages walk a sort index with a lookup per member, in no order on disk.
        // When the export is a good part of the workspace, SQLite reads the members in file
        // order and sorts them itself instead: at a million, 1.7 s against 8.1 s with the
        // sqlite3 shell, in a few MB (the sort spills to temporary files). A smaller part is
        // found faster through the index.
        QString from = listing.plan.from;
        QString orderKey = listing.plan.orderKey;
        bool sortInBackground = false;
        UserFilter everyone;
        everyone.workspaceId = request.filter.workspaceId;
        const std::optional<qint64> members = worker.knownCount(everyone);
        if (worker.dialect() == Dialect::Sqlite && total && members && *total * 4 >= *members
            && from.startsWith(QLatin1String("memberships m INDEXED BY "))
            && !from.endsWith(QLatin1String(" memberships_account"))) {
            from = QStringLiteral("memberships m NOT INDEXED");
            orderKey = QLatin1Char('+') + orderKey;
            sortInBackground = true;
        }
        // The sort may use a second thread while this one reads (1M: 1.7 s -> 1.2 s in the
        // shell); this connection's setting returns once the export is written.
        if (sortInBackground) {
            QSqlQuery(worker.database()).exec(QStringLiteral("PRAGMA threads = 2"));
        }
        const auto restoreThreads = qScopeGuard([&worker, sortInBackground] {
            if (sortInBackground) {
                QSqlQuery(worker.database()).exec(QStringLiteral("PRAGMA threads = 0"));
            }
        });
        const QString sql = QStringLiteral(
                                "SELECT a.id, a.display_name, a.email, m.role, m.status, m.source, m.last_seen_at, "
                                "m.joined_at, %1 "
                                "FROM %2 JOIN accounts a ON a.id = m.account_id WHERE %3 ORDER BY %4 %5, m.id %5")
                                .arg(groups, from, listing.where, orderKey, listing.direction);
        promise.setProgressRange(0, total ? clampToInt(*total) : 0);

        return worker.read<qint64>([&]() -> Result<qint64> {
            QSqlQuery query(worker.database());
            query.setForwardOnly(true);
            if (!execWith(query, sql, listing.binds)) {
                return worker.errorFrom(query.lastError(), Text::tr("The members could not be read for the export."));
            }
            auto record = request.plainData ? &csvPlainRecord : &csvRecord;
            QByteArray buffer = toStdout ? QByteArray() : QByteArrayLiteral("\xEF\xBB\xBF"); // UTF-8 for spreadsheets
            QStringList header;
            for (const ExportColumn column : request.columns) {
                header.append(exportColumnName(column));
            }
            buffer += record(header).toUtf8();
            qint64 rows = 0;
            while (query.next()) {
                buffer += record(exportFields(userSummaryFrom(query), request.columns)).toUtf8();
                ++rows;
                if (buffer.size() >= 256 * 1024) {
                    if (device->write(buffer) != buffer.size()) {
                        break;
                    }
                    buffer.clear();
                    promise.setProgressValue(clampToInt(rows));
                    if (request.stop.stopRequested() || promise.isCanceled() || worker.closing) {
                        file.cancelWriting();
                        return BackendError{BackendError::Kind::Refused,
                                            Text::tr("The export was stopped; no file was written."), {}};
                    }
                }
            }
            if (!buffer.isEmpty() && device->write(buffer) != buffer.size()) {
                file.cancelWriting();
            }
            if (query.lastError().isValid()) {
                file.cancelWriting();
                return worker.errorFrom(query.lastError(), Text::tr("The members could not be read for the export."));
            }
            if (toStdout ? !out.flush() : !file.commit()) {
                return BackendError{BackendError::Kind::Invalid,
                                    Text::tr("“%1” could not be saved: %2").arg(request.path, device->errorString()),
                                    {}};
            }
            promise.setProgressValue(clampToInt(rows));
            return rows;
        });
    });
}

} // namespace usher::sql
