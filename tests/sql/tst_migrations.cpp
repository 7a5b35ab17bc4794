#include "connection/sql/dialect.h"
#include "connection/sql/migrator.h"
#include "connection/sql/sqlbackend.h"
#include "core/lifecycle.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace usher;
using namespace usher::test;
using Kind = BackendError::Kind;

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void freshDatabaseReachesLatest();
    void secondOpenChangesNothing();
    void newerDatabaseIsRefused();
    void foreignDatabaseIsRefusedUntouched();
    void foreignTriggerOrViewIsRefusedUntouched_data();
    void foreignTriggerOrViewIsRefusedUntouched();
    void badFilesAreRefusedUntouched_data();
    void badFilesAreRefusedUntouched();
    void readOnlyFileIsRefusedUntouched();
    void missingFolderIsCreated();
    void splitStatements_data();
    void splitStatements();
    void placeholdersExpandPerDialect();
    void likePatternIsLiteral();
    void keptCountsFollowEveryChange();
    void namesAndAddressesLeaveTheAuditRows();

private:
    Result<OpenInfo> openAt(const QString& path)
    {
        sql::SqlBackend backend(ConnectionProfile::sqliteFile(path));
        return await(backend.open());
    }
    static sql::Dialect dialectOf(const TestDatabase& database)
    {
        return database.isPostgres() ? sql::Dialect::Postgres : sql::Dialect::Sqlite;
    }
    /// Every table, column, index and trigger, to prove that nothing changed.
    QString schemaDump(const TestDatabase& database)
    {
        DirectSql direct(database);
        QSqlQuery query(direct.db());
        query.exec(database.isPostgres()
                       ? QStringLiteral("SELECT 'column', table_name || '.' || column_name, data_type "
                                        "FROM information_schema.columns WHERE table_schema = 'public' "
                                        "UNION ALL SELECT 'index', indexname, indexdef FROM pg_indexes "
                                        "WHERE schemaname = 'public' "
                                        "UNION ALL SELECT 'trigger', tgname, tgrelid::regclass::text FROM pg_trigger "
                                        "WHERE NOT tgisinternal ORDER BY 1, 2")
                       : QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
        QString dump;
        while (query.next()) {
            dump += query.value(0).toString() + QLatin1Char('|') + query.value(1).toString() + QLatin1Char('|')
                + query.value(2).toString() + QLatin1Char('\n');
        }
        return dump;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::freshDatabaseReachesLatest()
{
    TestDatabase database(QStringLiteral("fresh"));
    const auto backend = database.backend();
    const auto result = await(backend->open());
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    const int latest = sql::Migrator(dialectOf(database)).latestVersion();
    QVERIFY(latest >= 2);
    QCOMPARE(result.value().schemaVersion, latest);
    QVERIFY(result.value().created);
    QVERIFY(!(result.value().workspaceId).isNull());

    DirectSql direct(database);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), latest);
    const QStringList tables = direct.db().tables();
    for (const char* table : {"workspaces", "accounts", "memberships", "groups", "group_members", "group_permissions",
                              "invites", "waitlist", "sessions", "login_events", "password_resets", "audit_log", "outbox",
                              "erasure_log", "schema_version"}) {
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    }
    if (!database.isPostgres()) {
        QCOMPARE(direct.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM workspaces")).toInt(), 1);
}

void TestMigrations::secondOpenChangesNothing()
{
    TestDatabase database(QStringLiteral("twice"));
    QVERIFY(await(database.backend()->open()).ok());
    const QString before = schemaDump(database);
    int versionsBefore = 0;
    {
        DirectSql direct(database);
        versionsBefore = direct.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt();
    }
    const auto again = await(database.backend()->open());
    QVERIFY(again.ok());
    QVERIFY(!again.value().created);
    QCOMPARE(schemaDump(database), before);
    DirectSql direct(database);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), versionsBefore);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM workspaces")).toInt(), 1);
}

void TestMigrations::newerDatabaseIsRefused()
{
    TestDatabase database(QStringLiteral("future"));
    QVERIFY(await(database.backend()->open()).ok());
    {
        DirectSql direct(database);
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'from_the_future', 0)")));
        if (!database.isPostgres()) {
            QVERIFY(direct.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
    }
    const QString schemaBefore = schemaDump(database);
    const QByteArray bytesBefore = database.isPostgres() ? QByteArray() : sha256Of(database.profile().file()->path);
    const auto result = await(database.backend()->open());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::SchemaTooNew);
    QVERIFY2(result.error().message.contains(QStringLiteral("999")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QStringLiteral("newer version of Usher")));
    QCOMPARE(schemaDump(database), schemaBefore);
    if (!database.isPostgres()) {
        QCOMPARE(sha256Of(database.profile().file()->path), bytesBefore);
    }
}

void TestMigrations::foreignDatabaseIsRefusedUntouched()
{
    TestDatabase database(QStringLiteral("foreign"));
    {
        DirectSql direct(database);
        QVERIFY(direct.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")));
    }
    const QString before = schemaDump(database);
    const auto result = await(database.backend()->open());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::NotUsher);
    QVERIFY2(result.error().message.contains(QStringLiteral("another application")), qPrintable(result.error().message));
    QCOMPARE(schemaDump(database), before);
}

void TestMigrations::foreignTriggerOrViewIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trigger") << QStringLiteral(
        "CREATE TRIGGER keep_a_copy AFTER UPDATE ON memberships BEGIN "
        "INSERT INTO waitlist (workspace_id, email, email_key, source, signed_up_at) "
        "VALUES (1, 'x@evil.example', 'x@evil.example', 'x', 0); END")
                             << QStringLiteral("This file contains a trigger, “keep_a_copy”, that Usher did not "
                                               "create; it is not opened.");
    QTest::newRow("view") << QStringLiteral("CREATE VIEW everyone AS SELECT email FROM accounts")
                          << QStringLiteral("This file contains a view, “everyone”, that Usher did not create; "
                                            "it is not opened.");
    // One of Usher's own names, with another body: the audit log made writable again.
    QTest::newRow("trigger under Usher's name")
        << QStringLiteral("DROP TRIGGER audit_log_no_delete; CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON "
                          "audit_log WHEN 0 BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
        << QStringLiteral("This file contains a trigger, “audit_log_no_delete”, that Usher did not create; it is "
                          "not opened.");
}

void TestMigrations::foreignTriggerOrViewIsRefusedUntouched()
{
    if (usingPostgres()) {
        QSKIP("A check of SQLite files someone sent; the SQLite run of this suite makes it.");
    }
    QFETCH(QString, statement);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(QStringLiteral("sent.usher"));
    seedSqlite(path, standardSeed());
    {
        DirectSql direct(path);
        const QStringList statements = statement.split(QStringLiteral("; CREATE"));
        for (qsizetype i = 0; i < statements.size(); ++i) {
            QVERIFY(direct.exec((i > 0 ? QStringLiteral("CREATE") : QString()) + statements[i]));
        }
        QVERIFY(direct.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(direct.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const QByteArray before = sha256Of(path);

    const auto result = openAt(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::NotUsher);
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    // The probe that Connections uses refuses it just as well.
    sql::SqlBackend prober(ConnectionProfile::sqliteFile(path));
    const auto probed = await(prober.probe());
    QVERIFY(!probed.ok());
    QVERIFY2(probed.error().message.contains(expected), qPrintable(probed.error().message));
    QCOMPARE(sha256Of(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestMigrations::badFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("truncateTo"); // -1: write `content`; otherwise a real database cut to this size
    QTest::addColumn<int>("expectedKind");
    QTest::addColumn<QString>("expectedWords");

    QTest::newRow("text file") << QByteArray("name,email\nAda,ada@example.org\n") << -1 << int(Kind::NotADatabase)
                               << QStringLiteral("not a SQLite database");
    QTest::newRow("random bytes") << QByteArray(4096, '\x5a') << -1 << int(Kind::NotADatabase)
                                  << QStringLiteral("not a SQLite database");
    QByteArray header("SQLite format 3");
    header.append('\0');
    QTest::newRow("header only") << header << -1 << int(Kind::NotADatabase) << QStringLiteral("not a SQLite database");
    QTest::newRow("truncated") << QByteArray() << 8192 << int(Kind::Corrupt) << QStringLiteral("truncated");
    QTest::newRow("cut mid-page") << QByteArray() << 5000 << int(Kind::Corrupt) << QStringLiteral("truncated");
}

void TestMigrations::badFilesAreRefusedUntouched()
{
    if (usingPostgres()) {
        QSKIP("A check of SQLite files; the SQLite run of this suite makes it.");
    }
    QFETCH(QByteArray, content);
    QFETCH(int, truncateTo);
    QFETCH(int, expectedKind);
    QFETCH(QString, expectedWords);

    const QString path = m_dir->filePath(QStringLiteral("bad.usher"));
    if (truncateTo == -1) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    } else {
        seedSqlite(path, standardSeed());
        {
            DirectSql direct(path);
            QSqlQuery(direct.db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QSqlQuery(direct.db()).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QFile file(path);
        QVERIFY(file.size() > truncateTo);
        QVERIFY(file.resize(truncateTo));
    }
    const QByteArray before = sha256Of(path);
    const qint64 sizeBefore = QFileInfo(path).size();

    const auto result = openAt(path);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().kind), expectedKind);
    QVERIFY2(result.error().message.contains(expectedWords), qPrintable(result.error().message));
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestMigrations::readOnlyFileIsRefusedUntouched()
{
    if (usingPostgres()) {
        QSKIP("A check of SQLite files; the SQLite run of this suite makes it.");
    }
    const QString path = m_dir->filePath(QStringLiteral("readonly.usher"));
    seedSqlite(path, standardSeed());
    {
        DirectSql direct(path);
        QSqlQuery(direct.db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = sha256Of(path);
    const auto result = openAt(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::ReadOnly);
    QVERIFY2(result.error().message.contains(QStringLiteral("read-only")), qPrintable(result.error().message));
    QCOMPARE(sha256Of(path), before);
}

void TestMigrations::missingFolderIsCreated()
{
    if (usingPostgres()) {
        QSKIP("A check of SQLite files; the SQLite run of this suite makes it.");
    }
    const QString path = m_dir->filePath(QStringLiteral("new/folder/usher.sqlite"));
    const auto result = openAt(path);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QVERIFY(QFile::exists(path));
}

void TestMigrations::splitStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two statements") << QStringLiteral("CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\n")
                                    << QStringList {QStringLiteral("CREATE TABLE a (x INT)"),
                                                    QStringLiteral("CREATE TABLE b (y INT)")};
    QTest::newRow("comments and blank lines")
        << QStringLiteral("-- heading\n\nCREATE TABLE a (\n    x INT -- note\n);\n-- tail\n")
        << QStringList {QStringLiteral("CREATE TABLE a (\n    x INT -- note\n)")};
    QTest::newRow("trigger body kept whole")
        << QStringLiteral(
               "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n    UPDATE b SET y = 1;\n    UPDATE b SET y = 2;\nEND;\n"
               "SELECT 1;\n")
        << QStringList {
               QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n    UPDATE b SET y = 1;\n    UPDATE b "
                              "SET y = 2;\nEND"),
               QStringLiteral("SELECT 1")};
    QTest::newRow("dollar quoted function")
        << QStringLiteral("CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RAISE EXCEPTION 'no';\nEND;\n$$ "
                          "LANGUAGE plpgsql;\n")
        << QStringList {QStringLiteral(
               "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RAISE EXCEPTION 'no';\nEND;\n$$ LANGUAGE plpgsql")};
    QTest::newRow("no final semicolon") << QStringLiteral("SELECT 1") << QStringList {QStringLiteral("SELECT 1")};
}

void TestMigrations::splitStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(sql::splitStatements(script), expected);
}

void TestMigrations::placeholdersExpandPerDialect()
{
    const QString sql = QStringLiteral("CREATE TABLE t (id {{id}}, data {{blob}}, at BIGINT DEFAULT {{now}})");
    const QString lite = sql::expandPlaceholders(sql, sql::Dialect::Sqlite);
    const QString pg = sql::expandPlaceholders(sql, sql::Dialect::Postgres);
    QVERIFY(lite.contains(QStringLiteral("INTEGER PRIMARY KEY")));
    QVERIFY(lite.contains(QStringLiteral("BLOB")));
    QVERIFY(pg.contains(QStringLiteral("GENERATED BY DEFAULT AS IDENTITY")));
    QVERIFY(pg.contains(QStringLiteral("BYTEA")));
    QVERIFY(!lite.contains(QStringLiteral("{{")));
    QVERIFY(!pg.contains(QStringLiteral("{{")));
    // Every shipped migration expands fully for both dialects.
    for (const auto dialect : {sql::Dialect::Sqlite, sql::Dialect::Postgres}) {
        const auto migrations = sql::Migrator(dialect).migrations();
        QVERIFY(!migrations.isEmpty());
        for (const auto& migration : migrations) {
            QVERIFY2(!migration.script.contains(QStringLiteral("{{")), qPrintable(migration.name));
        }
    }
}

void TestMigrations::likePatternIsLiteral()
{
    QCOMPARE(sql::containsPattern(QStringLiteral("a%b_c\\d")), QStringLiteral("%a\\%b\\_c\\\\d%"));
    QCOMPARE(sql::containsPattern(QStringLiteral("O'Brien")), QStringLiteral("%O'Brien%"));
}

void TestMigrations::keptCountsFollowEveryChange()
{
    TestDatabase database(QStringLiteral("counts"));
    database.seed(standardSeed());
    const bool pg = database.isPostgres();
    {
        // Back to version 8, members and all, so migration 9 counts them on the next open.
        DirectSql direct(database);
        QVERIFY(direct.exec(pg ? QStringLiteral("DROP TABLE membership_counts CASCADE")
                               : QStringLiteral("DROP TABLE membership_counts")));
        if (pg) {
            QVERIFY(direct.exec(QStringLiteral("DROP TRIGGER memberships_count ON memberships")));
            QVERIFY(direct.exec(QStringLiteral("DROP FUNCTION usher_count_memberships()")));
            QVERIFY(direct.exec(QStringLiteral("DROP TRIGGER group_members_count ON group_members")));
            QVERIFY(direct.exec(QStringLiteral("DROP FUNCTION usher_count_group_members()")));
        } else {
            for (const char* trigger : {"memberships_count_insert", "memberships_count_delete", "memberships_count_update",
                                        "group_members_count_insert", "group_members_count_delete",
                                        "group_members_count_update"}) {
                QVERIFY(direct.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))));
            }
        }
        QVERIFY(direct.exec(QStringLiteral("ALTER TABLE groups DROP COLUMN member_count")));
        // And what came after it: migration 15's directory sync,
        QVERIFY(direct.exec(pg ? QStringLiteral("DROP TRIGGER memberships_sync_disable_ends ON memberships")
                               : QStringLiteral("DROP TRIGGER memberships_sync_disable_ends")));
        if (pg) {
            QVERIFY(direct.exec(QStringLiteral("DROP FUNCTION usher_sync_disable_ends()")));
        }
        QVERIFY(direct.exec(QStringLiteral("DROP TABLE sync_sources")));
        QVERIFY(direct.exec(QStringLiteral("DROP TABLE sync_erased")));
        QVERIFY(direct.exec(QStringLiteral("DROP INDEX memberships_external_id")));
        QVERIFY(direct.exec(QStringLiteral("DROP INDEX groups_external_id")));
        QVERIFY(direct.exec(QStringLiteral("ALTER TABLE groups DROP COLUMN source_dn")));
        for (const char* column : {"external_id", "disabled_by_sync"}) {
            QVERIFY(direct.exec(QStringLiteral("ALTER TABLE memberships DROP COLUMN %1").arg(QLatin1String(column))));
        }
        // migration 14's audit subjects (with an event from before them,
        // written as Usher wrote them until then: ids alone),
        QVERIFY(direct.exec(QStringLiteral("DROP TABLE audit_subjects")));
        QVERIFY(direct.exec(QStringLiteral("ALTER TABLE workspaces DROP COLUMN erasure_salt")));
        for (const char* column : {"actor_subject", "target_subject", "before_subject", "after_subject"}) {
            QVERIFY(direct.exec(QStringLiteral("ALTER TABLE audit_log DROP COLUMN %1").arg(QLatin1String(column))));
        }
        QVERIFY(direct.exec(QStringLiteral(
            "INSERT INTO audit_log (workspace_id, at, actor_id, action, target_type, target_id) "
            "SELECT 1, 100, MIN(id), 'member.disabled', 'member', MAX(id) FROM accounts")));
        QVERIFY(direct.exec(QStringLiteral(
            "INSERT INTO audit_log (workspace_id, at, actor_id, action, target_type, target_id, before_json, after_json) "
            "SELECT 1, 101, MIN(id), 'member.profile_changed', 'member', MAX(id), "
            "'{\"first_name\":\"Old\",\"email\":\"old.name@example.org\",\"role\":\"member\"}', "
            "'{\"first_name\":\"New\",\"email\":\"new.name@example.org\"}' FROM accounts")));
        // migration 13's password help columns,
        QVERIFY(direct.exec(QStringLiteral("DROP INDEX password_resets_account")));
        for (const char* column : {"workspace_id", "kind", "closed_at"}) {
            QVERIFY(direct.exec(QStringLiteral("ALTER TABLE password_resets DROP COLUMN %1").arg(QLatin1String(column))));
        }
        QVERIFY(direct.exec(QStringLiteral("ALTER TABLE outbox DROP COLUMN reset_id")));
        QVERIFY(direct.exec(QStringLiteral("ALTER TABLE workspaces DROP COLUMN reset_link_minutes")));
        QVERIFY(direct.exec(QStringLiteral("DROP INDEX memberships_by_status_joined")));
        QVERIFY(direct.exec(QStringLiteral("DROP INDEX memberships_by_status_last_seen")));
        if (!pg) {
            // Migration 12's name-ordered search index away.
            for (const char* trigger : {"membership_search_insert", "membership_search_update", "membership_search_delete"}) {
                QVERIFY(direct.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))));
            }
            QVERIFY(direct.exec(QStringLiteral("DROP TABLE membership_search")));
            QVERIFY(direct.exec(QStringLiteral("ALTER TABLE memberships DROP COLUMN search_key")));
            // Migration 11's trigger back to migration 3's.
            QVERIFY(direct.exec(QStringLiteral("DROP TRIGGER memberships_keys_on_insert")));
            QVERIFY(direct.exec(QStringLiteral(
                "CREATE TRIGGER memberships_keys_on_insert AFTER INSERT ON memberships BEGIN\n"
                "    UPDATE memberships SET\n"
                "        sort_name = (SELECT lower(display_name) FROM accounts WHERE id = NEW.account_id),\n"
                "        email_key = (SELECT email_key FROM accounts WHERE id = NEW.account_id)\n"
                "    WHERE id = NEW.id;\n"
                "END")));
        }
        QVERIFY(direct.exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 9")));
    }
    const auto backend = database.backend();
    const auto opened = await(backend->open());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    DirectSql direct(database);
    const qint64 members = direct.scalar(QStringLiteral("SELECT COUNT(*) FROM memberships")).toLongLong();
    QVERIFY(members > 10);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT SUM(members) FROM membership_counts")).toLongLong(), members);
    QCOMPARE(direct.countsDrift(), QStringList());
    // The event from before subjects names its actor and target through subjects now, with the
    // names they have; and the audit log is append-only again.
    QCOMPARE(direct.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM audit_log a JOIN audit_subjects s ON s.id = a.actor_subject "
                 "JOIN audit_subjects t ON t.id = a.target_subject JOIN accounts x ON x.id = a.actor_id "
                 "JOIN accounts y ON y.id = a.target_id WHERE a.at = 100 AND s.account_id = a.actor_id "
                 "AND t.account_id = a.target_id AND s.display_name = x.display_name AND t.email = y.email")).toLongLong(),
             1);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor_id IS NOT NULL AND actor_subject IS NULL"))
                 .toLongLong(),
             0);
    QVERIFY(!direct.exec(QStringLiteral("UPDATE audit_log SET reason = 'rewritten'")));
    // Its names and addresses moved to subjects of their own; what else it said stays.
    QCOMPARE(direct.scalar(QStringLiteral("SELECT before_json FROM audit_log WHERE at = 101")).toString().remove(QLatin1Char(' ')),
             QStringLiteral("{\"role\":\"member\"}"));
    QVERIFY(direct.scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE at = 101")).isNull());
    QCOMPARE(direct.scalar(QStringLiteral("SELECT s.email FROM audit_log a JOIN audit_subjects s ON s.id = a.before_subject "
                                          "WHERE a.at = 101")).toString(),
             QStringLiteral("old.name@example.org"));
    QVERIFY(direct.scalar(QStringLiteral("SELECT s.details FROM audit_log a JOIN audit_subjects s ON s.id = a.after_subject "
                                         "WHERE a.at = 101")).toString().contains(QStringLiteral("New")));

    // Every kind of change, made behind the backend's back: the triggers keep the counts.
    const QStringList changes = {
        QStringLiteral("UPDATE memberships SET role = 'editor' WHERE role = 'member' AND status = 'active'"),
        QStringLiteral("UPDATE memberships SET status = 'disabled' WHERE role = 'editor'"),
        QStringLiteral("UPDATE memberships SET role = 'admin', status = 'active' WHERE status = 'invited'"),
        QStringLiteral("UPDATE memberships SET version = version + 1, last_seen_at = 5"), // nothing counted changes
        QStringLiteral("DELETE FROM memberships WHERE status = 'deleted'"),
        QStringLiteral("INSERT INTO workspaces (name, slug, created_at) VALUES ('Second', 'second', 0)"),
        QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, joined_at) "
                       "SELECT id, (SELECT id FROM workspaces WHERE slug = 'second'), 'member', 'active', 'manual', 0 "
                       "FROM accounts"),
        QStringLiteral("UPDATE memberships SET status = 'invited' WHERE workspace_id = "
                       "(SELECT id FROM workspaces WHERE slug = 'second') AND account_id % 2 = 0"),
        QStringLiteral("INSERT INTO group_members (group_id, account_id, added_at) SELECT g.id, a.id, 0 FROM groups g, "
                       "accounts a WHERE NOT EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = g.id "
                       "AND gm.account_id = a.id) AND a.id % 3 = 0"),
        QStringLiteral("UPDATE group_members SET group_id = (SELECT MIN(id) FROM groups) WHERE account_id % 3 = 1 "
                       "AND NOT EXISTS (SELECT 1 FROM group_members o WHERE o.account_id = group_members.account_id "
                       "AND o.group_id = (SELECT MIN(id) FROM groups))"),
        QStringLiteral("DELETE FROM group_members WHERE account_id % 2 = 0"),
        QStringLiteral("DELETE FROM workspaces WHERE slug = 'second'"), // its members go by cascade
        QStringLiteral("DELETE FROM accounts WHERE id IN (SELECT account_id FROM group_members) AND id % 5 = 1"),
    };
    for (const QString& change : changes) {
        QVERIFY2(direct.exec(change), qPrintable(change));
        const QStringList drift = direct.countsDrift();
        QVERIFY2(drift.isEmpty(), qPrintable(change + QStringLiteral(" → ") + drift.join(QStringLiteral("; "))));
    }
    UserFilter disabled;
    disabled.workspaceId = opened.value().workspaceId;
    disabled.status = Status::Disabled;
    const auto counted = await(backend->members()->countUsers(disabled));
    QVERIFY(counted.ok());
    QCOMPARE(counted.value(),
             direct.scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE workspace_id = ? AND status = 'disabled'"),
                           {disabled.workspaceId.number()})
                 .toLongLong());
    QVERIFY(counted.value() > 0);

    // The check itself notices counts that went wrong.
    QVERIFY(direct.exec(QStringLiteral("UPDATE membership_counts SET members = members + 3 WHERE status = 'active'")));
    QVERIFY(!direct.countsDrift().isEmpty());
}

void TestMigrations::namesAndAddressesLeaveTheAuditRows()
{
    // A profile edit and a new member, as any operator makes them: their audit rows hold no name
    // or address (a byte search of their JSON finds none); their subjects hold them.
    TestDatabase database(QStringLiteral("personal"));
    SeedUser ada;
    ada.name = QStringLiteral("Ada Admin");
    ada.email = QStringLiteral("ada@example.org");
    ada.role = Role::Admin;
    SeedUser max;
    max.name = QStringLiteral("Max Member");
    max.email = QStringLiteral("max@example.org");
    database.seed({ada, max});
    const auto backend = database.backend();
    const auto opened = await(backend->open());
    QVERIFY(opened.ok());
    DirectSql direct(database);
    Operator op;
    op.workspaceId = opened.value().workspaceId;
    op.accountId = direct.scalar(QStringLiteral("SELECT id FROM accounts WHERE email = 'ada@example.org'")).toLongLong();
    op.role = Role::Admin;
    const Id maxId = direct.scalar(QStringLiteral("SELECT id FROM accounts WHERE email = 'max@example.org'")).toLongLong();
    const Version version = Version::fromText(direct.scalar(QStringLiteral("SELECT version FROM memberships WHERE account_id = ?"),
                                                            {maxId.number()}).toString());
    ProfileEdit edit;
    edit.firstName = QStringLiteral("Maximilian");
    edit.lastName = QStringLiteral("Quist");
    edit.email = QStringLiteral("maximilian.quist@example.org");
    const auto edited = await(backend->members()->updateProfile(op, maxId, edit, version));
    QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : edited.error().message));
    NewMember zoe;
    zoe.firstName = QStringLiteral("Zoë");
    zoe.lastName = QStringLiteral("Ørsted");
    zoe.email = QStringLiteral("zoe.orsted@example.org");
    QVERIFY(await(backend->members()->createMember(op, zoe)).ok());
    QVERIFY(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() >= 2);
    for (const char* text : {"@", "Max", "Maximilian", "Quist", "Zo", "rsted"}) {
        QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE COALESCE(before_json, '') LIKE ? "
                                              "OR COALESCE(after_json, '') LIKE ? OR reason LIKE ?"),
                               {QStringLiteral("%%1%").arg(QString::fromUtf8(text)),
                                QStringLiteral("%%1%").arg(QString::fromUtf8(text)),
                                QStringLiteral("%%1%").arg(QString::fromUtf8(text))})
                     .toInt(),
                 0);
    }
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_subjects WHERE email = 'max@example.org' "
                                          "OR details LIKE '%max@example.org%'")).toInt() > 0,
             true);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_subjects WHERE details LIKE '%zoe.orsted@example.org%'"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
