#include "connection/sql/sqlbackend.h"
#include "core/email.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace usher;
using namespace usher::test;

class TestSqlBackend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void callsBeforeOpenFail();
    void listsEveryoneButTheDeleted();
    void sortsEveryColumn_data();
    void sortsEveryColumn();
    void descendingIsTheReverse();
    void filtersByStatus_data();
    void filtersByStatus();
    void searchMatchesLiterally_data();
    void searchMatchesLiterally();
    void pagesJoinUp();
    void groupsAreListedSorted();
    void sampleDataLoads();
    void cancelledSampleDataAddsNothing();
    void lockedFileFailsClearlyAndStaysReadable();

private:
    QList<QString> emailsOf(const UserPageRequest& request);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sql::SqlBackend> m_backend;
};

void TestSqlBackend::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("users"));
    m_db->seed(standardSeed());
    m_backend = m_db->backend();
    const auto opened = await(m_backend->open());
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
}

void TestSqlBackend::cleanupTestCase()
{
    m_backend.reset();
    m_db.reset();
}

QList<QString> TestSqlBackend::emailsOf(const UserPageRequest& request)
{
    const auto page = await(m_backend->listUsers(request));
    if (!page.ok()) {
        qWarning() << page.error().message << page.error().detail;
        return {};
    }
    QList<QString> emails;
    for (const UserSummary& user : page.value().rows) {
        emails.append(user.email);
    }
    return emails;
}

void TestSqlBackend::callsBeforeOpenFail()
{
    const auto closed = m_db->backend();
    const auto result = await(closed->listUsers({}));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, BackendError::Kind::Unavailable);
}

void TestSqlBackend::listsEveryoneButTheDeleted()
{
    const auto seed = standardSeed();
    const qint64 notDeleted
        = std::count_if(seed.begin(), seed.end(), [](const SeedUser& u) { return u.status != Status::Deleted; });
    const auto count = await(m_backend->countUsers({}));
    QVERIFY(count.ok());
    QCOMPARE(count.value(), notDeleted);
    const auto page = await(m_backend->listUsers({}));
    QVERIFY(page.ok());
    QCOMPARE(page.value().rows.size(), notDeleted);
    for (const UserSummary& user : page.value().rows) {
        QVERIFY(user.status != Status::Deleted);
        const auto it
            = std::find_if(seed.begin(), seed.end(), [&](const SeedUser& s) { return s.email == user.email; });
        QVERIFY(it != seed.end());
        QCOMPARE(user.displayName, it->name);
        QCOMPARE(user.role, it->role);
        QCOMPARE(user.source, it->source);
        QCOMPARE(user.joined.toSecsSinceEpoch(), it->joined);
        QCOMPARE(user.lastSeen.isValid(), it->lastSeen > 0);
    }
}

void TestSqlBackend::sortsEveryColumn_data()
{
    QTest::addColumn<int>("field");
    QTest::newRow("name") << int(UserField::Name);
    QTest::newRow("email") << int(UserField::Email);
    QTest::newRow("role") << int(UserField::Role);
    QTest::newRow("groups") << int(UserField::Groups);
    QTest::newRow("status") << int(UserField::Status);
    QTest::newRow("last seen") << int(UserField::LastSeen);
    QTest::newRow("source") << int(UserField::Source);
    QTest::newRow("joined") << int(UserField::Joined);
}

void TestSqlBackend::sortsEveryColumn()
{
    QFETCH(int, field);
    // The expected order, computed here from the seed, independently of the SQL.
    QList<SeedUser> seed = standardSeed();
    seed.erase(std::remove_if(seed.begin(), seed.end(), [](const SeedUser& u) { return u.status == Status::Deleted; }),
               seed.end());
    auto key = [field](const SeedUser& u) -> QVariant {
        switch (UserField(field)) {
        case UserField::Name:
            return u.name.toLower();
        case UserField::Email:
            return normalizedEmail(u.email);
        case UserField::Role:
            return roleRank(u.role) * 2 + (u.role == Role::Helpdesk);
        case UserField::Groups: {
            QStringList groups = u.groups;
            std::sort(groups.begin(), groups.end());
            return groups.isEmpty() ? QString() : groups.first();
        }
        case UserField::Status:
            return statusKey(u.status);
        case UserField::LastSeen:
            return u.lastSeen;
        case UserField::Source:
            return sourceKey(u.source);
        case UserField::Joined:
            return u.joined;
        }
        return {};
    };
    // Ties are broken by insertion order (account id), as the backend does.
    std::stable_sort(seed.begin(), seed.end(), [&](const SeedUser& a, const SeedUser& b) {
        return QVariant::compare(key(a), key(b)) == QPartialOrdering::Less;
    });
    QList<QString> expected;
    for (const SeedUser& u : seed) {
        expected.append(u.email);
    }
    UserPageRequest request;
    request.sort = {UserField(field), Qt::AscendingOrder};
    QCOMPARE(emailsOf(request), expected);
}

void TestSqlBackend::descendingIsTheReverse()
{
    UserPageRequest request;
    request.sort = {UserField::Joined, Qt::AscendingOrder};
    QList<QString> ascending = emailsOf(request);
    request.sort.order = Qt::DescendingOrder;
    QList<QString> descending = emailsOf(request);
    std::reverse(descending.begin(), descending.end());
    QVERIFY(!ascending.isEmpty());
    QCOMPARE(descending, ascending);
}

void TestSqlBackend::filtersByStatus_data()
{
    QTest::addColumn<int>("status");
    for (const Status status : allStatuses()) {
        QTest::newRow(qPrintable(statusKey(status))) << int(status);
    }
}

void TestSqlBackend::filtersByStatus()
{
    QFETCH(int, status);
    QStringList expected;
    for (const SeedUser& u : standardSeed()) {
        if (u.status == Status(status)) {
            expected.append(u.email);
        }
    }
    UserPageRequest request;
    request.filter.status = Status(status);
    request.sort = {UserField::Email, Qt::AscendingOrder};
    QStringList actual = emailsOf(request);
    std::sort(expected.begin(), expected.end(),
              [](const QString& a, const QString& b) { return normalizedEmail(a) < normalizedEmail(b); });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(actual, expected);
    const auto count = await(m_backend->countUsers(request.filter));
    QCOMPARE(count.value(), qint64(expected.size()));
}

void TestSqlBackend::searchMatchesLiterally_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name part") << QStringLiteral("love") << QStringList {QStringLiteral("ada@example.org")};
    QTest::newRow("case-insensitive") << QStringLiteral("GRACE") << QStringList {QStringLiteral("grace@example.org")};
    QTest::newRow("email part") << QStringLiteral("obrien@") << QStringList {QStringLiteral("sean.obrien@example.org")};
    QTest::newRow("percent is literal") << QStringLiteral("%") << QStringList {QStringLiteral("percent@example.org")};
    QTest::newRow("underscore is literal")
        << QStringLiteral("_") << QStringList {QStringLiteral("under_score@example.org")};
    QTest::newRow("quote") << QStringLiteral("O'B") << QStringList {QStringLiteral("sean.obrien@example.org")};
    QTest::newRow("backslash") << QStringLiteral("k\\S") << QStringList {QStringLiteral("backslash@example.org")};
    QTest::newRow("right-to-left") << QStringLiteral("حداد")
                                   << QStringList {QStringLiteral("layla.haddad@example.org")};
    QTest::newRow("emoji") << QStringLiteral("🚀") << QStringList {QStringLiteral("zoe@example.org")};
    QTest::newRow("sql injection") << QStringLiteral("' OR 1=1 --") << QStringList {};
    QTest::newRow("deleted not found") << QStringLiteral("misaki") << QStringList {};
    QTest::newRow("surrounding spaces") << QStringLiteral("  carol  ")
                                        << QStringList {QStringLiteral("carol@example.org")};
}

void TestSqlBackend::searchMatchesLiterally()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    UserPageRequest request;
    request.filter.search = search;
    QCOMPARE(emailsOf(request), expected);
    QCOMPARE(await(m_backend->countUsers(request.filter)).value(), qint64(expected.size()));
}

void TestSqlBackend::pagesJoinUp()
{
    UserPageRequest all;
    all.sort = {UserField::Name, Qt::AscendingOrder};
    const QList<QString> everyone = emailsOf(all);
    QList<QString> joined;
    UserPageRequest page = all;
    page.limit = 3;
    for (page.offset = 0; page.offset < everyone.size() + 3; page.offset += page.limit) {
        joined += emailsOf(page);
    }
    QCOMPARE(joined, everyone);
}

void TestSqlBackend::groupsAreListedSorted()
{
    UserPageRequest request;
    request.filter.search = QStringLiteral("zoe@");
    const auto page = await(m_backend->listUsers(request));
    QVERIFY(page.ok());
    QCOMPARE(page.value().rows.size(), 1);
    QCOMPARE(page.value().rows.first().groups, (QStringList {QStringLiteral("Engineering"), QStringLiteral("Sales")}));
}

void TestSqlBackend::sampleDataLoads()
{
    TestDatabase database(QStringLiteral("sample"));
    const auto backend = database.openedBackend();
    auto future = backend->loadSampleData(300);
    const auto added = await(future);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QCOMPARE(added.value(), 300);
    QCOMPARE(future.progressValue(), 300);

    DirectSql direct(database);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 300);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(DISTINCT email_key) FROM accounts")).toInt(), 300);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(DISTINCT role) FROM memberships")).toInt(), allRoles().size());
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(DISTINCT status) FROM memberships")).toInt(),
             allStatuses().size());
    QVERIFY(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM groups")).toInt() >= 10);
    QVERIFY(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM group_members")).toInt() > 100);
    QVERIFY(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM login_events")).toInt() > 200);
    QVERIFY(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM sessions")).toInt() > 10);
    QVERIFY(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM group_permissions")).toInt() > 5);
    // Last-seen times spread over most of a year.
    QVERIFY(direct.scalar(QStringLiteral("SELECT MAX(last_seen_at) - MIN(last_seen_at) FROM memberships")).toLongLong()
            > 250LL * 24 * 3600);

    // A second load skips people who exist already instead of failing or duplicating.
    const auto again = await(backend->loadSampleData(300));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), 0);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 300);
}

void TestSqlBackend::cancelledSampleDataAddsNothing()
{
    TestDatabase database(QStringLiteral("cancelled"));
    const auto backend = database.openedBackend();
    auto future = backend->loadSampleData(200000);
    QTRY_VERIFY(future.progressValue() > 0);
    future.cancel();
    future.waitForFinished();
    QVERIFY(future.isCanceled());
    DirectSql direct(database);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 0);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM groups")).toInt(), 0);
}

void TestSqlBackend::lockedFileFailsClearlyAndStaysReadable()
{
    if (usingPostgres()) {
        QSKIP("A SQLite file lock; PostgreSQL locks rows, not files.");
    }
    TestDatabase database(QStringLiteral("locked"));
    database.seed(standardSeed().mid(0, 3));
    const auto backend = database.openedBackend();
    DirectSql other(database); // another program holds the write lock
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(other.exec(QStringLiteral("INSERT INTO workspaces (name, slug, created_at) VALUES ('x', 'x', 0)")));

    const auto added = await(backend->loadSampleData(10));
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, BackendError::Kind::Busy);
    QVERIFY2(added.error().message.contains(QStringLiteral("locked by another program")),
             qPrintable(added.error().message));
    // Reading still works while the other program writes (WAL), and nothing was half-added.
    QCOMPARE(await(backend->countUsers({})).value(), 3);
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(other.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 3);
    // Once the lock is gone, the same call succeeds.
    QVERIFY(await(backend->loadSampleData(10)).ok());
}

QTEST_GUILESS_MAIN(TestSqlBackend)
#include "tst_sqlbackend.moc"
