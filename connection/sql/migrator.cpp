#include "connection/sql/migrator.h"

#include "connection/logging.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QMutex>
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

std::optional<BackendError> Migrator::refusalToUpgrade(QSqlDatabase& db, int current, int latest)
{
    // Only the owner upgrades: the schema's owner once it exists, else whoever may create
    // tables in the schema (the database's owner). Day-to-day logins are told, and nothing
    // is attempted.
    QSqlQuery query(db);
    const bool checked = current > 0
        ? query.exec(QStringLiteral("SELECT pg_has_role(current_user, tableowner, 'USAGE'), tableowner, current_user "
                                    "FROM pg_tables WHERE schemaname = current_schema() "
                                    "AND tablename = 'schema_version'"))
        : query.exec(QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE'), "
                                    "pg_get_userbyid(d.datdba), current_user FROM pg_database d "
                                    "WHERE d.datname = current_database()"));
    if (!checked || !query.next()) {
        return failure(Text::tr("Whether this login may upgrade the database could not be checked."),
                       query.lastError());
    }
    if (query.value(0).toBool()) {
        return std::nullopt;
    }
    const QString owner = query.value(1).toString();
    const QString login = query.value(2).toString();
    const QString message = current == 0
        ? Text::tr("This database holds no Usher tables yet, and the login “%1” may not create them. Connect once "
                   "as its owner, the login “%2”, to set it up; Usher changed nothing.")
              .arg(login, owner)
        : Text::tr("This database's schema is at version %1 and this version of Usher needs version %2. Only its "
                   "owner, the login “%3”, may upgrade it: connect once as “%3” with this version of Usher. The "
                   "login “%4” changed nothing.")
              .arg(current)
              .arg(latest)
              .arg(owner, login);
    return BackendError{BackendError::Kind::Refused, message, {}};
}

Migrator::Migrator(Dialect dialect)
    : m_dialect(dialect)
{
}

namespace {

QList<Migration> readMigrations(Dialect dialect)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_([a-z0-9_]+)(?:\\.(sqlite|pg))?\\.sql$"));
    const QString ownSuffix = dialect == Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("pg");
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
                         {version, match.captured(2), expandPlaceholders(QString::fromUtf8(in.readAll()), dialect)});
        isSpecific.insert(version, !suffix.isEmpty());
    }
    return byVersion.values();
}

QMutex cacheMutex; ///< For the caches below: backends open on their own threads.

} // namespace

QList<Migration> Migrator::migrations() const
{
    // The scripts are compiled in and never change: read and expanded once per dialect, not
    // on every open (issue 15: opening a file read and parsed them several times).
    static QHash<int, QList<Migration>> cache;
    QMutexLocker lock(&cacheMutex);
    auto cached = cache.find(int(m_dialect));
    if (cached == cache.end()) {
        cached = cache.insert(int(m_dialect), readMigrations(m_dialect));
    }
    return *cached;
}

std::optional<std::pair<QString, QString>> Migrator::foreignSchemaObject(const QSqlDatabase& db, int version,
                                                                         QString* error) const
{
    // What SQLite keeps in sqlite_master for a trigger or view is its CREATE statement as it
    // was written (for triggers: "CREATE TRIGGER " and the text from the name on); compared
    // with runs of white space made one.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression creates(
        QStringLiteral("^CREATE\\s+(?:TEMP\\s+|TEMPORARY\\s+)?(TRIGGER|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
                       "([A-Za-z0-9_]+)\\b(.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression drops(
        QStringLiteral("^DROP\\s+(TRIGGER|VIEW)\\s+(?:IF\\s+EXISTS\\s+)?([A-Za-z0-9_]+)"),
        QRegularExpression::CaseInsensitiveOption);
    auto normalized = [](QString sql) {
        sql = sql.replace(space, QStringLiteral(" ")).trimmed();
        while (sql.endsWith(QLatin1Char(';'))) {
            sql.chop(1);
            sql = sql.trimmed();
        }
        return sql;
    };
    // "trigger:name" -> normalized CREATE statement, once per dialect and version.
    static QHash<int, QMap<QString, QString>> ownByVersion;
    const int key = int(m_dialect) * 100'000 + version;
    QMap<QString, QString> own;
    bool known = false;
    {
        QMutexLocker lock(&cacheMutex);
        const auto cached = ownByVersion.constFind(key);
        known = cached != ownByVersion.constEnd();
        own = known ? *cached : own;
    }
    for (const Migration& migration : known ? QList<Migration>() : migrations()) {
        if (migration.version > version) {
            break;
        }
        for (const QString& statement : splitStatements(migration.script)) {
            if (const auto created = creates.match(statement); created.hasMatch()) {
                const QString type = created.captured(1).toUpper();
                own.insert(type.toLower() + QLatin1Char(':') + created.captured(2),
                           normalized(QStringLiteral("CREATE %1 %2%3").arg(type, created.captured(2),
                                                                           created.captured(3))));
            } else if (const auto dropped = drops.match(statement); dropped.hasMatch()) {
                own.remove(dropped.captured(1).toLower() + QLatin1Char(':') + dropped.captured(2));
            }
        }
    }
    if (!known) {
        QMutexLocker lock(&cacheMutex);
        ownByVersion.insert(key, own);
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view') "
                                   "ORDER BY type, name"))) {
        if (error) {
            *error = query.lastError().text();
        }
        return std::pair<QString, QString>{};
    }
    while (query.next()) {
        const QString type = query.value(0).toString();
        const QString name = query.value(1).toString();
        const auto expected = own.constFind(type + QLatin1Char(':') + name);
        if (expected == own.constEnd() || *expected != normalized(query.value(2).toString())) {
            return std::pair<QString, QString>{type, name};
        }
    }
    return std::nullopt;
}

int Migrator::latestVersion() const
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

int Migrator::currentVersion(const QSqlDatabase& db, QString* error)
{
    // An Usher database answers this directly; only when it does not (a new, empty database,
    // another application's, or an error) is the catalogue listed, which costs a new
    // PostgreSQL connection several milliseconds.
    if (QSqlQuery direct(db); direct.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"))
        && direct.next()) {
        return direct.value(0).toInt();
    }
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

Result<int> Migrator::migrate(QSqlDatabase& db, int* startedFrom) const
{
    QString error;
    const int current = currentVersion(db, &error);
    if (startedFrom) {
        *startedFrom = current;
    }
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
    if (current < latest && m_dialect == Dialect::Postgres) {
        if (auto refusal = refusalToUpgrade(db, current, latest)) {
            return *refusal;
        }
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
        query.addBindValue(clock::nowSecs());
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
