#include "connection/sql/sqlbackend.h"
#include "testsupport.h"

#include <QFile>
#include <QSettings>
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

private:
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
    profile.database = QStringLiteral("no_such_database");
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
    profile.port = freePort;
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
    profile.host = QStringLiteral("localhost"); // the name on the server's certificate
    profile.tls = ConnectionProfile::TlsMode::VerifyFull;
    profile.caFile = qEnvironmentVariable("USHER_TEST_PG_CA");
    const auto result = openWith(profile, m_db->password());
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    sql::SqlBackend backend(profile, m_db->password());
    QVERIFY(await(backend.open()).ok());
    QCOMPARE(await(backend.countUsers({})).value(), 11);
}

void TestPostgres::verifyFullRefusesAnotherCa()
{
    ConnectionProfile profile = serverProfile();
    profile.host = QStringLiteral("localhost");
    profile.tls = ConnectionProfile::TlsMode::VerifyFull;
    profile.caFile = qEnvironmentVariable("USHER_TEST_PG_OTHER_CA");
    const auto result = openWith(profile, m_db->password());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::Tls);
    QVERIFY2(result.error().message.contains(QStringLiteral("could not be verified")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(profile.caFile));
}

void TestPostgres::verifyFullWithoutCaFileTrustsTheSystemCas()
{
    if (ConnectionProfile::systemCaBundle().isEmpty()) {
        QSKIP("this machine has no system CA bundle");
    }
    ConnectionProfile profile = serverProfile();
    profile.host = QStringLiteral("localhost");
    profile.tls = ConnectionProfile::TlsMode::VerifyFull;
    profile.caFile.clear();
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
    profile.host = host;
    profile.tls = ConnectionProfile::TlsMode::Disable;
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
    QCOMPARE(await(backend->countUsers({})).value(), 11);
    {
        // The server drops every connection to this database (a restart, a network cut).
        DirectSql direct(*m_db);
        QVERIFY(direct.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                           "WHERE datname = current_database() AND pid <> pg_backend_pid()")));
    }
    const auto again = await(backend->countUsers({}));
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again.value(), 11);
    const auto page = await(backend->listUsers({}));
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

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
