#include "connection/credentialstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace usher;
using Kind = BackendError::Kind;

/// The credential store against a real Secret Service (gnome-keyring in the D-Bus session
/// that scripts/test starts), or, with USHER_TEST_KEYCHAIN=absent, with no keychain at all.
class TestCredentials : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void writeReadOverwriteRemove();
    void secretsReallyLiveInTheKeychain();
    void forgetProfileRemovesOnlyItsSecrets();
    void forgetAllRemovesEverything();
    void noKeychainFailsClearlyAndWritesNothing();

private:
    template<typename T>
    T wait(QFuture<T> future)
    {
        // Keychain jobs need this thread's event loop: spin it, never block it.
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000)) {
            qFatal("The keychain did not answer within 20 s");
        }
        return future.result();
    }
    static bool keychainAbsent() { return qEnvironmentVariable("USHER_TEST_KEYCHAIN") == QLatin1String("absent"); }
    /// Asks libsecret directly, not through QtKeychain.
    static QString secretToolLookup(const QString& key)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("user"), key,
                                                  QStringLiteral("server"), CredentialStore::serviceName()});
        tool.waitForFinished(10000);
        return QString::fromUtf8(tool.readAllStandardOutput());
    }
    /// True when `needle` occurs in any file under the home folder or the settings file.
    static bool anyFileContains(const QByteArray& needle)
    {
        QStringList roots{QDir::homePath(), QFileInfo(QSettings().fileName()).absolutePath()};
        for (const QString& root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.size() < 10'000'000 && file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
                    qWarning() << "found in" << file.fileName();
                    return true;
                }
            }
        }
        return false;
    }

    CredentialStore m_store;
};

void TestCredentials::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UsherTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_credentials"));
}

void TestCredentials::init()
{
    QSettings().clear();
}

void TestCredentials::writeReadOverwriteRemove()
{
    if (keychainAbsent()) {
        QSKIP("Needs a keychain; the keychain run of this suite makes this check.");
    }
    const QString secret = QStringLiteral("s3cret-Ü-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const auto written = wait(m_store.write(QStringLiteral("Team"), secret));
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    auto read = wait(m_store.read(QStringLiteral("Team")));
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(read.value(), secret);

    QVERIFY(wait(m_store.write(QStringLiteral("Team"), QStringLiteral("second"))).ok());
    QCOMPARE(wait(m_store.read(QStringLiteral("Team"))).value(), QStringLiteral("second"));
    QCOMPARE(m_store.storedKeys(), QStringList{QStringLiteral("usher:Team:password")});

    QVERIFY(wait(m_store.remove(QStringLiteral("Team"))).ok());
    read = wait(m_store.read(QStringLiteral("Team")));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, Kind::NotFound);
    QVERIFY(m_store.storedKeys().isEmpty());
    QVERIFY(wait(m_store.remove(QStringLiteral("Team"))).ok()); // removing nothing is fine
}

void TestCredentials::secretsReallyLiveInTheKeychain()
{
    if (keychainAbsent()) {
        QSKIP("Needs a keychain; the keychain run of this suite makes this check.");
    }
    const QString secret = QStringLiteral("only-in-the-keychain-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(wait(m_store.write(QStringLiteral("Audit"), secret)).ok());
    QCOMPARE(secretToolLookup(CredentialStore::keyFor(QStringLiteral("Audit"))), secret);
    QSettings().sync();
    QVERIFY2(!anyFileContains(secret.toUtf8()), "the secret must not be in any plain file");
    QVERIFY(wait(m_store.remove(QStringLiteral("Audit"))).ok());
    QCOMPARE(secretToolLookup(CredentialStore::keyFor(QStringLiteral("Audit"))), QString());
}

void TestCredentials::forgetProfileRemovesOnlyItsSecrets()
{
    if (keychainAbsent()) {
        QSKIP("Needs a keychain; the keychain run of this suite makes this check.");
    }
    QVERIFY(wait(m_store.write(QStringLiteral("A"), QStringLiteral("pw-a"))).ok());
    QVERIFY(wait(m_store.write(QStringLiteral("A"), QStringLiteral("token-a"), QStringLiteral("token"))).ok());
    QVERIFY(wait(m_store.write(QStringLiteral("B"), QStringLiteral("pw-b"))).ok());
    const auto forgotten = wait(m_store.forgetProfile(QStringLiteral("A")));
    QVERIFY(forgotten.ok());
    QCOMPARE(forgotten.value(), 2);
    QCOMPARE(wait(m_store.read(QStringLiteral("A"))).error().kind, Kind::NotFound);
    QCOMPARE(wait(m_store.read(QStringLiteral("A"), QStringLiteral("token"))).error().kind, Kind::NotFound);
    QCOMPARE(wait(m_store.read(QStringLiteral("B"))).value(), QStringLiteral("pw-b"));
    QVERIFY(wait(m_store.forgetAll()).ok());
}

void TestCredentials::forgetAllRemovesEverything()
{
    if (keychainAbsent()) {
        QSKIP("Needs a keychain; the keychain run of this suite makes this check.");
    }
    for (const char* name : {"one", "two", "three"}) {
        QVERIFY(wait(m_store.write(QString::fromLatin1(name), QStringLiteral("pw"))).ok());
    }
    QCOMPARE(m_store.storedKeys().size(), 3);
    const auto forgotten = wait(m_store.forgetAll());
    QVERIFY(forgotten.ok());
    QCOMPARE(forgotten.value(), 3);
    QVERIFY(m_store.storedKeys().isEmpty());
    for (const char* name : {"one", "two", "three"}) {
        QCOMPARE(wait(m_store.read(QString::fromLatin1(name))).error().kind, Kind::NotFound);
        QCOMPARE(secretToolLookup(CredentialStore::keyFor(QString::fromLatin1(name))), QString());
    }
}

void TestCredentials::noKeychainFailsClearlyAndWritesNothing()
{
    if (!keychainAbsent()) {
        QSKIP("Runs without a keychain (USHER_TEST_KEYCHAIN=absent); CTest has a run for that.");
    }
    const QString secret = QStringLiteral("must-not-leak-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const auto written = wait(m_store.write(QStringLiteral("Team"), secret));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, Kind::KeychainUnavailable);
    QVERIFY2(written.error().message.contains(QStringLiteral("No keychain is available")),
             qPrintable(written.error().message));
    QVERIFY(written.error().message.contains(QStringLiteral("ask for the password each time")));
    QVERIFY(!written.error().message.contains(secret));
    QVERIFY(m_store.storedKeys().isEmpty());
    const auto read = wait(m_store.read(QStringLiteral("Team")));
    QCOMPARE(read.error().kind, Kind::KeychainUnavailable);
    QSettings().sync();
    QVERIFY2(!anyFileContains(secret.toUtf8()), "no plain-text fallback anywhere");
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
