#include "connection/sql/sqlbackend.h"
#include "core/group.h"
#include "testsupport.h"

#include <QTest>

using namespace usher;
using namespace usher::test;
using Kind = BackendError::Kind;

/// Groups and permissions through the backend, on both SQL backends: changes to groups and
/// their members are checked in the transaction and audited, synced groups are refused, and
/// effective permissions and a deletion's impact come out with who grants what.
class TestGroups : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createRenameDeleteAreValidatedAndAudited();
    void rolesWithoutTheRightAreRefused_data();
    void rolesWithoutTheRightAreRefused();
    void nobodyGrantsAPermissionTheirRoleLacks();
    void groupChangesRespectRankAndRights();
    void membershipChangesReportEveryPerson();
    void addingAllMatchingAddsEveryMatchingMember();
    void syncedGroupsRefuseEditsSayingWhere();
    void deleteImpactNamesWhoLosesWhat();
    void effectivePermissionsAreTheUnionWithProvenance();
    void groupsAreListedSortedAndSearched();
    void membersAreListedWithSinceWhen();

private:
    qint64 idOf(const QString& email);
    qint64 groupId(const QString& name);
    qint64 count(const QString& sql, const QVariantList& binds = {});
    Operator as(const QString& email);
    qint64 create(const QString& op, const QString& name, const QStringList& permissions);
    QList<MemberOutcome> members(const QString& op, const QString& group, bool add, const QStringList& emails);
    QStringList groupsOf(const QString& email);
    MemberDetails details(const QString& email);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sql::SqlBackend> m_backend;
};

void TestGroups::init()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("groups"));
    auto person = [](const char* name, const char* email, Role role, Status status = Status::Active) {
        return SeedUser{QString::fromUtf8(name), QString::fromUtf8(email), role, status, Source::Invite,
                        1'700'000'000, 0, {}};
    };
    m_db->seed({
        person("Ada Admin", "ada@example.org", Role::Admin),
        person("Mia Manager", "mia@example.org", Role::Manager),
        person("Eddie Editor", "eddie@example.org", Role::Editor),
        person("Mo Monitor", "mo@example.org", Role::Monitor),
        person("Hal Helpdesk", "hal@example.org", Role::Helpdesk),
        person("Max Member", "max@example.org", Role::Member),
        person("Dot Deleted", "dot@example.org", Role::Member, Status::Deleted),
    });
    m_backend = m_db->openedBackend();
}

void TestGroups::cleanup()
{
    m_backend.reset();
    if (m_db) {
        // Whatever the test did, the kept member counts still agree with the members.
        const QStringList drift = DirectSql(*m_db).countsDrift();
        m_db.reset();
        QVERIFY2(drift.isEmpty(), qPrintable(drift.join(QStringLiteral("; "))));
    }
}

qint64 TestGroups::idOf(const QString& email)
{
    DirectSql direct(*m_db);
    return direct.scalar(QStringLiteral("SELECT id FROM accounts WHERE email = ?"), {email}).toLongLong();
}

qint64 TestGroups::groupId(const QString& name)
{
    DirectSql direct(*m_db);
    return direct.scalar(QStringLiteral("SELECT id FROM groups WHERE name = ?"), {name}).toLongLong();
}

qint64 TestGroups::count(const QString& sql, const QVariantList& binds)
{
    DirectSql direct(*m_db);
    return direct.scalar(sql, binds).toLongLong();
}

Operator TestGroups::as(const QString& email)
{
    Operator op;
    op.workspaceId = 1;
    op.accountId = idOf(email);
    return op;
}

qint64 TestGroups::create(const QString& op, const QString& name, const QStringList& permissions)
{
    GroupEdit edit;
    edit.name = name;
    edit.permissions = permissions;
    const auto result = await(m_backend->groups()->createGroup(as(op), edit));
    if (!result.ok()) {
        qWarning() << "createGroup failed:" << result.error().message;
        return 0;
    }
    return result.value().number();
}

QList<MemberOutcome> TestGroups::members(const QString& op, const QString& group, bool add, const QStringList& emails)
{
    GroupMembersChange change;
    change.groupId = groupId(group);
    change.add = add;
    for (const QString& email : emails) {
        change.accountIds.append(email.contains(QLatin1Char('@')) ? idOf(email) : email.toLongLong());
    }
    const auto result = await(m_backend->groups()->changeGroupMembers(as(op), change));
    if (!result.ok()) {
        qWarning() << "changeGroupMembers failed:" << result.error().message << result.error().detail;
        return {};
    }
    return result.value();
}

QStringList TestGroups::groupsOf(const QString& email)
{
    QStringList names;
    for (const GroupGrant& grant : details(email).groups) {
        names.append(grant.name);
    }
    return names;
}

MemberDetails TestGroups::details(const QString& email)
{
    const auto result = await(m_backend->members()->memberDetails(1, idOf(email), idOf(QStringLiteral("ada@example.org"))));
    if (!result.ok()) {
        qWarning() << "memberDetails failed:" << result.error().message;
        return {};
    }
    return result.value();
}

void TestGroups::createRenameDeleteAreValidatedAndAudited()
{
    const QString ada = QStringLiteral("ada@example.org");
    const qint64 id = create(ada, QStringLiteral("Auditors"), {QStringLiteral("audit.view")});
    QVERIFY(id > 0);

    // Bad input is refused, naming the field, and changes nothing.
    GroupEdit clash;
    clash.name = QStringLiteral("  AUDITORS ");
    auto refused = await(m_backend->groups()->createGroup(as(ada), clash));
    QCOMPARE(refused.error().kind, Kind::Invalid);
    QVERIFY2(refused.error().message.contains(QStringLiteral("already a group called “Auditors”")),
             qPrintable(refused.error().message));
    GroupEdit blank;
    blank.name = QStringLiteral("   ");
    QVERIFY(await(m_backend->groups()->createGroup(as(ada), blank)).error().message.startsWith(QStringLiteral("Name:")));
    GroupEdit unknown;
    unknown.name = QStringLiteral("Robots");
    unknown.permissions = QStringList{QStringLiteral("rockets.launch")};
    refused = await(m_backend->groups()->createGroup(as(ada), unknown));
    QCOMPARE(refused.error().kind, Kind::Invalid);
    QVERIFY(refused.error().message.contains(QStringLiteral("rockets.launch")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM groups")), 1);

    // Rename and new permissions; then delete.
    GroupEdit rename;
    rename.name = QStringLiteral("Reviewers");
    rename.description = QStringLiteral("Quarterly access reviews");
    rename.permissions = QStringList{QStringLiteral("users.view"), QStringLiteral("audit.view")};
    QVERIFY(await(m_backend->groups()->updateGroup(as(ada), id, rename)).ok());
    QCOMPARE(members(ada, QStringLiteral("Reviewers"), true, {QStringLiteral("max@example.org")}).value(0).done, true);
    QCOMPARE(groupsOf(QStringLiteral("max@example.org")), QStringList{QStringLiteral("Reviewers")});
    QVERIFY(await(m_backend->groups()->deleteGroup(as(ada), id)).ok());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM groups")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM group_permissions")), 0);
    QCOMPARE(groupsOf(QStringLiteral("max@example.org")), QStringList{});
    QCOMPARE(await(m_backend->groups()->deleteGroup(as(ada), id)).error().kind, Kind::NotFound);

    AuditQuery query;
    query.workspaceId = 1;
    query.viewerId = idOf(ada);
    const QList<AuditEvent> events = await(m_backend->auditLog()->listAudit(query)).value();
    QStringList actions;
    for (const AuditEvent& event : events) {
        actions.prepend(event.action);
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("group.created"), QStringLiteral("group.changed"),
                                   QStringLiteral("member.group_added"), QStringLiteral("group.deleted")}));
    // The deleted group is still named in the log, and can be found by that name.
    QCOMPARE(events.first().targetName, QStringLiteral("Reviewers"));
    QCOMPARE(auditChangeSummary(events.value(2)),
             QStringLiteral("description: — → Quarterly access reviews; name: Auditors → Reviewers; "
                            "permissions: audit.view → users.view, audit.view"));
    QCOMPARE(auditChangeSummary(events.value(1)), QStringLiteral("group: — → Reviewers"));
    query.targetText = QStringLiteral("review");
    QCOMPARE(await(m_backend->auditLog()->listAudit(query)).value().size(), 2); // changed and deleted
}

void TestGroups::rolesWithoutTheRightAreRefused_data()
{
    QTest::addColumn<QString>("op");
    QTest::newRow("editor") << QStringLiteral("eddie@example.org");
    QTest::newRow("monitor") << QStringLiteral("mo@example.org");
    QTest::newRow("helpdesk") << QStringLiteral("hal@example.org");
    QTest::newRow("member") << QStringLiteral("max@example.org");
    QTest::newRow("deleted member") << QStringLiteral("dot@example.org");
}

void TestGroups::rolesWithoutTheRightAreRefused()
{
    QFETCH(QString, op);
    const qint64 id = create(QStringLiteral("ada@example.org"), QStringLiteral("Team"), {});
    QVERIFY(id > 0);
    GroupEdit edit;
    edit.name = QStringLiteral("Other");
    QCOMPARE(await(m_backend->groups()->createGroup(as(op), edit)).error().kind, Kind::Refused);
    QCOMPARE(await(m_backend->groups()->updateGroup(as(op), id, edit)).error().kind, Kind::Refused);
    QCOMPARE(await(m_backend->groups()->deleteGroup(as(op), id)).error().kind, Kind::Refused);
    const QList<MemberOutcome> outcomes = members(op, QStringLiteral("Team"), true, {QStringLiteral("max@example.org")});
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(!outcomes.first().done);
    QVERIFY(!outcomes.first().why.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM groups")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM group_members")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action <> 'group.created'")), 0);
}

void TestGroups::nobodyGrantsAPermissionTheirRoleLacks()
{
    const QString ada = QStringLiteral("ada@example.org");
    const QString mia = QStringLiteral("mia@example.org");
    // A Manager's role does not manage billing: they can neither grant it to a group...
    GroupEdit finance;
    finance.name = QStringLiteral("Finance");
    finance.permissions = QStringList{QStringLiteral("billing.manage")};
    const auto refused = await(m_backend->groups()->createGroup(as(mia), finance));
    QCOMPARE(refused.error().kind, Kind::Refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Manage billing")), qPrintable(refused.error().message));
    // ...nor give it to people by adding them to a group that grants it.
    QVERIFY(create(ada, QStringLiteral("Finance"), {QStringLiteral("billing.manage")}) > 0);
    const MemberOutcome add = members(mia, QStringLiteral("Finance"), true, {QStringLiteral("max@example.org")}).value(0);
    QVERIFY(!add.done);
    QVERIFY(add.why.contains(QStringLiteral("Manage billing")));
    QVERIFY(members(ada, QStringLiteral("Finance"), true, {QStringLiteral("max@example.org")}).value(0).done);
    // Nor take it away: nobody removes what they could not grant.
    const MemberOutcome remove
        = members(mia, QStringLiteral("Finance"), false, {QStringLiteral("max@example.org")}).value(0);
    QVERIFY(!remove.done);
    QVERIFY2(remove.why.contains(QStringLiteral("Manage billing")), qPrintable(remove.why));
    QCOMPARE(groupsOf(QStringLiteral("max@example.org")), QStringList{QStringLiteral("Finance")});
    // And within their own role they may do everything.
    QVERIFY(create(mia, QStringLiteral("Support"), {QStringLiteral("users.view"), QStringLiteral("passwords.reset")}) > 0);
    QVERIFY(members(mia, QStringLiteral("Support"), true, {QStringLiteral("max@example.org")}).value(0).done);
}

void TestGroups::groupChangesRespectRankAndRights()
{
    const QString ada = QStringLiteral("ada@example.org");
    const QString mia = QStringLiteral("mia@example.org");
    const QString max = QStringLiteral("max@example.org");
    const qint64 team = create(ada, QStringLiteral("Team"), {QStringLiteral("users.view")});
    const qint64 finance = create(ada, QStringLiteral("Finance"), {QStringLiteral("users.view"),
                                                                   QStringLiteral("billing.manage")});
    QVERIFY(team > 0 && finance > 0);
    for (const QString& group : {QStringLiteral("Team"), QStringLiteral("Finance")}) {
        // Ada adds herself on her own: a change to several people leaves the operator out.
        QVERIFY(members(ada, group, true, {ada}).value(0).done);
        QVERIFY(members(ada, group, true, {max}).value(0).done);
    }
    const qint64 changesBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    // A Manager does not take an Admin out of a group, nor put one in; the others in the same
    // change are done.
    const QList<MemberOutcome> removed = members(mia, QStringLiteral("Team"), false, {ada, max});
    QCOMPARE(removed.size(), 2);
    QVERIFY(!removed[0].done);
    QVERIFY2(removed[0].why.contains(QStringLiteral("above their own")), qPrintable(removed[0].why));
    QVERIFY(removed[1].done);
    QCOMPARE(groupsOf(ada), (QStringList{QStringLiteral("Finance"), QStringLiteral("Team")}));
    QVERIFY(create(mia, QStringLiteral("Helpers"), {QStringLiteral("users.view")}) > 0);
    const MemberOutcome addAdmin = members(mia, QStringLiteral("Helpers"), true, {ada}).value(0);
    QVERIFY(!addAdmin.done);
    QVERIFY(addAdmin.why.contains(QStringLiteral("above their own")));
    // ...nor everyone matching a filter: the Admin among them stays.
    GroupMembersChange all;
    all.groupId = team;
    all.add = false;
    UserFilter everyone;
    everyone.workspaceId = 1;
    all.matching = everyone;
    const auto bulk = await(m_backend->groups()->changeGroupMembers(as(mia), all));
    QVERIFY(bulk.ok());
    QVERIFY(groupsOf(ada).contains(QStringLiteral("Team")));

    // Deleting a group that grants what the Manager lacks, or one with an Admin in it, is refused.
    auto refused = await(m_backend->groups()->deleteGroup(as(mia), finance));
    QCOMPARE(refused.error().kind, Kind::Refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Manage billing")), qPrintable(refused.error().message));
    refused = await(m_backend->groups()->deleteGroup(as(mia), team));
    QCOMPARE(refused.error().kind, Kind::Refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Admin")), qPrintable(refused.error().message));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM groups WHERE id IN (?, ?)"), {team, finance}), 2);

    // Stripping a permission the Manager could not grant is refused; what they have they may
    // take away, and the rest stays.
    GroupEdit strip;
    strip.permissions = QStringList{QStringLiteral("users.view")};
    refused = await(m_backend->groups()->updateGroup(as(mia), finance, strip));
    QCOMPARE(refused.error().kind, Kind::Refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Manage billing")), qPrintable(refused.error().message));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM group_permissions WHERE group_id = ?"), {finance}), 2);
    GroupEdit keepBilling;
    keepBilling.permissions = QStringList{QStringLiteral("billing.manage")};
    const auto kept = await(m_backend->groups()->updateGroup(as(mia), finance, keepBilling));
    QVERIFY2(kept.ok(), qPrintable(kept.ok() ? QString() : kept.error().message));
    // Only what was allowed left a trace: Max out of Team, and Finance's users.view.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), changesBefore + 3);

    // The Admin may do all of it.
    QVERIFY(members(ada, QStringLiteral("Finance"), false, {ada}).value(0).done);
    QVERIFY(await(m_backend->groups()->deleteGroup(as(ada), finance)).ok());
}

void TestGroups::membershipChangesReportEveryPerson()
{
    const QString ada = QStringLiteral("ada@example.org");
    QVERIFY(create(ada, QStringLiteral("Ops"), {QStringLiteral("users.view")}) > 0);
    const QList<MemberOutcome> added = members(
        ada, QStringLiteral("Ops"), true,
        {QStringLiteral("max@example.org"), QStringLiteral("eddie@example.org"), QStringLiteral("dot@example.org"),
         QStringLiteral("999999")});
    QCOMPARE(added.size(), 4);
    QVERIFY(added[0].done);
    QCOMPARE(added[0].name, QStringLiteral("Max Member"));
    QVERIFY(added[1].done);
    QVERIFY(!added[2].done);
    QVERIFY2(added[2].why.contains(QStringLiteral("restore them")), qPrintable(added[2].why));
    QVERIFY(!added[3].done);
    QVERIFY(added[3].why.contains(QStringLiteral("not a member")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM group_members")), 2);
    // The users table's Groups column follows.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE group_key = 'Ops'")), 2);

    // Adding someone already in the group changes nothing and is not audited twice.
    QVERIFY(members(ada, QStringLiteral("Ops"), true, {QStringLiteral("max@example.org")}).value(0).done);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.group_added'")), 2);

    const QList<MemberOutcome> removed
        = members(ada, QStringLiteral("Ops"), false, {QStringLiteral("max@example.org")});
    QVERIFY(removed.value(0).done);
    QCOMPARE(groupsOf(QStringLiteral("max@example.org")), QStringList{});
    QCOMPARE(groupsOf(QStringLiteral("eddie@example.org")), QStringList{QStringLiteral("Ops")});
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.group_removed' "
                                  "AND target_id = ?"),
                   {idOf(QStringLiteral("max@example.org"))}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE group_key = 'Ops'")), 1);
}

void TestGroups::addingAllMatchingAddsEveryMatchingMember()
{
    const QString ada = QStringLiteral("ada@example.org");
    QVERIFY(create(ada, QStringLiteral("Everyone"), {}) > 0);
    GroupMembersChange change;
    change.groupId = groupId(QStringLiteral("Everyone"));
    UserFilter filter;
    filter.search = QStringLiteral("example.org");
    change.matching = filter;
    const auto result = await(m_backend->groups()->changeGroupMembers(as(ada), change));
    QVERIFY(result.ok());
    // Every member but the deleted one (the default view does not list the deleted), and but
    // Ada, who acts and is left out of a change to several people.
    QCOMPARE(result.value().size(), 6);
    for (const MemberOutcome& outcome : result.value()) {
        if (outcome.name == QStringLiteral("Ada Admin")) {
            QVERIFY2(!outcome.done && outcome.why.contains(QStringLiteral("this is you")), qPrintable(outcome.why));
        } else {
            QVERIFY2(outcome.done, qPrintable(outcome.name + QStringLiteral(": ") + outcome.why));
        }
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM group_members")), 5);
}

void TestGroups::syncedGroupsRefuseEditsSayingWhere()
{
    const QString ada = QStringLiteral("ada@example.org");
    const qint64 id = create(ada, QStringLiteral("Security"), {QStringLiteral("audit.view")});
    QVERIFY(members(ada, QStringLiteral("Security"), true, {QStringLiteral("max@example.org")}).value(0).done);
    {
        DirectSql direct(*m_db);
        QVERIFY(direct.exec(QStringLiteral("UPDATE groups SET source = 'synced', external_id = ?, synced_at = ? "
                                           "WHERE id = ?"),
                            {QStringLiteral("ldap://corp.example/cn=security"), 1'750'000'000, id}));
    }
    GroupEdit rename;
    rename.name = QStringLiteral("SecOps");
    const auto refused = await(m_backend->groups()->updateGroup(as(ada), id, rename));
    QCOMPARE(refused.error().kind, Kind::Refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("synced from ldap://corp.example/cn=security")),
             qPrintable(refused.error().message));
    QCOMPARE(await(m_backend->groups()->deleteGroup(as(ada), id)).error().kind, Kind::Refused);
    const MemberOutcome add = members(ada, QStringLiteral("Security"), true, {QStringLiteral("eddie@example.org")}).value(0);
    QVERIFY(!add.done);
    QVERIFY(add.why.contains(QStringLiteral("Change its name and members there")));
    QVERIFY(!members(ada, QStringLiteral("Security"), false, {QStringLiteral("max@example.org")}).value(0).done);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM group_members")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM groups WHERE name = 'Security'")), 1);
    // What a group grants is Usher's own, so it stays editable.
    GroupEdit grants;
    grants.permissions = QStringList{QStringLiteral("audit.view"), QStringLiteral("users.view")};
    QVERIFY(await(m_backend->groups()->updateGroup(as(ada), id, grants)).ok());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM group_permissions WHERE group_id = ?"), {id}), 2);
}

void TestGroups::deleteImpactNamesWhoLosesWhat()
{
    const QString ada = QStringLiteral("ada@example.org");
    const qint64 auditors = create(ada, QStringLiteral("Auditors"),
                                   {QStringLiteral("audit.view"), QStringLiteral("billing.manage")});
    QVERIFY(create(ada, QStringLiteral("Legal"), {QStringLiteral("audit.view")}) > 0);
    QVERIFY(members(ada, QStringLiteral("Legal"), true, {QStringLiteral("max@example.org")}).value(0).done);
    for (const MemberOutcome& outcome :
         members(ada, QStringLiteral("Auditors"), true,
                 {QStringLiteral("max@example.org"), QStringLiteral("eddie@example.org"),
                  QStringLiteral("hal@example.org")})) {
        QVERIFY(outcome.done);
    }
    QVERIFY(members(ada, QStringLiteral("Auditors"), true, {ada}).value(0).done);
    const auto impact = await(m_backend->groups()->groupDeleteImpact(1, auditors));
    QVERIFY(impact.ok());
    QCOMPARE(impact.value().group.name, QStringLiteral("Auditors"));
    QCOMPARE(impact.value().group.memberCount, 4);
    // Ada's role grants everything; the others lose what neither role nor other groups give.
    QCOMPARE(impact.value().keepEverything, 1);
    QHash<QString, QStringList> lost;
    for (const PermissionLoss& loss : impact.value().losses) {
        lost.insert(loss.email, loss.lost);
    }
    QCOMPARE(lost.size(), 3);
    // Editors see the audit log by role; Max keeps it through Legal; Hal has neither.
    QCOMPARE(lost.value(QStringLiteral("eddie@example.org")), QStringList{QStringLiteral("billing.manage")});
    QCOMPARE(lost.value(QStringLiteral("max@example.org")), QStringList{QStringLiteral("billing.manage")});
    QCOMPARE(lost.value(QStringLiteral("hal@example.org")),
             (QStringList{QStringLiteral("audit.view"), QStringLiteral("billing.manage")}));

    QVERIFY(await(m_backend->groups()->deleteGroup(as(ada), auditors)).ok());
    QStringList halHas;
    for (const EffectivePermission& permission : details(QStringLiteral("hal@example.org")).permissions) {
        halHas.append(permission.key);
    }
    QCOMPARE(halHas, (QStringList{QStringLiteral("users.view"), QStringLiteral("passwords.reset")}));
    QCOMPARE(await(m_backend->groups()->groupDeleteImpact(1, auditors)).error().kind, Kind::NotFound);
}

void TestGroups::effectivePermissionsAreTheUnionWithProvenance()
{
    const QString ada = QStringLiteral("ada@example.org");
    QVERIFY(create(ada, QStringLiteral("Auditors"), {QStringLiteral("audit.view"), QStringLiteral("billing.manage")}) > 0);
    QVERIFY(create(ada, QStringLiteral("Legal"), {QStringLiteral("audit.view")}) > 0);
    for (const QString& group : {QStringLiteral("Auditors"), QStringLiteral("Legal")}) {
        QVERIFY(members(ada, group, true, {QStringLiteral("max@example.org"), QStringLiteral("eddie@example.org")})
                    .value(1)
                    .done);
    }
    const MemberDetails max = details(QStringLiteral("max@example.org"));
    QCOMPARE(max.permissions.size(), 2);
    QCOMPARE(max.permissions[0].key, QStringLiteral("audit.view"));
    QVERIFY(!max.permissions[0].fromRole);
    QCOMPARE(max.permissions[0].groups, (QStringList{QStringLiteral("Auditors"), QStringLiteral("Legal")}));
    QCOMPARE(max.permissions[1].key, QStringLiteral("billing.manage"));
    QCOMPARE(max.permissions[1].groups, QStringList{QStringLiteral("Auditors")});

    const MemberDetails eddie = details(QStringLiteral("eddie@example.org"));
    QStringList keys;
    for (const EffectivePermission& permission : eddie.permissions) {
        keys.append(permission.key);
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("users.view"), QStringLiteral("audit.view"),
                                QStringLiteral("billing.manage")}));
    QVERIFY(eddie.permissions[0].fromRole);
    QVERIFY(eddie.permissions[0].groups.isEmpty());
    QVERIFY(eddie.permissions[1].fromRole); // by role and by both groups
    QCOMPARE(eddie.permissions[1].groups.size(), 2);
    QVERIFY(!eddie.permissions[2].fromRole);
    QCOMPARE(eddie.groups.size(), 2);
    QCOMPARE(eddie.groups[0].permissions, (QStringList{QStringLiteral("audit.view"), QStringLiteral("billing.manage")}));
}

void TestGroups::groupsAreListedSortedAndSearched()
{
    const QString ada = QStringLiteral("ada@example.org");
    QVERIFY(create(ada, QStringLiteral("beta"), {}) > 0);
    QVERIFY(create(ada, QStringLiteral("Alpha"), {QStringLiteral("users.view")}) > 0);
    QVERIFY(create(ada, QStringLiteral("Gamma"), {}) > 0);
    QVERIFY(members(ada, QStringLiteral("Gamma"), true, {QStringLiteral("max@example.org"), QStringLiteral("mo@example.org")})
                .value(1)
                .done);
    QVERIFY(members(ada, QStringLiteral("beta"), true, {QStringLiteral("max@example.org")}).value(0).done);
    GroupEdit describe;
    describe.description = QStringLiteral("The GAMMA-ray people");
    QVERIFY(await(m_backend->groups()->updateGroup(as(ada), groupId(QStringLiteral("Alpha")), describe)).ok());

    GroupPageRequest request;
    request.workspaceId = 1;
    auto names = [this](const GroupPageRequest& r) {
        QStringList list;
        const auto page = await(m_backend->groups()->listGroupPage(r));
        for (const GroupSummary& group : page.value().rows) {
            list.append(group.name);
        }
        return list;
    };
    QCOMPARE(names(request), (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("Gamma")}));
    request.sort = GroupSortColumn::Members;
    request.order = Qt::DescendingOrder;
    QCOMPARE(names(request), (QStringList{QStringLiteral("Gamma"), QStringLiteral("beta"), QStringLiteral("Alpha")}));
    request.limit = 2;
    request.offset = 2;
    QCOMPARE(names(request), QStringList{QStringLiteral("Alpha")});
    QCOMPARE(await(m_backend->groups()->listGroupPage(request)).value().total, 3);
    request = {};
    request.workspaceId = 1;
    request.search = QStringLiteral("gamma"); // the name of one, the description of another
    const GroupPage page = await(m_backend->groups()->listGroupPage(request)).value();
    QCOMPARE(page.total, 2);
    QCOMPARE(page.rows[0].name, QStringLiteral("Alpha"));
    QCOMPARE(page.rows[0].permissions, QStringList{QStringLiteral("users.view")});
    QCOMPARE(page.rows[1].memberCount, 2);
}

void TestGroups::membersAreListedWithSinceWhen()
{
    const QString ada = QStringLiteral("ada@example.org");
    QVERIFY(create(ada, QStringLiteral("Ops"), {}) > 0);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(members(ada, QStringLiteral("Ops"), true,
                    {QStringLiteral("mo@example.org"), QStringLiteral("max@example.org"), QStringLiteral("hal@example.org")})
                .value(2)
                .done);
    GroupMembersRequest request;
    request.workspaceId = 1;
    request.groupId = groupId(QStringLiteral("Ops"));
    GroupMembersPage page = await(m_backend->groups()->listGroupMembers(request)).value();
    QCOMPARE(page.total, 3);
    QCOMPARE(page.rows.size(), 3);
    QCOMPARE(page.rows[0].name, QStringLiteral("Hal Helpdesk")); // by name
    QCOMPARE(page.rows[0].role, Role::Helpdesk);
    QVERIFY(page.rows[0].addedAt >= before);
    QVERIFY(page.rows[0].addedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    request.search = QStringLiteral("MAX@");
    page = await(m_backend->groups()->listGroupMembers(request)).value();
    QCOMPARE(page.total, 1);
    QCOMPARE(page.rows.value(0).email, QStringLiteral("max@example.org"));
    // Another workspace's view of the group finds nothing.
    request.workspaceId = 2;
    QCOMPARE(await(m_backend->groups()->listGroupMembers(request)).value().total, 0);
}

QTEST_GUILESS_MAIN(TestGroups)
#include "tst_groups.moc"
