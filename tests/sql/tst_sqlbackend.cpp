#include "connection/sql/sqlbackend.h"
#include "connection/sql/usersql.h"
#include "models/savedviewsmodel.h"
#include "core/email.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace usher;
Q_DECLARE_METATYPE(usher::UserPageRequest)
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
    void jumpsNearTheEndReadBackwards_data();
    void jumpsNearTheEndReadBackwards();
    void groupsAreListedSorted();
    void sampleDataLoads();
    void sampleDataOnlyForTheAdminOfAnEmptyLocalWorkspace();
    void searchFoldsCaseForEveryScript();
    void searchInNameOrderPagesExactly();
    void cancelledSampleDataAddsNothing();
    void lockedFileFailsClearlyAndStaysReadable();
    void filtersNarrow_data();
    void filtersNarrow();
    void randomCombinationsMatchDirectSql();
    void everySortUsesAnIndex();
    void savedViewCountsMatchDirectSql();
    void groupsAreListedAndFilterMembers();
    void closingStopsALoadAtOnce();

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
    const auto page = await(m_backend->members()->listUsers(request));
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
    const auto count = await(m_backend->members()->countUsers({}));
    QVERIFY(count.ok());
    QCOMPARE(count.value(), notDeleted);
    const auto page = await(m_backend->members()->listUsers({}));
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
    const auto count = await(m_backend->members()->countUsers(request.filter));
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
    QCOMPARE(await(m_backend->members()->countUsers(request.filter)).value(), qint64(expected.size()));
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

void TestSqlBackend::jumpsNearTheEndReadBackwards_data()
{
    QTest::addColumn<UserPageRequest>("listing");
    UserPageRequest byName;
    QTest::newRow("name") << byName;
    UserPageRequest byEmailDown;
    byEmailDown.sort = {UserField::Email, Qt::DescendingOrder};
    QTest::newRow("email, descending") << byEmailDown;
    UserPageRequest activeByRole;
    activeByRole.filter.status = Status::Active;
    activeByRole.sort = {UserField::Role, Qt::AscendingOrder};
    QTest::newRow("active, by role") << activeByRole;
    UserPageRequest members;
    members.filter.role = Role::Member;
    members.sort = {UserField::LastSeen, Qt::DescendingOrder};
    QTest::newRow("members, by last seen") << members;
    UserPageRequest searched; // its count is known only once counted
    searched.filter.search = QStringLiteral("e");
    searched.sort = {UserField::Joined, Qt::AscendingOrder};
    QTest::newRow("search, counted first") << searched;
}

void TestSqlBackend::jumpsNearTheEndReadBackwards()
{
    // A jump far from every row seen reads from the end when that is closer. Each offset is
    // asked of a new connection (no rows seen, as right after a sort change), and must give
    // exactly the rows of one long listing, to the last short page; also after someone else
    // added a person.
    QFETCH(UserPageRequest, listing);
    for (const bool afterAnAddition : {false, true}) {
        if (afterAnAddition) {
            DirectSql direct(*m_db);
            QVERIFY(direct.exec(QStringLiteral("INSERT INTO accounts (email, email_key, display_name, created_at) "
                                               "VALUES ('eve.late@example.org', 'eve.late@example.org', 'Eve Late', 0)")));
            QVERIFY(direct.exec(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, "
                                               "joined_at) SELECT id, 1, 'member', 'active', 'manual', 5 "
                                               "FROM accounts WHERE email_key = 'eve.late@example.org'")));
        }
        UserPageRequest all = listing;
        all.limit = 1000;
        const QList<QString> everyone = emailsOf(all);
        QVERIFY(everyone.size() >= 3);
        for (int offset = 0; offset < everyone.size(); ++offset) {
            const auto backend = m_db->openedBackend();
            UserPageRequest page = listing;
            page.limit = 2;
            page.offset = offset;
            if (!listing.filter.search.isEmpty()) {
                QCOMPARE(await(backend->members()->countUsers(page.filter)).value(), qint64(everyone.size()));
            }
            const auto read = await(backend->members()->listUsers(page));
            QVERIFY(read.ok());
            QList<QString> emails;
            for (const UserSummary& row : read.value().rows) {
                emails.append(row.email);
            }
            QCOMPARE(emails, everyone.mid(offset, 2));
        }
    }
    DirectSql direct(*m_db);
    QVERIFY(direct.exec(QStringLiteral("DELETE FROM accounts WHERE email_key = 'eve.late@example.org'")));
}

void TestSqlBackend::groupsAreListedSorted()
{
    UserPageRequest request;
    request.filter.search = QStringLiteral("zoe@");
    const auto page = await(m_backend->members()->listUsers(request));
    QVERIFY(page.ok());
    QCOMPARE(page.value().rows.size(), 1);
    QCOMPARE(page.value().rows.first().groups, (QStringList {QStringLiteral("Engineering"), QStringLiteral("Sales")}));
}

void TestSqlBackend::sampleDataLoads()
{
    TestDatabase database(QStringLiteral("sample"));
    const auto backend = database.openedBackend();
    auto future = backend->addGeneratedPeople(300);
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

    // A second run of the generator skips people who exist already instead of failing or duplicating.
    const auto again = await(backend->addGeneratedPeople(300));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), 0);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 300);
}

void TestSqlBackend::sampleDataOnlyForTheAdminOfAnEmptyLocalWorkspace()
{
    TestDatabase database(QStringLiteral("samplegate"));
    const auto backend = database.openedBackend();
    DirectSql direct(database);
    // Before anyone is the first Admin: nobody may load it (it used to run anonymously and
    // leave a workspace full of Admins that nobody could become the first Admin of).
    Operator nobody;
    nobody.workspaceId = 1;
    const auto anonymous = await(backend->maintenance()->loadSampleData(nobody, 50));
    QVERIFY(!anonymous.ok());
    QCOMPARE(anonymous.error().kind, BackendError::Kind::Refused);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 0);

    const NewMember first{QStringLiteral("Ada"), QStringLiteral("Admin"), QStringLiteral("ada@example.org"), Role::Admin,
                          database.isPostgres() ? QStringLiteral("correct horse battery staple") : QString()};
    const auto admin = await(backend->operatorSignIn()->setUpFirstAdmin(1, first));
    QVERIFY2(admin.ok(), qPrintable(admin.error().message));

    if (database.isPostgres()) {
        // Never into a shared database, not even by its Admin.
        QVERIFY(!backend->maintenance()->offersSampleData());
        const auto refused = await(backend->maintenance()->loadSampleData(admin.value(), 50));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, BackendError::Kind::Refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("shared database")),
                 qPrintable(refused.error().message));
        QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 1);
        return;
    }
    QVERIFY(backend->maintenance()->offersSampleData());
    // Within the seat cap.
    QVERIFY(direct.exec(QStringLiteral("UPDATE workspaces SET seat_cap = 20 WHERE id = 1")));
    const auto overCap = await(backend->maintenance()->loadSampleData(admin.value(), 50));
    QVERIFY(!overCap.ok());
    QCOMPARE(overCap.error().kind, BackendError::Kind::Refused);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 1);
    QVERIFY(direct.exec(QStringLiteral("UPDATE workspaces SET seat_cap = NULL WHERE id = 1")));

    const auto loaded = await(backend->maintenance()->loadSampleData(admin.value(), 50));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QCOMPARE(loaded.value(), 50);
    // Audited, naming who and how many.
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'workspace.sample_data_loaded' "
                                          "AND actor_id = %1")
                               .arg(admin.value().accountId.text()))
                 .toInt(),
             1);
    QVERIFY(direct.scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = "
                                         "'workspace.sample_data_loaded'"))
                .toString()
                .contains(QStringLiteral("50")));
    // Only once: the workspace has members now.
    const auto twice = await(backend->maintenance()->loadSampleData(admin.value(), 50));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().kind, BackendError::Kind::Refused);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 51);
    QVERIFY2(twice.error().message.contains(QStringLiteral("no members besides you")),
             qPrintable(twice.error().message));
}

void TestSqlBackend::searchFoldsCaseForEveryScript()
{
    // "émile" finds Émile and "łukasz" finds Łukasz, by the trigram index and by a scan alike
    // (SQLite's own LIKE folds ASCII only; the two paths used to disagree).
    TestDatabase database(QStringLiteral("fold"));
    auto person = [](const char* name, const char* email) {
        return SeedUser{QString::fromUtf8(name), QString::fromUtf8(email), Role::Member, Status::Active,
                        Source::Invite, 1'700'000'000, 0, {}};
    };
    database.seed({person("Émile Zola", "ez@example.org"), person("Łukasz Nowak", "ln@example.org"),
                   person("ÖMER Çelik", "oc@example.org"), person("Σοφία Παππά", "sp@example.org"),
                   person("Ada Lovelace", "ada@example.org"), person("Emile Plain", "ep@example.org"),
                   person("KARL Berg", "kb@example.org")});
    const QList<std::pair<QString, QStringList>> cases{
        {QStringLiteral("émile"), {QStringLiteral("ez@example.org")}},
        {QStringLiteral("ÉMILE"), {QStringLiteral("ez@example.org")}},
        {QStringLiteral("łukasz"), {QStringLiteral("ln@example.org")}},
        {QStringLiteral("ŁUKASZ"), {QStringLiteral("ln@example.org")}},
        {QStringLiteral("öm"), {QStringLiteral("oc@example.org")}},
        {QStringLiteral("ç"), {QStringLiteral("oc@example.org")}},
        {QStringLiteral("σοφία"), {QStringLiteral("sp@example.org")}},
        {QStringLiteral("ΠΑΠ"), {QStringLiteral("sp@example.org")}},
        {QStringLiteral("emile"), {QStringLiteral("ep@example.org")}},
        {QStringLiteral("LOVE"), {QStringLiteral("ada@example.org")}},
        // The Kelvin sign folds to an ASCII k: a text of other letters still finds ASCII names.
        {QString(QChar(0x212A)) + QStringLiteral("arl"), {QStringLiteral("kb@example.org")}},
    };
    // Once as the index answers, once with every text "common", so SQLite scans.
    for (const char* common : {"1000000", "1"}) {
        qputenv("USHER_COMMON_SEARCH", common);
        const auto backend = database.openedBackend();
        qunsetenv("USHER_COMMON_SEARCH");
        for (const auto& [text, expected] : cases) {
            UserPageRequest request;
            request.filter.search = text;
            const auto page = await(backend->members()->listUsers(request));
            QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
            QStringList found;
            for (const UserSummary& user : page.value().rows) {
                found.append(user.email);
            }
            found.sort();
            QVERIFY2(found == expected, qPrintable(QStringLiteral("%1 (common from %2): found %3")
                                                       .arg(text, QString::fromLatin1(common), found.join(QLatin1Char(',')))));
            QCOMPARE(await(backend->members()->countUsers(request.filter)).value(), qint64(expected.size()));
        }
    }
}

void TestSqlBackend::cancelledSampleDataAddsNothing()
{
    TestDatabase database(QStringLiteral("cancelled"));
    const auto backend = database.openedBackend();
    auto future = backend->addGeneratedPeople(200000);
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

    const auto added = await(backend->addGeneratedPeople(10));
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, BackendError::Kind::Busy);
    QVERIFY2(added.error().message.contains(QStringLiteral("locked by another program")),
             qPrintable(added.error().message));
    // Reading still works while the other program writes (WAL), and nothing was half-added.
    QCOMPARE(await(backend->members()->countUsers({})).value(), 3);
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(other.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 3);
    // Once the lock is gone, the same call succeeds.
    QVERIFY(await(backend->addGeneratedPeople(10)).ok());
}

void TestSqlBackend::filtersNarrow_data()
{
    QTest::addColumn<UserFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    UserFilter admins;
    admins.role = Role::Admin;
    QTest::newRow("role") << admins << QStringList{QStringLiteral("ada@example.org"), QStringLiteral("grace@example.org")};
    UserFilter imported;
    imported.source = Source::Import;
    QTest::newRow("source") << imported
                            << QStringList{QStringLiteral("percent@example.org"), QStringLiteral("carol@example.org")};
    UserFilter recent;
    recent.lastSeenSince = QDateTime::fromSecsSinceEpoch(1'761'000'000, Qt::UTC);
    QTest::newRow("seen since") << recent
                                << QStringList{QStringLiteral("ada@example.org"), QStringLiteral("grace@example.org"),
                                               QStringLiteral("sean.obrien@example.org")};
    UserFilter stale;
    stale.lastSeenBefore = QDateTime::fromSecsSinceEpoch(1'720'000'001, Qt::UTC);
    QTest::newRow("seen before, never counts as long ago")
        << stale
        << QStringList{QStringLiteral("alan@example.org"), QStringLiteral("under_score@example.org"),
                       QStringLiteral("zoe@example.org"), QStringLiteral("carol@example.org")};
    UserFilter invitedLately;
    invitedLately.status = Status::Invited;
    invitedLately.joinedSince = QDateTime::fromSecsSinceEpoch(1'763'550'000, Qt::UTC);
    QTest::newRow("invited since") << invitedLately << QStringList{QStringLiteral("zoe@example.org")};
    UserFilter combined;
    combined.role = Role::Member;
    combined.search = QStringLiteral("b"); // one letter: the scan path
    combined.status = Status::Active;
    QTest::newRow("role, status and search")
        << combined
        << QStringList{QStringLiteral("sean.obrien@example.org"), QStringLiteral("Bob.Upper@Example.org")};
}

void TestSqlBackend::filtersNarrow()
{
    QFETCH(UserFilter, filter);
    QFETCH(QStringList, expected);
    UserPageRequest request;
    request.filter = filter;
    request.sort = {UserField::Joined, Qt::AscendingOrder};
    QStringList actual = emailsOf(request);
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
    QCOMPARE(await(m_backend->members()->countUsers(filter)).value(), qint64(expected.size()));
}

void TestSqlBackend::randomCombinationsMatchDirectSql()
{
    // A realistic crowd, then many random sort/filter/search/offset combinations: each page
    // must equal the same rows of a plain ordered query written here, over the base tables.
    // Anchors every 37 rows, so the background walk lays many and the pages below use them;
    // texts matching 20 or more people count as common, so both search paths are taken.
    qputenv("USHER_ANCHOR_SPACING", "37");
    qputenv("USHER_COMMON_SEARCH", "20");
    TestDatabase database(QStringLiteral("combinations"));
    const auto backend = database.openedBackend();
    qunsetenv("USHER_ANCHOR_SPACING");
    qunsetenv("USHER_COMMON_SEARCH");
    QVERIFY(await(backend->addGeneratedPeople(1500)).ok());
    DirectSql direct(database);
    const bool pg = database.isPostgres();
    const QString c = pg ? QStringLiteral(" COLLATE \"C\"") : QString();
    const QMap<UserField, QString> keys = {
        {UserField::Name, QStringLiteral("lower(a.display_name)") + c},
        {UserField::Email, QStringLiteral("a.email_key") + c},
        {UserField::Role, QStringLiteral("CASE m.role WHEN 'member' THEN 0 WHEN 'monitor' THEN 2 WHEN 'helpdesk' THEN 3 "
                                         "WHEN 'editor' THEN 4 WHEN 'manager' THEN 6 ELSE 8 END")},
        {UserField::Groups, QStringLiteral("COALESCE((SELECT MIN(g.name) FROM group_members gm JOIN groups g ON "
                                           "g.id = gm.group_id WHERE gm.account_id = a.id), '')")
                                + c},
        {UserField::Status, QStringLiteral("m.status") + c},
        {UserField::LastSeen, QStringLiteral("COALESCE(m.last_seen_at, 0)")},
        {UserField::Source, QStringLiteral("m.source") + c},
        {UserField::Joined, QStringLiteral("m.joined_at")},
    };
    // Common and rare texts of three letters and more, and short ones.
    const QStringList searches{QString(),           QString(),          QStringLiteral("an"),
                               QStringLiteral("son"), QStringLiteral("ei"), QStringLiteral("@north"),
                               QStringLiteral("ma"), QStringLiteral("ller"), QStringLiteral("kowal"),
                               QStringLiteral("oluwaseun"), QStringLiteral("schmidt")};
    QRandomGenerator random(4242);
    for (int round = 0; round < 60; ++round) {
        UserPageRequest request;
        request.sort.field = keys.keys().at(random.bounded(int(keys.size())));
        request.sort.order = random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder;
        request.filter.search = searches.at(random.bounded(int(searches.size())));
        QStringList where{QStringLiteral("m.workspace_id = 1")};
        const int statusPick = random.bounded(6);
        if (statusPick < 4) {
            request.filter.status = allStatuses().at(statusPick);
            where << QStringLiteral("m.status = '%1'").arg(statusKey(*request.filter.status));
        } else {
            where << QStringLiteral("m.status <> 'deleted'");
        }
        if (random.bounded(3) == 0) {
            request.filter.role = allRoles().at(random.bounded(int(allRoles().size())));
            where << QStringLiteral("m.role = '%1'").arg(roleKey(*request.filter.role));
        }
        if (!request.filter.search.isEmpty()) {
            where << QStringLiteral("(lower(a.display_name) LIKE '%%1%' OR lower(a.email) LIKE '%%1%')")
                         .arg(request.filter.search);
        }
        const QString direction = request.sort.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
        const QString reference = QStringLiteral("SELECT a.email FROM memberships m JOIN accounts a ON a.id = m.account_id "
                                                 "WHERE %1 ORDER BY %2 %3, m.id %3")
                                      .arg(where.join(QStringLiteral(" AND ")), keys.value(request.sort.field), direction);
        QStringList all;
        QSqlQuery query(direct.db());
        QVERIFY2(query.exec(reference), qPrintable(query.lastError().text()));
        while (query.next()) {
            all.append(query.value(0).toString());
        }
        QCOMPARE(await(backend->members()->countUsers(request.filter)).value(), qint64(all.size()));
        // The first page starts the anchor walk; then pages at random offsets, in random
        // order, some answered from anchors laid meanwhile, all checked.
        request.limit = 7;
        for (int page = 0; page < 5 && !all.isEmpty(); ++page) {
            request.offset = page == 0 ? 0 : random.bounded(int(all.size()));
            const auto result = await(backend->members()->listUsers(request));
            QVERIFY2(result.ok(), qPrintable(result.error().message));
            QStringList got;
            for (const UserSummary& user : result.value().rows) {
                got.append(user.email);
            }
            QCOMPARE(got, all.mid(int(request.offset), 7));
        }
    }
}

void TestSqlBackend::everySortUsesAnIndex()
{
    if (usingPostgres()) {
        QSKIP("SQLite's plan is checked; PostgreSQL plans by statistics and is timed by the benchmark.");
    }
    TestDatabase database(QStringLiteral("plans"));
    database.seed(standardSeed());
    DirectSql direct(database);
    // The role index must be built on exactly the expression the backend sorts by.
    QVERIFY(direct.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'memberships_by_role'"))
                .toString()
                .contains(sql::roleRankSql()));
    for (int field = int(UserField::Name); field <= int(UserField::Joined); ++field) {
        for (const bool onlyInvited : {false, true}) {
            UserFilter filter;
            if (onlyInvited) {
                filter.status = Status::Invited;
            }
            QVariantList binds;
            const QString key = sql::sortKey(UserField(field), sql::Dialect::Sqlite);
            const QString listing = QStringLiteral("EXPLAIN QUERY PLAN SELECT m.id FROM memberships m WHERE %1 "
                                                   "ORDER BY %2 DESC, m.id DESC LIMIT 100 OFFSET 5000")
                                        .arg(sql::whereClause(filter, sql::Dialect::Sqlite, &binds), key);
            QSqlQuery plan(direct.db());
            plan.prepare(listing);
            for (const QVariant& value : binds) {
                plan.addBindValue(value);
            }
            QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
            QString details;
            while (plan.next()) {
                details += plan.value(3).toString() + QLatin1Char('\n');
            }
            if (!onlyInvited || field == int(UserField::Status)) {
                QVERIFY2(!details.contains(QStringLiteral("TEMP B-TREE")), qPrintable(key + QLatin1Char('\n') + details));
            }
            QVERIFY2(details.contains(QStringLiteral("INDEX")), qPrintable(key + QLatin1Char('\n') + details));
        }
    }
}

void TestSqlBackend::savedViewCountsMatchDirectSql()
{
    TestDatabase database(QStringLiteral("views"));
    const auto backend = database.openedBackend();
    QVERIFY(await(backend->addGeneratedPeople(800)).ok());
    SavedViewsModel views(backend.get(), 1);
    new QAbstractItemModelTester(&views, QAbstractItemModelTester::FailureReportingMode::QtTest, &views);
    views.refresh();
    QTRY_VERIFY([&] {
        for (const SavedView view : allSavedViews()) {
            if (views.count(view) < 0) {
                return false;
            }
        }
        return true;
    }());
    // The definitions written out here, independently of core's filters.
    const qint64 now = !views.filterFor(SavedView::Disabled).workspaceId.isNull() ? QDateTime::currentSecsSinceEpoch() / 60 * 60
                                                                            : 0;
    const qint64 day = 24 * 3600;
    const QMap<SavedView, QString> sql = {
        {SavedView::AllUsers, QStringLiteral("status <> 'deleted'")},
        {SavedView::PendingInvitations, QStringLiteral("status = 'invited' AND joined_at >= %1").arg(now - 14 * day)},
        {SavedView::ExpiredInvitations, QStringLiteral("status = 'invited' AND joined_at < %1").arg(now - 14 * day)},
        {SavedView::InvitedOver3Days, QStringLiteral("status = 'invited' AND joined_at < %1").arg(now - 3 * day)},
        {SavedView::Inactive90Days,
         QStringLiteral("status = 'active' AND (last_seen_at IS NULL OR last_seen_at < %1)").arg(now - 90 * day)},
        {SavedView::Disabled, QStringLiteral("status = 'disabled'")},
        {SavedView::Deleted, QStringLiteral("status = 'deleted'")},
    };
    DirectSql direct(database);
    qint64 sum = 0;
    for (auto it = sql.begin(); it != sql.end(); ++it) {
        const qint64 expected
            = direct.scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE workspace_id = 1 AND ") + it.value())
                  .toLongLong();
        QCOMPARE(views.count(it.key()), expected);
        sum += expected;
    }
    QVERIFY(views.count(SavedView::PendingInvitations) > 0);
    QVERIFY(views.count(SavedView::ExpiredInvitations) > 0);
    QVERIFY(views.count(SavedView::Inactive90Days) > 0);
    QCOMPARE(views.data(views.index(views.rowOf(SavedView::Disabled), SavedViewsModel::NameColumn)).toString(),
             QStringLiteral("Disabled"));
}

void TestSqlBackend::groupsAreListedAndFilterMembers()
{
    const auto groups = await(m_backend->groups()->listGroups(1));
    QVERIFY2(groups.ok(), qPrintable(groups.error().message));
    QStringList names;
    Id engineering;
    for (const GroupSummary& group : groups.value()) {
        names.append(group.name);
        if (group.name == QLatin1String("Engineering")) {
            engineering = group.id;
            QCOMPARE(group.memberCount, 3); // Ada, Grace, Zoë
        }
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Data"), QStringLiteral("Engineering"), QStringLiteral("Leadership"),
                                 QStringLiteral("Sales"), QStringLiteral("Support")}));
    UserPageRequest request;
    request.filter.groupId = engineering;
    request.sort = {UserField::Email, Qt::AscendingOrder};
    QCOMPARE(emailsOf(request), (QStringList{QStringLiteral("ada@example.org"), QStringLiteral("grace@example.org"),
                                             QStringLiteral("zoe@example.org")}));
    request.filter.status = Status::Active; // Zoë is invited
    QCOMPARE(await(m_backend->members()->countUsers(request.filter)).value(), 2);
    QVERIFY(await(m_backend->groups()->listGroups(999)).value().isEmpty());
}

void TestSqlBackend::closingStopsALoadAtOnce()
{
    TestDatabase database(QStringLiteral("closing"));
    auto backend = database.openedBackend();
    auto load = backend->addGeneratedPeople(500000);
    auto queued = backend->members()->countUsers({});
    QTRY_VERIFY(load.progressValue() > 0);
    QElapsedTimer clock;
    clock.start();
    backend.reset(); // switching connection while a long load runs
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(queued.resultCount(), 0); // skipped, not answered
    DirectSql direct(database);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 0); // rolled back
}

void TestSqlBackend::searchInNameOrderPagesExactly()
{
    // A search sorted by name reads SQLite's name-ordered search index (migration 12), whose
    // rowids keep only the first four characters of a name in order. Its pages must still
    // follow the listing's exact order, both ways, across people sharing those characters,
    // names shorter than four, other scripts, and after a rename and a removal.
    if (usingPostgres()) {
        QSKIP("SQLite's name-ordered search index; PostgreSQL's trigram indexes answer in any order.");
    }
    TestDatabase database(QStringLiteral("nameorder"));
    const QStringList firsts{QStringLiteral("Adam"),   QStringLiteral("Adams"), QStringLiteral("Adamson"),
                             QStringLiteral("Ada"),    QStringLiteral("Al"),    QStringLiteral("Ann"),
                             QStringLiteral("Émile"),  QStringLiteral("Éa"),    QStringLiteral("Øystein"),
                             QStringLiteral("Zoë"),    QStringLiteral("Åsa"),   QStringLiteral("Aaron")};
    const QStringList lasts{QStringLiteral("Son"), QStringLiteral("Sonne"), QStringLiteral("Benson"),
                            QStringLiteral("Smith"), QStringLiteral("Sonja")};
    QList<SeedUser> people;
    for (const QString& first : firsts) {
        for (const QString& last : lasts) {
            people.append(SeedUser{first + QLatin1Char(' ') + last,
                                   QStringLiteral("p%1@example.org").arg(people.size()), Role::Member,
                                   Status::Active, Source::Invite, 1'700'000'000, 0, {}});
        }
    }
    for (const QString& whole : {QStringLiteral("Son"), QStringLiteral("Sonj"), QStringLiteral("Son"), QStringLiteral("Sonj")}) {
        // Names of four characters or fewer: their whole name is their key.
        people.append(SeedUser{whole, QStringLiteral("p%1@example.org").arg(people.size()), Role::Member, Status::Active,
                               Source::Invite, 1'700'000'000, 0, {}});
    }
    people.last().status = Status::Deleted; // matches, and is left out like every deleted member
    std::reverse(people.begin(), people.end()); // ids against the name order
    database.seed(people);
    const auto backend = database.openedBackend();

    // What the listing's order says, straight from the table.
    auto expected = [&](Qt::SortOrder order) {
        DirectSql direct(database);
        QSqlQuery query(direct.db());
        const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
        query.exec(QStringLiteral("SELECT a.email FROM memberships m JOIN accounts a ON a.id = m.account_id "
                                  "WHERE m.workspace_id = 1 AND m.status <> 'deleted' AND m.sort_name LIKE '%son%' "
                                  "ORDER BY m.sort_name %1, m.id %1")
                       .arg(direction));
        QStringList emails;
        while (query.next()) {
            emails.append(query.value(0).toString());
        }
        return emails;
    };
    auto paged = [&](Qt::SortOrder order) {
        QStringList emails;
        for (qint64 offset = 0;; offset += 4) {
            UserPageRequest request;
            request.filter.workspaceId = 1;
            request.filter.search = QStringLiteral("SON");
            request.sort = {UserField::Name, order};
            request.offset = offset;
            request.limit = 4;
            const auto page = await(backend->members()->listUsers(request));
            if (!page.ok()) {
                qWarning() << page.error().message << page.error().detail;
                return QStringList{QStringLiteral("(failed)")};
            }
            for (const UserSummary& user : page.value().rows) {
                emails.append(user.email);
            }
            if (page.value().rows.size() < 4) {
                return emails;
            }
        }
    };
    auto check = [&](const char* when) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QStringList want = expected(order);
            QVERIFY2(want.size() > 30, when);
            const QStringList got = paged(order);
            QVERIFY2(got == want, qPrintable(QStringLiteral("%1, %2:\n got  %3\n want %4")
                                                 .arg(QString::fromLatin1(when), order == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending"),
                                                      got.join(QLatin1Char(' ')), want.join(QLatin1Char(' ')))));
        }
        DirectSql direct(database);
        QVERIFY2(direct.exec(QStringLiteral("INSERT INTO membership_search (membership_search) VALUES ('integrity-check')")),
                 when);
    };
    check("as seeded");

    // A rename moves Adam Son to the end of the list and Ada Smith into it; a removal takes
    // another out (the index follows both, or the pages would show stale rows).
    {
        DirectSql direct(database);
        QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET display_name = 'Zzz Son' WHERE display_name = 'Adam Son'")));
        QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET display_name = 'Ada Sonnenschein' WHERE display_name = 'Ada Smith'")));
        QVERIFY(direct.exec(QStringLiteral("DELETE FROM memberships WHERE account_id = (SELECT id FROM accounts "
                                           "WHERE display_name = 'Ann Benson')")));
    }
    check("after a rename and a removal");
}

QTEST_GUILESS_MAIN(TestSqlBackend)
#include "tst_sqlbackend.moc"
