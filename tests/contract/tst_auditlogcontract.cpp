// The audit log's contract (A1), checked through the interfaces alone (connection/backend.h)
// against every backend that keeps one: SQLite and PostgreSQL today. Events are made by changes
// through the other interfaces (members, groups) and read back with listAudit; nothing here
// reads SQL. The clock stands still and is moved between changes, so every event's time is
// known. A SCIM backend joins with a row in initTestCase_data().
//   tst_auditlogcontract     SQLite
//   tst_auditlogcontract_pg  PostgreSQL (USHER_TEST_BACKEND=postgres)

#include "connection/backend.h"
#include "connection/sql/sqlbackend.h"
#include "core/clock.h"
#include "knownpeople.h"
#include "testsupport.h"

#include <QTest>

#include <functional>
#include <memory>

using namespace usher;
using namespace usher::test;
using Kind = BackendError::Kind;

class TestAuditLogContract : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void aChangeElsewhereIsListedWithItsOperatorAndTarget();
    void aRefusedChangeLeavesNoEvent();
    void theSameChangeTwiceIsListedOnce();
    void filtersNarrowAsDocumented();
    void textFiltersFindNamesInAnyScript();
    void newestFirstAndPagesCoverTheLogOnce();
    void onlyThoseWhoMayReadTheLogReadIt();
    void twoOperatorsAtOnceAreEachListedForWhatTheyDid();
    void renamingSomeoneDoesNotRewriteWhatTheyDid();

private:
    Operator as(const QString& email) const { return m_people.as(email); }
    Id id(const QString& email) const { return m_people.id(email); }
    /// The events `query` lists to Ada (unless it names another viewer), made since init(),
    /// in the order listed; nothing (with a warning) when refused.
    QList<AuditEvent> events(AuditQuery query = {}) const;
    QList<Id> ids(const QList<AuditEvent>& events) const;
    /// The ids of the events made since init() that `keep` keeps, in the order listed.
    QList<Id> idsWhere(const std::function<bool(const AuditEvent&)>& keep) const;
    MemberOutcome change(const Operator& op, MemberOperation operation, const QString& email, Role role = Role::Member,
                         const QString& reason = {}) const;
    Id createGroup(const Operator& op, const QString& name) const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Backend> m_backend;
    AuditLog* m_audit = nullptr;
    MemberDirectory* m_members = nullptr;
    GroupDirectory* m_groups = nullptr;
    KnownPeople m_people;
    QSet<Id> m_before; ///< Events there were before the test began (if the backend made any).
};

void TestAuditLogContract::initTestCase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow(usingPostgres() ? "PostgreSQL" : "SQLite") << QStringLiteral("sql");
}

void TestAuditLogContract::init()
{
    clock::freezeForTesting(QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC));
    m_database = std::make_unique<TestDatabase>(QStringLiteral("audit-contract"));
    const auto person = [](const QString& name, const char* email, Role role, Status status = Status::Active) {
        SeedUser user;
        user.name = name;
        user.email = QString::fromUtf8(email);
        user.role = role;
        user.status = status;
        return user;
    };
    m_database->seed({
        person(QStringLiteral("Ada Admin"), "ada@example.org", Role::Admin),
        person(QStringLiteral("Grace Admin"), "grace@example.org", Role::Admin),
        person(QStringLiteral("Dana Admin"), "dana@example.org", Role::Admin, Status::Disabled),
        person(QStringLiteral("Mia Manager"), "mia@example.org", Role::Manager),
        person(QStringLiteral("Eddie Editor"), "eddie@example.org", Role::Editor),
        person(QStringLiteral("Mo Monitor"), "mo@example.org", Role::Monitor),
        person(QStringLiteral("Hal Helpdesk"), "hal@example.org", Role::Helpdesk),
        person(QStringLiteral("Max Member"), "max@example.org", Role::Member),
        person(QStringLiteral("Nina Member"), "nina@example.org", Role::Member),
        person(QStringLiteral("Otto Member"), "otto@example.org", Role::Member),
        person(QStringLiteral("Émile Zoë Ødegaard"), "emile@example.org", Role::Member),
    });
    m_backend = m_database->backend();
    const auto opened = await(m_backend->open());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_audit = m_backend->auditLog();
    QVERIFY2(m_audit, "the backend keeps no audit log");
    m_members = m_backend->members();
    m_groups = m_backend->groups();
    QVERIFY2(m_members && m_groups, "the audit suite makes its events through members and groups");
    QVERIFY(m_people.learn(m_members));
    QCOMPARE(m_people.size(), 11);
    AuditQuery all;
    all.workspaceId = 1;
    all.viewerId = id(QStringLiteral("ada@example.org"));
    all.limit = 0;
    const auto before = await(m_audit->listAudit(all));
    QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().message));
    m_before.clear();
    for (const AuditEvent& event : before.value()) {
        m_before.insert(event.id);
    }
    clock::advanceForTesting(60); // whatever the backend wrote before is older than the tests' events
}

void TestAuditLogContract::cleanup()
{
    m_audit = nullptr;
    m_members = nullptr;
    m_groups = nullptr;
    m_backend.reset();
    m_database.reset();
    m_people.clear();
    clock::resumeForTesting();
}

QList<AuditEvent> TestAuditLogContract::events(AuditQuery query) const
{
    query.workspaceId = 1;
    if (query.viewerId == 0) {
        query.viewerId = id(QStringLiteral("ada@example.org"));
    }
    const auto listed = await(m_audit->listAudit(query));
    if (!listed.ok()) {
        qWarning() << "listAudit failed:" << listed.error().message;
        return {};
    }
    QList<AuditEvent> made;
    for (const AuditEvent& event : listed.value()) {
        if (!m_before.contains(event.id)) {
            made.append(event);
        }
    }
    return made;
}

QList<Id> TestAuditLogContract::ids(const QList<AuditEvent>& events) const
{
    QList<Id> found;
    for (const AuditEvent& event : events) {
        found.append(event.id);
    }
    return found;
}

QList<Id> TestAuditLogContract::idsWhere(const std::function<bool(const AuditEvent&)>& keep) const
{
    AuditQuery all;
    all.limit = 0;
    QList<Id> kept;
    for (const AuditEvent& event : events(all)) {
        if (keep(event)) {
            kept.append(event.id);
        }
    }
    return kept;
}

MemberOutcome TestAuditLogContract::change(const Operator& op, MemberOperation operation, const QString& email,
                                           Role role, const QString& reason) const
{
    MemberChange change;
    change.operation = operation;
    change.role = role;
    change.reason = reason;
    change.targets = {{id(email), -1}};
    const auto result = await(m_members->changeMembers(op, change));
    if (!result.ok() || result.value().size() != 1) {
        qWarning() << "changeMembers failed:" << (result.ok() ? QString() : result.error().message);
        return {};
    }
    return result.value().constFirst();
}

Id TestAuditLogContract::createGroup(const Operator& op, const QString& name) const
{
    GroupEdit edit;
    edit.name = name;
    const auto created = await(m_groups->createGroup(op, edit));
    if (!created.ok()) {
        qWarning() << "createGroup failed:" << created.error().message;
        return 0;
    }
    return created.value();
}

void TestAuditLogContract::renamingSomeoneDoesNotRewriteWhatTheyDid()
{
    // Ada promotes Max, then both are renamed (Ada by herself, Max by Ada); the old event still
    // reads with the names they had then, and the renames with the names they had at the time.
    QVERIFY(change(as(QStringLiteral("ada@example.org")), MemberOperation::ChangeRole, QStringLiteral("max@example.org"),
                   Role::Editor).done);
    clock::advanceForTesting(60);
    ProfileEdit ada;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Lovelace");
    ada.email = QStringLiteral("ada.lovelace@example.org");
    const auto renamedAda = await(m_members->updateProfile(as(QStringLiteral("ada@example.org")), id(QStringLiteral("ada@example.org")),
                                                           ada, KnownPeople::find(m_members, QStringLiteral("ada@example.org"))->version));
    QVERIFY2(renamedAda.ok(), qPrintable(renamedAda.ok() ? QString() : renamedAda.error().message));
    clock::advanceForTesting(60);
    ProfileEdit max;
    max.firstName = QStringLiteral("Maxine");
    max.lastName = QStringLiteral("Member");
    Operator adaNow = as(QStringLiteral("ada@example.org"));
    adaNow.email = ada.email.value();
    const auto renamedMax = await(m_members->updateProfile(adaNow, id(QStringLiteral("max@example.org")), max,
                                                           KnownPeople::find(m_members, QStringLiteral("max@example.org"))->version));
    QVERIFY2(renamedMax.ok(), qPrintable(renamedMax.ok() ? QString() : renamedMax.error().message));
    clock::advanceForTesting(60);
    QVERIFY(change(adaNow, MemberOperation::ChangeRole, QStringLiteral("max@example.org"), Role::Member).done);

    const QList<AuditEvent> made = events();
    QCOMPARE(made.size(), 4);
    const AuditEvent& promoted = made.at(3); // the oldest
    QCOMPARE(promoted.action, QStringLiteral("member.role_changed"));
    QCOMPARE(promoted.actorName, QStringLiteral("Ada Admin"));
    QCOMPARE(promoted.targetName, QStringLiteral("Max Member"));
    QCOMPARE(made.at(0).actorName, QStringLiteral("Ada Lovelace")); // the newest, after both renames
    QCOMPARE(made.at(0).targetName, QStringLiteral("Maxine Member"));
    // Each rename reads with the names before and after it (its people named as the change
    // left them).
    const AuditEvent& adaRenamed = made.at(2);
    QCOMPARE(adaRenamed.action, QStringLiteral("member.profile_changed"));
    QCOMPARE(adaRenamed.actorName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(adaRenamed.targetName, QStringLiteral("Ada Lovelace"));
    const QString summary = auditChangeSummary(adaRenamed);
    QVERIFY2(summary.contains(QStringLiteral("ada@example.org")) && summary.contains(QStringLiteral("ada.lovelace@example.org")),
             qPrintable(summary));
    QCOMPARE(made.at(1).actorName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(made.at(1).targetName, QStringLiteral("Maxine Member"));
    // Found by the names of the time: the old name finds the old event only.
    AuditQuery byOldName;
    byOldName.actorText = QStringLiteral("Ada Admin");
    QVERIFY(ids(events(byOldName)).contains(promoted.id));
    QVERIFY(!ids(events(byOldName)).contains(made.at(0).id));
    // Still everything she did, by her id, whatever she was called.
    AuditQuery byAda;
    byAda.actorId = id(QStringLiteral("ada@example.org"));
    QCOMPARE(events(byAda).size(), 4);
}

void TestAuditLogContract::aChangeElsewhereIsListedWithItsOperatorAndTarget()
{
    QVERIFY(events().isEmpty());
    const QDateTime roleChangedAt = clock::now();
    const MemberOutcome promoted
        = change(as(QStringLiteral("ada@example.org")), MemberOperation::ChangeRole, QStringLiteral("max@example.org"),
                 Role::Editor, QStringLiteral("Covers for Eve"));
    QVERIFY2(promoted.done, qPrintable(promoted.why));
    clock::advanceForTesting(60);
    const Id group = createGroup(as(QStringLiteral("mia@example.org")), QStringLiteral("Night Shift"));
    QVERIFY(!(group).isNull());

    const QList<AuditEvent> made = events();
    QCOMPARE(made.size(), 2);
    const AuditEvent& created = made.at(0); // newest first
    QCOMPARE(created.action, QStringLiteral("group.created"));
    QCOMPARE(created.actorId, id(QStringLiteral("mia@example.org")));
    QCOMPARE(created.actorName, QStringLiteral("Mia Manager"));
    QCOMPARE(created.targetType, QStringLiteral("group"));
    QCOMPARE(created.targetId, group);
    QCOMPARE(created.targetName, QStringLiteral("Night Shift"));
    QCOMPARE(created.at, clock::now());

    const AuditEvent& role = made.at(1);
    QCOMPARE(role.action, QStringLiteral("member.role_changed"));
    QVERIFY(auditActions().contains(role.action));
    QCOMPARE(role.actorId, id(QStringLiteral("ada@example.org")));
    QCOMPARE(role.actorName, QStringLiteral("Ada Admin"));
    QCOMPARE(role.targetType, QStringLiteral("member"));
    QCOMPARE(role.targetId, id(QStringLiteral("max@example.org")));
    QCOMPARE(role.targetName, QStringLiteral("Max Member"));
    QCOMPARE(role.at, roleChangedAt);
    QCOMPARE(role.reason, QStringLiteral("Covers for Eve"));
    const QString summary = auditChangeSummary(role);
    QVERIFY2(summary.contains(roleDisplayName(Role::Member)) && summary.contains(roleDisplayName(Role::Editor)),
             qPrintable(summary));
    QVERIFY(role.id != created.id);
}

void TestAuditLogContract::aRefusedChangeLeavesNoEvent()
{
    // A Manager disabling an Admin, an Editor disabling anyone, a Member making a group, a group
    // granting what nobody knows: every one refused, none of them in the log.
    QVERIFY(
        !change(as(QStringLiteral("mia@example.org")), MemberOperation::Disable, QStringLiteral("grace@example.org"))
             .done);
    QVERIFY(
        !change(as(QStringLiteral("eddie@example.org")), MemberOperation::Disable, QStringLiteral("nina@example.org"))
             .done);
    QCOMPARE(createGroup(as(QStringLiteral("max@example.org")), QStringLiteral("Members Only")), Id());
    GroupEdit unknown;
    unknown.name = QStringLiteral("Wizards");
    unknown.permissions = QStringList{QStringLiteral("magic.cast")};
    QVERIFY(!await(m_groups->createGroup(as(QStringLiteral("ada@example.org")), unknown)).ok());
    QVERIFY(events().isEmpty());

    // A stale version: Grace disables Eddie, then Ada's change from what she read before is a
    // conflict. Grace's change is listed, Ada's is not.
    UserPageRequest request;
    request.filter.accountIds = QList<Id>{id(QStringLiteral("eddie@example.org"))};
    const auto read = await(m_members->listUsers(request));
    QVERIFY(read.ok() && read.value().rows.size() == 1);
    const Version version = read.value().rows.constFirst().version;
    MemberChange disable;
    disable.operation = MemberOperation::Disable;
    disable.targets = {{id(QStringLiteral("eddie@example.org")), version}};
    QVERIFY(
        await(m_members->changeMembers(as(QStringLiteral("grace@example.org")), disable)).value().constFirst().done);
    MemberChange promote;
    promote.operation = MemberOperation::ChangeRole;
    promote.role = Role::Manager;
    promote.targets = {{id(QStringLiteral("eddie@example.org")), version}};
    const MemberOutcome stale
        = await(m_members->changeMembers(as(QStringLiteral("ada@example.org")), promote)).value().value(0);
    QVERIFY(!stale.done && stale.conflict);
    QVERIFY(!(createGroup(as(QStringLiteral("ada@example.org")), QStringLiteral("Support"))).isNull());
    QCOMPARE(createGroup(as(QStringLiteral("ada@example.org")), QStringLiteral("SUPPORT")), Id());

    const QList<AuditEvent> made = events();
    QCOMPARE(made.size(), 2);
    QCOMPARE(made.at(1).action, QStringLiteral("member.disabled"));
    QCOMPARE(made.at(1).actorId, id(QStringLiteral("grace@example.org")));
    QCOMPARE(made.at(1).targetId, id(QStringLiteral("eddie@example.org")));
    QCOMPARE(made.at(0).action, QStringLiteral("group.created"));
    QCOMPARE(made.at(0).targetName, QStringLiteral("Support"));
}

void TestAuditLogContract::theSameChangeTwiceIsListedOnce()
{
    const Operator ada = as(QStringLiteral("ada@example.org"));
    for (int i = 0; i < 2; ++i) { // pressed twice: the second changes nothing, so tells nothing
        change(ada, MemberOperation::ChangeRole, QStringLiteral("max@example.org"), Role::Editor);
        change(ada, MemberOperation::Disable, QStringLiteral("nina@example.org"));
        clock::advanceForTesting(1);
    }
    const Id group = createGroup(ada, QStringLiteral("Floor"));
    QVERIFY(!(group).isNull());
    GroupMembersChange add;
    add.groupId = group;
    add.accountIds = {id(QStringLiteral("otto@example.org"))};
    for (int i = 0; i < 2; ++i) {
        QVERIFY(await(m_groups->changeGroupMembers(ada, add)).ok());
    }
    const auto count = [&](const char* action, const QString& email) {
        return idsWhere([&](const AuditEvent& event) {
                   return event.action == QLatin1String(action) && event.targetId == id(email);
               })
            .size();
    };
    QCOMPARE(count("member.role_changed", QStringLiteral("max@example.org")), 1);
    QCOMPARE(count("member.disabled", QStringLiteral("nina@example.org")), 1);
    QCOMPARE(count("member.group_added", QStringLiteral("otto@example.org")), 1);
    QCOMPARE(events().size(), 4); // and the group's creation
}

void TestAuditLogContract::filtersNarrowAsDocumented()
{
    const Operator ada = as(QStringLiteral("ada@example.org"));
    const Operator grace = as(QStringLiteral("grace@example.org"));
    QList<QDateTime> at;
    at.append(clock::now());
    QVERIFY(change(ada, MemberOperation::ChangeRole, QStringLiteral("max@example.org"), Role::Editor).done);
    clock::advanceForTesting(60);
    at.append(clock::now());
    QVERIFY(change(grace, MemberOperation::Disable, QStringLiteral("nina@example.org")).done);
    clock::advanceForTesting(60);
    at.append(clock::now());
    const Id group = createGroup(ada, QStringLiteral("Night Shift"));
    QVERIFY(!(group).isNull());
    clock::advanceForTesting(60);
    at.append(clock::now());
    GroupMembersChange add;
    add.groupId = group;
    add.accountIds = {id(QStringLiteral("otto@example.org"))};
    QVERIFY(await(m_groups->changeGroupMembers(grace, add)).value().value(0).done);
    const QList<AuditEvent> all = events();
    QCOMPARE(all.size(), 4);
    // By time, newest first: t3 (Grace adds Otto), t2 (Ada makes the group), t1 (Grace disables
    // Nina), t0 (Ada promotes Max).
    const Id addOtto = all.at(0).id;
    const Id makeGroup = all.at(1).id;
    const Id disableNina = all.at(2).id;
    const Id promoteMax = all.at(3).id;
    QCOMPARE(all.at(0).action, QStringLiteral("member.group_added"));
    QCOMPARE(all.at(3).action, QStringLiteral("member.role_changed"));

    const auto found = [&](const std::function<void(AuditQuery&)>& narrow) {
        AuditQuery query;
        narrow(query);
        return ids(events(query));
    };
    using Ids = QList<Id>;
    QCOMPARE(found([&](AuditQuery& q) { q.actorId = grace.accountId; }), (Ids{addOtto, disableNina}));
    QCOMPARE(found([&](AuditQuery& q) { q.actorId = ada.accountId; }), (Ids{makeGroup, promoteMax}));
    QCOMPARE(found([&](AuditQuery& q) { q.targetId = id(QStringLiteral("nina@example.org")); }), Ids{disableNina});
    QCOMPARE(found([&](AuditQuery& q) { q.targetId = id(QStringLiteral("mia@example.org")); }), Ids{});
    QCOMPARE(found([&](AuditQuery& q) { q.action = QStringLiteral("member.role_changed"); }), Ids{promoteMax});
    QCOMPARE(found([&](AuditQuery& q) { q.action = QStringLiteral("member.deleted"); }), Ids{});
    QCOMPARE(found([&](AuditQuery& q) {
                 q.actorId = ada.accountId;
                 q.action = QStringLiteral("group.created");
             }),
             Ids{makeGroup});
    // Text: a literal part of a name or an address, of the actor or of the target (a group by its name).
    QCOMPARE(found([&](AuditQuery& q) { q.actorText = QStringLiteral("Grace"); }), (Ids{addOtto, disableNina}));
    QCOMPARE(found([&](AuditQuery& q) { q.actorText = QStringLiteral("ada@exa"); }), (Ids{makeGroup, promoteMax}));
    QCOMPARE(found([&](AuditQuery& q) { q.targetText = QStringLiteral("nina@"); }), Ids{disableNina});
    QCOMPARE(found([&](AuditQuery& q) { q.targetText = QStringLiteral("Night"); }), Ids{makeGroup});
    QCOMPARE(found([&](AuditQuery& q) { q.targetText = QStringLiteral("Member"); }),
             (Ids{addOtto, disableNina, promoteMax}));
    // Wildcards of SQL and patterns are letters like any other: nobody's name holds them.
    for (const char* wild : {"%", "_", "*", "Gr%ce", "Gr_ce"}) {
        QVERIFY2(found([&](AuditQuery& q) { q.actorText = QString::fromLatin1(wild); }).isEmpty(), wild);
        QVERIFY2(found([&](AuditQuery& q) { q.targetText = QString::fromLatin1(wild); }).isEmpty(), wild);
    }
    // Since is inclusive, until exclusive.
    QCOMPARE(found([&](AuditQuery& q) { q.since = at.at(1); }), (Ids{addOtto, makeGroup, disableNina}));
    QCOMPARE(found([&](AuditQuery& q) { q.until = at.at(1); }), Ids{promoteMax});
    QCOMPARE(found([&](AuditQuery& q) {
                 q.since = at.at(1);
                 q.until = at.at(3);
             }),
             (Ids{makeGroup, disableNina}));
    QCOMPARE(found([&](AuditQuery& q) { q.since = at.at(3).addSecs(1); }), Ids{});
    // The filters and a limit together: the newest of those that match.
    QCOMPARE(found([&](AuditQuery& q) {
                 q.actorId = grace.accountId;
                 q.limit = 1;
             }),
             Ids{addOtto});
}

void TestAuditLogContract::textFiltersFindNamesInAnyScript()
{
    // An operator types part of a name as it is written, accents and all. The name here is
    // written with capitals outside ASCII ("Émile", "Ødegaard").
    const Id group = createGroup(as(QStringLiteral("ada@example.org")), QStringLiteral("Équipe Nord"));
    QVERIFY(!(group).isNull());
    QVERIFY(change(as(QStringLiteral("ada@example.org")), MemberOperation::Disable, QStringLiteral("emile@example.org"))
                .done);
    const QList<AuditEvent> all = events();
    QCOMPARE(all.size(), 2);
    const Id disableEmile = all.at(0).id;
    const Id makeGroup = all.at(1).id;
    QCOMPARE(all.at(0).targetName, QStringLiteral("Émile Zoë Ødegaard"));
    const auto found = [&](const QString& targetText) {
        AuditQuery query;
        query.targetText = targetText;
        return ids(events(query));
    };
    QCOMPARE(found(QStringLiteral("Zoë")), QList<Id>{disableEmile}); // no capital: found either way
    QCOMPARE(found(QStringLiteral("emile@")), QList<Id>{disableEmile});
    // Capitals outside ASCII, typed as written, on every backend (SQLite's own lower() folds
    // ASCII only, so its search folds with usher_fold()).
    QCOMPARE(found(QStringLiteral("Émile")), QList<Id>{disableEmile});
    QCOMPARE(found(QStringLiteral("ØDEGAARD")), QList<Id>{disableEmile});
    QCOMPARE(found(QStringLiteral("Équipe")), QList<Id>{makeGroup});
}

void TestAuditLogContract::newestFirstAndPagesCoverTheLogOnce()
{
    // Several events in one second (a change to three people), others a minute apart.
    const Operator ada = as(QStringLiteral("ada@example.org"));
    QVERIFY(change(ada, MemberOperation::ChangeRole, QStringLiteral("max@example.org"), Role::Editor).done);
    clock::advanceForTesting(60);
    MemberChange disable;
    disable.operation = MemberOperation::Disable;
    for (const char* email : {"max@example.org", "nina@example.org", "otto@example.org"}) {
        disable.targets.append({id(QString::fromLatin1(email)), -1});
    }
    const auto disabled = await(m_members->changeMembers(ada, disable));
    QVERIFY(disabled.ok() && disabled.value().size() == 3);
    QVERIFY(!(createGroup(ada, QStringLiteral("Same Second"))).isNull());
    clock::advanceForTesting(60);
    for (const char* email : {"max@example.org", "nina@example.org"}) {
        QVERIFY(change(ada, MemberOperation::Reactivate, QString::fromLatin1(email)).done);
    }
    AuditQuery everything;
    everything.limit = 0;
    const QList<AuditEvent> all = events(everything);
    QCOMPARE(all.size(), 7);
    for (int i = 1; i < all.size(); ++i) {
        const AuditEvent& newer = all.at(i - 1);
        const AuditEvent& older = all.at(i);
        QVERIFY2(newer.at > older.at || (newer.at == older.at && older.id < newer.id),
                 qPrintable(QStringLiteral("event %1 listed before %2").arg(newer.id.text(), older.id.text())));
    }
    QCOMPARE(all.constLast().action, QStringLiteral("member.role_changed"));
    QCOMPARE(all.constFirst().action, QStringLiteral("member.reactivated"));
    QCOMPARE(all.constFirst().targetId, id(QStringLiteral("nina@example.org"))); // the later of the two
    // Pages of two, each older than the last one seen, cover the log once, in the same order,
    // pages ending in the middle of one second's events.
    QList<Id> paged;
    AuditQuery page;
    page.limit = 2;
    for (int pages = 0; pages < 10; ++pages) {
        const QList<AuditEvent> rows = events(page);
        QVERIFY(rows.size() <= 2);
        for (const AuditEvent& event : rows) {
            QVERIFY2(!paged.contains(event.id), "an event listed twice");
            paged.append(event.id);
        }
        if (rows.size() < 2) {
            break;
        }
        page.beforeAt = rows.constLast().at.toSecsSinceEpoch();
        page.beforeId = rows.constLast().id;
    }
    QCOMPARE(paged, ids(all));
    // The default asks for a page, not everything.
    QVERIFY(AuditQuery{}.limit > 0);
    QCOMPARE(events(AuditQuery{}).size(), qMin(AuditQuery{}.limit, 7));
}

void TestAuditLogContract::onlyThoseWhoMayReadTheLogReadIt()
{
    QVERIFY(!(createGroup(as(QStringLiteral("ada@example.org")), QStringLiteral("Something to see"))).isNull());
    const auto read = [&](const Id& viewer) {
        AuditQuery query;
        query.workspaceId = 1;
        query.viewerId = viewer;
        return await(m_audit->listAudit(query));
    };
    for (const char* who : {"ada@example.org", "mia@example.org", "eddie@example.org", "mo@example.org"}) {
        const auto result = read(id(QString::fromLatin1(who)));
        QVERIFY2(result.ok(), who);
        QVERIFY2(!result.value().isEmpty(), who);
    }
    // Roles without the audit log, a disabled Admin, and nobody at all.
    for (const Id& viewer : {id(QStringLiteral("hal@example.org")), id(QStringLiteral("max@example.org")),
                                id(QStringLiteral("dana@example.org")), Id(987654), Id()}) {
        const auto result = read(viewer);
        QVERIFY2(!result.ok(), qPrintable((viewer).text()));
        QCOMPARE(result.error().kind, Kind::Refused);
        QVERIFY(!result.error().message.isEmpty());
    }
    // Mia's role is taken away while her window is open: her next read is refused, whatever
    // role she had when she signed in.
    QVERIFY(change(as(QStringLiteral("ada@example.org")), MemberOperation::ChangeRole,
                   QStringLiteral("mia@example.org"), Role::Member)
                .done);
    const auto after = read(id(QStringLiteral("mia@example.org")));
    QVERIFY(!after.ok());
    QCOMPARE(after.error().kind, Kind::Refused);
}

void TestAuditLogContract::twoOperatorsAtOnceAreEachListedForWhatTheyDid()
{
    // Ada and Grace, on two connections, disable Nina at the same moment and each someone else.
    std::unique_ptr<Backend> other = m_database->backend();
    QVERIFY(await(other->open()).ok());
    MemberChange adaChange;
    adaChange.operation = MemberOperation::Disable;
    adaChange.targets = {{id(QStringLiteral("max@example.org")), -1}, {id(QStringLiteral("nina@example.org")), -1}};
    MemberChange graceChange;
    graceChange.operation = MemberOperation::Disable;
    graceChange.targets = {{id(QStringLiteral("nina@example.org")), -1}, {id(QStringLiteral("otto@example.org")), -1}};
    auto byAda = m_members->changeMembers(as(QStringLiteral("ada@example.org")), adaChange);
    auto byGrace = other->members()->changeMembers(as(QStringLiteral("grace@example.org")), graceChange);
    const auto adas = await(byAda);
    const auto graces = await(byGrace);
    QVERIFY(adas.ok() && graces.ok());
    QVERIFY(adas.value().at(0).done && graces.value().at(1).done);
    const bool adaGotNina = adas.value().at(1).done;
    QVERIFY2(adaGotNina != graces.value().at(0).done, "Nina is disabled once");
    other.reset();
    const auto disabledBy = [&](const QString& email) {
        QList<Id> actors;
        for (const AuditEvent& event : events()) {
            if (event.action == QLatin1String("member.disabled") && event.targetId == id(email)) {
                actors.append(event.actorId);
            }
        }
        return actors;
    };
    QCOMPARE(disabledBy(QStringLiteral("max@example.org")), QList<Id>{id(QStringLiteral("ada@example.org"))});
    QCOMPARE(disabledBy(QStringLiteral("otto@example.org")), QList<Id>{id(QStringLiteral("grace@example.org"))});
    QCOMPARE(disabledBy(QStringLiteral("nina@example.org")),
             QList<Id>{id(adaGotNina ? QStringLiteral("ada@example.org") : QStringLiteral("grace@example.org"))});
    QCOMPARE(events().size(), 3);
}

QTEST_GUILESS_MAIN(TestAuditLogContract)
#include "tst_auditlogcontract.moc"
