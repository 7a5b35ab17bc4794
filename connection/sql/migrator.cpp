#include "connection/sql/migrator.h"

#include "connection/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace usher::sql {

namespace {
/// Translation context for the free functions of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::sql::Migrator)
};

BackendError failure(const QString& message, const QSqlError& error)
{
    return {BackendError::Kind::Internal, message, error.text()};
}
} // namespace

Migrator::Migrator(Dialect dialect)
    : m_dialect(dialect)
{
}

QList<Migration> Migrator::migrations() const
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_([a-z0-9_]+)(?:\\.(sqlite|pg))?\\.sql$"));
    const QString ownSuffix = m_dialect == Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("pg");
    QMap<int, Migration> byVersion;
    QMap<int, bool> isSpecific;
    const QStringList files = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString& file : files) {
        const auto match = fileName.match(file);
        if (!match.hasMatch()) {
            qCWarning(lcSql) << "Ignoring migration file with an unexpected name:" << file;
            continue;
        }
        const QString suffix = match.captured(3);
        if (!suffix.isEmpty() && suffix != ownSuffix) {
            continue;
        }
        const int version = match.captured(1).toInt();
        if (isSpecific.value(version) && suffix.isEmpty()) {
            continue;
        }
        QFile in(QStringLiteral(":/sql/") + file);
        if (!in.open(QIODevice::ReadOnly)) {
            qCCritical(lcSql) << "Cannot read migration" << file;
            continue;
        }
        byVersion.insert(version,
                         {version, match.captured(2), expandPlaceholders(QString::fromUtf8(in.readAll()), m_dialect)});
        isSpecific.insert(version, !suffix.isEmpty());
    }
    return byVersion.values();
}

int Migrator::latestVersion() const
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

int Migrator::currentVersion(const QSqlDatabase& db, QString* error)
{
    const QStringList tables = db.tables(QSql::Tables);
    if (db.lastError().isValid()) {
        if (error) {
            *error = db.lastError().text();
        }
        return -1;
    }
    if (!tables.contains(QStringLiteral("schema_version"))) {
        return tables.isEmpty() ? 0 : -1;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next()) {
        if (error) {
            *error = query.lastError().text();
        }
        return -1;
    }
    return query.value(0).toInt();
}

Result<int> Migrator::migrate(QSqlDatabase& db) const
{
    QString error;
    const int current = currentVersion(db, &error);
    if (current < 0) {
        if (error.isEmpty()) {
            return BackendError {BackendError::Kind::NotUsher,
                                 Text::tr("It is a database of another application, not an Usher database."),
                                 {}};
        }
        return BackendError {BackendError::Kind::Corrupt, Text::tr("The schema version could not be read."), error};
    }
    const int latest = latestVersion();
    if (current > latest) {
        return BackendError {BackendError::Kind::SchemaTooNew,
                             Text::tr("It was written by a newer version of Usher (schema version %1; this version "
                                      "understands up to %2). Update Usher to open it.")
                                 .arg(current)
                                 .arg(latest),
                             {}};
    }
    QSqlQuery query(db);
    if (current == 0
        && !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                      "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"))) {
        return failure(Text::tr("The database schema could not be prepared."), query.lastError());
    }
    for (const Migration& migration : migrations()) {
        if (migration.version <= current) {
            continue;
        }
        qCInfo(lcSql) << "Applying migration" << migration.version << migration.name;
        if (!db.transaction()) {
            return failure(Text::tr("The database upgrade could not start."), db.lastError());
        }
        for (const QString& statement : splitStatements(migration.script)) {
            if (!query.exec(statement)) {
                const QSqlError sqlError = query.lastError();
                db.rollback();
                qCCritical(lcSql) << "Migration" << migration.version << "failed:" << sqlError.text() << statement;
                return failure(Text::tr("The database upgrade to version %1 (%2) failed; nothing was changed.")
                                   .arg(migration.version)
                                   .arg(migration.name),
                               sqlError);
            }
        }
        query.prepare(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(migration.name);
        query.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!query.exec() || !db.commit()) {
            const QSqlError sqlError = query.lastError().isValid() ? query.lastError() : db.lastError();
            db.rollback();
            return failure(Text::tr("The database upgrade to version %1 could not be recorded.").arg(migration.version),
                           sqlError);
        }
    }
    return latest;
}

} // namespace usher::sql
