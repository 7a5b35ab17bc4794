#pragma once

// What the database did while a test ran some code, statement by statement, on either backend:
//   SQLite      a profile hook that this process installs on every connection it opens
//               (installSqliteStatementLog() before the first one): the runs and the virtual
//               machine steps;
//   PostgreSQL  pg_stat_statements (which scripts/test loads), read as the server's superuser:
//               the runs and the buffers touched.

#include <QMap>
#include <QString>
#include <functional>

namespace usher::test {

struct StatementRuns
{
    qint64 runs = 0;
    qint64 work = 0; ///< SQLite: virtual machine steps; PostgreSQL: buffers.
    /// SQLite: the order in which statements first finished a run (1 for the first of the
    /// recording); PostgreSQL: 0, the server does not say.
    qint64 firstFinished = 0;
};

/// Statement text → what its runs did.
using StatementLog = QMap<QString, StatementRuns>;

/// Puts the hook on every SQLite connection the process opens from now on.
void installSqliteStatementLog();

/// Calls `hook` with a statement's text each time a SQLite connection of this process starts
/// running one (on that connection's thread, which waits for it); an empty hook stops that.
void onSqliteStatementStart(std::function<void(const QString&)> hook);

/// Runs `code` and returns the statements the database ran meanwhile: on SQLite every
/// connection of this process, on PostgreSQL every connection to `postgresDatabase` (the
/// statements of all connections, so nothing else should run on that database meanwhile).
StatementLog recordStatements(const QString& postgresDatabase, const std::function<void()>& code);

} // namespace usher::test
