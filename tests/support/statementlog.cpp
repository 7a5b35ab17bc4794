#include "statementlog.h"

#include "testsupport.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace usher::test {

namespace {

QMutex sqliteMutex;
bool sqliteRecording = false;
StatementLog sqliteLog;

std::function<void(const QString&)> sqliteStartHook;

int onProfile(unsigned type, void*, void* statement, void*)
{
    auto* stmt = static_cast<sqlite3_stmt*>(statement);
    if (type == SQLITE_TRACE_STMT) {
        std::function<void(const QString&)> hook;
        {
            QMutexLocker lock(&sqliteMutex);
            hook = sqliteStartHook;
        }
        if (hook) {
            hook(QString::fromUtf8(sqlite3_sql(stmt))); // on the connection's thread, as it starts
        }
        return 0;
    }
    if (type != SQLITE_TRACE_PROFILE) {
        return 0;
    }
    const int steps = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_VM_STEP, 1);
    QMutexLocker lock(&sqliteMutex);
    if (sqliteRecording) {
        StatementRuns& runs = sqliteLog[QString::fromUtf8(sqlite3_sql(stmt))];
        if (runs.runs == 0) {
            runs.firstFinished = sqliteLog.size();
        }
        ++runs.runs;
        runs.work += steps;
    }
    return 0;
}

int installHook(sqlite3* db, char**, const void*)
{
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE, onProfile, nullptr);
    return SQLITE_OK;
}

QSqlDatabase superuser()
{
    const QString name = QStringLiteral("statementlog-superuser");
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(qEnvironmentVariable("USHER_TEST_PG_HOST"));
    db.setPort(qEnvironmentVariableIntValue("USHER_TEST_PG_PORT"));
    db.setUserName(QStringLiteral("postgres"));
    db.setDatabaseName(QStringLiteral("postgres"));
    if (!db.open()) {
        qFatal("Cannot reach PostgreSQL as its superuser: %s", qPrintable(db.lastError().text()));
    }
    return db;
}

} // namespace

void installSqliteStatementLog()
{
    if (sqlite3_auto_extension(reinterpret_cast<void (*)()>(&installHook)) != SQLITE_OK) {
        qFatal("The SQLite statement log could not be installed.");
    }
}

void onSqliteStatementStart(std::function<void(const QString&)> hook)
{
    QMutexLocker lock(&sqliteMutex);
    sqliteStartHook = std::move(hook);
}

StatementLog recordStatements(const QString& postgresDatabase, const std::function<void()>& code)
{
    if (usingPostgres()) {
        QSqlQuery query(superuser());
        if (!query.exec(QStringLiteral("SELECT pg_stat_statements_reset()"))) {
            qFatal("pg_stat_statements is not loaded: %s", qPrintable(query.lastError().text()));
        }
        code();
        query.prepare(QStringLiteral(
            "SELECT query, SUM(calls), SUM(shared_blks_hit + shared_blks_read + local_blks_hit + local_blks_read) "
            "FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = ?) GROUP BY query"));
        query.addBindValue(postgresDatabase);
        if (!query.exec()) {
            qFatal("pg_stat_statements could not be read: %s", qPrintable(query.lastError().text()));
        }
        static const QRegularExpression prepared(QStringLiteral("^PREPARE \\w+ AS "));
        StatementLog log;
        while (query.next()) {
            StatementRuns& runs = log[query.value(0).toString().remove(prepared)]; // names differ per connection
            runs.runs += query.value(1).toLongLong();
            runs.work += query.value(2).toLongLong();
        }
        return log;
    }
    {
        QMutexLocker lock(&sqliteMutex);
        sqliteLog.clear();
        sqliteRecording = true;
    }
    code();
    QMutexLocker lock(&sqliteMutex);
    sqliteRecording = false;
    return std::exchange(sqliteLog, {});
}

} // namespace usher::test
