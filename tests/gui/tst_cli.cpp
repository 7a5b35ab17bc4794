#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

/// The usher executable's command line, run as a separate process.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void versionAndHelpNeedNoDisplay_data();
    void versionAndHelpNeedNoDisplay();
    void helpListsCommandsAndOnlyWhatExists();
    void badDemoCountIsRefused();
    void unknownProfileIsRefused();
    void purgeExpiredRunsHeadless();
    void reportFirstPaintPrintsOneLineAndQuits();

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

void TestCli::helpListsCommandsAndOnlyWhatExists()
{
    QProcess usher;
    usher.setProcessEnvironment(headless());
    usher.start(QStringLiteral(USHER_BINARY), {QStringLiteral("--help")});
    QVERIFY(usher.waitForFinished(20000));
    QCOMPARE(usher.exitCode(), 0);
    const QString out = QString::fromUtf8(usher.readAllStandardOutput());
    // The subcommands, in a section of their own.
    const qsizetype commands = out.indexOf(QStringLiteral("\nCommands:\n"));
    QVERIFY2(commands >= 0, qPrintable(out));
    QVERIFY2(out.indexOf(QStringLiteral("purge-expired"), commands) > commands, qPrintable(out));
    // Every option shown is one Usher implements (tst_cli runs each of them elsewhere).
    const QSet<QString> implemented{QStringLiteral("help"), QStringLiteral("help-all"), QStringLiteral("version"),
                                    QStringLiteral("database"), QStringLiteral("profile"), QStringLiteral("demo"),
                                    QStringLiteral("as"), QStringLiteral("lang"),
                                    QStringLiteral("report-first-paint")};
    static const QRegularExpression longOption(QStringLiteral("(?:^|\\s)--([a-z][a-z-]*)"));
    QSet<QString> shown;
    for (auto it = longOption.globalMatch(out); it.hasNext();) {
        shown.insert(it.next().captured(1));
    }
    QVERIFY2(shown.contains(QStringLiteral("database")), qPrintable(out));
    QVERIFY2(implemented.contains(shown), qPrintable(out));
    // Nor does the description promise what Usher does not do.
    for (const QString& missing : {QStringLiteral("CSV"), QStringLiteral("password help"), QStringLiteral("import")}) {
        QVERIFY2(!out.contains(missing, Qt::CaseInsensitive), qPrintable(missing + QStringLiteral(": ") + out));
    }
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

void TestCli::purgeExpiredRunsHeadless()
{
    // For cron: no display, no window; members deleted more than 30 days ago go.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("purge.usher"));
    usher::test::seedSqlite(path, {{QStringLiteral("Old Gone"), QStringLiteral("old@example.org"), usher::Role::Member,
                                    usher::Status::Deleted, usher::Source::Invite, 1'700'000'000, 0, {}},
                                   {QStringLiteral("Still Here"), QStringLiteral("here@example.org"),
                                    usher::Role::Admin, usher::Status::Active, usher::Source::Invite, 1'700'000'000,
                                    0, {}}});
    {
        usher::test::DirectSql direct(path);
        QVERIFY(direct.exec(QStringLiteral("UPDATE memberships SET deleted_at = ? WHERE status = 'deleted'"),
                            {QDateTime::currentSecsSinceEpoch() - 31 * 24 * 3600}));
    }
    auto run = [this, &path](QString* out) {
        QProcess usher;
        usher.setProcessEnvironment(headless());
        usher.start(QStringLiteral(USHER_BINARY), {QStringLiteral("purge-expired"), QStringLiteral("--database"), path});
        if (!usher.waitForFinished(30000)) {
            return -1;
        }
        *out = QString::fromUtf8(usher.readAllStandardOutput() + usher.readAllStandardError());
        return usher.exitCode();
    };
    QString output;
    QCOMPARE(run(&output), 0);
    QVERIFY2(output.contains(QStringLiteral("purged 1 member")), qPrintable(output));
    usher::test::DirectSql direct(path);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email = 'old@example.org'")).toInt(), 0);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email = 'here@example.org'")).toInt(), 1);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.purged'")).toInt(), 1);
    // A missing database is an error, not a new file.
    QCOMPARE(run(&output), 0);
    QVERIFY2(output.contains(QStringLiteral("purged 0 members")), qPrintable(output));
    const QString missing = dir.filePath(QStringLiteral("missing.usher"));
    QProcess usher;
    usher.setProcessEnvironment(headless());
    usher.start(QStringLiteral(USHER_BINARY), {QStringLiteral("purge-expired"), QStringLiteral("--database"), missing});
    QVERIFY(usher.waitForFinished(30000));
    QCOMPARE(usher.exitCode(), 1);
    QVERIFY(!QFile::exists(missing));
}

void TestCli::reportFirstPaintPrintsOneLineAndQuits()
{
    // The benchmark's start-up measurement: no dialog (the operator comes from --as), one
    // line on standard output, then the application ends by itself.
    QTemporaryDir dir;
    QProcess usher;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    usher.setProcessEnvironment(env);
    usher.start(QStringLiteral(USHER_BINARY),
                {QStringLiteral("--database"), dir.filePath(QStringLiteral("paint.usher")), QStringLiteral("--as"),
                 QStringLiteral("Ada Lovelace <ada@example.org>"), QStringLiteral("--report-first-paint")});
    QVERIFY(usher.waitForFinished(60000));
    QCOMPARE(usher.exitCode(), 0);
    const QString out = QString::fromUtf8(usher.readAllStandardOutput());
    static const QRegularExpression line(QStringLiteral("^first-paint [0-9]+(\\.[0-9]+)?\n$"));
    QVERIFY2(line.match(out).hasMatch(), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
