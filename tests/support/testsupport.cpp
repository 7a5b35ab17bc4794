#include "testsupport.h"

#include "connection/sql/sqlbackend.h"
#include "core/email.h"
#include "core/invitation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace usher::test {

namespace {
bool run(QSqlQuery& query, const QString& sql, const QVariantList& binds);
} // namespace

bool usingPostgres()
{
    return qEnvironmentVariable("USHER_TEST_BACKEND") == QLatin1String("postgres");
}

namespace {
QString requiredEnv(const char* name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty()) {
        qFatal("%s is not set: the PostgreSQL tests need the server that scripts/test starts.", name);
    }
    return value;
}

/// Runs one statement as the server's superuser (for creating and dropping test databases).
void adminExec(const QString& statement)
{
    const QString name = QStringLiteral("admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(requiredEnv("USHER_TEST_PG_HOST"));
        admin.setPort(requiredEnv("USHER_TEST_PG_PORT").toInt());
        admin.setUserName(QStringLiteral("postgres"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open()) {
            qFatal("Cannot reach the test PostgreSQL server: %s", qPrintable(admin.lastError().text()));
        }
        QSqlQuery query(admin);
        if (!query.exec(statement)) {
            qFatal("%s failed: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

TestDatabase::TestDatabase(const QString& tag)
{
    if (!usingPostgres()) {
        m_profile = ConnectionProfile::sqliteFile(m_dir.filePath(tag + QStringLiteral(".usher")));
        return;
    }
    m_profile.target = PostgresServer {};
    m_profile.name = tag;
    m_profile.server()->host = requiredEnv("USHER_TEST_PG_HOST");
    m_profile.server()->port = requiredEnv("USHER_TEST_PG_PORT").toInt();
    m_profile.server()->user = requiredEnv("USHER_TEST_PG_USER");
    m_profile.server()->tls = TlsMode::Require;
    m_password = requiredEnv("USHER_TEST_PG_PASSWORD");
    m_profile.server()->database = QStringLiteral("usher_t_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    adminExec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_profile.server()->database, m_profile.server()->user));
}

TestDatabase::~TestDatabase()
{
    if (isPostgres()) {
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_profile.server()->database));
    }
}

std::unique_ptr<sql::SqlBackend> TestDatabase::backend() const
{
    return std::make_unique<sql::SqlBackend>(m_profile, m_password);
}

std::unique_ptr<sql::SqlBackend> TestDatabase::openedBackend() const
{
    auto opened = backend();
    const auto result = await(opened->open());
    if (!result.ok()) {
        qFatal("Cannot open %s: %s", qPrintable(m_profile.location()), qPrintable(result.error().message));
    }
    return opened;
}

DirectSql::DirectSql(const QString& sqlitePath)
    : m_name(QStringLiteral("direct-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(sqlitePath);
    open();
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

DirectSql::DirectSql(const TestDatabase& database)
    : m_name(QStringLiteral("direct-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const ConnectionProfile& profile = database.profile();
    if (!database.isPostgres()) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(profile.file()->path);
        open();
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        return;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    m_db.setHostName(profile.server()->host);
    m_db.setPort(profile.server()->port);
    m_db.setDatabaseName(profile.server()->database);
    m_db.setUserName(profile.server()->user);
    m_db.setPassword(database.password());
    open();
}

void DirectSql::open()
{
    if (!m_db.open()) {
        qFatal("Cannot open %s: %s", qPrintable(m_db.databaseName()), qPrintable(m_db.lastError().text()));
    }
}

DirectSql::~DirectSql()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QVariant DirectSql::scalar(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(m_db);
    if (!run(query, sql, binds) || !query.next()) {
        qWarning("Query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

namespace {
/// Runs `sql`, prepared when it has parameters (PostgreSQL cannot prepare DDL).
bool run(QSqlQuery& query, const QString& sql, const QVariantList& binds)
{
    if (binds.isEmpty()) {
        return query.exec(sql);
    }
    query.prepare(sql);
    for (const QVariant& value : binds) {
        query.addBindValue(value);
    }
    return query.exec();
}
} // namespace

QStringList DirectSql::countsDrift()
{
    QSqlQuery query(m_db);
    const bool read = query.exec(QStringLiteral(
        "SELECT k.workspace_id, k.role, k.status, k.kept, k.counted FROM ("
        "SELECT c.workspace_id, c.role, c.status, c.members AS kept, "
        "(SELECT COUNT(*) FROM memberships m WHERE m.workspace_id = c.workspace_id AND m.role = c.role "
        "AND m.status = c.status) AS counted FROM membership_counts c "
        "UNION ALL "
        "SELECT m.workspace_id, m.role, m.status, 0, COUNT(*) FROM memberships m WHERE NOT EXISTS "
        "(SELECT 1 FROM membership_counts c WHERE c.workspace_id = m.workspace_id AND c.role = m.role "
        "AND c.status = m.status) GROUP BY m.workspace_id, m.role, m.status "
        "UNION ALL "
        "SELECT g.workspace_id, 'group', g.name, g.member_count, "
        "(SELECT COUNT(*) FROM group_members gm WHERE gm.group_id = g.id) FROM groups g) k "
        "WHERE k.kept <> k.counted"));
    if (!read) {
        return {QStringLiteral("the counts could not be read: ") + query.lastError().text()};
    }
    QStringList drift;
    while (query.next()) {
        drift.append(QStringLiteral("%1/%2/%3: kept %4, counted %5")
                         .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toString(), query.value(4).toString()));
    }
    return drift;
}

bool DirectSql::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(m_db);
    if (!run(query, sql, binds)) {
        qWarning("Statement failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

namespace {
void insertSeed(DirectSql& direct, const QList<SeedUser>& users)
{
    QSqlDatabase& db = direct.db();
    db.transaction();
    QSqlQuery query(db);
    QHash<QString, qint64> groupIds;
    auto insertReturningId = [&query](const QString& sql, const QVariantList& binds) {
        query.prepare(sql + QStringLiteral(" RETURNING id"));
        for (const QVariant& value : binds) {
            query.addBindValue(value);
        }
        if (!query.exec() || !query.next()) {
            qFatal("Seeding failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        }
        const qint64 id = query.value(0).toLongLong();
        query.finish(); // SQLite cannot commit while a statement is still active
        return id;
    };
    for (const SeedUser& user : users) {
        const qint64 accountId = insertReturningId(
            QStringLiteral("INSERT INTO accounts (email, email_key, display_name, created_at) VALUES (?, ?, ?, ?)"),
            {user.email, normalizedEmail(user.email), user.name, user.joined});
        insertReturningId(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, "
                                         "joined_at, last_seen_at) VALUES (?, 1, ?, ?, ?, ?, ?)"),
                          {accountId, roleKey(user.role), statusKey(user.status), sourceKey(user.source), user.joined,
                           user.lastSeen > 0 ? QVariant(user.lastSeen) : QVariant(QMetaType::fromType<qint64>())});
        if (user.status == Status::Invited) {
            // As Usher invites: an invited member has one open invitation (its link unknown here).
            insertReturningId(QStringLiteral("INSERT INTO invites (workspace_id, account_id, email, email_key, role, "
                                             "token_hash, created_at, expires_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)"),
                              {accountId, user.email, normalizedEmail(user.email), roleKey(user.role),
                               QString::fromLatin1(QCryptographicHash::hash(user.email.toUtf8(), QCryptographicHash::Sha256).toHex()),
                               user.joined, user.joined + qint64(defaultInviteExpiryDays) * 24 * 3600});
        }
        for (const QString& group : user.groups) {
            if (!groupIds.contains(group)) {
                groupIds.insert(group, insertReturningId(QStringLiteral("INSERT INTO groups (workspace_id, name, "
                                                                        "created_at) VALUES (1, ?, 0)"),
                                                         {group}));
            }
            if (!direct.exec(QStringLiteral("INSERT INTO group_members (group_id, account_id, added_at) VALUES (?, ?, 0)"),
                             {groupIds.value(group), accountId})) {
                qFatal("Seeding group membership failed");
            }
        }
    }
    db.commit();
}
} // namespace

void TestDatabase::seed(const QList<SeedUser>& users) const
{
    openedBackend(); // creates the schema
    DirectSql direct(*this);
    insertSeed(direct, users);
}

void TestDatabase::setSeatCap(std::optional<qint64> cap) const
{
    DirectSql direct(*this);
    if (!direct.exec(QStringLiteral("UPDATE workspaces SET seat_cap = ? WHERE id = 1"),
                     {cap ? QVariant(*cap) : QVariant(QMetaType::fromType<qint64>())})) {
        qFatal("Setting the seat cap failed");
    }
}

void seedSqlite(const QString& path, const QList<SeedUser>& users)
{
    {
        sql::SqlBackend backend(ConnectionProfile::sqliteFile(path));
        const auto opened = await(backend.open());
        if (!opened.ok()) {
            qFatal("Cannot create %s: %s", qPrintable(path), qPrintable(opened.error().message));
        }
    }
    DirectSql direct(path);
    insertSeed(direct, users);
}

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QList<SeedUser> standardSeed()
{
    // Names chosen to trip naive code: wildcards, quotes, backslash, case, scripts, emoji.
    return {
        {QStringLiteral("Ada Lovelace"),
         QStringLiteral("ada@example.org"),
         Role::Admin,
         Status::Active,
         Source::Sso,
         1'600'000'000,
         1'763'000'000,
         {QStringLiteral("Engineering"), QStringLiteral("Leadership")}},
        {QStringLiteral("Grace Hopper"),
         QStringLiteral("grace@example.org"),
         Role::Admin,
         Status::Active,
         Source::Invite,
         1'600'100'000,
         1'762'000'000,
         {QStringLiteral("Engineering")}},
        {QStringLiteral("Alan Turing"),
         QStringLiteral("alan@example.org"),
         Role::Manager,
         Status::Disabled,
         Source::DirectorySync,
         1'610'000'000,
         1'700'000'000,
         {QStringLiteral("Data")}},
        {QStringLiteral("100% Sure"),
         QStringLiteral("percent@example.org"),
         Role::Editor,
         Status::Active,
         Source::Import,
         1'620'000'000,
         1'760'000'000,
         {}},
        {QStringLiteral("under_score"),
         QStringLiteral("under_score@example.org"),
         Role::Monitor,
         Status::Invited,
         Source::Invite,
         1'763'500'000,
         0,
         {}},
        {QStringLiteral("Seán O'Brien"),
         QStringLiteral("sean.obrien@example.org"),
         Role::Member,
         Status::Active,
         Source::Signup,
         1'630'000'000,
         1'761'000'000,
         {QStringLiteral("Support")}},
        {QStringLiteral("Back\\Slash"),
         QStringLiteral("backslash@example.org"),
         Role::Helpdesk,
         Status::Active,
         Source::Manual,
         1'640'000'000,
         1'759'000'000,
         {QStringLiteral("Support")}},
        {QStringLiteral("ليلى حداد"),
         QStringLiteral("layla.haddad@example.org"),
         Role::Member,
         Status::Active,
         Source::Sso,
         1'650'000'000,
         1'758'000'000,
         {QStringLiteral("Sales")}},
        {QStringLiteral("田中 美咲"),
         QStringLiteral("misaki.tanaka@example.org"),
         Role::Editor,
         Status::Deleted,
         Source::Invite,
         1'660'000'000,
         1'740'000'000,
         {}},
        {QStringLiteral("Zoë 🚀 Rocket"),
         QStringLiteral("zoe@example.org"),
         Role::Member,
         Status::Invited,
         Source::Invite,
         1'763'600'000,
         0,
         {QStringLiteral("Sales"), QStringLiteral("Engineering")}},
        {QStringLiteral("BOB UPPER"),
         QStringLiteral("Bob.Upper@Example.org"),
         Role::Member,
         Status::Active,
         Source::Signup,
         1'670'000'000,
         1'757'000'000,
         {}},
        {QStringLiteral("Carol Danvers"),
         QStringLiteral("carol@example.org"),
         Role::Monitor,
         Status::Disabled,
         Source::Import,
         1'680'000'000,
         1'720'000'000,
         {QStringLiteral("Data")}},
    };
}

} // namespace usher::test
