#include "connection/sql/sqlbackend.h"

#include "connection/logging.h"
#include "connection/sql/migrator.h"
#include "connection/sql/sqlitefile.h"
#include "core/email.h"
#include "core/sampledata.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace usher::sql {

namespace {

/// Translation context for the free functions of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::sql::SqlBackend)
};

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("usher-sql-%1").arg(++counter);
}

/// Maps a driver error to a typed error; `what` says what we were doing, for the person.
BackendError errorFrom(const QSqlError& error, const QString& what)
{
    using Kind = BackendError::Kind;
    // SQLite primary result codes (the QSQLITE driver reports them as the native code).
    const int code = error.nativeErrorCode().toInt() & 0xff;
    Kind kind = Kind::Internal;
    QString reason;
    switch (code) {
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
    case 13: // SQLITE_FULL
        reason = Text::tr("The disk is full.");
        break;
    default:
        break;
    }
    const QString message = reason.isEmpty() ? what : what + QLatin1Char(' ') + reason;
    qCWarning(lcSql).noquote() << message << "Driver:" << error.text();
    return {kind, message, error.text()};
}

QVariant epochOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

/// SQL that orders roles by their rank in core's hierarchy, so the rule is not written twice.
QString roleRankSql()
{
    QString sql = QStringLiteral("CASE m.role");
    for (const Role role : allRoles()) {
        sql += QStringLiteral(" WHEN '%1' THEN %2")
                   .arg(roleKey(role))
                   .arg(roleRank(role) * 2 + (role == Role::Helpdesk));
    }
    return sql + QStringLiteral(" END");
}

QString sortExpression(UserField field)
{
    switch (field) {
    case UserField::Name:
        return QStringLiteral("lower(a.display_name)");
    case UserField::Email:
        return QStringLiteral("a.email_key");
    case UserField::Role:
        return roleRankSql();
    case UserField::Groups:
        return QStringLiteral("COALESCE((SELECT MIN(g.name) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                              "WHERE gm.account_id = a.id AND g.workspace_id = m.workspace_id), '')");
    case UserField::Status:
        return QStringLiteral("m.status");
    case UserField::LastSeen:
        return QStringLiteral("COALESCE(m.last_seen_at, 0)");
    case UserField::Source:
        return QStringLiteral("m.source");
    case UserField::Joined:
        return QStringLiteral("m.joined_at");
    }
    Q_UNREACHABLE();
}

/// The WHERE clause for a filter, with its values in `binds` (every value is a parameter).
QString whereClause(const UserFilter& filter, Dialect dialect, QVariantList* binds)
{
    QString where = QStringLiteral("m.workspace_id = ?");
    binds->append(filter.workspaceId);
    if (filter.status) {
        where += QStringLiteral(" AND m.status = ?");
        binds->append(statusKey(*filter.status));
    } else {
        where += QStringLiteral(" AND m.status <> 'deleted'");
    }
    const QString search = normalizedSearch(filter.search);
    if (!search.isEmpty()) {
        const QString like = dialect == Dialect::Postgres ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
        where += QStringLiteral(" AND (a.display_name %1 ? ESCAPE '\\' OR a.email %1 ? ESCAPE '\\')").arg(like);
        const QString pattern = containsPattern(search);
        binds->append(pattern);
        binds->append(pattern);
    }
    return where;
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

} // namespace

/// Lives on the backend's worker thread and owns its connection.
class SqlWorker : public QObject
{
public:
    explicit SqlWorker(SqlSettings settings)
        : m_settings(std::move(settings))
        , m_connectionName(nextConnectionName())
    {
    }

    ~SqlWorker() override { close(); }

    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }
    const SqlSettings& settings() const { return m_settings; }
    qint64 workspaceId() const { return m_workspaceId; }

    Result<OpenInfo> open();
    Result<UserPage> listUsers(const UserPageRequest& request);
    Result<qint64> countUsers(const UserFilter& filter);
    Result<qint64> loadSampleData(int count, QPromise<Result<qint64>>& promise);

    void close()
    {
        if (QSqlDatabase::contains(m_connectionName)) {
            QSqlDatabase::database(m_connectionName, false).close();
            QSqlDatabase::removeDatabase(m_connectionName);
        }
    }

private:
    Result<Done> probeReadOnly();
    BackendError notOpen() const
    {
        return {BackendError::Kind::Unavailable, Text::tr("The database is not open."), {}};
    }

    SqlSettings m_settings;
    QString m_connectionName;
    qint64 m_workspaceId = 0;
    bool m_open = false;
};

Result<Done> SqlWorker::probeReadOnly()
{
    // A read-only look first: a file we are going to refuse must never be written to.
    const QString probeName = m_connectionName + QStringLiteral("-probe");
    int version = 0;
    QString error;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(m_settings.databasePath);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!probe.open()) {
            error = probe.lastError().text();
            version = -2;
        } else {
            version = Migrator::currentVersion(probe, &error);
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);

    if (version == -2 || (version == -1 && !error.isEmpty())) {
        return BackendError {BackendError::Kind::Corrupt,
                             Text::tr("It cannot be read as a database; it may be damaged."), error};
    }
    if (version == -1) {
        return BackendError {BackendError::Kind::NotUsher,
                             Text::tr("It is a SQLite database of another application, not an Usher database."),
                             {}};
    }
    const int latest = Migrator(Dialect::Sqlite).latestVersion();
    if (version > latest) {
        return BackendError {BackendError::Kind::SchemaTooNew,
                             Text::tr("It was written by a newer version of Usher (schema version %1; this version "
                                      "understands up to %2). Update Usher to open it.")
                                 .arg(version)
                                 .arg(latest),
                             {}};
    }
    return Done {};
}

Result<OpenInfo> SqlWorker::open()
{
    close();
    m_open = false;
    const QString path = m_settings.databasePath;
    const bool existed = QFileInfo(path).exists() && QFileInfo(path).size() > 0;
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
    QSqlQuery pragma(db);
    for (const char* statement : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                                  "PRAGMA synchronous = NORMAL", "PRAGMA secure_delete = ON"}) {
        if (!pragma.exec(QString::fromLatin1(statement))) {
            return errorFrom(pragma.lastError(), Text::tr("The database could not be prepared."));
        }
    }
    const Result<int> migrated = Migrator(Dialect::Sqlite).migrate(db);
    if (!migrated.ok()) {
        return migrated.error();
    }

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, name FROM workspaces ORDER BY id LIMIT 1")) || !query.next()) {
        return errorFrom(query.lastError(), Text::tr("The database has no workspace."));
    }
    OpenInfo info;
    info.schemaVersion = migrated.value();
    info.created = !existed;
    info.workspaceId = query.value(0).toLongLong();
    info.workspaceName = query.value(1).toString();
    m_workspaceId = info.workspaceId;
    m_open = true;
    qCInfo(lcSql) << "Opened" << path << "schema version" << info.schemaVersion;
    return info;
}

Result<UserPage> SqlWorker::listUsers(const UserPageRequest& request)
{
    if (!m_open) {
        return notOpen();
    }
    QVariantList binds;
    const QString where = whereClause(request.filter, m_settings.dialect, &binds);
    const QString direction = request.sort.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString groupsAggregate = m_settings.dialect == Dialect::Postgres
        ? QStringLiteral("string_agg(g.name, chr(31))")
        : QStringLiteral("group_concat(g.name, char(31))");
    const QString sql
        = QStringLiteral(
              "SELECT a.id, a.display_name, a.email, m.role, m.status, m.source, m.last_seen_at, m.joined_at, "
              "(SELECT %1 FROM group_members gm JOIN groups g ON g.id = gm.group_id "
              "WHERE gm.account_id = a.id AND g.workspace_id = m.workspace_id) "
              "FROM memberships m JOIN accounts a ON a.id = m.account_id WHERE %2 "
              "ORDER BY %3 %4, a.id %4 LIMIT ? OFFSET ?")
              .arg(groupsAggregate, where, sortExpression(request.sort.field), direction);
    binds.append(request.limit);
    binds.append(request.offset);

    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!execWith(query, sql, binds)) {
        return errorFrom(query.lastError(), Text::tr("The list of users could not be read."));
    }
    UserPage page;
    page.offset = request.offset;
    while (query.next()) {
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
        page.rows.append(row);
    }
    return page;
}

Result<qint64> SqlWorker::countUsers(const UserFilter& filter)
{
    if (!m_open) {
        return notOpen();
    }
    QVariantList binds;
    const QString sql
        = QStringLiteral("SELECT COUNT(*) FROM memberships m JOIN accounts a ON a.id = m.account_id WHERE ")
        + whereClause(filter, m_settings.dialect, &binds);
    QSqlQuery query(database());
    if (!execWith(query, sql, binds) || !query.next()) {
        return errorFrom(query.lastError(), Text::tr("The users could not be counted."));
    }
    return query.value(0).toLongLong();
}

Result<qint64> SqlWorker::loadSampleData(int count, QPromise<Result<qint64>>& promise)
{
    if (!m_open) {
        return notOpen();
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        return errorFrom(db.lastError(), Text::tr("The sample data could not be added."));
    }
    auto fail = [&db](const QSqlQuery& query) {
        const BackendError error
            = errorFrom(query.lastError(), Text::tr("The sample data could not be added; nothing was changed."));
        db.rollback();
        return error;
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    // Groups and their permissions, reusing groups of the same name.
    QSqlQuery query(db);
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
    insertLogin.prepare(QStringLiteral("INSERT INTO login_events (account_id, workspace_id, at, ip, device, browser, "
                                       "location, success, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertSession.prepare(
        QStringLiteral("INSERT INTO sessions (account_id, workspace_id, device, browser, ip, location, "
                       "created_at, last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));

    promise.setProgressRange(0, count);
    SampleDataGenerator generator;
    qint64 added = 0;
    for (int i = 0; i < count; ++i) {
        if (promise.isCanceled()) {
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
                  QVariant(login.success ? QStringLiteral("") : QStringLiteral("wrong password"))}) {
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
    if (!db.commit()) {
        const BackendError error = errorFrom(db.lastError(), Text::tr("The sample data could not be saved."));
        db.rollback();
        return error;
    }
    promise.setProgressValue(count);
    return added;
}

SqlBackend::SqlBackend(SqlSettings settings, QObject* parent)
    : Backend(parent)
    , m_settings(std::move(settings))
{
    m_thread.setObjectName(QStringLiteral("usher-sql"));
    m_worker = new SqlWorker(m_settings);
    m_worker->moveToThread(&m_thread);
    // The worker and its connection die on their own thread, after every queued job has run.
    connect(
        &m_thread, &QThread::finished, m_worker, [worker = m_worker] { delete worker; }, Qt::DirectConnection);
    m_thread.start();
}

SqlBackend::~SqlBackend()
{
    m_thread.quit();
    m_thread.wait();
}

QString SqlBackend::kindName() const
{
    return m_settings.dialect == Dialect::Sqlite ? Text::tr("SQLite") : Text::tr("PostgreSQL");
}

QString SqlBackend::location() const
{
    return m_settings.databasePath;
}

Backend::Capabilities SqlBackend::capabilities() const
{
    return Capability::Search | Capability::Sort | Capability::Write | Capability::SampleData;
}

template<typename T> QFuture<Result<T>> SqlBackend::run(std::function<Result<T>(SqlWorker&, QPromise<Result<T>>&)> job)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, promise, job = std::move(job)] {
            if (!promise->isCanceled()) {
                promise->addResult(job(*worker, *promise));
            }
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Result<OpenInfo>> SqlBackend::open()
{
    return run<OpenInfo>([](SqlWorker& worker, auto&) { return worker.open(); });
}

QFuture<Result<UserPage>> SqlBackend::listUsers(const UserPageRequest& request)
{
    return run<UserPage>([request](SqlWorker& worker, auto&) { return worker.listUsers(request); });
}

QFuture<Result<qint64>> SqlBackend::countUsers(const UserFilter& filter)
{
    return run<qint64>([filter](SqlWorker& worker, auto&) { return worker.countUsers(filter); });
}

QFuture<Result<qint64>> SqlBackend::loadSampleData(int count)
{
    return run<qint64>([count](SqlWorker& worker, auto& promise) { return worker.loadSampleData(count, promise); });
}

} // namespace usher::sql
