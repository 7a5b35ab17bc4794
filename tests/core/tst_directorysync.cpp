// The one rule of directory sync (G5), as every backend applies it: who is added, linked,
// updated, disabled or left alone, and when a sync stops to ask.
#include "core/directorysync.h"

#include <QTest>

using namespace usher;

namespace {

DirectoryPerson person(const QString& id, const QString& email, const QString& name = {})
{
    DirectoryPerson p;
    p.externalId = id;
    p.dn = QStringLiteral("uid=%1,ou=people,dc=example,dc=org").arg(id);
    p.email = email;
    p.displayName = name.isEmpty() ? email.section(QLatin1Char('@'), 0, 0) : name;
    return p;
}

SyncMember member(qint64 accountId, const QString& id, const QString& email, Status status = Status::Active,
                  Role role = Role::Member)
{
    SyncMember m;
    m.accountId = accountId;
    m.externalId = id;
    m.email = email;
    m.displayName = email.section(QLatin1Char('@'), 0, 0);
    const PersonName names = splitDisplayName(m.displayName);
    m.firstName = names.first;
    m.lastName = names.last;
    m.status = status;
    m.role = role;
    return m;
}

DirectorySource source()
{
    DirectorySource s;
    s.url = QStringLiteral("ldap://127.0.0.1:389");
    s.peopleBase = QStringLiteral("ou=people,dc=example,dc=org");
    s.groupsBase = QStringLiteral("ou=groups,dc=example,dc=org");
    return s;
}

const SyncStep* stepOf(const SyncPlan& plan, const QString& externalId)
{
    for (const SyncStep& step : plan.people) {
        if (step.externalId == externalId) {
            return &step;
        }
    }
    return nullptr;
}

} // namespace

class TestDirectorySync : public QObject
{
    Q_OBJECT

private slots:
    void newPeopleAreAddedWithinTheSeatCap();
    void anUnlinkedMemberIsLinkedByAddressButALinkedOneIsNotTakenOver();
    void peopleWhoLeaveAreDisabledNeverDeleted();
    void aPartialListingDisablesNobody();
    void aPartialListingTakesNobodyOutOfAGroup();
    void aListingOfNoGroupsEmptiesNoGroup();
    void aMassDisableStopsAndAsks();
    void theOperatorAndTheLastAdminStayActive();
    void peopleDisabledBySyncComeBackButNotThoseDisabledByHand();
    void aNewAddressTakenBySomeoneElseIsRefused();
    void theChosenGroupsScopeFollowsOnlyTheirMembers();
    void groupsAreCreatedRenamedAndMirrored();
    void aNativeGroupOfTheSameNameIsNotTakenOver();
    void aRunOfChangesOnlyDisablesNobodyAndKeepsGroupsWhole();
    void aFullRunIsDueADayAfterTheLast();
    void sourceProblemsNameTheField_data();
    void sourceProblemsNameTheField();
};

void TestDirectorySync::newPeopleAreAddedWithinTheSeatCap()
{
    DirectorySnapshot snapshot;
    snapshot.people = {person(QStringLiteral("a"), QStringLiteral("ada@example.org"), QStringLiteral("Ada Lovelace")),
                       person(QStringLiteral("b"), QStringLiteral("bob@example.org")),
                       person(QStringLiteral("c"), QStringLiteral("cy@example.org")),
                       person(QStringLiteral("d"), QStringLiteral("not an address")),
                       person(QStringLiteral("e"), QStringLiteral("ADA@example.org"))};
    SyncState state;
    state.members = {member(1, {}, QStringLiteral("op@example.org"), Status::Active, Role::Admin)};
    state.operatorAccountId = 1;
    state.activeAdmins = 1;
    state.seatsUsed = 1;
    state.seatCap = 3;

    const SyncPlan plan = planDirectorySync(source(), snapshot, state);
    QCOMPARE(stepOf(plan, QStringLiteral("a"))->change, SyncChange::Added);
    QCOMPARE(stepOf(plan, QStringLiteral("a"))->name->first, QStringLiteral("Ada"));
    QCOMPARE(stepOf(plan, QStringLiteral("a"))->name->last, QStringLiteral("Lovelace"));
    QCOMPARE(stepOf(plan, QStringLiteral("b"))->change, SyncChange::Added);
    QCOMPARE(stepOf(plan, QStringLiteral("c"))->change, SyncChange::Skipped);
    QVERIFY(!stepOf(plan, QStringLiteral("c"))->refusal.isEmpty());
    QCOMPARE(stepOf(plan, QStringLiteral("d"))->change, SyncChange::Refused);
    QVERIFY(stepOf(plan, QStringLiteral("d"))->refusal.contains(QStringLiteral("address")));
    // Two entries with one address (in any case): the second is refused, not merged.
    QCOMPARE(stepOf(plan, QStringLiteral("e"))->change, SyncChange::Refused);
    QVERIFY(plan.seatNote.contains(QStringLiteral("1 person")));
    QCOMPARE(plan.disables(), 0);
}

void TestDirectorySync::anUnlinkedMemberIsLinkedByAddressButALinkedOneIsNotTakenOver()
{
    DirectorySnapshot snapshot;
    snapshot.people = {person(QStringLiteral("new-id"), QStringLiteral("Ada@Example.org"), QStringLiteral("Ada King")),
                       person(QStringLiteral("other"), QStringLiteral("bob@example.org"))};
    SyncState state;
    state.members = {member(1, {}, QStringLiteral("ada@example.org")),
                     member(2, QStringLiteral("bob-id"), QStringLiteral("bob@example.org")),
                     member(3, {}, QStringLiteral("gone@example.org"), Status::Deleted)};
    const SyncPlan plan = planDirectorySync(source(), snapshot, state);
    const SyncStep* ada = stepOf(plan, QStringLiteral("new-id"));
    QCOMPARE(ada->change, SyncChange::Linked);
    QCOMPARE(ada->accountId, 1);
    QVERIFY(ada->emailChanges); // the directory's spelling of the address
    QVERIFY(ada->name.has_value());
    // Bob is followed as "bob-id": a second entry with his address does not take him over...
    const SyncStep* other = stepOf(plan, QStringLiteral("other"));
    QCOMPARE(other->change, SyncChange::Refused);
    QVERIFY(other->refusal.contains(QStringLiteral("another entry of the directory")));
    // ...and Bob, whose own entry is gone, is disabled.
    QCOMPARE(stepOf(plan, QStringLiteral("bob-id"))->change, SyncChange::Disabled);
}

void TestDirectorySync::peopleWhoLeaveAreDisabledNeverDeleted()
{
    DirectorySnapshot snapshot;
    for (int i = 0; i < 20; ++i) {
        snapshot.people.append(person(QString::number(i), QStringLiteral("p%1@example.org").arg(i)));
    }
    SyncState state;
    for (int i = 0; i < 21; ++i) {
        state.members.append(member(100 + i, QString::number(i), QStringLiteral("p%1@example.org").arg(i)));
    }
    state.members.append(member(500, {}, QStringLiteral("native@example.org"))); // not synced: left alone
    state.members.append(member(501, QStringLiteral("gone-before"), QStringLiteral("x@example.org"), Status::Disabled));
    const SyncPlan plan = planDirectorySync(source(), snapshot, state);
    QCOMPARE(plan.syncedActive, 21);
    QCOMPARE(plan.disables(), 1);
    QCOMPARE(stepOf(plan, QStringLiteral("20"))->change, SyncChange::Disabled);
    QCOMPARE(plan.count(SyncChange::Unchanged), 20);
    QVERIFY(!stepOf(plan, QStringLiteral("gone-before"))); // already disabled: nothing to do
    QVERIFY(plan.massDisable.isEmpty()); // 1 of 21 is under 10 %
    for (const SyncStep& step : plan.people) {
        QVERIFY(step.accountId != 500);
    }
}

void TestDirectorySync::aPartialListingTakesNobodyOutOfAGroup()
{
    DirectorySnapshot snapshot;
    snapshot.people = {person(QStringLiteral("a"), QStringLiteral("a@example.org"))};
    snapshot.groups = {{QStringLiteral("g1"), {}, QStringLiteral("Team"), {QStringLiteral("a")}}};
    snapshot.complete = false;
    snapshot.incompleteWhy = QStringLiteral("size limit exceeded");
    SyncState state;
    state.members = {member(1, QStringLiteral("a"), QStringLiteral("a@example.org")),
                     member(2, QStringLiteral("b"), QStringLiteral("b@example.org"))};
    state.groups = {{10, QStringLiteral("Team"), true, QStringLiteral("g1"), {2}}};
    const SyncPlan plan = planDirectorySync(source(), snapshot, state);
    QCOMPARE(plan.groups.size(), 1);
    QCOMPARE(plan.groups.first().addIds, QStringList {QStringLiteral("a")});
    QVERIFY(plan.groups.first().removeIds.isEmpty()); // b was perhaps only not read
}

void TestDirectorySync::aListingOfNoGroupsEmptiesNoGroup()
{
    DirectorySnapshot snapshot; // complete, people listed, no groups (a wrong groups base DN)
    snapshot.people = {person(QStringLiteral("a"), QStringLiteral("a@example.org"))};
    SyncState state;
    state.members = {member(1, QStringLiteral("a"), QStringLiteral("a@example.org"))};
    state.groups = {{10, QStringLiteral("Team"), true, QStringLiteral("g1"), {1}},
                    {11, QStringLiteral("Sample"), true, {}, {1}}}; // synced, but not by a sync
    SyncPlan plan = planDirectorySync(source(), snapshot, state);
    QVERIFY(plan.groups.isEmpty());
    QVERIFY(!plan.groupsWithheld.isEmpty());
    // With another group listed, Team is gone from the directory and emptied; Sample never.
    snapshot.groups = {{QStringLiteral("g2"), {}, QStringLiteral("Other"), {}}};
    plan = planDirectorySync(source(), snapshot, state);
    QCOMPARE(plan.groups.size(), 2);
    QCOMPARE(plan.groups.at(1).groupId, 10);
    QCOMPARE(plan.groups.at(1).removeIds, QList<qint64> {1});
    QCOMPARE(plan.followed.value(QStringLiteral("a")), 1);
}

void TestDirectorySync::aPartialListingDisablesNobody()
{
    DirectorySnapshot snapshot;
    snapshot.people = {person(QStringLiteral("1"), QStringLiteral("p1@example.org"))};
    snapshot.complete = false;
    snapshot.incompleteWhy = QStringLiteral("size limit exceeded");
    SyncState state;
    for (int i = 1; i <= 5; ++i) {
        state.members.append(member(i, QString::number(i), QStringLiteral("p%1@example.org").arg(i)));
    }
    const SyncPlan plan = planDirectorySync(source(), snapshot, state);
    QCOMPARE(plan.disables(), 0);
    QVERIFY(plan.disablesWithheld.contains(QStringLiteral("size limit exceeded")));
}

void TestDirectorySync::aMassDisableStopsAndAsks()
{
    SyncState state;
    for (int i = 1; i <= 30; ++i) {
        state.members.append(member(i, QString::number(i), QStringLiteral("p%1@example.org").arg(i)));
    }
    DirectorySource s = source();
    DirectorySnapshot empty; // a wrong base DN: complete, and nobody in it
    SyncPlan plan = planDirectorySync(s, empty, state);
    QCOMPARE(plan.disables(), 30);
    QVERIFY(plan.massDisable.contains(QStringLiteral("30 of the 30")));

    DirectorySnapshot most;
    for (int i = 1; i <= 27; ++i) {
        most.people.append(person(QString::number(i), QStringLiteral("p%1@example.org").arg(i)));
    }
    plan = planDirectorySync(s, most, state);
    QCOMPARE(plan.disables(), 3);
    QVERIFY(plan.massDisable.isEmpty()); // exactly 10 %
    most.people.removeLast();
    plan = planDirectorySync(s, most, state);
    QVERIFY(!plan.massDisable.isEmpty()); // 4 of 30
    s.disableThresholdPercent = 20;
    QVERIFY(planDirectorySync(s, most, state).massDisable.isEmpty());
}

void TestDirectorySync::theOperatorAndTheLastAdminStayActive()
{
    SyncState state;
    state.members = {member(1, QStringLiteral("op"), QStringLiteral("op@example.org"), Status::Active, Role::Manager),
                     member(2, QStringLiteral("admin"), QStringLiteral("admin@example.org"), Status::Active, Role::Admin)};
    state.operatorAccountId = 1;
    state.activeAdmins = 1;
    DirectorySource s = source();
    s.disableThresholdPercent = 100;
    const SyncPlan plan = planDirectorySync(s, {}, state);
    QCOMPARE(stepOf(plan, QStringLiteral("op"))->change, SyncChange::Refused);
    QVERIFY(stepOf(plan, QStringLiteral("op"))->refusal.contains(QStringLiteral("You run this sync")));
    QCOMPARE(stepOf(plan, QStringLiteral("admin"))->change, SyncChange::Refused);
    QCOMPARE(plan.disables(), 0);
}

void TestDirectorySync::peopleDisabledBySyncComeBackButNotThoseDisabledByHand()
{
    SyncState state;
    state.members = {member(1, QStringLiteral("s"), QStringLiteral("s@example.org"), Status::Disabled),
                     member(2, QStringLiteral("h"), QStringLiteral("h@example.org"), Status::Disabled)};
    state.members[0].disabledBySync = true;
    state.seatsUsed = 0;
    state.seatCap = 5;
    DirectorySnapshot snapshot;
    snapshot.people = {person(QStringLiteral("s"), QStringLiteral("s@example.org")),
                       person(QStringLiteral("h"), QStringLiteral("h@example.org"))};
    const SyncPlan plan = planDirectorySync(source(), snapshot, state);
    QCOMPARE(stepOf(plan, QStringLiteral("s"))->change, SyncChange::Reactivated);
    QCOMPARE(stepOf(plan, QStringLiteral("h"))->change, SyncChange::Unchanged);

    state.seatCap = 0; // no free seat: reactivating waits for one
    QCOMPARE(stepOf(planDirectorySync(source(), snapshot, state), QStringLiteral("s"))->change, SyncChange::Skipped);
}

void TestDirectorySync::aNewAddressTakenBySomeoneElseIsRefused()
{
    SyncState state;
    state.members = {member(1, QStringLiteral("a"), QStringLiteral("a@example.org")),
                     member(2, {}, QStringLiteral("taken@example.org"))};
    DirectorySnapshot snapshot;
    snapshot.people = {person(QStringLiteral("a"), QStringLiteral("taken@example.org"))};
    const SyncPlan plan = planDirectorySync(source(), snapshot, state);
    QCOMPARE(stepOf(plan, QStringLiteral("a"))->change, SyncChange::Refused);
    QVERIFY(stepOf(plan, QStringLiteral("a"))->refusal.contains(QStringLiteral("taken@example.org")));
    QCOMPARE(plan.disables(), 0); // still in the directory, only not renamed
}

void TestDirectorySync::theChosenGroupsScopeFollowsOnlyTheirMembers()
{
    DirectorySource s = source();
    s.scope = DirectoryScope::ChosenGroups;
    s.chosenGroups = {QStringLiteral("engineering")};
    DirectorySnapshot snapshot;
    snapshot.people = {person(QStringLiteral("a"), QStringLiteral("a@example.org")),
                       person(QStringLiteral("b"), QStringLiteral("b@example.org"))};
    snapshot.groups = {{QStringLiteral("g1"), {}, QStringLiteral("Engineering"), {QStringLiteral("a")}},
                       {QStringLiteral("g2"), {}, QStringLiteral("Sales"), {QStringLiteral("b")}}};
    SyncState state;
    state.members = {member(7, QStringLiteral("b"), QStringLiteral("b@example.org"))};
    s.disableThresholdPercent = 100;
    const SyncPlan plan = planDirectorySync(s, snapshot, state);
    QCOMPARE(stepOf(plan, QStringLiteral("a"))->change, SyncChange::Added);
    QCOMPARE(stepOf(plan, QStringLiteral("b"))->change, SyncChange::Disabled); // left the chosen groups
    QCOMPARE(plan.groups.size(), 1);
    QCOMPARE(plan.groups.first().name, QStringLiteral("Engineering"));
    QCOMPARE(plan.groups.first().addIds, QStringList {QStringLiteral("a")});
}

void TestDirectorySync::groupsAreCreatedRenamedAndMirrored()
{
    DirectorySnapshot snapshot;
    snapshot.people = {person(QStringLiteral("a"), QStringLiteral("a@example.org")),
                       person(QStringLiteral("b"), QStringLiteral("b@example.org"))};
    snapshot.groups = {{QStringLiteral("g1"), {}, QStringLiteral("Platform"), {QStringLiteral("a"), QStringLiteral("b")}},
                       {QStringLiteral("g2"), {}, QStringLiteral("Sales"), {QStringLiteral("a"), QStringLiteral("x")}}};
    SyncState state;
    state.members = {member(1, QStringLiteral("a"), QStringLiteral("a@example.org")),
                     member(2, QStringLiteral("c"), QStringLiteral("c@example.org"))};
    state.groups = {{10, QStringLiteral("Infrastructure"), true, QStringLiteral("g1"), {1, 2}},
                    {11, QStringLiteral("Old"), true, QStringLiteral("g9"), {1}}};
    DirectorySource s = source();
    s.disableThresholdPercent = 100;
    const SyncPlan plan = planDirectorySync(s, snapshot, state);
    QCOMPARE(plan.groups.size(), 3);
    const GroupSyncStep& platform = plan.groups.at(0);
    QCOMPARE(platform.groupId, 10);
    QCOMPARE(platform.oldName, QStringLiteral("Infrastructure"));
    QCOMPARE(platform.addIds, QStringList {QStringLiteral("b")}); // a new person, by id
    QCOMPARE(platform.removeIds, QList<qint64> {2});               // c left the directory
    const GroupSyncStep& sales = plan.groups.at(1);
    QCOMPARE(sales.groupId, 0);
    QCOMPARE(sales.addIds, QStringList {QStringLiteral("a")}); // x is outside the people base
    const GroupSyncStep& old = plan.groups.at(2);
    QCOMPARE(old.groupId, 11);
    QCOMPARE(old.removeIds, QList<qint64> {1});
}

void TestDirectorySync::aNativeGroupOfTheSameNameIsNotTakenOver()
{
    DirectorySnapshot snapshot;
    snapshot.people = {person(QStringLiteral("a"), QStringLiteral("a@example.org"))};
    snapshot.groups = {{QStringLiteral("g1"), {}, QStringLiteral("ADMINS"), {QStringLiteral("a")}}};
    SyncState state;
    state.groups = {{10, QStringLiteral("Admins"), false, {}, {}}};
    const SyncPlan plan = planDirectorySync(source(), snapshot, state);
    QCOMPARE(plan.groups.size(), 1);
    QVERIFY(plan.groups.first().refusal.contains(QStringLiteral("of its own")));
    QVERIFY(plan.groups.first().addIds.isEmpty());

    // Two groups of the directory with one name (in different branches): the second is
    // refused, not written over the first.
    snapshot.groups = {{QStringLiteral("g1"), {}, QStringLiteral("Ops"), {QStringLiteral("a")}},
                       {QStringLiteral("g2"), {}, QStringLiteral("OPS"), {QStringLiteral("a")}}};
    const SyncPlan twice = planDirectorySync(source(), snapshot, state);
    QCOMPARE(twice.groups.size(), 2);
    QVERIFY(twice.groups.at(0).refusal.isEmpty());
    QVERIFY(twice.groups.at(1).refusal.contains(QStringLiteral("also called")));
}

void TestDirectorySync::aRunOfChangesOnlyDisablesNobodyAndKeepsGroupsWhole()
{
    // Only b changed (renamed), and the group whose member list is whole now lists a and b but
    // not c; d (not listed at all) is still followed, in the chosen groups' scope too.
    DirectorySnapshot changes;
    changes.incremental = true;
    changes.people = {person(QStringLiteral("b"), QStringLiteral("b@example.org"), QStringLiteral("Bea Renamed"))};
    changes.groups = {{QStringLiteral("g1"), {}, QStringLiteral("Team"), {QStringLiteral("a"), QStringLiteral("b")}}};
    SyncState state;
    state.members = {member(1, QStringLiteral("a"), QStringLiteral("a@example.org")),
                     member(2, QStringLiteral("b"), QStringLiteral("b@example.org")),
                     member(3, QStringLiteral("c"), QStringLiteral("c@example.org")),
                     member(4, QStringLiteral("d"), QStringLiteral("d@example.org"))};
    state.groups = {{10, QStringLiteral("Team"), true, QStringLiteral("g1"), {1, 3}},
                    {11, QStringLiteral("Other"), true, QStringLiteral("g2"), {4}}};
    for (const DirectoryScope scope : {DirectoryScope::AllPeople, DirectoryScope::ChosenGroups}) {
        DirectorySource s = source();
        s.scope = scope;
        s.chosenGroups = {QStringLiteral("Team"), QStringLiteral("Other")};
        const SyncPlan plan = planDirectorySync(s, changes, state);
        QCOMPARE(plan.disables(), 0);
        QCOMPARE(plan.people.size(), 1);
        QCOMPARE(stepOf(plan, QStringLiteral("b"))->change, SyncChange::Updated);
        QCOMPARE(plan.groups.size(), 1); // "Other" was not listed: left as it is
        QCOMPARE(plan.groups.first().addIds, QStringList {QStringLiteral("b")});
        QCOMPARE(plan.groups.first().removeIds, QList<qint64> {3});
    }
}

void TestDirectorySync::aFullRunIsDueADayAfterTheLast()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    DirectorySource s = source();
    QVERIFY(wantsFullRun(s, now)); // never synced whole
    s.highWater = QStringLiteral("20261208013000Z");
    s.lastFullRunAt = now.addSecs(-3600);
    QVERIFY(!wantsFullRun(s, now));
    s.lastFullRunAt = now.addSecs(-fullRunHours * 3600);
    QVERIFY(wantsFullRun(s, now));
    QVERIFY(isGeneralizedTime(QStringLiteral("20261208013000Z")));
    QVERIFY(isGeneralizedTime(QStringLiteral("20261208013000.0Z")));
    QVERIFY(!isGeneralizedTime(QStringLiteral("20261208013000Z)(objectClass=*")));
    QVERIFY(!isGeneralizedTime(QString()));
}

void TestDirectorySync::sourceProblemsNameTheField_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("tls");
    QTest::addColumn<QString>("peopleBase");
    QTest::addColumn<QString>("idAttribute");
    QTest::addColumn<QString>("expected");
    const int startTls = int(DirectoryTls::StartTls);
    const int ldaps = int(DirectoryTls::Ldaps);
    const QString base = QStringLiteral("ou=people,dc=example,dc=org");
    const QString id = QStringLiteral("entryUUID");
    QTest::newRow("fine") << "ldap://ldap.example.org" << startTls << base << id << QString();
    QTest::newRow("ldaps fine") << "ldaps://ldap.example.org:636" << ldaps << base << id << QString();
    QTest::newRow("empty") << "" << startTls << base << id << "Server:";
    QTest::newRow("http") << "https://ldap.example.org" << startTls << base << id << "not an LDAP address";
    QTest::newRow("no host") << "ldap://" << startTls << base << id << "not an LDAP address";
    QTest::newRow("dn in url") << "ldap://h/dc=example,dc=org" << startTls << base << id << "base DNs";
    QTest::newRow("ldaps url, starttls") << "ldaps://h" << startTls << base << id << "Security:";
    QTest::newRow("ldap url, ldaps") << "ldap://h" << ldaps << base << id << "Security:";
    QTest::newRow("no base") << "ldap://h" << startTls << "  " << id << "People base DN";
    QTest::newRow("filter injection") << "ldap://h" << startTls << base << "uid)(objectClass=*" << "Id attribute";
    QTest::newRow("oid") << "ldap://h" << startTls << base << "1.3.6.1.1.16.4" << QString();
    QTest::newRow("person filter") << "ldap://h" << startTls << base << id << QString();
    QTest::newRow("person filter breaks out") << "ldap://h" << startTls << base << id << "Person filter";
}

void TestDirectorySync::sourceProblemsNameTheField()
{
    QFETCH(QString, url);
    QFETCH(int, tls);
    QFETCH(QString, peopleBase);
    QFETCH(QString, idAttribute);
    QFETCH(QString, expected);
    DirectorySource s = source();
    s.url = url;
    s.tls = DirectoryTls(tls);
    s.peopleBase = peopleBase;
    s.mapping.id = idAttribute;
    if (QByteArray(QTest::currentDataTag()) == "person filter") {
        s.mapping.personFilter = presetMapping(DirectoryPreset::ActiveDirectory).personFilter;
    } else if (QByteArray(QTest::currentDataTag()) == "person filter breaks out") {
        s.mapping.personFilter = QStringLiteral("(a=b))(|(objectClass=*)");
    }
    const std::optional<QString> problem = directorySourceProblem(s);
    if (expected.isEmpty()) {
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    } else {
        QVERIFY(problem);
        QVERIFY2(problem->contains(expected), qPrintable(*problem));
    }
}

QTEST_GUILESS_MAIN(TestDirectorySync)
#include "tst_directorysync.moc"
