// The member directory's contract, checked through the interface alone (connection/backend.h)
// against every backend that offers it: SQLite and PostgreSQL (SqlBackend) and the in-memory
// directory the widget tests use. Nothing here reads SQL: a new backend (SCIM) joins by adding
// a row to initTestCase_data() and passes the same checks, or shows where it differs.
//   tst_memberdirectory     SQLite and the in-memory directory
//   tst_memberdirectory_pg  PostgreSQL (USHER_TEST_BACKEND=postgres)

#include "connection/backend.h"
#include "connection/sql/sqlbackend.h"
#include "knownpeople.h"
#include "memorydirectory.h"
#include "scimserver.h"
#include "testsupport.h"

#include <QTest>

#include <memory>

using namespace usher;
using namespace usher::test;

namespace {

/// Who the directory holds at the start of every test: plain names in distinct case-folded
/// order, so any backend's name order can be checked by comparing them; statuses mixed. A SCIM
/// service holds no invited or deleted people (they live in Usher's own databases): there the
/// same people without them.
QList<SeedUser> contractPeople(bool onService = false)
{
    const auto seed = [](const QString& name, const QString& email, Role role, Status status, qint64 joined) {
        SeedUser user;
        user.name = name;
        user.email = email;
        user.role = role;
        user.status = status;
        user.joined = joined;
        return user;
    };
    QList<SeedUser> people{
        seed(QStringLiteral("Ada Admin"), QStringLiteral("ada@example.org"), Role::Admin, Status::Active, 1'600'000'000),
        seed(QStringLiteral("Grace Admin"), QStringLiteral("grace@example.org"), Role::Admin, Status::Active, 1'600'000'000),
        seed(QStringLiteral("Mia Manager"), QStringLiteral("mia@example.org"), Role::Manager, Status::Active, 1'600'000'000),
        seed(QStringLiteral("Eddie Editor"), QStringLiteral("eddie@example.org"), Role::Editor, Status::Active, 1'600'000'000),
    };
    const QStringList first{QStringLiteral("Anna"), QStringLiteral("Bram"), QStringLiteral("Chloe"),
                            QStringLiteral("Dirk"), QStringLiteral("Elif"), QStringLiteral("Femke")};
    const QStringList last{QStringLiteral("Jansen"), QStringLiteral("Kowalski"), QStringLiteral("Lindqvist"),
                           QStringLiteral("Moreau")};
    int n = 0;
    for (const QString& family : last) {
        for (const QString& given : first) {
            const Status status = n == 10 ? Status::Deleted
                : n % 7 == 3                  ? Status::Invited
                : n % 5 == 4                  ? Status::Disabled
                                              : Status::Active;
            people.append(seed(given + QLatin1Char(' ') + family,
                               QStringLiteral("%1.%2@example.org").arg(given.toLower(), family.toLower()), Role::Member,
                               status, 1'700'000'000 + n * 3600));
            ++n;
        }
    }
    if (onService) {
        people.removeIf([](const SeedUser& user) { return user.status == Status::Invited || user.status == Status::Deleted; });
    }
    return people;
}

} // namespace

class TestMemberDirectory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void pagesCoverTheListingOnceInOrder_data();
    void pagesCoverTheListingOnceInOrder();
    void searchFindsNamesAndAddressesLiterally();
    void aChangeToManyAnswersForEachPersonInOrder();
    void anIdAnotherBackendMadeFindsNobody();
    void theOperatorIsLeftOutOfAChangeToMany();
    void aStaleVersionIsAConflictAndChangesNothing();
    void theSameChangeTwiceChangesNothingMore();
    void rolesLimitWhoMayChangeWhom();
    void aChangeToEveryoneMatchingTakesTheFilterAtTheStart();
    void aStoppedChangeSaysWhoWasNotReached();

private:
    Operator as(const QString& email) const { return m_people.as(email); }
    Id id(const QString& email) const { return m_people.id(email); }
    /// Everyone a filter lists, page by page through the interface.
    QList<UserSummary> everyone(UserFilter filter, UserSort sort = {}, int pageSize = 200) const;
    UserSummary person(const QString& email) const;
    QList<MemberOutcome> change(const Operator& op, MemberChange change) const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ScimServer> m_service; ///< Started for the first SCIM row, kept for the rest.
    std::unique_ptr<Backend> m_backend;
    MemberDirectory* m_members = nullptr;
    QList<SeedUser> m_seeded; ///< Who this backend started with.
    KnownPeople m_people; ///< Their ids as this backend numbers them.
};

void TestMemberDirectory::initTestCase_data()
{
    QTest::addColumn<QString>("kind");
    if (usingPostgres()) {
        QTest::newRow("PostgreSQL") << QStringLiteral("sql");
    } else {
        QTest::newRow("SQLite") << QStringLiteral("sql");
        QTest::newRow("in memory") << QStringLiteral("memory");
        QTest::newRow("SCIM") << QStringLiteral("scim");
    }
}

void TestMemberDirectory::init()
{
    QFETCH_GLOBAL(QString, kind);
    const QList<SeedUser> people = contractPeople(kind == QLatin1String("scim"));
    m_seeded = people;
    if (kind == QLatin1String("memory")) {
        m_backend = std::make_unique<MemoryDirectory>(people);
    } else if (kind == QLatin1String("scim")) {
        m_backend = scimBackendWith(m_service, people);
        QVERIFY2(m_backend, "the SCIM test service must start and take the contract's people");
    } else {
        m_database = std::make_unique<TestDatabase>(QStringLiteral("contract"));
        m_database->seed(people);
        m_backend = m_database->backend();
    }
    const auto opened = await(m_backend->open());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_members = m_backend->members();
    QVERIFY2(m_members, "the backend offers no member directory");
    QVERIFY(m_people.learn(m_members));
    QCOMPARE(m_people.size(), people.size());
}

void TestMemberDirectory::cleanup()
{
    m_members = nullptr;
    m_backend.reset();
    m_database.reset();
}

QList<UserSummary> TestMemberDirectory::everyone(UserFilter filter, UserSort sort, int pageSize) const
{
    filter.workspaceId = 1;
    QList<UserSummary> rows;
    for (qint64 offset = 0;; offset += pageSize) {
        UserPageRequest request;
        request.filter = filter;
        request.sort = sort;
        request.offset = offset;
        request.limit = pageSize;
        const auto page = await(m_members->listUsers(request));
        if (!page.ok()) {
            qWarning() << "listUsers failed:" << page.error().message;
            return {};
        }
        rows += page.value().rows;
        if (page.value().rows.size() < pageSize) {
            return rows;
        }
    }
}

UserSummary TestMemberDirectory::person(const QString& email) const
{
    for (const Status status : {Status::Active, Status::Invited, Status::Disabled, Status::Deleted}) {
        UserFilter filter;
        filter.status = status;
        filter.accountIds = QList<Id>{id(email)};
        const QList<UserSummary> rows = everyone(filter);
        if (!rows.isEmpty()) {
            return rows.first();
        }
    }
    return {};
}

QList<MemberOutcome> TestMemberDirectory::change(const Operator& op, MemberChange change) const
{
    const auto result = await(m_members->changeMembers(op, change));
    if (!result.ok()) {
        qWarning() << "changeMembers failed:" << result.error().message;
        return {};
    }
    return result.value();
}

void TestMemberDirectory::pagesCoverTheListingOnceInOrder_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("status"); // -1: everyone but the deleted
    QTest::addColumn<int>("field");
    QTest::addColumn<bool>("ascending");
    QTest::newRow("everyone by name") << QString() << -1 << int(UserField::Name) << true;
    QTest::newRow("everyone by name, descending") << QString() << -1 << int(UserField::Name) << false;
    QTest::newRow("everyone by email, descending") << QString() << -1 << int(UserField::Email) << false;
    QTest::newRow("active by name") << QString() << int(Status::Active) << int(UserField::Name) << true;
    QTest::newRow("search “an” by name") << QStringLiteral("an") << -1 << int(UserField::Name) << true;
}

void TestMemberDirectory::pagesCoverTheListingOnceInOrder()
{
    QFETCH(QString, search);
    QFETCH(int, status);
    QFETCH(int, field);
    QFETCH(bool, ascending);
    UserFilter filter;
    filter.workspaceId = 1;
    filter.search = search;
    if (status >= 0) {
        filter.status = Status(status);
    }
    const UserSort sort{UserField(field), ascending ? Qt::AscendingOrder : Qt::DescendingOrder};
    const QList<UserSummary> whole = everyone(filter, sort, 1000);
    const QList<UserSummary> paged = everyone(filter, sort, 7); // pages that end mid-way
    QVERIFY(!whole.isEmpty());
    QCOMPARE(paged.size(), whole.size());
    QCOMPARE(await(m_members->countUsers(filter)).value(), qint64(whole.size()));
    QSet<Id> seen;
    for (int i = 0; i < paged.size(); ++i) {
        const UserSummary& row = paged.at(i);
        QCOMPARE(row.accountId, whole.at(i).accountId);
        QVERIFY2(!seen.contains(row.accountId), qPrintable(row.email + QStringLiteral(" listed twice")));
        seen.insert(row.accountId);
        QVERIFY(status >= 0 ? row.status == Status(status) : row.status != Status::Deleted);
        if (!search.isEmpty()) {
            QVERIFY(row.displayName.contains(search, Qt::CaseInsensitive) || row.email.contains(search, Qt::CaseInsensitive));
        }
        if (i > 0) {
            const UserSummary& before = paged.at(i - 1);
            const QString a = UserField(field) == UserField::Email ? before.email : before.displayName;
            const QString b = UserField(field) == UserField::Email ? row.email : row.displayName;
            const int order = a.compare(b, Qt::CaseInsensitive);
            QVERIFY2(ascending ? order <= 0 : order >= 0, qPrintable(a + QStringLiteral(" before ") + b));
        }
    }
    // Every one the filter should find, by the seed: none left out.
    int expected = 0;
    for (const SeedUser& seeded : m_seeded) {
        const bool statusMatches = status >= 0 ? seeded.status == Status(status) : seeded.status != Status::Deleted;
        const bool searchMatches = search.isEmpty() || seeded.name.contains(search, Qt::CaseInsensitive)
            || seeded.email.contains(search, Qt::CaseInsensitive);
        expected += statusMatches && searchMatches ? 1 : 0;
    }
    QCOMPARE(whole.size(), expected);
}

void TestMemberDirectory::searchFindsNamesAndAddressesLiterally()
{
    const auto found = [&](const QString& search) {
        UserFilter filter;
        filter.search = search;
        QStringList emails;
        for (const UserSummary& row : everyone(filter)) {
            emails.append(row.email);
        }
        emails.sort();
        return emails;
    };
    QCOMPARE(found(QStringLiteral("MIA")), QStringList{QStringLiteral("mia@example.org")});
    QCOMPARE(found(QStringLiteral("  eddie   editor ")), QStringList{QStringLiteral("eddie@example.org")});
    QCOMPARE(found(QStringLiteral("grace@exa")), QStringList{QStringLiteral("grace@example.org")});
    QCOMPARE(found(QStringLiteral("kowalski")).size(), 5); // one of the six is deleted
    // Wildcards of SQL and of patterns are letters like any other.
    QCOMPARE(found(QStringLiteral("%")), QStringList());
    QCOMPARE(found(QStringLiteral("_")), QStringList());
    QCOMPARE(found(QStringLiteral("a*n")), QStringList());
    QCOMPARE(found(QStringLiteral("nobody here")), QStringList());
}

void TestMemberDirectory::aChangeToManyAnswersForEachPersonInOrder()
{
    const UserSummary anna = person(QStringLiteral("anna.jansen@example.org"));
    UserFilter disabled;
    disabled.workspaceId = 1;
    disabled.status = Status::Disabled;
    const qint64 disabledBefore = await(m_members->countUsers(disabled)).value();
    MemberChange disable;
    disable.operation = MemberOperation::Disable;
    const QStringList emails{QStringLiteral("anna.jansen@example.org"), QStringLiteral("bram.jansen@example.org"),
                             QStringLiteral("chloe.jansen@example.org")};
    for (const QString& email : emails) {
        disable.targets.append({id(email), -1});
    }
    disable.targets.insert(1, {987654, -1}); // nobody has this id
    const QList<MemberOutcome> outcomes = change(as(QStringLiteral("ada@example.org")), disable);
    QCOMPARE(outcomes.size(), 4);
    QCOMPARE(outcomes.at(0).accountId, id(emails.at(0)));
    QCOMPARE(outcomes.at(1).accountId, Id(987654));
    QCOMPARE(outcomes.at(2).accountId, id(emails.at(1)));
    QCOMPARE(outcomes.at(3).accountId, id(emails.at(2)));
    QVERIFY(!outcomes.at(1).done && !outcomes.at(1).why.isEmpty() && !outcomes.at(1).notReached);
    for (const int i : {0, 2, 3}) {
        QVERIFY2(outcomes.at(i).done, qPrintable(outcomes.at(i).why));
        QVERIFY(!outcomes.at(i).name.isEmpty());
    }
    QCOMPARE(outcomes.at(0).name, QStringLiteral("Anna Jansen"));
    QCOMPARE(await(m_members->countUsers(disabled)).value(), disabledBefore + 3);
    const UserSummary after = person(QStringLiteral("anna.jansen@example.org"));
    QCOMPARE(after.status, Status::Disabled);
    QVERIFY(after.version != anna.version);
    QCOMPARE(outcomes.at(0).version, after.version);
}

void TestMemberDirectory::anIdAnotherBackendMadeFindsNobody()
{
    // Ids are each backend's own: a SCIM server's id handed to a database (a stale selection
    // after switching connections, a pasted id) is nobody there, and changes nobody.
    const QList<Id> foreign{Id::fromText(QStringLiteral("2819c223-7f76-453a-919d-413861904646")),
                            Id::fromText(QStringLiteral("0")), Id::fromText(QStringLiteral("1 OR 1=1"))};
    UserFilter filter;
    filter.workspaceId = 1;
    filter.accountIds = foreign;
    QCOMPARE(everyone(filter).size(), 0);
    QCOMPARE(await(m_members->countUsers(filter)).value(), 0);
    const Operator ada = as(QStringLiteral("ada@example.org"));
    const auto details = await(m_members->memberDetails(ada.workspaceId, foreign.first(), ada.accountId));
    QVERIFY(!details.ok());
    QCOMPARE(details.error().kind, BackendError::Kind::NotFound);

    UserFilter active;
    active.workspaceId = 1;
    active.status = Status::Active;
    const qint64 activeBefore = await(m_members->countUsers(active)).value();
    MemberChange disable;
    disable.operation = MemberOperation::Disable;
    for (const Id& id : foreign) {
        disable.targets.append({id, {}});
    }
    const QList<MemberOutcome> outcomes = change(ada, disable);
    QCOMPARE(outcomes.size(), foreign.size());
    for (int i = 0; i < outcomes.size(); ++i) {
        QCOMPARE(outcomes.at(i).accountId, foreign.at(i)); // each answered with the id it was asked by
        QVERIFY(!outcomes.at(i).done);
        QVERIFY(!outcomes.at(i).why.isEmpty());
    }
    QCOMPARE(await(m_members->countUsers(active)).value(), activeBefore);
}

void TestMemberDirectory::theOperatorIsLeftOutOfAChangeToMany()
{
    MemberChange demote;
    demote.operation = MemberOperation::ChangeRole;
    demote.role = Role::Member;
    demote.targets = {{id(QStringLiteral("ada@example.org")), -1}, {id(QStringLiteral("eddie@example.org")), -1}};
    const QList<MemberOutcome> outcomes = change(as(QStringLiteral("ada@example.org")), demote);
    QCOMPARE(outcomes.size(), 2);
    QVERIFY(!outcomes.at(0).done);
    QVERIFY(!outcomes.at(0).why.isEmpty());
    QVERIFY2(outcomes.at(1).done, qPrintable(outcomes.at(1).why));
    QCOMPARE(person(QStringLiteral("ada@example.org")).role, Role::Admin);
    QCOMPARE(person(QStringLiteral("eddie@example.org")).role, Role::Member);
}

void TestMemberDirectory::aStaleVersionIsAConflictAndChangesNothing()
{
    // Two admins at once: both read Eddie; Grace disables him first.
    const UserSummary read = person(QStringLiteral("eddie@example.org"));
    MemberChange disable;
    disable.operation = MemberOperation::Disable;
    disable.targets = {{read.accountId, read.version}};
    QVERIFY(change(as(QStringLiteral("grace@example.org")), disable).value(0).done);
    MemberChange promote;
    promote.operation = MemberOperation::ChangeRole;
    promote.role = Role::Manager;
    promote.targets = {{read.accountId, read.version}}; // what Ada saw
    const QList<MemberOutcome> outcomes = change(as(QStringLiteral("ada@example.org")), promote);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(!outcomes.first().done);
    QVERIFY(outcomes.first().conflict);
    QVERIFY(!outcomes.first().why.isEmpty());
    const UserSummary now = person(QStringLiteral("eddie@example.org"));
    QCOMPARE(now.role, Role::Editor);
    QCOMPARE(now.status, Status::Disabled);
}

void TestMemberDirectory::theSameChangeTwiceChangesNothingMore()
{
    MemberChange disable;
    disable.operation = MemberOperation::Disable;
    disable.targets = {{id(QStringLiteral("dirk.moreau@example.org")), -1}};
    const MemberOutcome first = change(as(QStringLiteral("ada@example.org")), disable).value(0);
    QVERIFY2(first.done, qPrintable(first.why));
    // Pressed again (a second window, a double click): refused with the reason, nothing written.
    const MemberOutcome second = change(as(QStringLiteral("ada@example.org")), disable).value(0);
    QVERIFY(!second.done && !second.conflict);
    QVERIFY(!second.why.isEmpty());
    QCOMPARE(person(QStringLiteral("dirk.moreau@example.org")).version, first.version);
    // A role they already have is no refusal: done, and nothing written either.
    MemberChange role;
    role.operation = MemberOperation::ChangeRole;
    role.role = Role::Member;
    role.targets = {{id(QStringLiteral("dirk.moreau@example.org")), -1}};
    const MemberOutcome same = change(as(QStringLiteral("ada@example.org")), role).value(0);
    QVERIFY2(same.done, qPrintable(same.why));
    QCOMPARE(same.version, first.version);
    QCOMPARE(person(QStringLiteral("dirk.moreau@example.org")).version, first.version);
}

void TestMemberDirectory::rolesLimitWhoMayChangeWhom()
{
    // A Manager may not disable an Admin, nor make anyone an Admin; an Editor changes nobody.
    MemberChange disable;
    disable.operation = MemberOperation::Disable;
    disable.targets = {{id(QStringLiteral("grace@example.org")), -1}};
    MemberOutcome outcome = change(as(QStringLiteral("mia@example.org")), disable).value(0);
    QVERIFY(!outcome.done && !outcome.why.isEmpty());
    MemberChange promote;
    promote.operation = MemberOperation::ChangeRole;
    promote.role = Role::Admin;
    promote.targets = {{id(QStringLiteral("femke.moreau@example.org")), -1}};
    outcome = change(as(QStringLiteral("mia@example.org")), promote).value(0);
    QVERIFY(!outcome.done && !outcome.why.isEmpty());
    disable.targets = {{id(QStringLiteral("femke.moreau@example.org")), -1}};
    outcome = change(as(QStringLiteral("eddie@example.org")), disable).value(0);
    QVERIFY(!outcome.done && !outcome.why.isEmpty());
    QCOMPARE(person(QStringLiteral("grace@example.org")).status, Status::Active);
    QCOMPARE(person(QStringLiteral("femke.moreau@example.org")).role, Role::Member);
    QCOMPARE(person(QStringLiteral("femke.moreau@example.org")).status, Status::Active);
}

void TestMemberDirectory::aChangeToEveryoneMatchingTakesTheFilterAtTheStart()
{
    // "Disable everyone found by 'lindqvist'": the operator is not among them, the deleted
    // are not matched, and each one found answers.
    UserFilter found;
    found.workspaceId = 1;
    found.search = QStringLiteral("lindqvist");
    const QList<UserSummary> before = everyone(found);
    QVERIFY(before.size() >= 4);
    MemberChange disable;
    disable.operation = MemberOperation::Disable;
    disable.matching = found;
    const QList<MemberOutcome> outcomes = change(as(QStringLiteral("ada@example.org")), disable);
    QCOMPARE(outcomes.size(), before.size());
    for (const UserSummary& row : before) {
        const UserSummary now = person(row.email);
        // Invited people cannot be disabled; the others are, or were already.
        QVERIFY2(now.status == Status::Disabled || row.status == Status::Invited, qPrintable(row.email));
    }
    UserFilter others;
    others.workspaceId = 1;
    others.search = QStringLiteral("moreau");
    others.status = Status::Disabled;
    int moreauDisabled = 0;
    for (const SeedUser& seeded : m_seeded) {
        moreauDisabled += seeded.email.contains(QLatin1String("moreau")) && seeded.status == Status::Disabled ? 1 : 0;
    }
    QCOMPARE(await(m_members->countUsers(others)).value(), qint64(moreauDisabled)); // nobody else changed
}

void TestMemberDirectory::aStoppedChangeSaysWhoWasNotReached()
{
    MemberChange disable;
    disable.operation = MemberOperation::Disable;
    for (const QString& email : {QStringLiteral("anna.moreau@example.org"), QStringLiteral("chloe.moreau@example.org")}) {
        disable.targets.append({id(email), -1});
    }
    disable.stop.requestStop(); // Stop pressed before the backend took it up
    const QList<MemberOutcome> outcomes = change(as(QStringLiteral("ada@example.org")), disable);
    QCOMPARE(outcomes.size(), 2);
    for (const MemberOutcome& outcome : outcomes) {
        QVERIFY(!outcome.done);
        QVERIFY(outcome.notReached);
    }
    QCOMPARE(person(QStringLiteral("anna.moreau@example.org")).status, Status::Active);
    QCOMPARE(person(QStringLiteral("chloe.moreau@example.org")).status, Status::Active);
}

QTEST_GUILESS_MAIN(TestMemberDirectory)
#include "tst_memberdirectory.moc"
