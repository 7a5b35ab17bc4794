#include "testsupport.h"

#include "connection/sql/sqlbackend.h"
#include "core/email.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace usher::test {

DirectSql::DirectSql(const QString& path)
    : m_name(QStringLiteral("direct-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        qFatal("Cannot open %s: %s", qPrintable(path), qPrintable(m_db.lastError().text()));
    }
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
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
    query.prepare(sql);
    for (const QVariant& value : binds) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        qWarning("Query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

void seedSqlite(const QString& path, const QList<SeedUser>& users)
{
    {
        sql::SqlBackend backend({sql::Dialect::Sqlite, path});
        const auto opened = await(backend.open());
        if (!opened.ok()) {
            qFatal("Cannot create %s: %s", qPrintable(path), qPrintable(opened.error().message));
        }
    }
    DirectSql direct(path);
    QSqlDatabase& db = direct.db();
    db.transaction();
    QSqlQuery query(db);
    QHash<QString, qint64> groupIds;
    for (const SeedUser& user : users) {
        query.prepare(
            QStringLiteral("INSERT INTO accounts (email, email_key, display_name, created_at) VALUES (?, ?, ?, ?)"));
        query.addBindValue(user.email);
        query.addBindValue(normalizedEmail(user.email));
        query.addBindValue(user.name);
        query.addBindValue(user.joined);
        if (!query.exec()) {
            qFatal("Seeding account %s failed: %s", qPrintable(user.email), qPrintable(query.lastError().text()));
        }
        const qint64 accountId = query.lastInsertId().toLongLong();
        query.prepare(
            QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, joined_at, "
                           "last_seen_at) VALUES (?, 1, ?, ?, ?, ?, ?)"));
        query.addBindValue(accountId);
        query.addBindValue(roleKey(user.role));
        query.addBindValue(statusKey(user.status));
        query.addBindValue(sourceKey(user.source));
        query.addBindValue(user.joined);
        query.addBindValue(user.lastSeen > 0 ? QVariant(user.lastSeen) : QVariant(QMetaType::fromType<qint64>()));
        if (!query.exec()) {
            qFatal("Seeding membership failed: %s", qPrintable(query.lastError().text()));
        }
        for (const QString& group : user.groups) {
            if (!groupIds.contains(group)) {
                query.prepare(QStringLiteral("INSERT INTO groups (workspace_id, name, created_at) VALUES (1, ?, 0)"));
                query.addBindValue(group);
                query.exec();
                groupIds.insert(group, query.lastInsertId().toLongLong());
            }
            query.prepare(
                QStringLiteral("INSERT INTO group_members (group_id, account_id, added_at) VALUES (?, ?, 0)"));
            query.addBindValue(groupIds.value(group));
            query.addBindValue(accountId);
            query.exec();
        }
    }
    db.commit();
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
