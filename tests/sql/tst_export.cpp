#include "connection/sql/sqlbackend.h"
#include "core/csvreader.h"
#include "core/userexport.h"
#include "core/userimport.h"
#include "core/userlist.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace usher;
using namespace usher::test;
using Kind = BackendError::Kind;

/// Exporting members to CSV (B3) through the backend, on both SQL backends: what the listing
/// shows in its order, a filter or a selection, formulas neutralised unless plain data is asked
/// for, all or nothing on disk, and a file that comes back through the import unchanged.
class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void writesWhatTheListingShowsInItsOrder();
    void aFilterOrASelectionNarrowsIt();
    void formulasAreNeutralisedUnlessPlainDataIsAsked();
    void anExportComesBackThroughTheImportUnchanged();
    void aStoppedOrFailedExportLeavesNoFile();

private:
    Result<qint64> exportTo(const QString& path, const UserFilter& filter = {}, bool plain = false,
                            const StopToken& stop = {});
    CsvTable read(const QString& path);
    qint64 idOf(const QString& email);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sql::SqlBackend> m_backend;
    QTemporaryDir m_dir;
};

void TestExport::init()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("export"));
    auto person = [](const QString& name, const char* email, Role role, Status status, const QStringList& groups) {
        return SeedUser{name, QString::fromUtf8(email), role, status, Source::Invite, 1'700'000'000, 1'700'100'000,
                        groups};
    };
    m_db->seed({
        person(QStringLiteral("Ada Admin"), "ada@example.org", Role::Admin, Status::Active, {QStringLiteral("Ops")}),
        person(QStringLiteral("=HYPERLINK(\"http://evil\")"), "formula@example.org", Role::Member, Status::Active, {}),
        person(QStringLiteral("Émile Zola"), "emile@example.org", Role::Editor, Status::Active,
               {QStringLiteral("Ops"), QStringLiteral("Authors")}),
        person(QStringLiteral("Bob Builder"), "bob@example.org", Role::Member, Status::Disabled, {}),
        person(QStringLiteral("Dot Deleted"), "dot@example.org", Role::Member, Status::Deleted, {}),
    });
    m_backend = m_db->openedBackend();
    QVERIFY(m_backend->peopleExport());
}

void TestExport::cleanup()
{
    m_backend.reset();
    m_db.reset();
}

qint64 TestExport::idOf(const QString& email)
{
    DirectSql direct(*m_db);
    return direct.scalar(QStringLiteral("SELECT id FROM accounts WHERE email_key = ?"), {email}).toLongLong();
}

Result<qint64> TestExport::exportTo(const QString& path, const UserFilter& filter, bool plain, const StopToken& stop)
{
    UserExportRequest request;
    request.filter = filter;
    request.path = path;
    request.plainData = plain;
    request.stop = stop;
    return await(m_backend->peopleExport()->exportUsers(request));
}

CsvTable TestExport::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return readCsv(file.readAll());
}

void TestExport::writesWhatTheListingShowsInItsOrder()
{
    const QString path = m_dir.filePath(QStringLiteral("all.csv"));
    const auto written = exportTo(path);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(written.value(), 4); // the deleted wait in their own view
    const CsvTable table = read(path);
    QVERIFY(!table.fatal);
    QVERIFY(table.dialect.byteOrderMark); // so spreadsheets read UTF-8
    QCOMPARE(table.header, (QStringList{QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Role"),
                                        QStringLiteral("Status"), QStringLiteral("Source"), QStringLiteral("Groups"),
                                        QStringLiteral("Last seen"), QStringLiteral("Joined")}));
    QCOMPARE(table.records.size(), 4);
    QStringList emails;
    for (const CsvRecord& record : table.records) {
        emails.append(record.fields.at(1));
    }
    // By name, as the users table lists them.
    QCOMPARE(emails, (QStringList{QStringLiteral("formula@example.org"), QStringLiteral("ada@example.org"),
                                  QStringLiteral("bob@example.org"), QStringLiteral("emile@example.org")}));
    const QStringList emile = table.records.at(3).fields;
    QCOMPARE(emile.at(0), QStringLiteral("Émile Zola"));
    QCOMPARE(emile.at(2), QStringLiteral("editor"));
    QCOMPARE(emile.at(3), QStringLiteral("active"));
    QCOMPARE(emile.at(5), QStringLiteral("Authors; Ops"));
    QCOMPARE(emile.at(6), QStringLiteral("2023-11-16T02:00:00Z"));
    QCOMPARE(emile.at(7), QStringLiteral("2023-11-14T22:13:20Z"));
    QCOMPARE(table.records.at(2).fields.at(3), QStringLiteral("disabled"));
}

void TestExport::aFilterOrASelectionNarrowsIt()
{
    UserFilter admins;
    admins.role = Role::Admin;
    const QString path = m_dir.filePath(QStringLiteral("admins.csv"));
    QCOMPARE(exportTo(path, admins).value(), 1);
    QCOMPARE(read(path).records.first().fields.at(1), QStringLiteral("ada@example.org"));

    UserFilter selection;
    selection.accountIds = QList<Id>{idOf(QStringLiteral("bob@example.org")), idOf(QStringLiteral("emile@example.org"))};
    QCOMPARE(exportTo(path, selection).value(), 2);
    QCOMPARE(read(path).records.size(), 2);

    UserFilter search;
    search.search = QStringLiteral("émile");
    QCOMPARE(exportTo(path, search).value(), 1);

    UserFilter deleted;
    deleted.status = Status::Deleted;
    QCOMPARE(exportTo(path, deleted).value(), 1);
    QCOMPARE(read(path).records.first().fields.at(1), QStringLiteral("dot@example.org"));
}

void TestExport::formulasAreNeutralisedUnlessPlainDataIsAsked()
{
    const QString safe = m_dir.filePath(QStringLiteral("safe.csv"));
    QVERIFY(exportTo(safe).ok());
    QCOMPARE(read(safe).records.first().fields.at(0), QStringLiteral("'=HYPERLINK(\"http://evil\")"));
    const QString plain = m_dir.filePath(QStringLiteral("plain.csv"));
    QVERIFY(exportTo(plain, {}, true).ok());
    QCOMPARE(read(plain).records.first().fields.at(0), QStringLiteral("=HYPERLINK(\"http://evil\")"));
}

void TestExport::anExportComesBackThroughTheImportUnchanged()
{
    // Export, then import the same file (the neutralised one, as a spreadsheet user would
    // bring it back): nothing changes, not even the formula-looking name.
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.csv"));
    QVERIFY(exportTo(path).ok());
    const CsvTable table = read(path);
    UserListChecker checker(recogniseUserColumns(table.header));
    ImportRequest request;
    for (const CsvRecord& record : table.records) {
        request.rows.append(checker.check(record));
    }
    request.dryRun = true;
    Operator ada;
    ada.workspaceId = 1;
    ada.accountId = idOf(QStringLiteral("ada@example.org"));
    const auto result = await(m_backend->peopleImport()->importPeople(ada, request));
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), 4);
    for (const ImportOutcome& outcome : result.value()) {
        QVERIFY2(outcome.done && outcome.change == ImportChange::Unchanged,
                 qPrintable(outcome.label() + QStringLiteral(": ") + outcome.changes.join(QStringLiteral("; "))
                            + outcome.why));
    }
}

void TestExport::aStoppedOrFailedExportLeavesNoFile()
{
    // A file already there stays as it was when the export is stopped.
    const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
    {
        QFile before(path);
        QVERIFY(before.open(QIODevice::WriteOnly));
        before.write("earlier\n");
    }
    // 4,000 people: more than one write of the stream, so the Stop is seen half-way.
    QList<SeedUser> many;
    for (int i = 0; i < 4000; ++i) {
        many.append({QStringLiteral("Person %1").arg(i), QStringLiteral("p%1@example.org").arg(i), Role::Member,
                     Status::Active, Source::Import, 1'700'000'000, 0, {}});
    }
    TestDatabase big(QStringLiteral("export-big"));
    big.seed(many);
    auto backend = big.openedBackend();
    UserExportRequest request;
    request.path = path;
    request.stop.requestStop();
    const auto stopped = await(backend->peopleExport()->exportUsers(request));
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().kind, Kind::Refused);
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("earlier\n"));
    kept.close();
    // Not stopped, it replaces the file whole.
    request.stop = StopToken();
    QCOMPARE(await(backend->peopleExport()->exportUsers(request)).value(), 4000);
    QCOMPARE(read(path).records.size(), 4000);
    backend.reset();
    // A folder that does not exist: refused, and said where.
    const auto refused = exportTo(m_dir.filePath(QStringLiteral("no/such/folder/x.csv")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("cannot be written")), qPrintable(refused.error().message));
    // No columns: bad input.
    UserExportRequest none;
    none.path = m_dir.filePath(QStringLiteral("none.csv"));
    none.columns.clear();
    const auto empty = await(m_backend->peopleExport()->exportUsers(none));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, Kind::Invalid);
    QVERIFY(!QFile::exists(none.path));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
