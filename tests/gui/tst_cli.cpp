#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

/// The usher executable's command line, run as a separate process.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void versionAndHelpNeedNoDisplay_data();
    void versionAndHelpNeedNoDisplay();
    void badDemoCountIsRefused();
    void unknownProfileIsRefused();

private:
    QProcessEnvironment headless()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        return env;
    }
    QTemporaryDir m_home;
};

void TestCli::versionAndHelpNeedNoDisplay_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--version") << QStringLiteral("--version") << QStringLiteral("Usher " USHER_VERSION);
    QTest::newRow("-v") << QStringLiteral("-v") << QStringLiteral("Usher " USHER_VERSION);
    QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("--demo <count>");
    QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("--database <file>");
}

void TestCli::versionAndHelpNeedNoDisplay()
{
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    QProcess usher;
    usher.setProcessEnvironment(headless());
    usher.start(QStringLiteral(USHER_BINARY), {argument});
    QVERIFY(usher.waitForFinished(20000));
    QCOMPARE(usher.exitStatus(), QProcess::NormalExit);
    QCOMPARE(usher.exitCode(), 0);
    const QString out = QString::fromUtf8(usher.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out));
}

void TestCli::badDemoCountIsRefused()
{
    QProcess usher;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    usher.setProcessEnvironment(env);
    usher.start(QStringLiteral(USHER_BINARY), {QStringLiteral("--demo"), QStringLiteral("lots")});
    QVERIFY(usher.waitForFinished(20000));
    QCOMPARE(usher.exitCode(), 2);
    QVERIFY(QString::fromUtf8(usher.readAllStandardError()).contains(QStringLiteral("--demo")));
}

void TestCli::unknownProfileIsRefused()
{
    QProcess usher;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    usher.setProcessEnvironment(env);
    usher.start(QStringLiteral(USHER_BINARY), {QStringLiteral("--profile"), QStringLiteral("Nowhere")});
    QVERIFY(usher.waitForFinished(20000));
    QCOMPARE(usher.exitCode(), 2);
    QVERIFY(QString::fromUtf8(usher.readAllStandardError()).contains(QStringLiteral("no saved connection named “Nowhere”")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
