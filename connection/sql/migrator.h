#pragma once

#include "connection/result.h"
#include "connection/sql/dialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

namespace usher::sql {

/// One numbered step of the schema, from resources/sql/NNNN_name[.sqlite|.pg].sql.
struct Migration
{
    int version = 0;
    QString name;
    QString script; ///< Placeholders already expanded for the dialect.
};

/// Creates and upgrades Usher's schema. Each migration runs in its own transaction and is
/// recorded in schema_version, so an interrupted upgrade resumes where it stopped.
class Migrator
{
public:
    explicit Migrator(Dialect dialect);

    /// The migrations for this dialect, in order. A dialect-specific file
    /// (0002_search.sqlite.sql) replaces the shared one of the same number.
    QList<Migration> migrations() const;
    int latestVersion() const;

    /// The version recorded in the database: 0 for an empty database, -1 when the database
    /// has tables but none of them is schema_version (not ours).
    static int currentVersion(const QSqlDatabase& db, QString* error = nullptr);

    /// A trigger or view in `db` that Usher's migrations up to `version` did not create word for
    /// word (a file someone sent may carry code that runs on our writes), as {type, name}:
    /// type is "trigger" or "view". Nothing when there is none. Reads only.
    std::optional<std::pair<QString, QString>> foreignSchemaObject(const QSqlDatabase& db, int version,
                                                                   QString* error) const;

    /// Brings the database to the latest version. Refuses a database ahead of this build.
    /// `startedFrom` receives the version it found (0: a new database).
    Result<int> migrate(QSqlDatabase& db, int* startedFrom = nullptr) const;

private:
    /// PostgreSQL: why the connected login may not bring the schema from `current` to
    /// `latest` (it is not the owner), or nothing when it may.
    static std::optional<BackendError> refusalToUpgrade(QSqlDatabase& db, int current, int latest);

    Dialect m_dialect;
};

} // namespace usher::sql
