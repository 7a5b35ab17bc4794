#include "connection/sql/sqlbackend.h"
#include "models/groupsmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace usher;
using namespace usher::test;

/// The groups table and a group's members as lazy models, on both SQL backends, under
/// QAbstractItemModelTester: pages arrive as the view scrolls, sort and search go to the
/// backend, and a refresh keeps the rows a view has loaded.
class TestGroupsModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void loadsPageByPage();
    void sortsAndSearchesInTheBackend();
    void refreshKeepsWhatIsLoaded();
    void membersWithSinceWhen();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sql::SqlBackend> m_backend;
};

void TestGroupsModel::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("groupsmodel"));
    QList<SeedUser> people;
    for (int i = 0; i < 30; ++i) {
        SeedUser person{QStringLiteral("Person %1").arg(i, 2, 10, QLatin1Char('0')),
                        QStringLiteral("p%1@example.org").arg(i), Role::Member, Status::Active, Source::Invite,
                        1'700'000'000 + i, 0, {}};
        if (i < 12) {
            person.groups << QStringLiteral("Group 007"); // the biggest group
        }
        if (i < 3) {
            person.groups << QStringLiteral("Group 300");
        }
        people.append(person);
    }
    m_db->seed(people);
    DirectSql direct(*m_db);
    for (int i = 0; i < 450; ++i) {
        const QString name = QStringLiteral("Group %1").arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO groups (workspace_id, name, description, created_at) "
                                           "SELECT 1, ?, ?, 0 WHERE NOT EXISTS (SELECT 1 FROM groups WHERE name = ?)"),
                            {name, i % 50 == 0 ? QStringLiteral("Round fifty") : QString(QLatin1String("")), name}));
    }
    QVERIFY(direct.exec(QStringLiteral("INSERT INTO group_permissions (group_id, permission) "
                                       "SELECT id, 'audit.view' FROM groups WHERE name = 'Group 007'")));
    m_backend = m_db->openedBackend();
}

void TestGroupsModel::cleanupTestCase()
{
    m_backend.reset();
    m_db.reset();
}

void TestGroupsModel::loadsPageByPage()
{
    // No tester here: it fetches everything there is to fetch, and this test counts pages.
    GroupsModel model(m_backend.get(), 1);
    QTRY_COMPARE(model.rowCount(), PagedModel::pageSize);
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(model.data(model.index(0, GroupsModel::NameColumn)).toString(), QStringLiteral("Group 000"));
    QVERIFY(model.canFetchMore());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore();
    QVERIFY(!model.canFetchMore()); // one request at a time
    QTRY_COMPARE(model.rowCount(), 2 * PagedModel::pageSize);
    QCOMPARE(inserted.size(), 1);
    model.fetchMore();
    QTRY_COMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore());
    const int row = model.rowOf(model.groupAt(7).id);
    QCOMPARE(row, 7);
    QCOMPARE(model.data(model.index(7, GroupsModel::MembersColumn)).toLongLong(), 12);
    QCOMPARE(model.data(model.index(7, GroupsModel::PermissionsColumn)).toString(), QStringLiteral("View the audit log"));
    QCOMPARE(model.data(model.index(8, GroupsModel::PermissionsColumn)).toString(), QStringLiteral("None"));
    QCOMPARE(model.data(model.index(7, GroupsModel::SourceColumn)).toString(), QStringLiteral("Made in Usher"));
    QVERIFY(!model.index(450, 0).isValid());
}

void TestGroupsModel::sortsAndSearchesInTheBackend()
{
    GroupsModel model(m_backend.get(), 1);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    QTRY_COMPARE(model.totalCount(), 450);
    model.sort(GroupsModel::MembersColumn, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 0); // a new order starts afresh
    QTRY_COMPARE(model.totalCount(), 450);
    QCOMPARE(model.groupAt(0).name, QStringLiteral("Group 007"));
    QCOMPARE(model.groupAt(1).name, QStringLiteral("Group 300"));
    model.setSearch(QStringLiteral("FIFTY"));
    QTRY_COMPARE(model.totalCount(), 8); // 000, 050, ... 400 but 300, which the seed made without one
    QCOMPARE(model.rowCount(), 8);
    QVERIFY(!model.canFetchMore());
    QCOMPARE(model.groupAt(0).description, QStringLiteral("Round fifty"));
    model.setSearch(QStringLiteral("no such group"));
    QTRY_COMPARE(model.totalCount(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestGroupsModel::refreshKeepsWhatIsLoaded()
{
    GroupsModel model(m_backend.get(), 1);
    QTRY_COMPARE(model.rowCount(), PagedModel::pageSize);
    model.fetchMore();
    QTRY_COMPARE(model.rowCount(), 2 * PagedModel::pageSize);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    QTRY_COMPARE(model.rowCount(), 450);
    QSignalSpy reloaded(&model, &PagedModel::reloaded);
    model.refresh();
    QTRY_COMPARE(reloaded.size(), 1);
    QCOMPARE(model.rowCount(), 450);
    // A stale answer is dropped: of a refresh and a search at once, only the search lands.
    model.refresh();
    model.setSearch(QStringLiteral("Group 01"));
    QTRY_COMPARE(model.totalCount(), 10);
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(reloaded.size(), 2);
}

void TestGroupsModel::membersWithSinceWhen()
{
    GroupsModel groups(m_backend.get(), 1);
    QTRY_COMPARE(groups.rowCount(), PagedModel::pageSize);
    GroupMembersModel model(m_backend.get(), 1);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    model.setGroup(groups.groupAt(7).id);
    QTRY_COMPARE(model.rowCount(), 12);
    QCOMPARE(model.data(model.index(0, GroupMembersModel::NameColumn)).toString(), QStringLiteral("Person 00"));
    QCOMPARE(model.data(model.index(0, GroupMembersModel::EmailColumn)).toString(), QStringLiteral("p0@example.org"));
    QCOMPARE(model.data(model.index(0, GroupMembersModel::RoleColumn)).toString(), QStringLiteral("Member"));
    QVERIFY(!model.data(model.index(0, GroupMembersModel::SinceColumn)).toString().isEmpty());
    model.setGroup(groups.groupAt(7).id, QStringLiteral("person 1"));
    QTRY_COMPARE(model.totalCount(), 2); // Person 10 and 11
    QCOMPARE(model.rowCount(), 2);
    model.setGroup(0);
    QTRY_COMPARE(model.totalCount(), 0);
}

QTEST_GUILESS_MAIN(TestGroupsModel)
#include "tst_groupsmodel.moc"
