#include "connection/sql/sqlbackend.h"
#include "testsupport.h"

#include <QFile>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace usher;
using namespace usher::test;
using Kind = BackendError::Kind;

/// What goes wrong between Usher and a PostgreSQL server, against the real test server.
class TestPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wrongPasswordIsRefusedClearly();
    void missingDatabaseIsNamed();
    void serverDownIsExplained();
    void verifyFullAcceptsTheRightCa();
    void verifyFullRefusesAnotherCa();
    void verifyFullWithoutCaFileTrustsTheSystemCas();
    void encryptionOffOnlyToThisMachine_data();
    void encryptionOffOnlyToThisMachine();
    void lostConnectionIsRestoredForReads();
    void noSecretInTheProfile();
    void operatorLoginOpensListsAndChanges();
    void operatorLoginCannotTamperWithTheAuditLog_data();
    void operatorLoginCannotTamperWithTheAuditLog();
    void operatorLoginDoesNotUpgradeTheSchema();

private:
    ConnectionProfile operatorProfile() const;
    QString operatorPassword() const;
    ConnectionProfile serverProfile() const;
    Result<OpenInfo> openWith(const ConnectionProfile& profile, const QString& password);
    std::unique_ptr<TestDatabase> m_db;
};

void TestPostgres::initTestCase()
{
    QVERIFY2(usingPostgres(), "run with USHER_TEST_BACKEND=postgres (CTest does)");
    m_db = std::make_unique<TestDatabase>(QStringLiteral("faults"));
    m_db->seed(standardSeed());
}

ConnectionProfile TestPostgres::serverProfile() const
{
    return m_db->profile();
}

ConnectionProfile TestPostgres::operatorProfile() const
{
    ConnectionProfile profile = m_db->profile();
    profile.server()->user = qEnvironmentVariable("USHER_TEST_PG_OPERATOR_USER");
    return profile;
}

QString TestPostgres::operatorPassword() const
{
    return qEnvironmentVariable("USHER_TEST_PG_OPERATOR_PASSWORD");
}

Result<OpenInfo> TestPostgres::openWith(const ConnectionProfile& profile, const QString& password)
{
    sql::SqlBackend backend(profile, password);
    return await(backend.open());
}

void TestPostgres::wrongPasswordIsRefusedClearly()
{
    const auto result = openWith(serverProfile(), QStringLiteral("not-the-password"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::Authentication);
    QVERIFY2(result.error().message.contains(QStringLiteral("refused the user name “usher” or its password")),
             qPrintable(result.error().message));
    QVERIFY(!result.error().message.contains(QStringLiteral("not-the-password")));
}

void TestPostgres::missingDatabaseIsNamed()
{
    ConnectionProfile profile = serverProfile();
    profile.server()->database = QStringLiteral("no_such_database");
    const auto result = openWith(profile, m_db->password());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::Unavailable);
    QVERIFY2(result.error().message.contains(QStringLiteral("has no database named “no_such_database”")),
             qPrintable(result.error().message));
}

void TestPostgres::serverDownIsExplained()
{
    // A port on which nothing listens: bind one, note it, let it go.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 freePort = probe.serverPort();
    probe.close();
    ConnectionProfile profile = serverProfile();
    profile.server()->port = freePort;
    const auto result = openWith(profile, m_db->password());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::Unavailable);
    QVERIFY2(result.error().message.contains(QStringLiteral("Cannot reach the PostgreSQL server at 127.0.0.1:%1")
                                                 .arg(freePort)),
             qPrintable(result.error().message));
}

void TestPostgres::verifyFullAcceptsTheRightCa()
{
    ConnectionProfile profile = serverProfile();
    profile.server()->host = QStringLiteral("localhost"); // the name on the server's certificate
    profile.server()->tls = TlsMode::VerifyFull;
    profile.server()->caFile = qEnvironmentVariable("USHER_TEST_PG_CA");
    const auto result = openWith(profile, m_db->password());
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    sql::SqlBackend backend(profile, m_db->password());
    QVERIFY(await(backend.open()).ok());
    QCOMPARE(await(backend.countUsers({})).value(), 11);
}

void TestPostgres::verifyFullRefusesAnotherCa()
{
    ConnectionProfile profile = serverProfile();
    profile.server()->host = QStringLiteral("localhost");
    profile.server()->tls = TlsMode::VerifyFull;
    profile.server()->caFile = qEnvironmentVariable("USHER_TEST_PG_OTHER_CA");
    const auto result = openWith(profile, m_db->password());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::Tls);
    QVERIFY2(result.error().message.contains(QStringLiteral("could not be verified")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(profile.server()->caFile));
}

void TestPostgres::verifyFullWithoutCaFileTrustsTheSystemCas()
{
    if (ConnectionProfile::systemCaBundle().isEmpty()) {
        QSKIP("this machine has no system CA bundle");
    }
    ConnectionProfile profile = serverProfile();
    profile.server()->host = QStringLiteral("localhost");
    profile.server()->tls = TlsMode::VerifyFull;
    profile.server()->caFile.clear();
    QCOMPARE(profile.problem(), QString());
    // The test server's throwaway CA is not among the system's: verified, and refused.
    const auto result = openWith(profile, m_db->password());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::Tls);
    QVERIFY2(result.error().message.contains(ConnectionProfile::systemCaBundle()), qPrintable(result.error().message));
}

void TestPostgres::encryptionOffOnlyToThisMachine_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("loopback address") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("name starting with 127.") << QStringLiteral("127.evil.example") << false;
    QTest::newRow("remote address") << QStringLiteral("192.0.2.10") << false;
}

void TestPostgres::encryptionOffOnlyToThisMachine()
{
    QFETCH(QString, host);
    QFETCH(bool, allowed);
    ConnectionProfile profile = serverProfile();
    profile.server()->host = host;
    profile.server()->tls = TlsMode::Disable;
    QCOMPARE(profile.problem().isEmpty(), allowed);
    const auto result = openWith(profile, m_db->password());
    if (allowed) {
        // Reaches the server (which then insists on encryption or accepts plain text: either
        // way not refused by Usher's own rule).
        QVERIFY2(result.ok() || result.error().kind != Kind::Invalid, qPrintable(result.error().message));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Kind::Invalid);
        QVERIFY2(result.error().message.contains(QStringLiteral("this machine")), qPrintable(result.error().message));
    }
}

void TestPostgres::lostConnectionIsRestoredForReads()
{
    const auto backend = m_db->openedBackend();
    QCOMPARE(await(backend->members()->countUsers({})).value(), 11);
    {
        // The server drops every connection to this database (a restart, a network cut).
        DirectSql direct(*m_db);
        // Client connections only: an autovacuum worker on this database runs as the superuser.
        const QVariant cut = direct.scalar(QStringLiteral(
            "SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND backend_type = 'client backend' AND usename = current_user"));
        QVERIFY2(cut.toInt() >= 1, "the backend's own connection must be among those cut");
    }
    const auto again = await(backend->members()->countUsers({}));
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again.value(), 11);
    const auto page = await(backend->members()->listUsers({}));
    QVERIFY(page.ok());
    QCOMPARE(page.value().rows.size(), 11);
}

void TestPostgres::noSecretInTheProfile()
{
    // Profiles are saved without the password, whatever the backend held in memory.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UsherTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_postgres"));
    QSettings().clear();
    ProfileStore store;
    ConnectionProfile profile = serverProfile();
    profile.name = QStringLiteral("Team server");
    store.save(profile);
    QSettings().sync();
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("Team server"));
    QVERIFY(!saved.contains(m_db->password().toUtf8()));
    QCOMPARE(store.find(QStringLiteral("Team server")).value(), profile);
}

void TestPostgres::operatorLoginOpensListsAndChanges()
{
    // A day-to-day login holding only the usher_operator role does everything Usher does.
    QVERIFY2(!operatorProfile().server()->user.isEmpty(), "scripts/test exports USHER_TEST_PG_OPERATOR_USER");
    sql::SqlBackend backend(operatorProfile(), operatorPassword());
    const auto opened = await(backend.open());
    QVERIFY2(opened.ok(), qPrintable(opened.error().message + QLatin1Char(' ') + opened.error().detail));
    QCOMPARE(await(backend.countUsers({})).value(), 11);
    const auto page = await(backend.listUsers({}));
    QVERIFY(page.ok());
    QCOMPARE(page.value().rows.size(), 11);

    DirectSql direct(*m_db);
    const qint64 ada = direct.scalar(QStringLiteral("SELECT id FROM accounts WHERE email = 'ada@example.org'")).toLongLong();
    const qint64 bob = direct.scalar(QStringLiteral("SELECT id FROM accounts WHERE email = 'Bob.Upper@Example.org'")).toLongLong();
    const qint64 auditBefore = direct.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    MemberChange change;
    change.operation = MemberOperation::ChangeRole;
    change.role = Role::Editor;
    change.targets = {{bob, -1}};
    const auto changed = await(backend.changeMembers(Operator{1, ada, Role::Admin, {}, {}}, change));
    QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message + changed.error().detail));
    QVERIFY2(changed.value().value(0).done, qPrintable(changed.value().value(0).why));
    QCOMPARE(direct.scalar(QStringLiteral("SELECT role FROM memberships WHERE account_id = ?"), {bob}).toString(),
             QStringLiteral("editor"));
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), auditBefore + 1);
}

void TestPostgres::operatorLoginCannotTamperWithTheAuditLog_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("drop trigger") << QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log");
    QTest::newRow("disable trigger") << QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only");
    QTest::newRow("disable all triggers") << QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL");
    QTest::newRow("truncate") << QStringLiteral("TRUNCATE audit_log");
    QTest::newRow("update") << QStringLiteral("UPDATE audit_log SET action = 'nothing.happened'");
    QTest::newRow("delete") << QStringLiteral("DELETE FROM audit_log");
    QTest::newRow("drop table") << QStringLiteral("DROP TABLE audit_log");
    QTest::newRow("replace the trigger function")
        << QStringLiteral("CREATE OR REPLACE FUNCTION usher_audit_append_only() RETURNS trigger AS "
                          "$$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql");
    QTest::newRow("truncate members") << QStringLiteral("TRUNCATE memberships CASCADE");
    // The kept member counts are written by their trigger only.
    QTest::newRow("change a count") << QStringLiteral("UPDATE membership_counts SET members = 0");
    QTest::newRow("delete the counts") << QStringLiteral("DELETE FROM membership_counts");
}

void TestPostgres::operatorLoginCannotTamperWithTheAuditLog()
{
    QFETCH(QString, statement);
    DirectSql owner(*m_db);
    // Something in the log to tamper with, whatever ran before.
    QVERIFY(owner.exec(QStringLiteral("INSERT INTO audit_log (workspace_id, at, action, target_type) "
                                      "VALUES (1, 0, 'test.marker', 'test')")));
    const qint64 before = owner.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    const QString name = QStringLiteral("operator-direct");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const ConnectionProfile profile = operatorProfile();
        db.setHostName(profile.server()->host);
        db.setPort(profile.server()->port);
        db.setDatabaseName(profile.server()->database);
        db.setUserName(profile.server()->user);
        db.setPassword(operatorPassword());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && query.next()); // reading is allowed
        const bool ran = query.exec(statement);
        const QString error = query.lastError().text();
        db.close();
        QVERIFY2(!ran, qPrintable(statement));
        QVERIFY2(error.contains(QLatin1String("must be owner")) || error.contains(QLatin1String("permission denied")),
                 qPrintable(error));
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(owner.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), before);
    QCOMPARE(owner.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'nothing.happened'")).toLongLong(),
             0);
    QCOMPARE(owner.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'audit_log_append_only' "
                                         "AND tgenabled = 'O'"))
                 .toLongLong(),
             1);
}

void TestPostgres::operatorLoginDoesNotUpgradeTheSchema()
{
    // A schema behind this build: only its owner may upgrade it, and the operator is told so.
    TestDatabase behind(QStringLiteral("behind"));
    behind.openedBackend();
    DirectSql owner(behind);
    const int latest = owner.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt();
    QVERIFY(owner.exec(QStringLiteral("DELETE FROM schema_version WHERE version = ?"), {latest}));
    ConnectionProfile profile = behind.profile();
    profile.server()->user = operatorProfile().server()->user;
    const auto result = openWith(profile, operatorPassword());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::Refused);
    QVERIFY2(result.error().message.contains(QStringLiteral("owner")), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("“usher”")), qPrintable(result.error().message));
    QCOMPARE(owner.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), latest - 1);

    // An empty database: the operator login creates nothing either.
    TestDatabase empty(QStringLiteral("empty"));
    profile = empty.profile();
    profile.server()->user = operatorProfile().server()->user;
    const auto refused = openWith(profile, operatorPassword());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Kind::Refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("owner")), qPrintable(refused.error().message));
    DirectSql emptyOwner(empty);
    QCOMPARE(emptyOwner.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
