// The group directory's contract (G1-G4), checked through the interfaces alone
// (connection/backend.h) against every backend that offers groups: SQLite, PostgreSQL and a
// SCIM service (tests/scim/server.mjs). A SCIM group is a name and its members: it holds no
// description or permissions of Usher's, so there those are refused, and the rest is the same.
//   tst_groupdirectory     SQLite and SCIM
//   tst_groupdirectory_pg  PostgreSQL (USHER_TEST_BACKEND=postgres)

#include "connection/backend.h"
#include "connection/sql/sqlbackend.h"
#include "knownpeople.h"
#include "scimserver.h"
#include "testsupport.h"

#include <QTest>

#include <memory>

using namespace usher;
using namespace usher::test;

class TestGroupDirectory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void aNewGroupIsListedWithWhatItGrants();
    void namesAreUniqueIgnoringCase();
    void membersComeAndGoEachWithAnOutcome();
    void deletingSaysFirstWhoLosesWhat();
    void rolesLimitWhoMayChangeGroups();
    void searchesFindCapitalsOutsideAscii();

private:
    Operator as(const QString& email) const { return m_people.as(email); }
    Id id(const QString& email) const { return m_people.id(email); }
    std::optional<GroupSummary> group(const QString& name) const;
    QStringList memberEmails(const Id& groupId) const;
    /// Whether groups here hold descriptions and permissions (not on a SCIM service).
    static bool grants()
    {
        QFETCH_GLOBAL(QString, kind);
        return kind != QLatin1String("scim");
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ScimServer> m_service; ///< Started for the SCIM row.
    std::unique_ptr<Backend> m_backend;
    GroupDirectory* m_groups = nullptr;
    KnownPeople m_people;
};

void TestGroupDirectory::initTestCase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow(usingPostgres() ? "PostgreSQL" : "SQLite") << QStringLiteral("sql");
    if (!usingPostgres()) {
        QTest::newRow("SCIM") << QStringLiteral("scim");
    }
}

void TestGroupDirectory::init()
{
    QFETCH_GLOBAL(QString, kind);
    const auto person = [](const char* name, const char* email, Role role) {
        SeedUser user;
        user.name = QString::fromUtf8(name);
        user.email = QString::fromUtf8(email);
        user.role = role;
        return user;
    };
    const QList<SeedUser> people{
        person("Ada Admin", "ada@example.org", Role::Admin),
        person("Mia Manager", "mia@example.org", Role::Manager),
        person("Eddie Editor", "eddie@example.org", Role::Editor),
        person("Max Member", "max@example.org", Role::Member),
        person("Nina Member", "nina@example.org", Role::Member),
        person("Otto Member", "otto@example.org", Role::Member),
    };
    if (kind == QLatin1String("scim")) {
        m_backend = scimBackendWith(m_service, people);
        QVERIFY2(m_backend, "the SCIM test service must start and take the contract's people");
    } else {
        m_database = std::make_unique<TestDatabase>(QStringLiteral("groups-contract"));
        m_database->seed(people);
        m_backend = m_database->backend();
    }
    QVERIFY(await(m_backend->open()).ok());
    m_groups = m_backend->groups();
    QVERIFY2(m_groups, "the backend offers no groups");
    // Everyone's id through the member directory, as any backend numbers them.
    QVERIFY(m_people.learn(m_backend->members()));
    QCOMPARE(m_people.size(), 6);
}

void TestGroupDirectory::cleanup()
{
    m_groups = nullptr;
    m_backend.reset();
    m_database.reset();
    m_people.clear();
}

std::optional<GroupSummary> TestGroupDirectory::group(const QString& name) const
{
    const auto all = await(m_groups->listGroups(1));
    if (!all.ok()) {
        return std::nullopt;
    }
    for (const GroupSummary& summary : all.value()) {
        if (summary.name == name) {
            return summary;
        }
    }
    return std::nullopt;
}

QStringList TestGroupDirectory::memberEmails(const Id& groupId) const
{
    GroupMembersRequest request;
    request.workspaceId = 1;
    request.groupId = groupId;
    request.limit = 0;
    const auto page = await(m_groups->listGroupMembers(request));
    QStringList emails;
    for (const GroupMember& member : page.value().rows) {
        emails.append(member.email);
    }
    emails.sort();
    return emails;
}

void TestGroupDirectory::aNewGroupIsListedWithWhatItGrants()
{
    GroupEdit edit;
    edit.name = QStringLiteral("Night Shift");
    edit.description = QStringLiteral("Covers 22:00–06:00");
    edit.permissions = QStringList{QStringLiteral("users.view"), QStringLiteral("audit.view")};
    if (!grants()) {
        // What the group cannot hold is refused, said, and nothing is made half.
        const auto refused = await(m_groups->createGroup(as(QStringLiteral("ada@example.org")), edit));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, BackendError::Kind::Unsupported);
        QVERIFY(!refused.error().message.isEmpty());
        QVERIFY(!group(QStringLiteral("Night Shift")));
        edit.description.reset();
        edit.permissions.reset();
    }
    const auto created = await(m_groups->createGroup(as(QStringLiteral("ada@example.org")), edit));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    const auto listed = group(QStringLiteral("Night Shift"));
    QVERIFY(listed);
    QCOMPARE(listed->id, created.value());
    QCOMPARE(listed->memberCount, qint64(0));
    QVERIFY(!listed->synced);
    if (grants()) {
        QCOMPARE(listed->description, QStringLiteral("Covers 22:00–06:00"));
        QVERIFY(listed->permissions.contains(QStringLiteral("users.view")));
        QVERIFY(listed->permissions.contains(QStringLiteral("audit.view")));
        QCOMPARE(listed->permissions.size(), 2);
    }
    // A permission nobody knows is bad input: refused, nothing made.
    GroupEdit unknown;
    unknown.name = QStringLiteral("Wizards");
    unknown.permissions = QStringList{QStringLiteral("magic.cast")};
    const auto refused = await(m_groups->createGroup(as(QStringLiteral("ada@example.org")), unknown));
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().message.isEmpty());
    QVERIFY(!group(QStringLiteral("Wizards")));
}

void TestGroupDirectory::namesAreUniqueIgnoringCase()
{
    GroupEdit first;
    first.name = QStringLiteral("Support");
    const auto support = await(m_groups->createGroup(as(QStringLiteral("ada@example.org")), first));
    QVERIFY(support.ok());
    GroupEdit second;
    second.name = QStringLiteral("Sales");
    const auto sales = await(m_groups->createGroup(as(QStringLiteral("ada@example.org")), second));
    QVERIFY(sales.ok());
    // The same name in other letters, made or renamed to: refused with the reason.
    GroupEdit again;
    again.name = QStringLiteral("SUPPORT");
    const auto twice = await(m_groups->createGroup(as(QStringLiteral("ada@example.org")), again));
    QVERIFY(!twice.ok());
    QVERIFY(!twice.error().message.isEmpty());
    const auto renamed = await(m_groups->updateGroup(as(QStringLiteral("ada@example.org")), sales.value(), again));
    QVERIFY(!renamed.ok());
    QVERIFY(group(QStringLiteral("Sales")));
    QCOMPARE(await(m_groups->listGroups(1)).value().size(), 2);
    // Renamed to a free name: listed under it, the same group.
    GroupEdit free;
    free.name = QStringLiteral("Inside Sales");
    QVERIFY(await(m_groups->updateGroup(as(QStringLiteral("ada@example.org")), sales.value(), free)).ok());
    QCOMPARE(group(QStringLiteral("Inside Sales"))->id, sales.value());
}

void TestGroupDirectory::membersComeAndGoEachWithAnOutcome()
{
    GroupEdit edit;
    edit.name = QStringLiteral("Floor");
    const Id floor = await(m_groups->createGroup(as(QStringLiteral("ada@example.org")), edit)).value();
    GroupMembersChange add;
    add.groupId = floor;
    add.accountIds = {id(QStringLiteral("max@example.org")), id(QStringLiteral("nina@example.org")), 987654};
    const auto added = await(m_groups->changeGroupMembers(as(QStringLiteral("mia@example.org")), add));
    QVERIFY(added.ok());
    QCOMPARE(added.value().size(), 3);
    QCOMPARE(added.value().at(0).accountId, id(QStringLiteral("max@example.org")));
    QVERIFY2(added.value().at(0).done && added.value().at(1).done, qPrintable(added.value().at(0).why));
    QVERIFY(!added.value().at(2).done && !added.value().at(2).why.isEmpty()); // nobody has that id
    QCOMPARE(memberEmails(floor), (QStringList{QStringLiteral("max@example.org"), QStringLiteral("nina@example.org")}));
    QCOMPARE(group(QStringLiteral("Floor"))->memberCount, qint64(2));
    // Added again (a second window): nobody twice.
    const auto again = await(m_groups->changeGroupMembers(as(QStringLiteral("mia@example.org")), add));
    QVERIFY(again.ok());
    QCOMPARE(group(QStringLiteral("Floor"))->memberCount, qint64(2));
    // Removed: gone from the list and the count.
    GroupMembersChange remove;
    remove.groupId = floor;
    remove.add = false;
    remove.accountIds = {id(QStringLiteral("nina@example.org"))};
    const auto removed = await(m_groups->changeGroupMembers(as(QStringLiteral("mia@example.org")), remove));
    QVERIFY(removed.ok() && removed.value().size() == 1 && removed.value().first().done);
    QCOMPARE(memberEmails(floor), QStringList{QStringLiteral("max@example.org")});
    QCOMPARE(group(QStringLiteral("Floor"))->memberCount, qint64(1));
    // Stopped before the start: nobody reached, nobody added.
    GroupMembersChange stopped;
    stopped.groupId = floor;
    stopped.accountIds = {id(QStringLiteral("otto@example.org"))};
    stopped.stop.requestStop();
    const auto none = await(m_groups->changeGroupMembers(as(QStringLiteral("mia@example.org")), stopped));
    QVERIFY(none.ok() && none.value().size() == 1);
    QVERIFY(!none.value().first().done && none.value().first().notReached);
    QCOMPARE(memberEmails(floor), QStringList{QStringLiteral("max@example.org")});
}

void TestGroupDirectory::deletingSaysFirstWhoLosesWhat()
{
    GroupEdit edit;
    edit.name = QStringLiteral("Auditors");
    if (grants()) {
        edit.permissions = QStringList{QStringLiteral("audit.view")};
    }
    const Id auditors = await(m_groups->createGroup(as(QStringLiteral("ada@example.org")), edit)).value();
    GroupMembersChange add;
    add.groupId = auditors;
    add.accountIds = {id(QStringLiteral("max@example.org")), id(QStringLiteral("ada@example.org"))};
    const auto added = await(m_groups->changeGroupMembers(as(QStringLiteral("ada@example.org")), add));
    QVERIFY(added.ok() && added.value().size() == 2);
    QVERIFY2(added.value().at(0).done, qPrintable(added.value().at(0).why));
    // The operator is left out of a change to several people, as for every change to many.
    QVERIFY(!added.value().at(1).done && !added.value().at(1).why.isEmpty());
    add.accountIds = {id(QStringLiteral("ada@example.org"))}; // herself, alone
    QVERIFY(await(m_groups->changeGroupMembers(as(QStringLiteral("ada@example.org")), add)).value().first().done);
    QCOMPARE(memberEmails(auditors), (QStringList{QStringLiteral("ada@example.org"), QStringLiteral("max@example.org")}));
    // Max has audit.view only through the group; Ada's role grants it anyway. A group that
    // grants nothing takes nothing away.
    const auto impact = await(m_groups->groupDeleteImpact(1, auditors));
    QVERIFY(impact.ok());
    QCOMPARE(impact.value().group.id, auditors);
    QCOMPARE(impact.value().losses.size(), grants() ? 1 : 0);
    QCOMPARE(impact.value().keepEverything, qint64(grants() ? 1 : 2));
    QVERIFY(await(m_groups->deleteGroup(as(QStringLiteral("ada@example.org")), auditors)).ok());
    QVERIFY(!group(QStringLiteral("Auditors")));
    // Deleted twice (a second window): said, not a crash or a silent success.
    const auto twice = await(m_groups->deleteGroup(as(QStringLiteral("ada@example.org")), auditors));
    QVERIFY(!twice.ok());
    QVERIFY(!twice.error().message.isEmpty());
}

void TestGroupDirectory::rolesLimitWhoMayChangeGroups()
{
    GroupEdit edit;
    edit.name = QStringLiteral("Members Only");
    const auto byMember = await(m_groups->createGroup(as(QStringLiteral("max@example.org")), edit));
    QVERIFY(!byMember.ok());
    QVERIFY(!byMember.error().message.isEmpty());
    QVERIFY(!group(QStringLiteral("Members Only")));
    // Nobody grants what their own role lacks: a Manager cannot make a group that manages billing.
    GroupEdit billing;
    billing.name = QStringLiteral("Billing");
    billing.permissions = QStringList{QStringLiteral("billing.manage")};
    const auto byManager = await(m_groups->createGroup(as(QStringLiteral("mia@example.org")), billing));
    QVERIFY(!byManager.ok());
    QVERIFY(!group(QStringLiteral("Billing")));
}

void TestGroupDirectory::searchesFindCapitalsOutsideAscii()
{
    // Typed as written, or in another case: a group "Équipe Øst" and a member "Émile Ødegaard"
    // are found by their capitals outside ASCII on every backend.
    const Operator ada = as(QStringLiteral("ada@example.org"));
    GroupEdit edit;
    edit.name = QStringLiteral("Équipe Øst");
    if (grants()) {
        edit.description = QStringLiteral("Zürich office");
    }
    const auto created = await(m_groups->createGroup(ada, edit));
    QVERIFY(created.ok());
    edit.name = QStringLiteral("Night Shift");
    edit.description.reset();
    QVERIFY(await(m_groups->createGroup(ada, edit)).ok());
    NewMember emile;
    emile.firstName = QStringLiteral("Émile");
    emile.lastName = QStringLiteral("Ødegaard");
    emile.email = QStringLiteral("emile@example.org");
    const auto member = await(m_backend->members()->createMember(ada, emile));
    QVERIFY2(member.ok(), qPrintable(member.ok() ? QString() : member.error().message));
    GroupMembersChange add;
    add.groupId = created.value();
    add.accountIds = {member.value(), id(QStringLiteral("max@example.org"))};
    QVERIFY(await(m_groups->changeGroupMembers(ada, add)).ok());

    const auto groupsFound = [this](const QString& search) {
        GroupPageRequest request;
        request.workspaceId = 1;
        request.search = search;
        const auto page = await(m_groups->listGroupPage(request));
        QStringList names;
        for (const GroupSummary& found : page.value().rows) {
            names.append(found.name);
        }
        return names;
    };
    for (const char* search : {"Équipe", "équipe", "ÉQUIPE", "øst"}) {
        QCOMPARE(groupsFound(QString::fromUtf8(search)), QStringList{QStringLiteral("Équipe Øst")});
    }
    if (grants()) {
        QCOMPARE(groupsFound(QStringLiteral("ZÜRICH")), QStringList{QStringLiteral("Équipe Øst")}); // its description
    }
    QCOMPARE(groupsFound(QStringLiteral("Ëquipe")), QStringList{}); // another letter is another letter

    const auto membersFound = [this, &created](const QString& search) {
        GroupMembersRequest request;
        request.workspaceId = 1;
        request.groupId = created.value();
        request.search = search;
        const auto page = await(m_groups->listGroupMembers(request));
        QStringList emails;
        for (const GroupMember& found : page.value().rows) {
            emails.append(found.email);
        }
        return emails;
    };
    for (const char* search : {"Émile", "ÉMILE", "ødegaard"}) {
        QCOMPARE(membersFound(QString::fromUtf8(search)), QStringList{QStringLiteral("emile@example.org")});
    }
}

QTEST_GUILESS_MAIN(TestGroupDirectory)
#include "tst_groupdirectory.moc"
