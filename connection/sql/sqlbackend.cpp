#include "connection/sql/sqlbackend.h"

#include "core/clamp.h"
#include "connection/loopback.h"
#include "connection/sql/sqlworker.h"

#include "connection/logging.h"
#include "connection/sql/migrator.h"
#include "connection/sql/sqlitefile.h"
#include "connection/sql/statementstop.h"
#include "connection/sql/sqlitefold.h"
#include "connection/sql/usersql.h"
#include "connection/token.h"
#include "core/clock.h"
#include "core/email.h"
#include "core/invitation.h"
#include "core/permissions.h"
#include "core/sampledata.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThreadPool>
#include <QTimer>
#include <QVariant>

#include <atomic>

namespace usher::sql {


QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("usher-sql-%1").arg(++counter);
}

/// Maps a driver error to a typed error; `what` says what we were doing, for the person.
BackendError errorFrom(const QSqlError& error, const QString& what, Dialect dialect)
{
    using Kind = BackendError::Kind;
    Kind kind = Kind::Internal;
    QString reason;
    if (dialect == Dialect::Sqlite) {
        // SQLite primary result codes (the QSQLITE driver reports them as the native code).
        switch (error.nativeErrorCode().toInt() & 0xff) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            kind = Kind::Busy;
            reason = Text::tr("The database is locked by another program; try again in a moment.");
            break;
        case 8: // SQLITE_READONLY
            kind = Kind::ReadOnly;
            reason = Text::tr("The database is read-only.");
            break;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            kind = Kind::Corrupt;
            reason = Text::tr("The database file is damaged.");
            break;
        case 9: // SQLITE_INTERRUPT: stopped because nobody waits for the answer any more
            kind = Kind::Cancelled;
            break;
        case 13: // SQLITE_FULL
            reason = Text::tr("The disk is full.");
            break;
        default:
            break;
        }
    } else {
        // PostgreSQL SQLSTATE codes.
        const QString state = error.nativeErrorCode();
        if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))) {
            kind = Kind::Unavailable;
            reason = Text::tr("The connection to the server was lost.");
        } else if (state == QLatin1String("40001") || state == QLatin1String("40P01")
                   || state == QLatin1String("55P03")) {
            kind = Kind::Busy;
            reason = Text::tr("Another change got in the way; try again.");
        } else if (state == QLatin1String("42501")) {
            kind = Kind::Invalid;
            reason = Text::tr("The database user lacks the permission for this.");
        } else if (state == QLatin1String("57014")) { // query_canceled
            kind = Kind::Cancelled;
        } else if (state.startsWith(QLatin1String("53"))) {
            reason = Text::tr("The server is out of resources (disk or memory).");
        }
    }
    const QString message = reason.isEmpty() ? what : what + QLatin1Char(' ') + reason;
    if (kind == Kind::Cancelled) {
        qCInfo(lcSql).noquote() << message << "Stopped:" << error.text();
    } else {
        qCWarning(lcSql).noquote() << message << "Driver:" << error.text();
    }
    return {kind, message, error.text()};
}

/// Explains why a PostgreSQL connection could not be made, from libpq's message.
BackendError connectError(const QSqlError& error, const PostgresServer& profile)
{
    using Kind = BackendError::Kind;
    const QString text = error.text();
    const QString server = QStringLiteral("%1:%2").arg(profile.host).arg(profile.port);
    BackendError result{Kind::Unavailable, {}, text};
    if (text.contains(QLatin1String("password authentication failed"))
        || text.contains(QLatin1String("no password supplied"))) {
        result.kind = Kind::Authentication;
        result.message
            = Text::tr("The server %1 refused the user name “%2” or its password.").arg(server, profile.user);
    } else if (text.contains(QLatin1String("database \"")) && text.contains(QLatin1String("does not exist"))) {
        result.message = Text::tr("The server %1 has no database named “%2”.").arg(server, profile.database);
    } else if (text.contains(QLatin1String("certificate")) || text.contains(QLatin1String("SSL"))) {
        result.kind = Kind::Tls;
        result.message = profile.tls == TlsMode::VerifyFull
            ? Text::tr("The server %1 could not be verified: its certificate is not signed by the CA in “%2” "
                       "or not issued to “%3”.")
                  .arg(server,
                       profile.caFile.trimmed().isEmpty() ? ConnectionProfile::systemCaBundle() : profile.caFile,
                       profile.host)
            : Text::tr("An encrypted connection to %1 could not be set up.").arg(server);
    } else if (text.contains(QLatin1String("timeout"))) {
        result.message = Text::tr("The server %1 did not answer in time.").arg(server);
    } else if (text.contains(QLatin1String("could not translate host name"))) {
        result.message = Text::tr("The host name “%1” is unknown.").arg(profile.host);
    } else {
        result.message = Text::tr("Cannot reach the PostgreSQL server at %1. Check that it is running and that "
                                  "the host and port are right.")
                             .arg(server);
    }
    qCWarning(lcSql).noquote() << result.message << "Driver:" << text;
    return result;
}

QVariant epochOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

bool execWith(QSqlQuery& query, const QString& sql, const QVariantList& binds)
{
    if (!query.prepare(sql)) {
        return false;
    }
    for (const QVariant& value : binds) {
        query.addBindValue(value);
    }
    return query.exec();
}

namespace {
/// Why a SQLite file with a trigger or view Usher did not create is not opened.
BackendError foreignObjectError(const std::pair<QString, QString>& object)
{
    return {BackendError::Kind::NotUsher,
            object.first == QLatin1String("view")
                ? Text::tr("This file contains a view, “%1”, that Usher did not create; it is not opened.")
                      .arg(object.second)
                : Text::tr("This file contains a trigger, “%1”, that Usher did not create; it is not opened.")
                      .arg(object.second),
            {}};
}
} // namespace

Result<Done> SqlWorker::probeReadOnly()
{
    // A read-only look first: a file we are going to refuse must never be written to.
    const QString probeName = m_connectionName + QStringLiteral("-probe");
    const int latest = Migrator(Dialect::Sqlite).latestVersion();
    int version = 0;
    QString error;
    std::optional<std::pair<QString, QString>> foreign;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(m_profile.file()->path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!probe.open() || !hardenSqliteConnection(probe, false, &error)) {
            if (error.isEmpty()) {
                error = probe.lastError().text();
            }
            version = -2;
        } else {
            version = Migrator::currentVersion(probe, &error);
            if (version >= 0 && version <= latest) {
                foreign = Migrator(Dialect::Sqlite).foreignSchemaObject(probe, version, &error);
                version = error.isEmpty() ? version : -2;
            }
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);

    if (foreign && error.isEmpty()) {
        return foreignObjectError(*foreign);
    }
    if (version == -2 || (version == -1 && !error.isEmpty())) {
        return BackendError{BackendError::Kind::Corrupt, Text::tr("It cannot be read as a database; it may be damaged."),
                            error};
    }
    if (version == -1) {
        return BackendError{BackendError::Kind::NotUsher,
                            Text::tr("It is a SQLite database of another application, not an Usher database."), {}};
    }
    if (version > latest) {
        return BackendError{BackendError::Kind::SchemaTooNew,
                            Text::tr("It was written by a newer version of Usher (schema version %1; this version "
                                     "understands up to %2). Update Usher to open it.")
                                .arg(version)
                                .arg(latest),
                            {}};
    }
    return Done{};
}

Result<Done> SqlWorker::openSqlite(bool* created)
{
    const QString path = m_profile.file()->path;
    const bool existed = QFileInfo(path).exists() && QFileInfo(path).size() > 0;
    *created = !existed;
    if (BackendError problem = inspectSqliteFile(path); problem.kind != BackendError::Kind::None) {
        return problem;
    }
    if (existed) {
        if (auto probe = probeReadOnly(); !probe.ok()) {
            return probe.error();
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return errorFrom(db.lastError(), Text::tr("The database could not be opened."));
    }
    // Without extensions; the schema stays trusted on this connection, for Usher's own FTS5
    // triggers, once its triggers and views are found to be Usher's own below.
    QString hardening;
    if (!hardenSqliteConnection(db, true, &hardening)) {
        return BackendError{BackendError::Kind::Internal, Text::tr("The database could not be prepared."), hardening};
    }
    if (existed) {
        // Again on this connection, before anything writes: the file may have changed since
        // the look above.
        QString error;
        const int version = Migrator::currentVersion(db, &error);
        const auto foreign = version >= 0 ? Migrator(Dialect::Sqlite).foreignSchemaObject(db, version, &error)
                                          : std::nullopt;
        if (!error.isEmpty()) {
            return BackendError{BackendError::Kind::Corrupt,
                                Text::tr("It cannot be read as a database; it may be damaged."), error};
        }
        if (foreign) {
            return foreignObjectError(*foreign);
        }
    }
    QSqlQuery pragma(db);
    for (const char* statement : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                                  "PRAGMA secure_delete = ON"}) {
        if (!pragma.exec(QString::fromLatin1(statement))) {
            return errorFrom(pragma.lastError(), Text::tr("The database could not be prepared."));
        }
    }
    if (!addCaseFold(db)) {
        return BackendError{BackendError::Kind::Internal, Text::tr("The database could not be prepared."),
                            QStringLiteral("usher_fold could not be added to the SQLite connection")};
    }
    return Done{};
}

Result<Done> SqlWorker::connectPostgres()
{
    if (const QString problem = m_profile.problem(); !problem.isEmpty()) {
        return BackendError{BackendError::Kind::Invalid, problem, {}};
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    const PostgresServer& server = *m_profile.server();
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setDatabaseName(server.database);
    db.setUserName(server.user);
    db.setPassword(m_password);
    // The statement timeout travels with the connection request (no round trip of its own).
    // GSSAPI encryption is off: the connection is TLS (or plain text to this machine), and
    // libpq would otherwise look for Kerberos credentials before every first connection.
    QStringList options{QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=Usher"),
                        QStringLiteral("sslmode=") + tlsModeKey(server.tls), QStringLiteral("gssencmode=disable"),
                        QStringLiteral("options='-c statement_timeout=30s'")};
    if (server.tls == TlsMode::Disable) {
        // Plain text only to this machine: the name must resolve to loopback addresses alone,
        // and libpq connects to the address checked here rather than looking the name up again.
        const QList<QHostAddress> addresses = loopbackAddresses(server.host);
        if (addresses.isEmpty()) {
            return BackendError{BackendError::Kind::Invalid,
                                Text::tr("Encryption can be off only for a server on this machine, and %1 is not "
                                         "(or could not be found); choose Encrypted and verified.")
                                    .arg(server.host),
                                {}};
        }
        options.append(QStringLiteral("hostaddr=") + addresses.first().toString());
    }
    if (server.tls == TlsMode::VerifyFull) {
        // Quoted for libpq, so spaces, backslashes and quotes in the path stay the path.
        QString path = server.caFile.trimmed().isEmpty() ? ConnectionProfile::systemCaBundle() : server.caFile;
        path.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        options.append(QStringLiteral("sslrootcert='%1'").arg(path));
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        return connectError(db.lastError(), server);
    }
    return Done{};
}

Result<OpenInfo> SqlWorker::open()
{
    close();
    bool created = false;
    const Result<Done> connected = m_dialect == Dialect::Sqlite ? openSqlite(&created) : connectPostgres();
    if (!connected.ok()) {
        return connected.error();
    }
    QSqlDatabase db = database();
    int startedFrom = -1;
    const Result<int> migrated = Migrator(m_dialect).migrate(db, &startedFrom);
    if (!migrated.ok()) {
        return migrated.error();
    }
    if (m_dialect == Dialect::Postgres) {
        created = startedFrom == 0;
    }
    if (created) {
        // A new database's workspace is named, and writes its mails, in the language Usher
        // speaks now (the schema can only create it in English).
        const QString language = QLocale().name().left(2);
        QSqlQuery named(db);
        if (!execWith(named,
                      QStringLiteral("UPDATE workspaces SET name = ?, locale = ? WHERE slug = 'default' "
                                     "AND name = 'My organisation'"),
                      {Text::tr("My organisation"), mailLanguages().contains(language) ? language : QStringLiteral("en")})) {
            return errorFrom(named.lastError(), Text::tr("The new workspace could not be named."));
        }
    }
    // The workspace and its active Admins (from the kept counts) in one round trip: opening does
    // no work that grows with the members.
    QSqlQuery query(db);
    const bool bySlug = !m_profile.workspace.isEmpty();
    const QString workspace = QStringLiteral("SELECT w.id, w.name, ") + activeAdminsSql(QStringLiteral("w.id"))
        + QStringLiteral(" FROM workspaces w ");
    const bool found = execWith(query,
                                workspace
                                    + (bySlug ? QStringLiteral("WHERE w.slug = ?")
                                              : QStringLiteral("ORDER BY w.id LIMIT 1")),
                                bySlug ? QVariantList{m_profile.workspace} : QVariantList{})
        && query.next();
    if (!found) {
        if (query.lastError().isValid()) {
            return errorFrom(query.lastError(), Text::tr("The workspaces could not be read."));
        }
        return BackendError{BackendError::Kind::Invalid,
                            bySlug ? Text::tr("The database has no workspace “%1”.").arg(m_profile.workspace)
                                   : Text::tr("The database has no workspace."),
                            {}};
    }
    OpenInfo info;
    info.schemaVersion = migrated.value();
    info.latestVersion = migrated.value();
    info.created = created;
    info.workspaceId = query.value(0).toLongLong();
    info.workspaceName = query.value(1).toString();
    m_workspaceId = info.workspaceId.number();
    info.activeAdmins = query.value(2).toLongLong();
    m_open = true;
    watchForChanges();
    // Upkeep the first page need not wait for: once the next answer has gone out.
    m_upkeep = Upkeep::AfterOpen;
    qCInfo(lcSql) << "Opened" << m_profile.location() << "schema version" << info.schemaVersion;
    return info;
}

void SqlWorker::jobFinished()
{
    const bool idle = --foregroundJobs == 0;
    if (m_upkeep == Upkeep::AfterOpen) {
        m_upkeep = Upkeep::Due; // the answer to open() itself has just gone out
        return;
    }
    if (m_upkeep != Upkeep::Due || !idle || closing || !m_open) {
        return;
    }
    m_upkeep = Upkeep::None;
    if (m_dialect == Dialect::Postgres) {
        // The owner's connection gives the day-to-day role its rights, should an administrator
        // have created it after the migration that grants them (a no-op otherwise).
        // One round trip: the function runs only on the owner's connection.
        QSqlQuery grant(database());
        if (!grant.exec(QStringLiteral("SELECT usher_grant_operator() FROM pg_tables WHERE schemaname = current_schema() "
                                       "AND tablename = 'schema_version' AND pg_has_role(current_user, tableowner, 'USAGE')"))) {
            qCWarning(lcSql) << "The usher_operator role could not be given its rights:" << grant.lastError().text();
        }
    }
    // Members deleted more than the recovery window ago go now (U6); a failure here is not
    // a reason to refuse the connection, and the next connect tries again.
    if (const Result<qint64> purged = purgeExpired(clock::now()); !purged.ok()) {
        qCWarning(lcSql).noquote() << "Purging expired deletions failed:" << purged.error().message;
    } else if (purged.value() > 0) {
        qCInfo(lcSql) << "Purged" << purged.value() << "members deleted longer ago than the recovery window";
    }
}

Result<OpenInfo> SqlWorker::probe()
{
    close();
    OpenInfo info;
    info.latestVersion = Migrator(m_dialect).latestVersion();
    if (m_dialect == Dialect::Sqlite) {
        const QFileInfo file(m_profile.file()->path);
        if (!file.exists() || file.size() == 0) {
            return info; // nothing there yet: Usher would create it
        }
        if (BackendError problem = inspectSqliteFile(m_profile.file()->path); problem.kind != BackendError::Kind::None) {
            return problem;
        }
        if (auto checked = probeReadOnly(); !checked.ok()) {
            return checked.error();
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_profile.file()->path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            return errorFrom(db.lastError(), Text::tr("The database could not be opened."));
        }
        if (QString hardening; !hardenSqliteConnection(db, false, &hardening)) {
            close();
            return BackendError{BackendError::Kind::Internal, Text::tr("The database could not be prepared."),
                                hardening};
        }
    } else if (const Result<Done> connected = connectPostgres(); !connected.ok()) {
        return connected.error();
    }
    // What is there, read with every handle on the connection gone before it closes.
    const Result<OpenInfo> inspected = [&]() -> Result<OpenInfo> {
        QSqlDatabase db = database();
        QString error;
        info.schemaVersion = Migrator::currentVersion(db, &error);
        if (info.schemaVersion < 0) {
            return BackendError{error.isEmpty() ? BackendError::Kind::NotUsher : BackendError::Kind::Corrupt,
                                error.isEmpty() ? Text::tr("It is a database of another application, not an Usher database.")
                                                : Text::tr("The schema version could not be read."),
                                error};
        }
        if (info.schemaVersion > info.latestVersion) {
            return BackendError{BackendError::Kind::SchemaTooNew,
                                Text::tr("It was written by a newer version of Usher (schema version %1; this version "
                                         "understands up to %2). Update Usher to open it.")
                                    .arg(info.schemaVersion)
                                    .arg(info.latestVersion),
                                {}};
        }
        if (info.schemaVersion > 0) {
            QSqlQuery query(db);
            if (execWith(query, QStringLiteral("SELECT id, name FROM workspaces ORDER BY id LIMIT 1"), {}) && query.next()) {
                info.workspaceId = query.value(0).toLongLong();
                info.workspaceName = query.value(1).toString();
            }
        }
        return info;
    }();
    close();
    return inspected;
}

void SqlWorker::watchForChanges()
{
    QSqlDatabase db = database();
    if (m_dialect == Dialect::Postgres) {
        QSqlDriver* driver = db.driver();
        if (!m_listening) {
            // The driver object outlives reconnects, so one connection serves them all.
            m_listening = true;
            QObject::connect(driver, &QSqlDriver::notification, this,
                             [this](const QString&, QSqlDriver::NotificationSource source, const QVariant&) {
                                 forgetCachedListing(); // our own changes too
                                 if (source == QSqlDriver::OtherSource && onChangedElsewhere) {
                                     onChangedElsewhere();
                                 }
                             });
        }
        if (!driver->subscribedToNotifications().contains(QStringLiteral("usher_changes"))
            && !driver->subscribeToNotification(QStringLiteral("usher_changes"))) {
            qCWarning(lcSql) << "Live refresh is off: cannot listen for changes:" << driver->lastError().text();
        }
        return;
    }
    // SQLite: data_version changes when another connection commits.
    auto dataVersion = [this]() -> qint64 {
        QSqlQuery query(database());
        return query.exec(QStringLiteral("PRAGMA data_version")) && query.next() ? query.value(0).toLongLong() : -1;
    };
    m_dataVersion = dataVersion();
    m_poll = new QTimer;
    m_poll->setInterval(SqlBackend::sqlitePollMs);
    QObject::connect(m_poll, &QTimer::timeout, this, [this, dataVersion] {
        const qint64 now = dataVersion();
        if (now >= 0 && now != m_dataVersion) {
            m_dataVersion = now;
            forgetCachedListing();
            if (onChangedElsewhere) {
                onChangedElsewhere();
            }
        }
    });
    m_poll->start();
}

QString SqlWorker::listingKey(const UserFilter& filter, const UserSort& sort)
{
    return filter.key() + QStringLiteral("|%1|%2").arg(int(sort.field)).arg(int(sort.order));
}

SqlWorker::Listing SqlWorker::listingFor(const UserPageRequest& request)
{
    Listing listing;
    listing.ascending = request.sort.order == Qt::AscendingOrder;
    listing.direction = listing.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const SearchPath path = searchPath(request.filter);
    listing.plan = listingPlan(request.filter, request.sort.field, m_dialect, path);
    listing.where = whereClause(request.filter, m_dialect, &listing.binds, path);
    return listing;
}

UserSummary userSummaryFrom(const QSqlQuery& query)
{
    UserSummary row;
    row.accountId = query.value(0).toLongLong();
    row.displayName = query.value(1).toString();
    row.email = query.value(2).toString();
    roleFromKey(query.value(3).toString(), &row.role);
    statusFromKey(query.value(4).toString(), &row.status);
    sourceFromKey(query.value(5).toString(), &row.source);
    row.lastSeen = timeFrom(query.value(6));
    row.joined = timeFrom(query.value(7));
    row.groups = query.value(8).toString().split(QChar(31), Qt::SkipEmptyParts);
    row.groups.sort(Qt::CaseInsensitive);
    return row;
}

QString SqlWorker::pageRowsSql(const QString& ids, const QString& key, const QString& direction) const
{
    const QString groupsAggregate = m_dialect == Dialect::Postgres ? QStringLiteral("string_agg(g.name, chr(31))")
                                                                    : QStringLiteral("group_concat(g.name, char(31))");
    return QStringLiteral("SELECT a.id, a.display_name, a.email, m.role, m.status, m.source, m.last_seen_at, "
                          "m.joined_at, (SELECT %1 FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                          "WHERE gm.account_id = a.id AND g.workspace_id = m.workspace_id), %2, m.id, m.version "
                          "FROM (%3) page JOIN memberships m ON m.id = page.id JOIN accounts a ON a.id = m.account_id "
                          "ORDER BY %2 %4, m.id %4")
        .arg(groupsAggregate, key, ids, direction);
}

SqlWorker::Anchors& SqlWorker::anchorsOf(const UserPageRequest& request)
{
    if (m_anchors.size() > 64) {
        m_anchors.clear(); // many searches typed: keep memory bounded
    }
    return m_anchors[listingKey(request.filter, request.sort)];
}

UserPage SqlWorker::readPage(QSqlQuery& query, qint64 offset, Anchors& anchors)
{
    UserPage page;
    page.offset = offset;
    while (query.next()) {
        UserSummary row = userSummaryFrom(query);
        row.version = query.value(11).toInt();
        if (page.rows.isEmpty()) {
            // The page's first row is where a later page at or after this offset can start.
            anchors.insert(offset, {query.value(9), query.value(10).toLongLong()});
        }
        page.rows.append(row);
    }
    return page;
}

Result<UserPage> SqlWorker::listUsers(const UserPageRequest& request)
{
    if (std::optional<Result<UserPage>> ordered = searchPageInNameOrder(request)) {
        return *ordered;
    }
    return read<UserPage>([this, &request]() -> Result<UserPage> {
        Listing listing = listingFor(request);
        const QString& key = listing.plan.orderKey;
        QVariantList& binds = listing.binds;
        QString& where = listing.where;

        // Start from the nearest row already seen at or before the offset (its key and id),
        // so a deep page costs the distance from there, not the whole offset.
        Anchors& anchors = anchorsOf(request);
        qint64 skip = request.offset;
        auto nearest = anchors.upperBound(request.offset);
        std::optional<Anchor> from;
        if (request.offset > 0 && nearest != anchors.begin()) {
            --nearest;
            from = nearest.value();
            skip = request.offset - nearest.key();
        }
        // Closer to the end than to anything seen: walk the sort index backwards from the end
        // (a jump to the last rows costs a page, not the whole listing).
        QString direction = listing.direction;
        qint64 limit = request.limit;
        const std::optional<qint64> total = skip > 2 * qint64(request.limit) ? knownCount(request.filter) : std::nullopt;
        const bool fromEnd = total && request.offset < *total && *total - request.offset - request.limit < skip;
        if (fromEnd) {
            limit = qMin<qint64>(request.limit, *total - request.offset);
            skip = *total - request.offset - limit;
            direction = listing.ascending ? QStringLiteral("DESC") : QStringLiteral("ASC");
        } else if (from) {
            where += QStringLiteral(" AND ") + afterRow(key, listing.ascending, true);
            binds << from->key << from->id;
        }
        const QString sql = pageRowsSql(QStringLiteral("SELECT m.id FROM %1 WHERE %2 ORDER BY %3 %4, m.id %4 LIMIT ? OFFSET ?")
                                            .arg(listing.plan.from, where, key, direction),
                                        key, listing.direction);
        binds << limit << skip;

        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!execWith(query, sql, binds)) {
            return errorFrom(query.lastError(), Text::tr("The list of users could not be read."));
        }
        const UserPage page = readPage(query, request.offset, anchors);
        if (anchors.size() > maxAnchors) {
            anchors.erase(std::next(anchors.begin(), maxAnchors / 2)); // keep the spread, drop one
        }
        // Long listings get anchors laid in the background. Not search results: a step would
        // have to find thousands of matches (a long scan for a rare text), and they are short.
        if (request.offset == 0 && page.rows.size() == request.limit && normalizedSearch(request.filter.search).isEmpty()) {
            startAnchorWalk(request);
        }
        return page;
    });
}

namespace {
/// The sort names whose search_key (migration 12) is `key`, as a condition on m.sort_name with
/// its binds: the key's characters are the names' first ones, or (a name shorter than four)
/// the whole name, or they end with one past U+007E for "any such character, then anything".
QString sortNamesOfKey(qint64 key, QVariantList* binds)
{
    QString prefix;
    for (int shift = 21; shift >= 0; shift -= 7) {
        const int digit = int((key >> shift) & 127);
        if (digit == 0) {
            binds->append(prefix); // the whole name
            return QStringLiteral("m.sort_name = ?");
        }
        if (digit == 127) {
            // Any character from U+007F on (UTF-8 bytes compare alike), then anything.
            binds->append(prefix + QChar(0x7f));
            if (prefix.isEmpty()) {
                return QStringLiteral("m.sort_name >= ?");
            }
            QString next = prefix;
            next.back() = QChar(next.back().unicode() + 1);
            binds->append(next);
            return QStringLiteral("m.sort_name >= ? AND m.sort_name < ?");
        }
        prefix.append(QChar(digit));
    }
    QString next = prefix;
    next.back() = QChar(next.back().unicode() + 1);
    *binds << prefix << next;
    return QStringLiteral("m.sort_name >= ? AND m.sort_name < ?");
}
} // namespace

std::optional<Result<UserPage>> SqlWorker::searchPageInNameOrder(const UserPageRequest& request)
{
    // Pages this deep in a search come from the name index and the anchors the pages before
    // them left: reading every match up to them would cost more.
    constexpr qint64 deepest = 4096;
    const UserFilter& filter = request.filter;
    const QString search = normalizedSearch(filter.search);
    if (m_dialect != Dialect::Sqlite || request.sort.field != UserField::Name || search.toUcs4().size() < trigramMinimum
        || filter.accountIds || filter.groupId || request.offset + request.limit > deepest) {
        return std::nullopt; // a few people, or a group's: their own indexes serve them better
    }
    return read<UserPage>([&]() -> Result<UserPage> {
        // The index's rowid is the membership's search_key (its sort name's first characters)
        // above its id: matches come out in name order, one key at a time, unsorted within it.
        UserFilter unsearched = filter;
        unsearched.search.clear();
        QVariantList binds{ftsPhrase(search)};
        const QString where = whereClause(unsearched, m_dialect, &binds, SearchPath::Scan);
        const bool ascending = request.sort.order == Qt::AscendingOrder;
        const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
        const QString matches = QStringLiteral("membership_search s JOIN memberships m ON m.id = (s.rowid & 4294967295) "
                                               "WHERE membership_search MATCH ? AND ")
            + where;
        const qint64 needed = request.offset + request.limit;
        // The key of the last row the page needs, in rowid order.
        QSqlQuery last(database());
        if (!execWith(last,
                      QStringLiteral("SELECT s.rowid FROM %1 ORDER BY s.rowid %2 LIMIT 1 OFFSET ?").arg(matches, direction),
                      binds + QVariantList{needed - 1})) {
            return errorFrom(last.lastError(), Text::tr("The list of users could not be read."));
        }
        const bool reached = last.next();
        const qint64 lastKey = reached ? last.value(0).toLongLong() >> 32 : -1;
        last.finish();
        const QString key = sortKey(UserField::Name, m_dialect);
        QString ids;
        QVariantList pageBinds;
        if (!reached) {
            // Fewer matches than the page reaches: all of them, sorted.
            ids = QStringLiteral("SELECT m.id FROM %1").arg(matches);
            pageBinds = binds;
        } else {
            // Every match of the keys before it (fewer than the page needs), and the first
            // matches of its own key in name order, which the name index gives.
            const qint64 before = ascending ? lastKey << 32 : (lastKey + 1) << 32;
            QVariantList scanBinds;
            const QString scanWhere = whereClause(filter, m_dialect, &scanBinds, SearchPath::Scan);
            QVariantList rangeBinds;
            const QString range = sortNamesOfKey(lastKey, &rangeBinds);
            ids = QStringLiteral("SELECT m.id FROM %1 AND s.rowid %2 ? UNION ALL "
                                 "SELECT * FROM (SELECT m.id FROM memberships m INDEXED BY memberships_by_name "
                                 "WHERE %3 AND %4 ORDER BY %5 %6, m.id %6 LIMIT ?)")
                      .arg(matches, ascending ? QStringLiteral("<") : QStringLiteral(">="), scanWhere, range, key,
                           direction);
            pageBinds = binds;
            pageBinds << before;
            pageBinds += scanBinds;
            pageBinds += rangeBinds;
            pageBinds << needed;
        }
        pageBinds << request.limit << request.offset;
        Anchors& anchors = anchorsOf(request); // exact positions: a deeper page read from the name index starts at them
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!execWith(query,
                      pageRowsSql(QStringLiteral("SELECT m.id FROM memberships m WHERE m.id IN (%1) "
                                                 "ORDER BY %2 %3, m.id %3 LIMIT ? OFFSET ?")
                                      .arg(ids, key, direction),
                                  key, direction),
                      pageBinds)) {
            return errorFrom(query.lastError(), Text::tr("The list of users could not be read."));
        }
        return readPage(query, request.offset, anchors);
    });
}

SearchPath SqlWorker::searchPath(const UserFilter& filter)
{
    const QString search = normalizedSearch(filter.search);
    if (m_dialect != Dialect::Sqlite || search.toUcs4().size() < trigramMinimum) {
        return SearchPath::TrigramIndex; // not used for these
    }
    const auto known = m_searchPaths.constFind(search);
    if (known != m_searchPaths.constEnd()) {
        return *known;
    }
    // Ask the trigram index how common the text is, stopping early.
    QSqlQuery probe(database());
    probe.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM membership_search WHERE membership_search MATCH ? "
                                 "LIMIT %1)")
                      .arg(m_commonSearch));
    probe.addBindValue(ftsPhrase(search));
    const bool common = probe.exec() && probe.next() && probe.value(0).toInt() >= m_commonSearch;
    const SearchPath path = common ? SearchPath::Scan : SearchPath::TrigramIndex;
    m_searchPaths.insert(search, path);
    return path;
}

void SqlWorker::startAnchorWalk(const UserPageRequest& request)
{
    const QString key = listingKey(request.filter, request.sort);
    if (m_walking == key) {
        return;
    }
    m_walking = key;
    QMetaObject::invokeMethod(this, [this, request, key] { walkAnchors(request, key); }, Qt::QueuedConnection);
}

void SqlWorker::walkAnchors(const UserPageRequest& request, const QString& key)
{
    // One short step at a time, each queued behind whatever the person asked for meanwhile,
    // so the walk never delays a page. It stops when a newer listing takes over.
    if (closing || m_walking != key || !m_open || !m_anchors.contains(key) || m_anchors[key].isEmpty()) {
        return;
    }
    if (foregroundJobs > 0) {
        // Someone is waiting for an answer: step aside and try again shortly.
        QTimer::singleShot(5, this, [this, request, key] { walkAnchors(request, key); });
        return;
    }
    Anchors& anchors = m_anchors[key];
    const auto last = std::prev(anchors.end());
    const qint64 from = last.key();
    if (from >= maxWalk) {
        m_walking.clear();
        return;
    }
    Listing listing = listingFor(request);
    const QString& sortKeySql = listing.plan.orderKey;
    const QString where = listing.where + QStringLiteral(" AND ") + afterRow(sortKeySql, listing.ascending, false);
    QVariantList binds = listing.binds;
    binds << last->key << last->id << m_anchorSpacing - 1;
    const QString& direction = listing.direction;
    const ListingPlan& plan = listing.plan;
    QSqlQuery query(database());
    if (!execWith(query,
                  // The comment names this background work for the complexity guards.
                  QStringLiteral("SELECT /* usher: anchor walk */ %1, m.id FROM %4 WHERE %2 ORDER BY %1 %3, m.id %3 "
                                 "LIMIT 1 OFFSET ?")
                      .arg(sortKeySql, where, direction, plan.from),
                  binds)
        || !query.next()) {
        m_walking.clear(); // the end of the listing (or an error: pages still work without anchors)
        return;
    }
    anchors.insert(from + m_anchorSpacing, {query.value(0), query.value(1).toLongLong()});
    QMetaObject::invokeMethod(this, [this, request, key] { walkAnchors(request, key); }, Qt::QueuedConnection);
}

std::optional<qint64> SqlWorker::knownCount(const UserFilter& filter)
{
    if (const auto cached = m_counts.constFind(listingKey(filter, {})); cached != m_counts.constEnd()) {
        return *cached;
    }
    if (!countedByRoleAndStatus(filter)) {
        return std::nullopt; // counting would cost what it saves
    }
    QVariantList binds;
    QSqlQuery query(database());
    if (!execWith(query, countFromCountsSql(filter, &binds), binds) || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

Result<qint64> SqlWorker::countUsers(const UserFilter& filter)
{
    const QString cacheKey = listingKey(filter, {});
    if (const auto cached = m_counts.constFind(cacheKey); cached != m_counts.constEnd()) {
        return *cached; // unchanged data, same filter: no second COUNT(*)
    }
    return read<qint64>([this, &filter, &cacheKey]() -> Result<qint64> {
        QVariantList binds;
        if (countedByRoleAndStatus(filter)) {
            // Kept as members change: a few rows, however many members there are.
            QSqlQuery query(database());
            if (!execWith(query, countFromCountsSql(filter, &binds), binds) || !query.next()) {
                return errorFrom(query.lastError(), Text::tr("The users could not be counted."));
            }
            return query.value(0).toLongLong();
        }
        const SearchPath path = searchPath(filter);
        // A trigram search counts from its matches (the listing's plan); anything else lets
        // the planner choose.
        const QString from = searchesFromMatches(filter, m_dialect, path)
            ? listingPlan(filter, UserField::Name, m_dialect, path).from
            : QStringLiteral("memberships m");
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE ").arg(from)
            + whereClause(filter, m_dialect, &binds, path);
        QSqlQuery query(database());
        if (!execWith(query, sql, binds) || !query.next()) {
            return errorFrom(query.lastError(), Text::tr("The users could not be counted."));
        }
        const qint64 count = query.value(0).toLongLong();
        if (m_counts.size() > 64) {
            m_counts.clear();
        }
        m_counts.insert(cacheKey, count);
        return count;
    });
}

void SqlWorker::forgetCachedListing()
{
    m_counts.clear();
    m_anchors.clear();
    m_searchPaths.clear();
    m_walking.clear();
}

std::optional<BackendError> SqlWorker::sampleDataRefusal(QSqlQuery& query, const Operator& op, int count)
{
    if (m_dialect != Dialect::Sqlite) {
        return refused(Text::tr("Sample data goes only into a local SQLite file, never into a shared database."));
    }
    if (op.workspaceId != m_workspaceId) {
        return refused(Text::tr("Sample data goes only into the workspace this file opened with."));
    }
    auto failed = [&] {
        return errorFrom(query.lastError(), Text::tr("The sample data could not be added; nothing was changed."));
    };
    if (!execWith(query,
                  QStringLiteral("SELECT "
                                 "(SELECT COUNT(*) FROM memberships WHERE workspace_id = ? AND account_id = ? "
                                 "AND role = 'admin' AND status = 'active'), "
                                 "(SELECT COALESCE(SUM(members), 0) FROM membership_counts WHERE workspace_id = ?) - 1, "
                                 "(SELECT COUNT(*) FROM audit_log WHERE workspace_id = ? "
                                 "AND action = 'workspace.sample_data_loaded'), "
                                 "(SELECT seat_cap FROM workspaces WHERE id = ?)"),
                  {op.workspaceId.number(), op.accountId.number(), op.workspaceId.number(), op.workspaceId.number(), op.workspaceId.number()})
        || !query.next()) {
        return failed();
    }
    if (query.value(0).toLongLong() == 0) {
        return refused(Text::tr("Only an active Admin of this workspace can load sample data."));
    }
    if (const qint64 others = query.value(1).toLongLong(); others > 0) {
        return refused(Text::tr("Sample data goes only into a workspace with no members besides you; this one has "
                                "%n other member(s).",
                                nullptr, clampToInt(others)));
    }
    if (query.value(2).toLongLong() > 0) {
        return refused(Text::tr("Sample data was loaded into this workspace before; it is loaded only once."));
    }
    const std::optional<qint64> cap
        = query.value(3).isNull() ? std::nullopt : std::optional<qint64>(query.value(3).toLongLong());
    if (const auto why = refusalForSeats(1, cap, count)) {
        return refused(*why);
    }
    return std::nullopt;
}

Result<qint64> SqlWorker::loadSampleData(const std::optional<Operator>& op, int count,
                                         QPromise<Result<qint64>>& promise)
{
    if (!m_open) {
        return notOpen();
    }
    forgetCachedListing();
    QSqlDatabase db = database();
    if (!db.transaction()) {
        return errorFrom(db.lastError(), Text::tr("The sample data could not be added."));
    }
    auto fail = [this, &db](const QSqlQuery& query) {
        const BackendError error
            = errorFrom(query.lastError(), Text::tr("The sample data could not be added; nothing was changed."));
        db.rollback();
        return error;
    };
    const qint64 now = clock::nowSecs();

    // Groups and their permissions, reusing groups of the same name.
    QSqlQuery query(db);
    if (op) {
        // Checked inside the transaction that adds the people, so two tries cannot both pass.
        if (auto why = sampleDataRefusal(query, *op, count)) {
            db.rollback();
            return *why;
        }
    }
    QList<qint64> groupIds;
    for (const SampleGroup& group : SampleDataGenerator::groups()) {
        if (!execWith(
                query,
                QStringLiteral("INSERT INTO groups (workspace_id, name, description, source, synced_at, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (workspace_id, name) DO NOTHING"),
                {m_workspaceId, group.name, group.description,
                 group.synced ? QStringLiteral("synced") : QStringLiteral("native"),
                 group.synced ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()), now})
            || !execWith(query, QStringLiteral("SELECT id FROM groups WHERE workspace_id = ? AND name = ?"),
                         {m_workspaceId, group.name})
            || !query.next()) {
            return fail(query);
        }
        const qint64 groupId = query.value(0).toLongLong();
        groupIds.append(groupId);
        for (const QString& permission : group.permissions) {
            if (!execWith(query,
                          QStringLiteral("INSERT INTO group_permissions (group_id, permission) VALUES (?, ?) "
                                         "ON CONFLICT DO NOTHING"),
                          {groupId, permission})) {
                return fail(query);
            }
        }
    }

    QSqlQuery insertAccount(db);
    QSqlQuery insertMembership(db);
    QSqlQuery insertGroupMember(db);
    QSqlQuery insertLogin(db);
    QSqlQuery insertSession(db);
    insertAccount.prepare(
        QStringLiteral("INSERT INTO accounts (email, email_key, first_name, last_name, display_name, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (email_key) DO NOTHING RETURNING id"));
    insertMembership.prepare(QStringLiteral(
        "INSERT INTO memberships (account_id, workspace_id, role, status, source, joined_at, last_seen_at, deleted_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insertGroupMember.prepare(
        QStringLiteral("INSERT INTO group_members (group_id, account_id, added_at) VALUES (?, ?, ?)"));
    // Invited people have an open invitation; its link was never shown to anyone.
    QSqlQuery insertInvite(db);
    insertInvite.prepare(QStringLiteral("INSERT INTO invites (workspace_id, account_id, email, email_key, role, "
                                        "token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insertLogin.prepare(QStringLiteral("INSERT INTO login_events (account_id, workspace_id, at, ip, device, browser, "
                                       "location, success, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertSession.prepare(
        QStringLiteral("INSERT INTO sessions (account_id, workspace_id, device, browser, ip, location, "
                       "created_at, last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));

    promise.setProgressRange(0, count);
    SampleDataGenerator generator;
    qint64 added = 0;
    for (int i = 0; i < count; ++i) {
        if (promise.isCanceled() || closing) {
            db.rollback();
            return BackendError {
                BackendError::Kind::Cancelled, Text::tr("Loading sample data was cancelled; nothing was added."), {}};
        }
        const SamplePerson person = generator.next();
        const Account& account = person.account;
        const Membership& member = person.membership;
        insertAccount.addBindValue(account.email);
        insertAccount.addBindValue(normalizedEmail(account.email));
        insertAccount.addBindValue(account.firstName);
        insertAccount.addBindValue(account.lastName);
        insertAccount.addBindValue(account.displayName);
        insertAccount.addBindValue(account.createdAt.toSecsSinceEpoch());
        if (!insertAccount.exec()) {
            return fail(insertAccount);
        }
        if (!insertAccount.next()) {
            continue; // An account with this email exists already: leave it alone.
        }
        const qint64 accountId = insertAccount.value(0).toLongLong();
        insertAccount.finish();

        for (const QVariant& value : {QVariant(accountId), QVariant(m_workspaceId), QVariant(roleKey(member.role)),
                                      QVariant(statusKey(member.status)), QVariant(sourceKey(member.source)),
                                      QVariant(member.joinedAt.toSecsSinceEpoch()), epochOrNull(member.lastSeenAt),
                                      epochOrNull(member.deletedAt)}) {
            insertMembership.addBindValue(value);
        }
        if (!insertMembership.exec()) {
            return fail(insertMembership);
        }
        if (member.status == Status::Invited) {
            const qint64 invited = member.joinedAt.toSecsSinceEpoch();
            for (const QVariant& value :
                 {QVariant(m_workspaceId), QVariant(accountId), QVariant(account.email),
                  QVariant(normalizedEmail(account.email)), QVariant(roleKey(member.role)),
                  QVariant(token::hashOf(token::generate())), QVariant(invited),
                  QVariant(invited + qint64(defaultInviteExpiryDays) * 24 * 3600)}) {
                insertInvite.addBindValue(value);
            }
            if (!insertInvite.exec()) {
                return fail(insertInvite);
            }
        }
        for (const int groupIndex : person.groupIndexes) {
            insertGroupMember.addBindValue(groupIds.at(groupIndex));
            insertGroupMember.addBindValue(accountId);
            insertGroupMember.addBindValue(member.joinedAt.toSecsSinceEpoch());
            if (!insertGroupMember.exec()) {
                return fail(insertGroupMember);
            }
        }
        for (const SampleLogin& login : person.logins) {
            for (const QVariant& value :
                 {QVariant(accountId), QVariant(m_workspaceId), QVariant(login.at.toSecsSinceEpoch()),
                  QVariant(login.ip), QVariant(login.device), QVariant(login.browser), QVariant(login.location),
                  QVariant(login.success ? 1 : 0),
                  QVariant(login.success ? QStringLiteral("") : QStringLiteral("password"))}) {
                insertLogin.addBindValue(value);
            }
            if (!insertLogin.exec()) {
                return fail(insertLogin);
            }
        }
        for (const SampleSession& session : person.sessions) {
            for (const QVariant& value :
                 {QVariant(accountId), QVariant(m_workspaceId), QVariant(session.device), QVariant(session.browser),
                  QVariant(session.ip), QVariant(session.location), QVariant(session.createdAt.toSecsSinceEpoch()),
                  QVariant(session.lastActivity.toSecsSinceEpoch())}) {
                insertSession.addBindValue(value);
            }
            if (!insertSession.exec()) {
                return fail(insertSession);
            }
        }
        ++added;
        if (i % 500 == 0) {
            promise.setProgressValue(i);
        }
    }
    // A few people waiting to join, for the waitlist to show.
    const QString sources[] = {QStringLiteral("landing page"), QStringLiteral("pricing page"),
                               QStringLiteral("referral")};
    for (int i = 0; i < qMin(12, count / 40); ++i) {
        const Account applicant = generator.next().account;
        if (!execWith(query,
                      QStringLiteral("INSERT INTO waitlist (workspace_id, email, email_key, source, signed_up_at) "
                                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (workspace_id, email_key) DO NOTHING"),
                      {m_workspaceId, applicant.email, normalizedEmail(applicant.email), sources[i % 3],
                       now - qint64(i) * 7 * 3600})) {
            return fail(query);
        }
    }
    // Audited with the operator as named now (an audit subject of their own: WriteTransaction's
    // reuse of the last one is not worth it for a once-only load).
    if (op
        && (!execWith(query,
                      QStringLiteral("INSERT INTO audit_subjects (workspace_id, account_id, display_name, email, since) "
                                     "SELECT ?, id, display_name, email, ? FROM accounts WHERE id = ? RETURNING id"),
                      {m_workspaceId, now, op->accountId.number()})
            || !query.next())) {
        return fail(query);
    }
    const QVariant subject = op ? query.value(0) : QVariant();
    if (op
        && !execWith(query,
                     QStringLiteral("INSERT INTO audit_log (workspace_id, at, actor_id, action, target_type, target_id, "
                                    "after_json, actor_subject) "
                                    "VALUES (?, ?, ?, 'workspace.sample_data_loaded', 'workspace', ?, ?, ?)"),
                     {m_workspaceId, now, op->accountId.number(), m_workspaceId,
                      QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("people"), added}})
                                            .toJson(QJsonDocument::Compact)),
                      subject})) {
        return fail(query);
    }
    forgetCachedListing();
    if (!db.commit()) {
        const BackendError error = errorFrom(db.lastError(), Text::tr("The sample data could not be saved."));
        db.rollback();
        return error;
    }
    promise.setProgressValue(count);
    return added;
}

SqlBackend::SqlBackend(ConnectionProfile profile, QString password, QObject* parent)
    : Backend(parent)
    , m_profile(std::move(profile))
    , m_statementStop(std::make_shared<StatementStop>())
{
    m_thread.setObjectName(QStringLiteral("usher-sql"));
    m_worker = new SqlWorker(m_profile, std::move(password));
    m_worker->onChangedElsewhere
        = [this] { QMetaObject::invokeMethod(this, &Backend::changedElsewhere, Qt::QueuedConnection); };
    m_worker->moveToThread(&m_thread);
    // The worker and its connection die on their own thread when it stops.
    connect(&m_thread, &QThread::finished, m_worker, [worker = m_worker] { delete worker; }, Qt::DirectConnection);
    m_thread.start();
}

template<typename T> void SqlBackend::stopWhenCancelled(const QFuture<T>& future, quint64 ticket)
{
    auto* watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::canceled, this, [stop = m_statementStop, ticket] {
        // PostgreSQL takes its cancel request over a connection of its own: not on this thread.
        QThreadPool::globalInstance()->start([stop, ticket] { stop->stop(ticket); });
    });
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(future);
}

SqlBackend::~SqlBackend()
{
    // Jobs still queued are skipped (their futures end without a result) and a sample load
    // in progress stops at its next row, rolled back: the wait below is short.
    m_worker->closing = true;
    m_thread.quit();
    m_thread.wait();
}

QString SqlBackend::kindName() const
{
    return m_profile.kindName();
}

QString SqlBackend::location() const
{
    return m_profile.location();
}

bool SqlBackend::offersSampleData() const
{
    return m_profile.isLocalFile(); // never into a shared database
}

QFuture<Result<OpenInfo>> SqlBackend::open()
{
    return run<OpenInfo>([](SqlWorker& worker, auto&) { return worker.open(); });
}

QFuture<Result<OpenInfo>> SqlBackend::probe()
{
    return run<OpenInfo>([](SqlWorker& worker, auto&) { return worker.probe(); });
}

QFuture<Result<UserPage>> SqlBackend::listUsers(const UserPageRequest& request)
{
    return run<UserPage>([request](SqlWorker& worker, auto&) { return worker.listUsers(request); });
}

QFuture<Result<qint64>> SqlBackend::countUsers(const UserFilter& filter)
{
    // A count whose search was typed on is cancelled by the one who asked: it stops where it is
    // instead of holding up the next search's page.
    const quint64 ticket = ++m_stoppableTickets;
    QFuture<Result<qint64>> counting
        = run<qint64>([filter, ticket, stop = m_statementStop](SqlWorker& worker, auto& promise) {
              const StatementStop::Running running(*stop, worker.database(), ticket,
                                                   [&promise] { return promise.isCanceled(); });
              return worker.countUsers(filter);
          });
    stopWhenCancelled(counting, ticket);
    return counting;
}

QFuture<Result<QList<GroupSummary>>> SqlBackend::listGroups(const Id& workspaceId)
{
    return run<QList<GroupSummary>>(
        [workspaceId](SqlWorker& worker, auto&) { return worker.listGroups(workspaceId); });
}

bool SqlBackend::requiresSignIn() const
{
    return m_profile.server() != nullptr;
}

QFuture<Result<Operator>> SqlBackend::identify(const Id& workspaceId, const QString& email)
{
    return run<Operator>([=](SqlWorker& worker, auto&) { return worker.identify(workspaceId, email); });
}

QFuture<Result<Operator>> SqlBackend::setUpFirstAdmin(const Id& workspaceId, const NewMember& admin)
{
    return run<Operator>([=](SqlWorker& worker, auto&) { return worker.setUpFirstAdmin(workspaceId, admin); });
}

QFuture<Result<Operator>> SqlBackend::signIn(const Id& workspaceId, const QString& email, const QString& password)
{
    return run<Operator>([=](SqlWorker& worker, auto&) { return worker.signIn(workspaceId, email, password); });
}

QFuture<Result<QList<WorkspaceSummary>>> SqlBackend::listWorkspaces(const Id& accountId)
{
    return run<QList<WorkspaceSummary>>([=](SqlWorker& worker, auto&) { return worker.listWorkspaces(accountId); });
}

QFuture<Result<MemberDetails>> SqlBackend::memberDetails(const Id& workspaceId, const Id& accountId, const Id& viewerId)
{
    return run<MemberDetails>(
        [=](SqlWorker& worker, auto&) { return worker.memberDetails(workspaceId, accountId, viewerId); });
}

QFuture<Result<Id>> SqlBackend::createMember(const Operator& op, const NewMember& member)
{
    return run<Id>([=](SqlWorker& worker, auto&) { return worker.createMember(op, member); });
}

QFuture<Result<Version>> SqlBackend::updateProfile(const Operator& op, const Id& accountId, const ProfileEdit& edit,
                                               const Version& expectedVersion)
{
    return run<Version>(
        [=](SqlWorker& worker, auto&) { return worker.updateProfile(op, accountId, edit, expectedVersion); });
}

QFuture<Result<QList<MemberOutcome>>> SqlBackend::changeMembers(const Operator& op, const MemberChange& change)
{
    return run<QList<MemberOutcome>>(
        [=](SqlWorker& worker, auto& promise) { return worker.changeMembers(op, change, promise); });
}

QFuture<Result<GroupPage>> SqlBackend::listGroupPage(const GroupPageRequest& request)
{
    return run<GroupPage>([=](SqlWorker& worker, auto&) { return worker.listGroupPage(request); });
}

QFuture<Result<GroupMembersPage>> SqlBackend::listGroupMembers(const GroupMembersRequest& request)
{
    return run<GroupMembersPage>([=](SqlWorker& worker, auto&) { return worker.listGroupMembers(request); });
}

QFuture<Result<Id>> SqlBackend::createGroup(const Operator& op, const GroupEdit& group)
{
    return run<Id>([=](SqlWorker& worker, auto&) { return worker.createGroup(op, group); });
}

QFuture<Result<Done>> SqlBackend::updateGroup(const Operator& op, const Id& groupId, const GroupEdit& edit)
{
    return run<Done>([=](SqlWorker& worker, auto&) { return worker.updateGroup(op, groupId, edit); });
}

QFuture<Result<GroupDeleteImpact>> SqlBackend::groupDeleteImpact(const Id& workspaceId, const Id& groupId)
{
    return run<GroupDeleteImpact>(
        [=](SqlWorker& worker, auto&) { return worker.groupDeleteImpact(workspaceId, groupId); });
}

QFuture<Result<Done>> SqlBackend::deleteGroup(const Operator& op, const Id& groupId)
{
    return run<Done>([=](SqlWorker& worker, auto&) { return worker.deleteGroup(op, groupId); });
}

QFuture<Result<QList<MemberOutcome>>> SqlBackend::changeGroupMembers(const Operator& op,
                                                                     const GroupMembersChange& change)
{
    return run<QList<MemberOutcome>>(
        [=](SqlWorker& worker, auto& promise) { return worker.changeGroupMembers(op, change, promise); });
}

QFuture<Result<int>> SqlBackend::revokeSessions(const Operator& op, const Id& accountId, const Id& sessionId)
{
    return run<int>([=](SqlWorker& worker, auto&) { return worker.revokeSessions(op, accountId, sessionId); });
}

QFuture<Result<QList<AuditEvent>>> SqlBackend::listAudit(const AuditQuery& query)
{
    return run<QList<AuditEvent>>([=](SqlWorker& worker, auto&) { return worker.listAudit(query); });
}

QFuture<Result<qint64>> SqlBackend::purgeExpired(const QDateTime& now)
{
    return run<qint64>([=](SqlWorker& worker, auto&) { return worker.purgeExpired(now); });
}

QFuture<Result<qint64>> SqlBackend::loadSampleData(const Operator& op, int count)
{
    return run<qint64>([op, count](SqlWorker& worker, auto& promise) { return worker.loadSampleData(op, count, promise); });
}

QFuture<Result<qint64>> SqlBackend::addGeneratedPeople(int count)
{
    return run<qint64>(
        [count](SqlWorker& worker, auto& promise) { return worker.loadSampleData(std::nullopt, count, promise); });
}

QFuture<Result<InviteReview>> SqlBackend::reviewInvitations(const Id& workspaceId, const QList<InviteAddress>& addresses)
{
    return run<InviteReview>([=](SqlWorker& worker, auto&) { return worker.reviewInvitations(workspaceId, addresses); });
}

QFuture<Result<QList<InvitationOutcome>>> SqlBackend::createInvitations(const Operator& op,
                                                                        const InvitationRequest& request)
{
    return run<QList<InvitationOutcome>>([=](SqlWorker& worker, auto&) { return worker.createInvitations(op, request); });
}

QFuture<Result<QList<Invitation>>> SqlBackend::listInvitations(const Id& workspaceId)
{
    return run<QList<Invitation>>([=](SqlWorker& worker, auto&) { return worker.listInvitations(workspaceId); });
}

QFuture<Result<QList<InvitationOutcome>>> SqlBackend::resendInvitations(const Operator& op,
                                                                        const QList<Id>& inviteIds, bool sendMail,
                                                                        const StopToken& stop)
{
    return run<QList<InvitationOutcome>>([=](SqlWorker& worker, auto& promise) {
        return worker.resendInvitations(op, inviteIds, sendMail, promise, stop);
    });
}

QFuture<Result<QList<InvitationOutcome>>> SqlBackend::resendInvitationsOf(const Operator& op,
                                                                          const QList<Id>& accountIds,
                                                                          const std::optional<UserFilter>& matching,
                                                                          bool sendMail, const StopToken& stop)
{
    return run<QList<InvitationOutcome>>([=](SqlWorker& worker, auto& promise) {
        return worker.resendInvitationsOf(op, accountIds, matching, sendMail, promise, stop);
    });
}

QFuture<Result<QList<InvitationOutcome>>> SqlBackend::cancelInvitations(const Operator& op,
                                                                        const QList<Id>& inviteIds,
                                                                        const StopToken& stop)
{
    return run<QList<InvitationOutcome>>(
        [=](SqlWorker& worker, auto& promise) { return worker.cancelInvitations(op, inviteIds, promise, stop); });
}

QFuture<Result<Id>> SqlBackend::acceptInvitation(const InviteAcceptance& acceptance)
{
    return run<Id>([=](SqlWorker& worker, auto&) { return worker.acceptInvitation(acceptance); });
}

QFuture<Result<std::optional<OutgoingMail>>> SqlBackend::claimMail(const Operator& op, const QDateTime& now)
{
    return run<std::optional<OutgoingMail>>([=](SqlWorker& worker, auto&) { return worker.claimMail(op, now); });
}

QFuture<Result<Done>> SqlBackend::finishMail(const Operator& op, const Id& mailId, bool sent, const QString& error,
                                             bool permanent)
{
    return run<Done>(
        [=](SqlWorker& worker, auto&) { return worker.finishMail(op, mailId, sent, error, permanent); });
}

QFuture<Result<SignupSettings>> SqlBackend::signupSettings(const Id& workspaceId)
{
    return run<SignupSettings>([=](SqlWorker& worker, auto&) { return worker.signupSettings(workspaceId); });
}

QFuture<Result<Done>> SqlBackend::saveSignupSettings(const Operator& op, const SignupSettings& settings)
{
    return run<Done>([=](SqlWorker& worker, auto&) { return worker.saveSignupSettings(op, settings); });
}

QFuture<Result<SmtpSettings>> SqlBackend::mailServer(const Id& workspaceId)
{
    return run<SmtpSettings>([=](SqlWorker& worker, auto&) { return worker.mailServer(workspaceId); });
}

QFuture<Result<Done>> SqlBackend::saveMailServer(const Operator& op, const SmtpSettings& settings)
{
    return run<Done>([=](SqlWorker& worker, auto&) { return worker.saveMailServer(op, settings); });
}


QFuture<Result<Id>> SqlBackend::joinWaitlist(const Id& workspaceId, const QString& email, const QString& source)
{
    return run<Id>([=](SqlWorker& worker, auto&) { return worker.joinWaitlist(workspaceId, email, source); });
}

QFuture<Result<QList<InvitationOutcome>>> SqlBackend::decideWaitlist(const Operator& op, const QList<Id>& entryIds,
                                                                     bool approve, bool sendMail, const StopToken& stop)
{
    return run<QList<InvitationOutcome>>([=](SqlWorker& worker, auto& promise) {
        return worker.decideWaitlist(op, entryIds, approve, sendMail, promise, stop);
    });
}

QFuture<Result<qint64>> SqlBackend::generatePeopleInBulk(int count)
{
    return run<qint64>(
        [count](SqlWorker& worker, auto& promise) { return worker.generatePeopleInBulk(count, promise); });
}

} // namespace usher::sql
