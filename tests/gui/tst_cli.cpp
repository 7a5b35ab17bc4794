#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    void aNewWorkspaceSpeaksTheLanguageItWasMadeIn();
    void csvCheckNeedsNoConnection();
    void csvCheckReadsFilesOtherToolsMade();
    void csvCheckJsonAndRefusals();
    void csvImportFromTheCommandLine();
    void csvImportKilledHalfwayLeavesWholeRows_data();
    void csvImportKilledHalfwayLeavesWholeRows();
    void usersExportWritesWhatItIsAskedAndComesBack();
    void privacyEraseForTicketSystems();

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
    for (const QString& missing : {QStringLiteral("password help")}) {
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

void TestCli::aNewWorkspaceSpeaksTheLanguageItWasMadeIn()
{
    // Made under a German or Dutch screen: named, and writing its mails, in that language; an
    // existing workspace keeps its name whatever language opens it later.
    QTemporaryDir dir;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const auto make = [&](const QString& language, const QString& file) {
        QProcess usher;
        usher.setProcessEnvironment(env);
        usher.start(QStringLiteral(USHER_BINARY),
                    {QStringLiteral("--lang"), language, QStringLiteral("--database"), dir.filePath(file),
                     QStringLiteral("--as"), QStringLiteral("Ada Lovelace <ada@example.org>"),
                     QStringLiteral("--report-first-paint")});
        return usher.waitForFinished(60000) && usher.exitCode() == 0;
    };
    const auto workspace = [&](const QString& file) {
        usher::test::DirectSql direct(dir.filePath(file));
        return direct.scalar(QStringLiteral("SELECT name || ' / ' || locale FROM workspaces")).toString();
    };
    QVERIFY(make(QStringLiteral("de"), QStringLiteral("de.usher")));
    QCOMPARE(workspace(QStringLiteral("de.usher")), QStringLiteral("Meine Organisation / de"));
    QVERIFY(make(QStringLiteral("nl"), QStringLiteral("nl.usher")));
    QCOMPARE(workspace(QStringLiteral("nl.usher")), QStringLiteral("Mijn organisatie / nl"));
    QVERIFY(make(QStringLiteral("en"), QStringLiteral("en.usher")));
    QCOMPARE(workspace(QStringLiteral("en.usher")), QStringLiteral("My organisation / en"));
    QVERIFY(make(QStringLiteral("de"), QStringLiteral("en.usher")));
    QCOMPARE(workspace(QStringLiteral("en.usher")), QStringLiteral("My organisation / en"));
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

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

static Run runUsher(const QProcessEnvironment& env, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess usher;
    usher.setProcessEnvironment(env);
    usher.start(QStringLiteral(USHER_BINARY), arguments);
    if (!input.isNull()) {
        usher.write(input);
        usher.closeWriteChannel();
    }
    if (!usher.waitForFinished(20000) || usher.exitStatus() != QProcess::NormalExit) {
        return {};
    }
    return {usher.exitCode(), QString::fromUtf8(usher.readAllStandardOutput()),
            QString::fromUtf8(usher.readAllStandardError())};
}

static QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return file.fileName();
}

void TestCli::csvCheckNeedsNoConnection()
{
    // No database, no keychain, no display: a person preparing a file on a train.
    QTemporaryDir dir;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    const QString good = writeFile(dir, QStringLiteral("good.csv"),
                                   "Email,Name,Role,Groups\r\nada@example.org,Ada Lovelace,admin,Engines; Math\r\n"
                                   "bob@example.org,Bob,,\r\n");
    Run run = runUsher(env, {QStringLiteral("csv"), QStringLiteral("check"), good});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("2 rows read: 2 ready to import, 0 refused.")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QLatin1String("UTF-8, comma, columns of Usher")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(QDir(m_home.path()).filePath(QStringLiteral(".local/share/Usher"))));

    // Standard input, as a script pipes it.
    run = runUsher(env, {QStringLiteral("csv"), QStringLiteral("check"), QStringLiteral("-")},
                   "email\nada@example.org\n");
    QCOMPARE(run.exitCode, 0);

    // A file that is not there, an unknown option value, an unknown command: bad input (2).
    run = runUsher(env, {QStringLiteral("csv"), QStringLiteral("check"), dir.filePath(QStringLiteral("none.csv"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("cannot be read")), qPrintable(run.err));
    run = runUsher(env, {QStringLiteral("csv"), QStringLiteral("check"), QStringLiteral("--delimiter"),
                         QStringLiteral("x"), good});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("Unknown delimiter")), qPrintable(run.err));
    run = runUsher(env, {QStringLiteral("csv"), QStringLiteral("frobnicate"), good});
    QCOMPARE(run.exitCode, 2);
}

void TestCli::csvCheckReadsFilesOtherToolsMade()
{
    QTemporaryDir dir;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    // Excel's "Unicode text": UTF-16 LE with a byte-order mark, tab-separated.
    QByteArray unicodeText("\xFF\xFE");
    for (const QChar c : QStringLiteral("E-mailadres\tVoornaam\tAchternaam\r\njürgen@bücher.example\tJürgen\tØster\r\n")) {
        unicodeText.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    }
    Run run = runUsher(env, {QStringLiteral("csv"), QStringLiteral("check"), QStringLiteral("--json"),
                             writeFile(dir, QStringLiteral("excel.txt"), unicodeText)});
    QCOMPARE(run.exitCode, 0);
    QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-16 LE"));
    QCOMPARE(json.value(QStringLiteral("delimiter")).toString(), QStringLiteral("\t"));
    QCOMPARE(json.value(QStringLiteral("ready")).toInt(), 1);

    // Excel in a Dutch or German locale: Windows-1252, semicolons, and its "sep=" line.
    run = runUsher(env, {QStringLiteral("csv"), QStringLiteral("check"), QStringLiteral("--json"),
                         writeFile(dir, QStringLiteral("excel.csv"),
                                   "sep=;\r\nE-Mail;Vorname;Nachname;Rolle\r\njose@example.org;Jos\xE9;M\xFCller;"
                                   "Admin\r\n")});
    QCOMPARE(run.exitCode, 0);
    json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("Windows-1252 (Latin-1)"));
    QCOMPARE(json.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));

    // Microsoft Entra's bulk-create template: its passwords are named and left out.
    run = runUsher(env, {QStringLiteral("csv"), QStringLiteral("check"),
                         writeFile(dir, QStringLiteral("entra.csv"),
                                   "version:v1.0,,,\nName [displayName] Required,User name [userPrincipalName] "
                                   "Required,Initial password [passwordProfile] Required,Block sign in (Yes/No) "
                                   "[accountEnabled] Required\nAda,ada@example.org,S3cret!,No\n")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QLatin1String("columns of Microsoft Entra")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("“Initial password [passwordProfile] Required” is not imported")),
             qPrintable(run.err));
    QVERIFY2(!run.out.contains(QLatin1String("S3cret")) && !run.err.contains(QLatin1String("S3cret")),
             "a password from the file was printed");
}

void TestCli::csvCheckJsonAndRefusals()
{
    QTemporaryDir dir;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    const QString file = writeFile(dir, QStringLiteral("mixed.csv"),
                                   "Email,Name,Role\nada@example.org,Ada,admin\nnot-an-address,B,\n"
                                   "ADA@example.org,Ada again,owner\ncy@example.org,Cy\n");
    // Rows refused: exit 1, each named by line and column.
    Run run = runUsher(env, {QStringLiteral("csv"), QStringLiteral("check"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QLatin1String("Line 3: Email: the address has no @")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Line 4: Email: ADA@example.org is already on line 2 of this file; "
                                            "Role: “owner” is not a role")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Line 5: This row has 2 fields, but the header names 3 columns.")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("4 rows read: 1 ready to import, 3 refused.")), qPrintable(run.out));

    run = runUsher(env, {QStringLiteral("csv"), QStringLiteral("check"), QStringLiteral("--json"), file});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("refused")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), 1);
    const QJsonArray refused = json.value(QStringLiteral("refusedRows")).toArray();
    QCOMPARE(refused.size(), 3);
    QCOMPARE(refused.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(refused.at(0).toObject().value(QStringLiteral("problems")).toArray().at(0).toObject().value(
                 QStringLiteral("column")).toString(),
             QStringLiteral("Email"));

    // A file broken half-way: bad input (2), with the place; the rows before it were read.
    run = runUsher(env, {QStringLiteral("csv"), QStringLiteral("check"), QStringLiteral("--json"),
                         writeFile(dir, QStringLiteral("broken.csv"), "email\nada@example.org\n\"bob@example.org\n")});
    QCOMPARE(run.exitCode, 2);
    const QJsonObject error = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(error.value(QStringLiteral("column")).toInt(), 1);
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QLatin1String("never closed")));

    // No column of addresses: bad input, said before any row.
    run = runUsher(env, {QStringLiteral("csv"), QStringLiteral("check"),
                         writeFile(dir, QStringLiteral("names.csv"), "Name,Role\nAda,admin\n")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("No column holds the email addresses")), qPrintable(run.err));
}

static QString seededDatabase(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("people.usher"));
    using usher::Role;
    using usher::Source;
    using usher::Status;
    usher::test::seedSqlite(path, {{QStringLiteral("Ada Admin"), QStringLiteral("ada@example.org"), Role::Admin,
                                    Status::Active, Source::Invite, 1'700'000'000, 0, {}},
                                   {QStringLiteral("Max Member"), QStringLiteral("max@example.org"), Role::Member,
                                    Status::Active, Source::Invite, 1'700'000'000, 0, {}}});
    return path;
}

void TestCli::csvImportFromTheCommandLine()
{
    QTemporaryDir dir;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    const QString db = seededDatabase(dir);
    const QString file = writeFile(dir, QStringLiteral("people.csv"),
                                   "Email,Name,Role\nnora@example.org,Nora New,editor\nmax@example.org,Max Member,"
                                   "editor\nnot-an-address,Who,member\n");
    auto accounts = [&db]() {
        usher::test::DirectSql direct(db);
        return direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt();
    };
    const QStringList base{QStringLiteral("csv"), QStringLiteral("import"), QStringLiteral("--database"), db};

    // A dry run checks everything inside the database and changes nothing.
    Run run = runUsher(env, base + QStringList{QStringLiteral("--as"), QStringLiteral("ada@example.org"),
                                               QStringLiteral("--dry-run"), QStringLiteral("--json"), file});
    QCOMPARE(run.exitCode, 1);
    QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("invited")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("updated")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("refused")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("rows")).toArray().at(2).toObject().value(QStringLiteral("line")).toInt(), 4);
    QCOMPARE(accounts(), 2);

    // All or nothing with a refused row: nothing.
    run = runUsher(env, base + QStringList{QStringLiteral("--as"), QStringLiteral("ada@example.org"),
                                           QStringLiteral("--all-or-nothing"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QLatin1String("Line 2: nora@example.org: Not imported: line 4 was refused")),
             qPrintable(run.out));
    QCOMPARE(accounts(), 2);

    // Each row on its own: two done, one refused and named.
    run = runUsher(env, base + QStringList{QStringLiteral("--as"), QStringLiteral("ada@example.org"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QLatin1String("Line 4: not-an-address: ")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("1 invited, 1 updated, 0 unchanged; 1 refused, 0 not reached.")),
             qPrintable(run.out));
    QCOMPARE(accounts(), 3);
    {
        usher::test::DirectSql direct(db);
        QCOMPARE(direct.scalar(QStringLiteral("SELECT role || '/' || status || '/' || source FROM memberships m "
                                              "JOIN accounts a ON a.id = m.account_id WHERE a.email_key = "
                                              "'nora@example.org'"))
                     .toString(),
                 QStringLiteral("editor/invited/import"));
    }

    // The same file again: everything is as the file says; only the bad row is refused.
    run = runUsher(env, base + QStringList{QStringLiteral("--as"), QStringLiteral("ada@example.org"), file});
    QVERIFY2(run.out.contains(QLatin1String("0 invited, 0 updated, 2 unchanged; 1 refused")), qPrintable(run.out));

    // Who is importing must be said, and be a member; the database must exist.
    run = runUsher(env, base + QStringList{file});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("--as")), qPrintable(run.err));
    run = runUsher(env, base + QStringList{QStringLiteral("--as"), QStringLiteral("eve@example.org"), file});
    QCOMPARE(run.exitCode, 3);
    run = runUsher(env, {QStringLiteral("csv"), QStringLiteral("import"), QStringLiteral("--database"),
                         dir.filePath(QStringLiteral("none.usher")), QStringLiteral("--as"),
                         QStringLiteral("ada@example.org"), file});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.usher"))));
    QCOMPARE(accounts(), 3);
}

void TestCli::csvImportKilledHalfwayLeavesWholeRows_data()
{
    QTest::addColumn<bool>("allOrNothing");
    QTest::newRow("each on its own") << false;
    QTest::newRow("all or nothing") << true;
}

void TestCli::csvImportKilledHalfwayLeavesWholeRows()
{
    // A real kill (SIGKILL) in the middle of an import of tens of thousands of new people.
    QFETCH(bool, allOrNothing);
    QTemporaryDir dir;
    const QString db = seededDatabase(dir);
    const int people = allOrNothing ? 50000 : 20000;
    QByteArray csv("email,name\n");
    for (int i = 0; i < people; ++i) {
        csv += QStringLiteral("p%1@example.org,Person %1\n").arg(i).toUtf8();
    }
    const QString file = writeFile(dir, QStringLiteral("many.csv"), csv);
    QStringList arguments{QStringLiteral("csv"), QStringLiteral("import"), QStringLiteral("--database"), db,
                          QStringLiteral("--as"), QStringLiteral("ada@example.org"), QStringLiteral("--no-mail"), file};
    if (allOrNothing) {
        arguments.append(QStringLiteral("--all-or-nothing"));
    }
    auto count = [&db](const char* sql) {
        usher::test::DirectSql direct(db);
        return direct.scalar(QString::fromLatin1(sql)).toInt();
    };
    QProcess usher;
    usher.setProcessEnvironment(headless());
    usher.start(QStringLiteral(USHER_BINARY), arguments);
    QVERIFY(usher.waitForStarted());
    if (allOrNothing) {
        // Nothing shows until the end; the import is under way while another connection cannot
        // take the write lock for a second (far longer than the open's own brief writes, and than
        // a transaction of 5,000 rows holds it).
        auto writeLocked = [&db]() {
            bool busy = false;
            {
                QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lockprobe"));
                probe.setDatabaseName(db);
                probe.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
                if (probe.open()) {
                    QSqlQuery query(probe);
                    busy = !query.exec(QStringLiteral("BEGIN IMMEDIATE"));
                    if (!busy) {
                        query.exec(QStringLiteral("ROLLBACK"));
                    }
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("lockprobe"));
            return busy;
        };
        QElapsedTimer locked;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (!writeLocked()) {
                    locked.invalidate();
                    return false;
                }
                if (!locked.isValid()) {
                    locked.start();
                }
                return locked.elapsed() >= 1000;
            }() || usher.state() == QProcess::NotRunning,
            60000);
    } else {
        // Kill as soon as the first batch is committed.
        QTRY_VERIFY_WITH_TIMEOUT(count("SELECT COUNT(*) FROM accounts") > 2 || usher.state() == QProcess::NotRunning,
                                 60000);
    }
    QVERIFY2(usher.state() == QProcess::Running, "the import ended before it could be killed");
    usher.kill();
    QVERIFY(usher.waitForFinished(10000));
    QCOMPARE(usher.exitStatus(), QProcess::CrashExit);

    const int accounts = count("SELECT COUNT(*) FROM accounts WHERE email LIKE 'p%@example.org'");
    if (allOrNothing) {
        QCOMPARE(accounts, 0);
    } else {
        QVERIFY(accounts > 0 && accounts < people);
        QCOMPARE(accounts % 5000, 0); // whole transactions (5,000 rows each) of whole rows
    }
    // Whole rows: every imported account has its membership, its invitation and its audit row.
    QCOMPARE(count("SELECT COUNT(*) FROM memberships m JOIN accounts a ON a.id = m.account_id "
                   "WHERE a.email LIKE 'p%@example.org' AND m.source = 'import'"),
             accounts);
    QCOMPARE(count("SELECT COUNT(*) FROM invites WHERE email LIKE 'p%@example.org'"), accounts);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'invite.created'"), accounts);
    QVERIFY(usher::test::DirectSql(db).countsDrift().isEmpty());
}

void TestCli::usersExportWritesWhatItIsAskedAndComesBack()
{
    QTemporaryDir dir;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    const QString db = seededDatabase(dir);
    const QString file = dir.filePath(QStringLiteral("members.csv"));
    Run run = runUsher(env, {QStringLiteral("users"), QStringLiteral("export"), QStringLiteral("--database"), db, file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QLatin1String("Exported 2 people")), qPrintable(run.err));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray csv = written.readAll();
    QVERIFY2(csv.startsWith("\xEF\xBB\xBFName,Email,Role,Status,Source,Groups,Last seen,Joined\r\n"), csv.constData());

    // To standard output, chosen columns, one role.
    run = runUsher(env, {QStringLiteral("users"), QStringLiteral("export"), QStringLiteral("--database"), db,
                         QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--columns"),
                         QStringLiteral("email,role"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("Email,Role\r\nada@example.org,admin\r\n"));

    // Bad input is refused before connecting.
    for (const QStringList& bad : {QStringList{QStringLiteral("--view"), QStringLiteral("nobody")},
                                   QStringList{QStringLiteral("--columns"), QStringLiteral("email,password")},
                                   QStringList{QStringLiteral("--role"), QStringLiteral("owner")}}) {
        run = runUsher(env, QStringList{QStringLiteral("users"), QStringLiteral("export"), QStringLiteral("--database"),
                                        db} + bad + QStringList{QStringLiteral("-")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
    }

    // The exported file comes back through the import as it is: nothing to change.
    run = runUsher(env, {QStringLiteral("csv"), QStringLiteral("import"), QStringLiteral("--database"), db,
                         QStringLiteral("--as"), QStringLiteral("ada@example.org"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("0 invited, 0 updated, 2 unchanged; 0 refused, 0 not reached.")),
             qPrintable(run.out));
}

void TestCli::privacyEraseForTicketSystems()
{
    QTemporaryDir dir;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    const QString db = seededDatabase(dir);
    // First the subject-access export, to a ZIP where asked.
    const QString zip = dir.filePath(QStringLiteral("max.zip"));
    Run exported = runUsher(env, {QStringLiteral("privacy"), QStringLiteral("export"), QStringLiteral("--database"), db,
                                  QStringLiteral("--as"), QStringLiteral("ada@example.org"), QStringLiteral("max@example.org"),
                                  zip});
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject written = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    QVERIFY2(written.value(QStringLiteral("files")).toArray().contains(QJsonValue(QStringLiteral("profile.json"))),
             qPrintable(exported.out));
    QVERIFY(QFileInfo(zip).size() > 100);
    const QStringList erase{QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("--database"), db,
                            QStringLiteral("--as"), QStringLiteral("ada@example.org"), QStringLiteral("max@example.org")};
    // No reference: bad input, before anything is read.
    Run run = runUsher(env, erase);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--reference")), qPrintable(run.err));
    // Not at a terminal and no --yes: nothing erased, said why.
    const QStringList withReference = erase + QStringList{QStringLiteral("--reference"), QStringLiteral("TICKET-9")};
    run = runUsher(env, withReference, QByteArray("max@example.org\n"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("--yes")), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    // Nobody erases themselves.
    run = runUsher(env, {QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("--database"), db,
                         QStringLiteral("--as"), QStringLiteral("ada@example.org"), QStringLiteral("--reference"),
                         QStringLiteral("T-1"), QStringLiteral("--yes"), QStringLiteral("ada@example.org")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("yourself")), qPrintable(run.err));
    // With --yes: erased, a JSON summary with the pseudonym; the address is gone from the file.
    run = runUsher(env, withReference + QStringList{QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("erased")).toBool(), true);
    QCOMPARE(summary.value(QStringLiteral("reference")).toString(), QStringLiteral("TICKET-9"));
    QCOMPARE(summary.value(QStringLiteral("pseudonym")).toString().size(), 16);
    QCOMPARE(summary.value(QStringLiteral("workspaces")).toArray().size(), 1);
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("max@example.org"));
    // Again: nobody has that address now.
    run = runUsher(env, withReference + QStringList{QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("Nobody")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
