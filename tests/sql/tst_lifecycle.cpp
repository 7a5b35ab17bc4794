#include "connection/passwordhash.h"
#include "connection/sql/sqlbackend.h"
#include "core/clock.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace usher;
using namespace usher::test;
using Kind = BackendError::Kind;
using Op = MemberOperation;

/// The members' lifecycle through the backend: every rule is enforced there, in the
/// transaction, on both SQL backends; refusals change nothing; changes are audited.
class TestLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rolesWithoutTheRightAreRefused_data();
    void rolesWithoutTheRightAreRefused();
    void managerGrantsUpToTheirOwnRole();
    void nobodyChangesSomeoneAboveThem();
    void lastAdminCannotBeDemoted();
    void lastAdminIsProtectedFromEveryOperation_data();
    void lastAdminIsProtectedFromEveryOperation();
    void bulkDemotionOfAllAdminsKeepsOne();
    void twoAdminsDemotingEachOtherAtOnceLeaveOne();
    void staleVersionIsRefusedNamingWhoChangedIt();
    void changesAreAudited();
    void disablingRevokesSessionsAndReactivationKeepsThePassword();
    void deleteRestoreAndPurge();
    void purgeKeepsAccountsOfOtherWorkspaces();
    void purgeTakesTheSignInsOfThatWorkspace();
    void removeFromWorkspaceKeepsTheAccount();
    void bulkChangeReportsEveryMember();
    void bulkChangeOfAllMatching();
    void createMemberValidatesAndAudits();
    void seatCapRefusesEveryAddingPath();
    void twoAdminsTakingTheLastSeatAtOnce();
    void profileEditsConflictAcrossConnections();
    void onlyPngPicturesAreStored();
    void auditLogIsAppendOnly();
    void auditListingFiltersAndNames();
    void memberDetailsShowsEverything();
    void memberActivityOnlyForThoseWhoMayReadTheAudit();
    void firstAdminAndSignIn();
    void repeatedFailuresSlowSignInDown();
    void everySignInCostsOneVerification();
    void passwordIsVerifiedOutsideTheWriteLock();
    void adminUnlocksSignIn();
    void workspacesOfAnAccount();
    void sharedAccountsNeedRightsInEveryWorkspace();
    void passwordHelpReachesNoFurtherThanTheOperatorCouldInEveryWorkspace();
    void aPasswordReplacedDuringItsCheckNoLongerCounts();
    void firstAdminNeverTakesOverAnAccount();
    void identifyingWithoutPasswordOnlyOnLocalFiles();

private:
    qint64 idOf(const QString& email);
    /// A column of the member's membership row (of workspace 1), read directly.
    QVariant membershipValue(const QString& email, const QString& column);
    int versionOf(const QString& email);
    QString roleOf(const QString& email);
    QString statusOf(const QString& email);
    qint64 count(const QString& sql, const QVariantList& binds = {});
    Operator as(const QString& email);
    /// One operation on one member, at the version the member has now (or `version`).
    Result<int> change(const QString& op, const QString& target, Role role, int version = -1);
    MemberOutcome apply(const QString& op, Op operation, const QString& target, Role role = Role::Member);
    QList<MemberOutcome> applyToAll(const QString& op, Op operation, const QStringList& targets,
                                    Role role = Role::Member);
    void setSeatCap(qint64 cap);
    qint64 addWorkspace(const QString& name);
    /// Makes an existing account an active member of another workspace, with `role`.
    bool joinWorkspace(qint64 account, qint64 workspace, const QString& role);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sql::SqlBackend> m_backend;
};

void TestLifecycle::init()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("lifecycle"));
    auto person = [](const char* name, const char* email, Role role) {
        return SeedUser{QString::fromUtf8(name), QString::fromUtf8(email), role, Status::Active, Source::Invite,
                        1'700'000'000, 0, {}};
    };
    m_db->seed({
        person("Ada Admin", "ada@example.org", Role::Admin),
        person("Grace Admin", "grace@example.org", Role::Admin),
        person("Mia Manager", "mia@example.org", Role::Manager),
        person("Eddie Editor", "eddie@example.org", Role::Editor),
        person("Mo Monitor", "mo@example.org", Role::Monitor),
        person("Hal Helpdesk", "hal@example.org", Role::Helpdesk),
        person("Max Member", "max@example.org", Role::Member),
    });
    m_backend = m_db->openedBackend();
}

void TestLifecycle::cleanup()
{
    clock::resumeForTesting();
    m_backend.reset();
    if (m_db) {
        // Whatever the test did, the kept member counts still agree with the members.
        const QStringList drift = DirectSql(*m_db).countsDrift();
        m_db.reset();
        QVERIFY2(drift.isEmpty(), qPrintable(drift.join(QStringLiteral("; "))));
    }
}

qint64 TestLifecycle::idOf(const QString& email)
{
    DirectSql direct(*m_db);
    return direct.scalar(QStringLiteral("SELECT id FROM accounts WHERE email = ?"), {email}).toLongLong();
}

QVariant TestLifecycle::membershipValue(const QString& email, const QString& column)
{
    DirectSql direct(*m_db);
    return direct.scalar(QStringLiteral("SELECT m.%1 FROM memberships m JOIN accounts a ON a.id = m.account_id "
                                        "WHERE a.email = ? AND m.workspace_id = 1")
                             .arg(column),
                         {email});
}

int TestLifecycle::versionOf(const QString& email)
{
    return membershipValue(email, QStringLiteral("version")).toInt();
}

QString TestLifecycle::roleOf(const QString& email)
{
    return membershipValue(email, QStringLiteral("role")).toString();
}

QString TestLifecycle::statusOf(const QString& email)
{
    return membershipValue(email, QStringLiteral("status")).toString();
}

qint64 TestLifecycle::count(const QString& sql, const QVariantList& binds)
{
    DirectSql direct(*m_db);
    return direct.scalar(sql, binds).toLongLong();
}

Operator TestLifecycle::as(const QString& email)
{
    Operator op;
    op.workspaceId = 1;
    op.accountId = idOf(email);
    return op;
}

Result<int> TestLifecycle::change(const QString& op, const QString& target, Role role, int version)
{
    MemberChange request;
    request.operation = Op::ChangeRole;
    request.role = role;
    request.targets = {{idOf(target), version < 0 ? versionOf(target) : version}};
    const auto result = await(m_backend->members()->changeMembers(as(op), request));
    if (!result.ok()) {
        return result.error();
    }
    const MemberOutcome outcome = result.value().value(0);
    if (!outcome.done) {
        return BackendError{outcome.conflict ? Kind::Conflict : Kind::Refused, outcome.why, {}};
    }
    return outcome.version.number();
}

QList<MemberOutcome> TestLifecycle::applyToAll(const QString& op, Op operation, const QStringList& targets, Role role)
{
    MemberChange request;
    request.operation = operation;
    request.role = role;
    for (const QString& target : targets) {
        request.targets.append({idOf(target), -1});
    }
    const auto result = await(m_backend->members()->changeMembers(as(op), request));
    if (!result.ok()) {
        qWarning() << "changeMembers failed:" << result.error().message << result.error().detail;
        return {};
    }
    return result.value();
}

MemberOutcome TestLifecycle::apply(const QString& op, Op operation, const QString& target, Role role)
{
    return applyToAll(op, operation, {target}, role).value(0);
}

void TestLifecycle::setSeatCap(qint64 cap)
{
    DirectSql direct(*m_db);
    QVERIFY(direct.exec(QStringLiteral("UPDATE workspaces SET seat_cap = ? WHERE id = 1"), {cap}));
}

qint64 TestLifecycle::addWorkspace(const QString& name)
{
    DirectSql direct(*m_db);
    direct.exec(QStringLiteral("INSERT INTO workspaces (name, slug, created_at) VALUES (?, ?, 0)"),
                {name, name.toLower()});
    return direct.scalar(QStringLiteral("SELECT id FROM workspaces WHERE name = ?"), {name}).toLongLong();
}

bool TestLifecycle::joinWorkspace(qint64 account, qint64 workspace, const QString& role)
{
    DirectSql direct(*m_db);
    return direct.exec(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, "
                                      "joined_at) VALUES (?, ?, ?, 'active', 'manual', 0)"),
                       {account, workspace, role});
}

void TestLifecycle::rolesWithoutTheRightAreRefused_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("target");
    const QList<QPair<const char*, QString>> operators{{"monitor", QStringLiteral("mo@example.org")},
                                                       {"helpdesk", QStringLiteral("hal@example.org")},
                                                       {"editor", QStringLiteral("eddie@example.org")},
                                                       {"member", QStringLiteral("max@example.org")}};
    const QList<QPair<const char*, Op>> operations{{"role", Op::ChangeRole},  {"disable", Op::Disable},
                                                   {"delete", Op::Delete},    {"remove", Op::RemoveFromWorkspace},
                                                   {"restore", Op::Restore},  {"reactivate", Op::Reactivate}};
    for (const auto& [opName, op] : operators) {
        for (const auto& [operationName, operation] : operations) {
            const QString target = op == QLatin1String("max@example.org") ? QStringLiteral("mo@example.org")
                                                                          : QStringLiteral("max@example.org");
            QTest::addRow("%s %s", opName, operationName) << op << int(operation) << target;
        }
    }
    // A Manager may do all of these, but not to an Admin.
    for (const auto& [operationName, operation] : operations) {
        QTest::addRow("manager %s an admin", operationName)
            << QStringLiteral("mia@example.org") << int(operation) << QStringLiteral("ada@example.org");
    }
}

void TestLifecycle::rolesWithoutTheRightAreRefused()
{
    QFETCH(QString, op);
    QFETCH(int, operation);
    QFETCH(QString, target);
    const QString roleBefore = roleOf(target);
    const QString statusBefore = statusOf(target);
    const MemberOutcome outcome = apply(op, Op(operation), target, Role::Editor);
    QVERIFY(!outcome.done);
    QVERIFY2(!outcome.why.isEmpty(), "a reason for the person");
    QCOMPARE(roleOf(target), roleBefore);
    QCOMPARE(statusOf(target), statusBefore);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
}

void TestLifecycle::lastAdminIsProtectedFromEveryOperation_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("demote") << int(Op::ChangeRole);
    QTest::newRow("disable") << int(Op::Disable);
    QTest::newRow("delete") << int(Op::Delete);
    QTest::newRow("remove") << int(Op::RemoveFromWorkspace);
}

void TestLifecycle::lastAdminIsProtectedFromEveryOperation()
{
    QFETCH(int, operation);
    // The two Admins, at two desks, each do it to the other at the same moment: the changes
    // are serialised in the backend and the second finds itself facing the last Admin (or
    // no longer allowed to act at all). Either way one active Admin remains.
    const auto other = m_db->openedBackend();
    const qint64 ada = idOf(QStringLiteral("ada@example.org"));
    const qint64 grace = idOf(QStringLiteral("grace@example.org"));
    MemberChange change;
    change.operation = Op(operation);
    change.role = Role::Member;
    change.targets = {{grace, -1}};
    auto first = m_backend->members()->changeMembers(Operator{1, ada, Role::Admin, {}, {}}, change);
    change.targets = {{ada, -1}};
    auto second = other->changeMembers(Operator{1, grace, Role::Admin, {}, {}}, change);
    const auto a = await(first);
    const auto b = await(second);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(int(a.value()[0].done) + int(b.value()[0].done), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE role = 'admin' AND status = 'active'")), 1);
    // And the survivor cannot do it to themselves.
    const QString survivor = a.value()[0].done ? QStringLiteral("ada@example.org") : QStringLiteral("grace@example.org");
    const MemberOutcome self = apply(survivor, Op(operation), survivor, Role::Manager);
    QVERIFY(!self.done);
    QVERIFY(!self.why.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE role = 'admin' AND status = 'active'")), 1);
}

void TestLifecycle::bulkDemotionOfAllAdminsKeepsOne()
{
    const auto outcomes = applyToAll(QStringLiteral("ada@example.org"), Op::ChangeRole,
                                     {QStringLiteral("grace@example.org"), QStringLiteral("ada@example.org")},
                                     Role::Member);
    QCOMPARE(outcomes.size(), 2);
    QVERIFY(outcomes[0].done);
    QVERIFY(!outcomes[1].done);
    // Ada is left out of a change to several people (and would be the last Admin anyway).
    QVERIFY2(outcomes[1].why.contains(QStringLiteral("this is you")), qPrintable(outcomes[1].why));
    QCOMPARE(outcomes[1].name, QStringLiteral("Ada Admin"));
    QCOMPARE(roleOf(QStringLiteral("ada@example.org")), QStringLiteral("admin"));
}

void TestLifecycle::managerGrantsUpToTheirOwnRole()
{
    auto result = change(QStringLiteral("mia@example.org"), QStringLiteral("max@example.org"), Role::Manager);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(roleOf(QStringLiteral("max@example.org")), QStringLiteral("manager"));
    result = change(QStringLiteral("mia@example.org"), QStringLiteral("eddie@example.org"), Role::Admin);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::Refused);
    QVERIFY(result.error().message.contains(QStringLiteral("above their own")));
    QCOMPARE(roleOf(QStringLiteral("eddie@example.org")), QStringLiteral("editor"));
}

void TestLifecycle::nobodyChangesSomeoneAboveThem()
{
    const auto result = change(QStringLiteral("mia@example.org"), QStringLiteral("ada@example.org"), Role::Member);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::Refused);
    QCOMPARE(roleOf(QStringLiteral("ada@example.org")), QStringLiteral("admin"));
}

void TestLifecycle::lastAdminCannotBeDemoted()
{
    QVERIFY(change(QStringLiteral("ada@example.org"), QStringLiteral("grace@example.org"), Role::Manager).ok());
    const auto result = change(QStringLiteral("ada@example.org"), QStringLiteral("ada@example.org"), Role::Manager);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::Refused);
    QVERIFY(result.error().message.contains(QStringLiteral("last Admin")));
    QCOMPARE(roleOf(QStringLiteral("ada@example.org")), QStringLiteral("admin"));
}

void TestLifecycle::twoAdminsDemotingEachOtherAtOnceLeaveOne()
{
    // Two admins at two desks, each with their own connection, press the button together.
    const auto other = m_db->openedBackend();
    const qint64 ada = idOf(QStringLiteral("ada@example.org"));
    const qint64 grace = idOf(QStringLiteral("grace@example.org"));
    MemberChange demote;
    demote.operation = Op::ChangeRole;
    demote.role = Role::Member;
    demote.targets = {{grace, -1}};
    auto first = m_backend->members()->changeMembers(Operator{1, ada, Role::Admin, {}, {}}, demote);
    demote.targets = {{ada, -1}};
    auto second = other->changeMembers(Operator{1, grace, Role::Admin, {}, {}}, demote);
    const auto a = await(first);
    const auto b = await(second);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(int(a.value()[0].done) + int(b.value()[0].done), 1);
    const MemberOutcome& loser = a.value()[0].done ? b.value()[0] : a.value()[0];
    QVERIFY(!loser.why.isEmpty());
    DirectSql direct(*m_db);
    QCOMPARE(direct
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE role = 'admin' AND status = 'active'"))
                 .toInt(),
             1);
}

void TestLifecycle::staleVersionIsRefusedNamingWhoChangedIt()
{
    const int seen = versionOf(QStringLiteral("max@example.org"));
    // Grace changes Max first…
    QVERIFY(change(QStringLiteral("grace@example.org"), QStringLiteral("max@example.org"), Role::Editor, seen).ok());
    // …then Ada saves what she saw before: refused, never a silent overwrite.
    const auto result = change(QStringLiteral("ada@example.org"), QStringLiteral("max@example.org"), Role::Monitor, seen);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::Conflict);
    QVERIFY2(result.error().message.contains(QStringLiteral("changed by Grace Admin")), qPrintable(result.error().message));
    QCOMPARE(roleOf(QStringLiteral("max@example.org")), QStringLiteral("editor"));
}

void TestLifecycle::changesAreAudited()
{
    const auto result = change(QStringLiteral("ada@example.org"), QStringLiteral("max@example.org"), Role::Editor);
    QVERIFY(result.ok());
    QCOMPARE(result.value(), versionOf(QStringLiteral("max@example.org")));
    DirectSql direct(*m_db);
    QSqlQuery query(direct.db());
    QVERIFY(query.exec(QStringLiteral("SELECT actor_id, action, target_type, target_id, before_json, after_json "
                                      "FROM audit_log")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), idOf(QStringLiteral("ada@example.org")));
    QCOMPARE(query.value(1).toString(), QStringLiteral("member.role_changed"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("member"));
    QCOMPARE(query.value(3).toLongLong(), idOf(QStringLiteral("max@example.org")));
    QCOMPARE(query.value(4).toString(), QStringLiteral("{\"role\":\"member\",\"status\":\"active\"}"));
    QCOMPARE(query.value(5).toString(), QStringLiteral("{\"role\":\"editor\",\"status\":\"active\"}"));
    QVERIFY(!query.next()); // exactly one row
}

void TestLifecycle::disablingRevokesSessionsAndReactivationKeepsThePassword()
{
    const qint64 max = idOf(QStringLiteral("max@example.org"));
    {
        DirectSql direct(*m_db);
        QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET password_hash = 'kept-hash' WHERE id = ?"), {max}));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(direct.exec(QStringLiteral("INSERT INTO sessions (account_id, workspace_id, created_at, "
                                               "last_activity_at) VALUES (?, 1, 1, 1)"),
                                {max}));
        }
    }
    QVERIFY(apply(QStringLiteral("mia@example.org"), Op::Disable, QStringLiteral("max@example.org")).done);
    QCOMPARE(statusOf(QStringLiteral("max@example.org")), QStringLiteral("disabled"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE account_id = ? AND revoked_at IS NULL"), {max}),
             0);
    // Disabling again is refused with a reason, not silently repeated.
    const MemberOutcome again = apply(QStringLiteral("mia@example.org"), Op::Disable, QStringLiteral("max@example.org"));
    QVERIFY(!again.done);
    QVERIFY(again.why.contains(QStringLiteral("active")));
    QVERIFY(apply(QStringLiteral("mia@example.org"), Op::Reactivate, QStringLiteral("max@example.org")).done);
    QCOMPARE(statusOf(QStringLiteral("max@example.org")), QStringLiteral("active"));
    DirectSql direct(*m_db);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT password_hash FROM accounts WHERE id = ?"), {max}).toString(),
             QStringLiteral("kept-hash"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('member.disabled', "
                                  "'member.reactivated') AND target_id = ?"),
                   {max}),
             2);
}

void TestLifecycle::deleteRestoreAndPurge()
{
    // Eddie was disabled before he was deleted: Restore brings back "disabled", not "active".
    QVERIFY(apply(QStringLiteral("ada@example.org"), Op::Disable, QStringLiteral("eddie@example.org")).done);
    QVERIFY(apply(QStringLiteral("ada@example.org"), Op::Delete, QStringLiteral("eddie@example.org")).done);
    QCOMPARE(statusOf(QStringLiteral("eddie@example.org")), QStringLiteral("deleted"));
    QVERIFY(!membershipValue(QStringLiteral("eddie@example.org"), QStringLiteral("deleted_at")).isNull());
    QVERIFY(apply(QStringLiteral("ada@example.org"), Op::Restore, QStringLiteral("eddie@example.org")).done);
    QCOMPARE(statusOf(QStringLiteral("eddie@example.org")), QStringLiteral("disabled"));
    QVERIFY(membershipValue(QStringLiteral("eddie@example.org"), QStringLiteral("deleted_at")).isNull());

    // Deleted 31 and 29 days ago: only the first is purged, with its account.
    QVERIFY(apply(QStringLiteral("ada@example.org"), Op::Delete, QStringLiteral("eddie@example.org")).done);
    QVERIFY(apply(QStringLiteral("ada@example.org"), Op::Delete, QStringLiteral("max@example.org")).done);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 eddie = idOf(QStringLiteral("eddie@example.org"));
    {
        DirectSql direct(*m_db);
        QVERIFY(direct.exec(QStringLiteral("UPDATE memberships SET deleted_at = ? WHERE account_id = ?"),
                            {now.addDays(-31).toSecsSinceEpoch(), eddie}));
        QVERIFY(direct.exec(QStringLiteral("UPDATE memberships SET deleted_at = ? WHERE account_id = ?"),
                            {now.addDays(-29).toSecsSinceEpoch(), idOf(QStringLiteral("max@example.org"))}));
    }
    const auto purged = await(m_backend->maintenance()->purgeExpired(now));
    QVERIFY2(purged.ok(), qPrintable(purged.error().message));
    QCOMPARE(purged.value(), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = ?"), {eddie}), 0);
    QCOMPARE(statusOf(QStringLiteral("max@example.org")), QStringLiteral("deleted"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.purged' AND actor_id IS NULL "
                                  "AND target_id = ?"),
                   {eddie}),
             1);
    // Connecting purges too: two days later Max is past the window. Not while opening, which
    // the first page waits for, but once the first answer after it has gone out.
    {
        DirectSql direct(*m_db);
        QVERIFY(direct.exec(QStringLiteral("UPDATE memberships SET deleted_at = ? WHERE account_id = ?"),
                            {now.addDays(-31).toSecsSinceEpoch(), idOf(QStringLiteral("max@example.org"))}));
    }
    const auto reopened = m_db->openedBackend();
    const QString maxLeft = QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email = 'max@example.org'");
    QCOMPARE(count(maxLeft), 1);
    UserFilter everyone;
    everyone.workspaceId = 1;
    const auto counted = await(reopened->members()->countUsers(everyone));
    QVERIFY2(counted.ok(), qPrintable(counted.error().message));
    QTRY_COMPARE(count(maxLeft), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.purged' AND actor_id IS NULL")), 2);
}

void TestLifecycle::purgeKeepsAccountsOfOtherWorkspaces()
{
    const qint64 other = addWorkspace(QStringLiteral("Other"));
    const qint64 max = idOf(QStringLiteral("max@example.org"));
    QVERIFY(joinWorkspace(max, other, QStringLiteral("editor")));
    QVERIFY(apply(QStringLiteral("ada@example.org"), Op::Delete, QStringLiteral("max@example.org")).done);
    QCOMPARE(await(m_backend->maintenance()->purgeExpired(QDateTime::currentDateTimeUtc().addDays(31))).value(), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = ?"), {max}), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE account_id = ?"), {max}), 1);
}

void TestLifecycle::purgeTakesTheSignInsOfThatWorkspace()
{
    // Max belongs to another workspace too, so his account stays; what he did in this one
    // (sign-ins, sessions) goes with the purged membership, the other workspace's stays.
    const qint64 other = addWorkspace(QStringLiteral("Other"));
    const qint64 max = idOf(QStringLiteral("max@example.org"));
    {
        DirectSql direct(*m_db);
        QVERIFY(joinWorkspace(max, other, QStringLiteral("editor")));
        for (const qint64 workspace : {qint64(1), other}) {
            QVERIFY(direct.exec(QStringLiteral("INSERT INTO login_events (account_id, workspace_id, at, ip, success) "
                                               "VALUES (?, ?, 1700000000, '192.0.2.7', 1)"),
                                {max, workspace}));
            QVERIFY(direct.exec(QStringLiteral("INSERT INTO login_events (account_id, workspace_id, at, ip, success, "
                                               "reason) VALUES (?, ?, 1700000100, '192.0.2.7', 0, 'password')"),
                                {max, workspace}));
            QVERIFY(direct.exec(QStringLiteral("INSERT INTO sessions (account_id, workspace_id, created_at, "
                                               "last_activity_at) VALUES (?, ?, 1700000000, 1700000000)"),
                                {max, workspace}));
        }
    }
    QVERIFY(apply(QStringLiteral("ada@example.org"), Op::Delete, QStringLiteral("max@example.org")).done);
    QCOMPARE(await(m_backend->maintenance()->purgeExpired(QDateTime::currentDateTimeUtc().addDays(31))).value(), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = ?"), {max}), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM login_events WHERE account_id = ? AND workspace_id = 1"), {max}),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE account_id = ? AND workspace_id = 1"), {max}), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM login_events WHERE account_id = ? AND workspace_id = ?"),
                   {max, other}),
             2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE account_id = ? AND workspace_id = ?"),
                   {max, other}),
             1);
}

void TestLifecycle::removeFromWorkspaceKeepsTheAccount()
{
    const qint64 other = addWorkspace(QStringLiteral("Other"));
    const qint64 max = idOf(QStringLiteral("max@example.org"));
    {
        DirectSql direct(*m_db);
        QVERIFY(joinWorkspace(max, other, QStringLiteral("editor")));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO groups (workspace_id, name, created_at) VALUES (1, 'Ops', 0)")));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO group_members (group_id, account_id, added_at) "
                                           "SELECT id, ?, 0 FROM groups WHERE name = 'Ops'"),
                            {max}));
    }
    QVERIFY(apply(QStringLiteral("mia@example.org"), Op::RemoveFromWorkspace, QStringLiteral("max@example.org")).done);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE account_id = ? AND workspace_id = 1"), {max}),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE account_id = ? AND workspace_id = ?"),
                   {max, other}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM group_members WHERE account_id = ?"), {max}), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = ?"), {max}), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.removed'")), 1);
}

void TestLifecycle::bulkChangeReportsEveryMember()
{
    // Mia (Manager) disables four people: one is above her, one is herself, two go through.
    const auto outcomes = applyToAll(QStringLiteral("mia@example.org"), Op::Disable,
                                     {QStringLiteral("max@example.org"), QStringLiteral("ada@example.org"),
                                      QStringLiteral("mia@example.org"), QStringLiteral("eddie@example.org")});
    QCOMPARE(outcomes.size(), 4);
    QVERIFY(outcomes[0].done);
    QVERIFY(!outcomes[1].done);
    QVERIFY2(outcomes[1].why.contains(QStringLiteral("above their own")), qPrintable(outcomes[1].why));
    QCOMPARE(outcomes[1].name, QStringLiteral("Ada Admin"));
    QVERIFY(!outcomes[2].done);
    QVERIFY(outcomes[2].why.contains(QStringLiteral("yourself")));
    QVERIFY(outcomes[3].done);
    QCOMPARE(statusOf(QStringLiteral("max@example.org")), QStringLiteral("disabled"));
    QCOMPARE(statusOf(QStringLiteral("eddie@example.org")), QStringLiteral("disabled"));
    QCOMPARE(statusOf(QStringLiteral("ada@example.org")), QStringLiteral("active"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.disabled'")), 2);
}

void TestLifecycle::bulkChangeOfAllMatching()
{
    MemberChange change;
    change.operation = Op::ChangeRole;
    change.role = Role::Monitor;
    UserFilter filter;
    filter.role = Role::Member;
    change.matching = filter;
    const auto result = await(m_backend->members()->changeMembers(as(QStringLiteral("ada@example.org")), change));
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), 1);
    QVERIFY(result.value()[0].done);
    QCOMPARE(roleOf(QStringLiteral("max@example.org")), QStringLiteral("monitor"));
}

void TestLifecycle::createMemberValidatesAndAudits()
{
    const Operator ada = as(QStringLiteral("ada@example.org"));
    auto created = await(m_backend->members()->createMember(
        ada, NewMember{QStringLiteral("Zoë"), QStringLiteral("Ærø"), QStringLiteral("Zoe@Example.org"), Role::Editor, {}}));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    QCOMPARE(roleOf(QStringLiteral("Zoe@Example.org")), QStringLiteral("editor"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.created' AND target_id = ?"),
                   {created.value().number()}),
             1);
    // The same address in other letters is the same person.
    auto again = await(m_backend->members()->createMember(
        ada, NewMember{QStringLiteral("Z"), {}, QStringLiteral(" zoe@EXAMPLE.org"), Role::Member, {}}));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Kind::Invalid);
    QVERIFY2(again.error().message.startsWith(QStringLiteral("Email:")), qPrintable(again.error().message));
    auto bad = await(m_backend->members()->createMember(ada, NewMember{QStringLiteral("Bad"), {}, QStringLiteral("not-an-address"),
                                                            Role::Member, {}}));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.startsWith(QStringLiteral("Email:")));
    auto nameless = await(
        m_backend->members()->createMember(ada, NewMember{{}, {}, QStringLiteral("nameless@example.org"), Role::Member, {}}));
    QVERIFY(!nameless.ok());
    QVERIFY(nameless.error().message.startsWith(QStringLiteral("Name:")));
    // An Editor may not create, a Manager may not create Admins.
    auto byEditor = await(m_backend->members()->createMember(
        as(QStringLiteral("eddie@example.org")),
        NewMember{QStringLiteral("E"), {}, QStringLiteral("e2@example.org"), Role::Member, {}}));
    QCOMPARE(byEditor.error().kind, Kind::Refused);
    auto adminByManager = await(m_backend->members()->createMember(
        as(QStringLiteral("mia@example.org")),
        NewMember{QStringLiteral("A"), {}, QStringLiteral("a2@example.org"), Role::Admin, {}}));
    QCOMPARE(adminByManager.error().kind, Kind::Refused);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts")), 8);
}

void TestLifecycle::seatCapRefusesEveryAddingPath()
{
    QVERIFY(apply(QStringLiteral("ada@example.org"), Op::Disable, QStringLiteral("max@example.org")).done);
    QVERIFY(apply(QStringLiteral("ada@example.org"), Op::Delete, QStringLiteral("mo@example.org")).done);
    setSeatCap(5); // five active members hold all five seats
    auto created = await(m_backend->members()->createMember(
        as(QStringLiteral("ada@example.org")),
        NewMember{QStringLiteral("New"), {}, QStringLiteral("new@example.org"), Role::Member, {}}));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, Kind::Refused);
    QVERIFY(created.error().message.startsWith(QStringLiteral("Seat limit reached — upgrade to add more")));
    for (const auto& [operation, email] : {std::pair{Op::Reactivate, QStringLiteral("max@example.org")},
                                           std::pair{Op::Restore, QStringLiteral("mo@example.org")}}) {
        const MemberOutcome outcome = apply(QStringLiteral("ada@example.org"), operation, email);
        QVERIFY(!outcome.done);
        QVERIFY2(outcome.why.startsWith(QStringLiteral("Seat limit reached")), qPrintable(outcome.why));
    }
    // Freeing a seat lets exactly one back in.
    QVERIFY(apply(QStringLiteral("ada@example.org"), Op::Disable, QStringLiteral("eddie@example.org")).done);
    const auto both = applyToAll(QStringLiteral("ada@example.org"), Op::Reactivate,
                                 {QStringLiteral("max@example.org"), QStringLiteral("eddie@example.org")});
    QCOMPARE(int(both[0].done) + int(both[1].done), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status IN ('active', 'invited')")), 5);
}

void TestLifecycle::twoAdminsTakingTheLastSeatAtOnce()
{
    setSeatCap(8); // seven members: one seat left
    const auto other = m_db->openedBackend();
    auto first = m_backend->members()->createMember(as(QStringLiteral("ada@example.org")),
                                         NewMember{QStringLiteral("One"), {}, QStringLiteral("one@example.org"),
                                                   Role::Member, {}});
    auto second = other->createMember(as(QStringLiteral("grace@example.org")),
                                      NewMember{QStringLiteral("Two"), {}, QStringLiteral("two@example.org"),
                                                Role::Member, {}});
    const auto a = await(first);
    const auto b = await(second);
    QCOMPARE(int(a.ok()) + int(b.ok()), 1);
    QCOMPARE((a.ok() ? b : a).error().kind, Kind::Refused);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status IN ('active', 'invited')")), 8);
}

void TestLifecycle::onlyPngPicturesAreStored()
{
    // A picture is stored only as PNG: other formats (decoded by other, larger decoders) are
    // refused, whatever program sends them.
    const qint64 max = idOf(QStringLiteral("max@example.org"));
    ProfileEdit edit;
    edit.firstName = QStringLiteral("Max");
    edit.avatar = QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 14);
    const auto refused = await(m_backend->members()->updateProfile(as(QStringLiteral("ada@example.org")), max, edit,
                                                        versionOf(QStringLiteral("max@example.org"))));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Kind::Invalid);
    QVERIFY2(refused.error().message.contains(QStringLiteral("PNG")), qPrintable(refused.error().message));
    DirectSql direct(*m_db);
    QVERIFY(direct.scalar(QStringLiteral("SELECT avatar FROM accounts WHERE id = ?"), {max}).isNull());
    edit.avatar = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(32, '\0');
    const auto saved = await(m_backend->members()->updateProfile(as(QStringLiteral("ada@example.org")), max, edit,
                                                      versionOf(QStringLiteral("max@example.org"))));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
}

void TestLifecycle::profileEditsConflictAcrossConnections()
{
    const auto other = m_db->openedBackend();
    const qint64 max = idOf(QStringLiteral("max@example.org"));
    const int seen = versionOf(QStringLiteral("max@example.org"));
    ProfileEdit first;
    first.firstName = QStringLiteral("Maximilian");
    const auto saved = await(other->updateProfile(as(QStringLiteral("grace@example.org")), max, first, seen));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(saved.value(), seen + 1);
    ProfileEdit second;
    second.email = QStringLiteral("maxi@example.org");
    const auto refused = await(m_backend->members()->updateProfile(as(QStringLiteral("ada@example.org")), max, second, seen));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Kind::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("changed by Grace Admin at")),
             qPrintable(refused.error().message));
    DirectSql direct(*m_db);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT email FROM accounts WHERE id = ?"), {max}).toString(),
             QStringLiteral("max@example.org"));
    QCOMPARE(direct.scalar(QStringLiteral("SELECT display_name FROM accounts WHERE id = ?"), {max}).toString(),
             QStringLiteral("Maximilian"));
    // After reloading, the same edit goes through; an address taken by someone else does not.
    QVERIFY(await(m_backend->members()->updateProfile(as(QStringLiteral("ada@example.org")), max, second, seen + 1)).ok());
    ProfileEdit taken;
    taken.email = QStringLiteral("ADA@example.org");
    const auto duplicate
        = await(m_backend->members()->updateProfile(as(QStringLiteral("ada@example.org")), max, taken, seen + 2));
    QCOMPARE(duplicate.error().kind, Kind::Invalid);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.profile_changed'")), 2);
}

void TestLifecycle::auditLogIsAppendOnly()
{
    QVERIFY(change(QStringLiteral("ada@example.org"), QStringLiteral("max@example.org"), Role::Editor).ok());
    DirectSql direct(*m_db);
    QSqlQuery query(direct.db());
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET action = 'forged'")));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")), qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.role_changed'")), 1);
}

void TestLifecycle::auditListingFiltersAndNames()
{
    QVERIFY(change(QStringLiteral("ada@example.org"), QStringLiteral("max@example.org"), Role::Editor).ok());
    QVERIFY(apply(QStringLiteral("mia@example.org"), Op::Disable, QStringLiteral("eddie@example.org")).done);
    AuditQuery all;
    all.workspaceId = 1;
    all.viewerId = idOf(QStringLiteral("hal@example.org"));
    QCOMPARE(await(m_backend->auditLog()->listAudit(all)).error().kind, Kind::Refused); // Helpdesk may not read it
    all.viewerId = idOf(QStringLiteral("mo@example.org"));
    auto events = await(m_backend->auditLog()->listAudit(all));
    QVERIFY(events.ok());
    QCOMPARE(events.value().size(), 2);
    QCOMPARE(events.value()[0].action, QStringLiteral("member.disabled")); // newest first
    QCOMPARE(events.value()[0].actorName, QStringLiteral("Mia Manager"));
    QCOMPARE(events.value()[0].targetName, QStringLiteral("Eddie Editor"));
    QCOMPARE(auditChangeSummary(events.value()[1]), QStringLiteral("role: Member → Editor"));

    AuditQuery byActor = all;
    byActor.actorId = idOf(QStringLiteral("ada@example.org"));
    QCOMPARE(await(m_backend->auditLog()->listAudit(byActor)).value().size(), 1);
    AuditQuery byAction = all;
    byAction.action = QStringLiteral("member.disabled");
    QCOMPARE(await(m_backend->auditLog()->listAudit(byAction)).value().value(0).targetName, QStringLiteral("Eddie Editor"));
    AuditQuery byText = all;
    byText.targetText = QStringLiteral("MAX@");
    QCOMPARE(await(m_backend->auditLog()->listAudit(byText)).value().size(), 1);
    byText.targetText = QStringLiteral("%");
    QCOMPARE(await(m_backend->auditLog()->listAudit(byText)).value().size(), 0);
    AuditQuery byActorName = all;
    byActorName.actorText = QStringLiteral("mia man");
    QCOMPARE(await(m_backend->auditLog()->listAudit(byActorName)).value().value(0).action, QStringLiteral("member.disabled"));
    AuditQuery future = all;
    future.since = QDateTime::currentDateTimeUtc().addDays(1);
    QCOMPARE(await(m_backend->auditLog()->listAudit(future)).value().size(), 0);
    AuditQuery page = all;
    page.limit = 1;
    const AuditEvent newest = await(m_backend->auditLog()->listAudit(page)).value().value(0);
    page.beforeAt = newest.at.toSecsSinceEpoch();
    page.beforeId = newest.id;
    QCOMPARE(await(m_backend->auditLog()->listAudit(page)).value().value(0).action, QStringLiteral("member.role_changed"));
}

void TestLifecycle::memberDetailsShowsEverything()
{
    const qint64 max = idOf(QStringLiteral("max@example.org"));
    {
        DirectSql direct(*m_db);
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO groups (workspace_id, name, created_at) VALUES (1, 'Ops', 0)")));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO group_members (group_id, account_id, added_at) "
                                           "SELECT id, ?, 0 FROM groups WHERE name = 'Ops'"),
                            {max}));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO sessions (account_id, workspace_id, device, browser, ip, "
                                           "location, created_at, last_activity_at) VALUES "
                                           "(?, 1, 'Laptop', 'Firefox', '192.0.2.1', 'Utrecht, NL', 10, 20)"),
                            {max}));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO login_events (account_id, workspace_id, at, ip, device, browser, "
                                           "location, success, reason) VALUES "
                                           "(?, 1, 30, '192.0.2.1', 'Laptop', 'Firefox', 'Utrecht, NL', 0, 'password')"),
                            {max}));
    }
    QVERIFY(change(QStringLiteral("ada@example.org"), QStringLiteral("max@example.org"), Role::Editor).ok());
    const auto details = await(m_backend->members()->memberDetails(1, max, idOf(QStringLiteral("ada@example.org"))));
    QVERIFY2(details.ok(), qPrintable(details.error().message));
    const MemberDetails& d = details.value();
    QCOMPARE(d.account.email, QStringLiteral("max@example.org"));
    QCOMPARE(d.membership.role, Role::Editor);
    QCOMPARE(d.groups.size(), 1);
    QCOMPARE(d.groups.first().name, QStringLiteral("Ops"));
    QCOMPARE(d.sessions.size(), 1);
    QCOMPARE(d.sessions[0].location, QStringLiteral("Utrecht, NL"));
    QCOMPARE(d.signIns.size(), 1);
    QVERIFY(!d.signIns[0].success);
    QCOMPARE(d.audit.size(), 1);
    QCOMPARE(d.updatedBy, QStringLiteral("Ada Admin"));
    // Revoking: one session, then none left to revoke.
    const auto revoked = await(m_backend->members()->revokeSessions(as(QStringLiteral("ada@example.org")), max, d.sessions[0].id));
    QCOMPARE(revoked.value(), 1);
    QCOMPARE(await(m_backend->members()->memberDetails(1, max, idOf(QStringLiteral("ada@example.org")))).value().sessions.size(), 0);
    QCOMPARE(await(m_backend->members()->revokeSessions(as(QStringLiteral("ada@example.org")), max, 0)).value(), 0);
    // A Monitor may look but not revoke.
    QCOMPARE(await(m_backend->members()->revokeSessions(as(QStringLiteral("mo@example.org")), max, 0)).error().kind,
             Kind::Refused);
}

void TestLifecycle::memberActivityOnlyForThoseWhoMayReadTheAudit()
{
    const qint64 max = idOf(QStringLiteral("max@example.org"));
    QVERIFY(change(QStringLiteral("ada@example.org"), QStringLiteral("max@example.org"), Role::Editor).ok());
    const auto detailsFor = [&](qint64 viewer) {
        const auto details = await(m_backend->members()->memberDetails(1, max, viewer));
        if (!details.ok()) {
            qWarning() << "memberDetails failed:" << details.error().message;
            return MemberDetails{};
        }
        return details.value();
    };
    // Those whose role reads the audit log see the member's activity.
    for (const char* viewer : {"ada@example.org", "mo@example.org", "eddie@example.org"}) {
        const MemberDetails seen = detailsFor(idOf(QString::fromLatin1(viewer)));
        QCOMPARE(seen.account.email, QStringLiteral("max@example.org"));
        QVERIFY2(seen.audit.size() == 1 && seen.auditWithheld.isEmpty(), viewer);
    }
    // Helpdesk may see the person, not the log: no events, and why.
    const MemberDetails helpdesk = detailsFor(idOf(QStringLiteral("hal@example.org")));
    QCOMPARE(helpdesk.account.email, QStringLiteral("max@example.org"));
    QVERIFY(helpdesk.audit.isEmpty());
    QVERIFY2(helpdesk.auditWithheld.contains(QStringLiteral("audit log")), qPrintable(helpdesk.auditWithheld));
    // Nobody, someone unknown, or someone who is no longer active: no events either.
    QVERIFY(detailsFor(0).audit.isEmpty());
    QVERIFY(detailsFor(999999).audit.isEmpty());
    QVERIFY(apply(QStringLiteral("ada@example.org"), Op::Disable, QStringLiteral("mo@example.org")).done);
    const MemberDetails disabled = detailsFor(idOf(QStringLiteral("mo@example.org")));
    QVERIFY(disabled.audit.isEmpty());
    QVERIFY(!disabled.auditWithheld.isEmpty());
}

void TestLifecycle::firstAdminAndSignIn()
{
    TestDatabase fresh(QStringLiteral("firstadmin"));
    const auto backend = fresh.openedBackend();
    const NewMember admin{QStringLiteral("Ines"), QStringLiteral("Ibáñez"), QStringLiteral("ines@example.org"),
                          Role::Admin, QStringLiteral("correct horse battery")};
    NewMember weak = admin;
    weak.password = QStringLiteral("short");
    QCOMPARE(await(backend->operatorSignIn()->setUpFirstAdmin(1, weak)).error().kind, Kind::Invalid);
    const auto op = await(backend->operatorSignIn()->setUpFirstAdmin(1, admin));
    QVERIFY2(op.ok(), qPrintable(op.error().message));
    QCOMPARE(op.value().role, Role::Admin);
    // Only once: a second "first Admin" is refused.
    NewMember intruder = admin;
    intruder.email = QStringLiteral("mallory@example.org");
    QCOMPARE(await(backend->operatorSignIn()->setUpFirstAdmin(1, intruder)).error().kind, Kind::Refused);
    DirectSql direct(fresh);
    const QString stored = direct.scalar(QStringLiteral("SELECT password_hash FROM accounts WHERE id = ?"),
                                         {op.value().accountId.number()})
                               .toString();
    QVERIFY2(stored.startsWith(QStringLiteral("$argon2id$")), qPrintable(stored));
    QVERIFY(!stored.contains(QStringLiteral("correct horse")));

    const auto signedIn = await(backend->operatorSignIn()->signIn(1, QStringLiteral("INES@example.org"), admin.password));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
    QCOMPARE(signedIn.value().accountId, op.value().accountId);
    QCOMPARE(await(backend->operatorSignIn()->signIn(1, QStringLiteral("ines@example.org"), QStringLiteral("wrong"))).error().kind,
             Kind::Authentication);
    QCOMPARE(await(backend->operatorSignIn()->signIn(1, QStringLiteral("nobody@example.org"), admin.password)).error().kind,
             Kind::Authentication);
    if (!fresh.isPostgres()) {
        QCOMPARE(await(backend->operatorSignIn()->identify(1, QStringLiteral("ines@example.org"))).value().accountId,
                 op.value().accountId);
        QCOMPARE(await(backend->operatorSignIn()->identify(1, QStringLiteral("nobody@example.org"))).error().kind, Kind::NotFound);
    }
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM login_events WHERE success = 1")).toInt(), 1);
}

void TestLifecycle::repeatedFailuresSlowSignInDown()
{
    const qint64 mia = idOf(QStringLiteral("mia@example.org"));
    const QString right = QStringLiteral("the right one");
    {
        DirectSql direct(*m_db);
        QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"),
                            {passwordhash::hash(right), mia}));
    }
    auto signIn = [&](const QString& password) {
        return await(m_backend->operatorSignIn()->signIn(1, QStringLiteral("mia@example.org"), password));
    };
    auto failures = [&] { return count(QStringLiteral("SELECT failed_logins FROM accounts WHERE id = ?"), {mia}); };
    auto notBefore = [&] { return count(QStringLiteral("SELECT locked_until FROM accounts WHERE id = ?"), {mia}); };
    // The clock stands still: a loaded machine cannot let the one-second delay run out between
    // two attempts, and the delays are passed by moving the clock, not by rewriting the database.
    clock::freezeForTesting(QDateTime::currentDateTimeUtc());
    for (int i = 0; i < freeSignInFailures; ++i) {
        QCOMPARE(signIn(QStringLiteral("guess")).error().kind, Kind::Authentication);
    }
    QCOMPARE(failures(), qint64(freeSignInFailures));
    const qint64 firstDelay = signInDelaySeconds(freeSignInFailures);
    QCOMPARE(notBefore(), clock::nowSecs() + firstDelay);
    // Inside the delay even the right password is not checked: refused, saying when to try again,
    // and the delay is not extended.
    const quint64 verified = passwordhash::verificationCount();
    const auto early = signIn(right);
    QCOMPARE(early.error().kind, Kind::Refused);
    QVERIFY2(early.error().message.contains(QStringLiteral("again")), qPrintable(early.error().message));
    QCOMPARE(passwordhash::verificationCount(), verified);
    QCOMPARE(signIn(QStringLiteral("guess")).error().kind, Kind::Refused);
    QCOMPARE(passwordhash::verificationCount(), verified);
    QCOMPARE(failures(), qint64(freeSignInFailures));
    QCOMPARE(notBefore(), clock::nowSecs() + firstDelay);
    // Once the delay has passed, a wrong password doubles the next delay...
    clock::advanceForTesting(firstDelay);
    QCOMPARE(signIn(QStringLiteral("guess")).error().kind, Kind::Authentication);
    QCOMPARE(failures(), qint64(freeSignInFailures + 1));
    const qint64 secondDelay = signInDelaySeconds(freeSignInFailures + 1);
    QVERIFY(secondDelay > firstDelay);
    QCOMPARE(notBefore(), clock::nowSecs() + secondDelay);
    // ... a second short of it, even the right password waits...
    clock::advanceForTesting(secondDelay - 1);
    QCOMPARE(signIn(right).error().kind, Kind::Refused);
    // ... and the right password after it works and starts afresh. Nobody was locked out.
    clock::advanceForTesting(1);
    const auto signedIn = signIn(right);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
    QCOMPARE(failures(), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = ? AND locked_until IS NULL"), {mia}), 1);
}

void TestLifecycle::everySignInCostsOneVerification()
{
    const qint64 mia = idOf(QStringLiteral("mia@example.org"));
    {
        DirectSql direct(*m_db);
        QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"),
                            {passwordhash::hash(QStringLiteral("the right one")), mia}));
        QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET password_hash = NULL WHERE email = 'max@example.org'")));
    }
    auto attempt = [&](const QString& email) {
        const quint64 before = passwordhash::verificationCount();
        const auto result = await(m_backend->operatorSignIn()->signIn(1, email, QStringLiteral("a wrong password")));
        return std::make_pair(result, passwordhash::verificationCount() - before);
    };
    const auto [unknown, unknownWork] = attempt(QStringLiteral("nobody@example.org"));
    const auto [passwordless, passwordlessWork] = attempt(QStringLiteral("max@example.org"));
    const auto [wrong, wrongWork] = attempt(QStringLiteral("mia@example.org"));
    QCOMPARE(unknownWork, quint64(1));
    QCOMPARE(passwordlessWork, quint64(1));
    QCOMPARE(wrongWork, quint64(1));
    QCOMPARE(unknown.error().kind, Kind::Authentication);
    QCOMPARE(passwordless.error().kind, Kind::Authentication);
    QCOMPARE(wrong.error().kind, Kind::Authentication);
    QCOMPARE(unknown.error().message, wrong.error().message);
    QCOMPARE(passwordless.error().message, wrong.error().message);
}

void TestLifecycle::passwordIsVerifiedOutsideTheWriteLock()
{
    const qint64 mia = idOf(QStringLiteral("mia@example.org"));
    {
        DirectSql direct(*m_db);
        QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"),
                            {passwordhash::hash(QStringLiteral("the right one")), mia}));
    }
    // While the backend verifies, another connection changes the same account (and so takes
    // the write lock): it must not have to wait for the verification.
    bool wrote = false;
    QString why;
    const TestDatabase* db = m_db.get();
    passwordhash::setVerificationObserver([&] {
        DirectSql other(*db);
        if (db->isPostgres()) {
            other.exec(QStringLiteral("SET lock_timeout = '2s'"));
        } else {
            other.exec(QStringLiteral("PRAGMA busy_timeout = 2000"));
        }
        QSqlQuery query(other.db());
        query.prepare(QStringLiteral("UPDATE accounts SET first_name = first_name WHERE id = ?"));
        query.addBindValue(mia);
        wrote = query.exec();
        why = query.lastError().text();
    });
    const auto result = await(m_backend->operatorSignIn()->signIn(1, QStringLiteral("mia@example.org"), QStringLiteral("the right one")));
    passwordhash::setVerificationObserver({});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QVERIFY2(wrote, qPrintable(why));
}

void TestLifecycle::aPasswordReplacedDuringItsCheckNoLongerCounts()
{
    // Someone who knows Mia's old password changes it (or signs in) while, at that very moment,
    // the helpdesk gives her a temporary password and signs her out everywhere: the old password
    // was checked against the hash read before, so it must not win.
    const qint64 mia = idOf(QStringLiteral("mia@example.org"));
    {
        DirectSql direct(*m_db);
        QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"),
                            {passwordhash::hash(QStringLiteral("the old password")), mia}));
    }
    const auto helpdesk = m_db->openedBackend(); // another admin's Usher
    QString temporary;
    bool once = false;
    passwordhash::setVerificationObserver([&] {
        if (std::exchange(once, true)) {
            return;
        }
        const auto given = await(helpdesk->passwordHelp()->setTemporaryPassword(
            as(QStringLiteral("ada@example.org")), {mia, {CallerCheck::CalledBack, {}}, false, true}));
        temporary = given.ok() ? given.value().temporaryPassword : given.error().message;
    });
    const auto attacker = await(m_backend->changeWebPassword(1, QStringLiteral("mia@example.org"),
                                                             QStringLiteral("the old password"),
                                                             QStringLiteral("the attacker's password")));
    passwordhash::setVerificationObserver({});
    QCOMPARE(temporary.size(), 19);
    QVERIFY(!attacker.ok());
    QCOMPARE(attacker.error().kind, Kind::Authentication);
    // The temporary password stands, still to be changed.
    QCOMPARE(count(QStringLiteral("SELECT must_change_password FROM accounts WHERE id = ?"), {mia}), 1);
    QCOMPARE(await(m_backend->signInToWeb(1, QStringLiteral("mia@example.org"), temporary)).error().kind,
             Kind::PasswordChangeRequired);
}

void TestLifecycle::adminUnlocksSignIn()
{
    const qint64 mia = idOf(QStringLiteral("mia@example.org"));
    const qint64 ada = idOf(QStringLiteral("ada@example.org"));
    for (const qint64 id : {mia, ada}) {
        DirectSql direct(*m_db);
        QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET failed_logins = 7, locked_until = ? WHERE id = ?"),
                            {QDateTime::currentSecsSinceEpoch() + 200, id}));
    }
    const auto details = await(m_backend->members()->memberDetails(1, mia, ada));
    QVERIFY2(details.ok(), qPrintable(details.error().message));
    QCOMPARE(details.value().account.failedSignIns, 7);
    // Below an Admin, nobody unlocks an Admin; a Monitor unlocks nobody.
    const CallerVerification inPerson{CallerCheck::InPerson, {}};
    QCOMPARE(await(m_backend->passwordHelp()->unlockSignIn(as(QStringLiteral("mia@example.org")), ada, inPerson)).error().kind, Kind::Refused);
    QCOMPARE(await(m_backend->passwordHelp()->unlockSignIn(as(QStringLiteral("mo@example.org")), mia, inPerson)).error().kind, Kind::Refused);
    // Nothing is unlocked without saying how the caller was checked.
    QCOMPARE(await(m_backend->passwordHelp()->unlockSignIn(as(QStringLiteral("ada@example.org")), mia, {})).error().kind,
             Kind::Invalid);
    QCOMPARE(count(QStringLiteral("SELECT failed_logins FROM accounts WHERE id = ?"), {ada}), 7);
    const auto unlocked = await(m_backend->passwordHelp()->unlockSignIn(as(QStringLiteral("ada@example.org")), mia, inPerson));
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().message));
    QCOMPARE(count(QStringLiteral("SELECT failed_logins FROM accounts WHERE id = ?"), {mia}), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = ? AND locked_until IS NULL"), {mia}), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.sign_in_unlocked' "
                                  "AND target_id = ? AND actor_id = ?"),
                   {mia, ada}),
             1);
}

void TestLifecycle::workspacesOfAnAccount()
{
    const qint64 other = addWorkspace(QStringLiteral("Another place"));
    const qint64 mia = idOf(QStringLiteral("mia@example.org"));
    QVERIFY(joinWorkspace(mia, other, QStringLiteral("admin")));
    setSeatCap(10);
    const auto workspaces = await(m_backend->operatorSignIn()->listWorkspaces(mia));
    QVERIFY(workspaces.ok());
    QCOMPARE(workspaces.value().size(), 2);
    const WorkspaceSummary& first = workspaces.value()[0];
    QCOMPARE(first.name, QStringLiteral("Another place"));
    QCOMPARE(first.role, Role::Admin);
    QCOMPARE(first.activeAdmins, 1);
    const WorkspaceSummary& second = workspaces.value()[1];
    QCOMPARE(second.role, Role::Manager);
    QCOMPARE(second.seatsUsed, 7);
    QCOMPARE(second.seatCap.value_or(-1), 10);
    QCOMPARE(second.activeAdmins, 2);
}

void TestLifecycle::sharedAccountsNeedRightsInEveryWorkspace()
{
    // Max is a Member here and an Admin of another workspace: his name, email and picture are
    // that workspace's too.
    const qint64 other = addWorkspace(QStringLiteral("Other"));
    const qint64 max = idOf(QStringLiteral("max@example.org"));
    const qint64 ada = idOf(QStringLiteral("ada@example.org"));
    {
        DirectSql direct(*m_db);
        QVERIFY(joinWorkspace(max, other, QStringLiteral("admin")));
        QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET first_name = 'Max', last_name = 'Member' WHERE id = ?"),
                            {max}));
    }
    auto edit = [&](const QString& op, const ProfileEdit& change) {
        const int version = int(count(QStringLiteral("SELECT version FROM memberships WHERE account_id = ? "
                                                     "AND workspace_id = 1"),
                                      {max}));
        return await(m_backend->members()->updateProfile(as(op), max, change, version));
    };
    ProfileEdit email;
    email.email = QStringLiteral("mallory@evil.example");
    ProfileEdit name;
    name.firstName = QStringLiteral("Mallory");
    ProfileEdit picture;
    picture.avatar = QByteArray("\x89PNG fake");
    // A Manager here, and an Admin here who is not a member there, may change none of it.
    for (const QString& op : {QStringLiteral("mia@example.org"), QStringLiteral("ada@example.org")}) {
        for (const ProfileEdit& change : {email, name, picture}) {
            const auto result = edit(op, change);
            QVERIFY2(!result.ok(), qPrintable(op));
            QCOMPARE(result.error().kind, Kind::Refused);
            QVERIFY2(result.error().message.contains(QLatin1String("another workspace")),
                     qPrintable(result.error().message));
        }
    }
    // Nor may someone who is only a Monitor there.
    QVERIFY(joinWorkspace(ada, other, QStringLiteral("monitor")));
    QCOMPARE(edit(QStringLiteral("ada@example.org"), email).error().kind, Kind::Refused);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = ? AND email = 'max@example.org' "
                                  "AND first_name = 'Max' AND avatar IS NULL"),
                   {max}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.profile_changed'")), 0);

    // An Admin of both may; the change is audited in both.
    {
        DirectSql direct(*m_db);
        QVERIFY(direct.exec(QStringLiteral("UPDATE memberships SET role = 'admin' WHERE account_id = ? "
                                           "AND workspace_id = ?"),
                            {ada, other}));
    }
    const auto done = edit(QStringLiteral("ada@example.org"), email);
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = ? AND email = 'mallory@evil.example'"),
                   {max}),
             1);
    for (const qint64 workspace : {qint64(1), other}) {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.profile_changed' "
                                      "AND workspace_id = ? AND target_id = ?"),
                       {workspace, max}),
                 1);
    }
    // Disabled there, Ada may no longer.
    {
        DirectSql direct(*m_db);
        QVERIFY(direct.exec(QStringLiteral("UPDATE memberships SET status = 'disabled' WHERE account_id = ? "
                                           "AND workspace_id = ?"),
                            {ada, other}));
    }
    QCOMPARE(edit(QStringLiteral("ada@example.org"), name).error().kind, Kind::Refused);
    // Everyone may still change their own profile.
    ProfileEdit own;
    own.lastName = QStringLiteral("Manager-Smith");
    QVERIFY(await(m_backend->members()->updateProfile(as(QStringLiteral("mia@example.org")), idOf(QStringLiteral("mia@example.org")),
                                           own, versionOf(QStringLiteral("mia@example.org"))))
                .ok());
}

void TestLifecycle::passwordHelpReachesNoFurtherThanTheOperatorCouldInEveryWorkspace()
{
    // Max is a Member here, where the helpdesk may reset him, and an Admin of another workspace:
    // a password is the account's, so a reset here would take over his Admin account there.
    const qint64 other = addWorkspace(QStringLiteral("Other"));
    const qint64 max = idOf(QStringLiteral("max@example.org"));
    QVERIFY(joinWorkspace(max, other, QStringLiteral("admin")));
    const CallerVerification inPerson{CallerCheck::InPerson, {}};
    for (const QString& helper : {QStringLiteral("hal@example.org"), QStringLiteral("ada@example.org")}) {
        const Operator op = as(helper);
        for (const auto& result : {await(m_backend->passwordHelp()->sendPasswordReset(op, {max, inPerson, false, false})),
                                   await(m_backend->passwordHelp()->setTemporaryPassword(op, {max, inPerson, false, false}))}) {
            QVERIFY2(!result.ok(), qPrintable(helper));
            QCOMPARE(result.error().kind, Kind::Refused);
            QVERIFY2(result.error().message.contains(QLatin1String("another workspace")),
                     qPrintable(result.error().message));
        }
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM password_resets")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = ? AND password_hash IS NULL"), {max}), 1);
    // An Admin there too may.
    QVERIFY(joinWorkspace(idOf(QStringLiteral("ada@example.org")), other, QStringLiteral("admin")));
    const auto reset = await(m_backend->passwordHelp()->sendPasswordReset(as(QStringLiteral("ada@example.org")),
                                                                          {max, inPerson, false, false}));
    QVERIFY2(reset.ok(), qPrintable(reset.ok() ? QString() : reset.error().message));
    // The panel's facts name both workspaces, so the helper sees why.
    const auto facts = await(m_backend->passwordHelp()->signInFacts(as(QStringLiteral("hal@example.org")), max));
    QVERIFY(facts.ok());
    QCOMPARE(facts.value().workspaces.size(), 2);
}

void TestLifecycle::firstAdminNeverTakesOverAnAccount()
{
    TestDatabase fresh(QStringLiteral("takeover"));
    fresh.seed({SeedUser{QStringLiteral("Ines Ibáñez"), QStringLiteral("ines@example.org"), Role::Member,
                         Status::Active, Source::Invite, 1'700'000'000, 0, {}}});
    const QString inesHash = passwordhash::hash(QStringLiteral("ines's own password"));
    qint64 boss = 0;
    qint64 membership = 0;
    {
        DirectSql direct(fresh);
        QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE email = 'ines@example.org'"),
                            {inesHash}));
        membership = direct.scalar(QStringLiteral("SELECT id FROM memberships WHERE workspace_id = 1")).toLongLong();
        // Boss is the Admin of another workspace and never chose a password.
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO workspaces (name, slug, created_at) VALUES ('Other', 'other', 0)")));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO accounts (email, email_key, display_name, created_at) "
                                           "VALUES ('boss@example.org', 'boss@example.org', 'Boss', 0)")));
        boss = direct.scalar(QStringLiteral("SELECT id FROM accounts WHERE email = 'boss@example.org'")).toLongLong();
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, "
                                           "joined_at) SELECT ?, id, 'admin', 'active', 'manual', 0 FROM workspaces "
                                           "WHERE slug = 'other'"),
                            {boss}));
    }
    const auto backend = fresh.openedBackend();
    // Workspace 1 has no Admin. Claiming it as Boss would give Boss a password of the caller's choosing.
    const NewMember asBoss{QStringLiteral("Boss"), {}, QStringLiteral("boss@example.org"), Role::Admin,
                           QStringLiteral("mallory chose this")};
    auto result = await(backend->operatorSignIn()->setUpFirstAdmin(1, asBoss));
    QVERIFY2(!result.ok(), "the first Admin set a password on another workspace's Admin");
    QCOMPARE(result.error().kind, Kind::Refused);
    {
        DirectSql direct(fresh);
        QVERIFY(direct.scalar(QStringLiteral("SELECT password_hash FROM accounts WHERE id = ?"), {boss}).isNull());
        QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE account_id = ?"), {boss}).toInt(),
                 1);
    }
    // Ines has a password: the wrong one is refused and changes nothing.
    NewMember asInes{QStringLiteral("Ines"), QStringLiteral("Ibáñez"), QStringLiteral("ines@example.org"), Role::Admin,
                     QStringLiteral("mallory chose this")};
    result = await(backend->operatorSignIn()->setUpFirstAdmin(1, asInes));
    QVERIFY2(!result.ok(), "the first Admin overwrote an existing password");
    {
        DirectSql direct(fresh);
        QCOMPARE(direct.scalar(QStringLiteral("SELECT password_hash FROM accounts WHERE email = 'ines@example.org'"))
                     .toString(),
                 inesHash);
        QCOMPARE(direct.scalar(QStringLiteral("SELECT role FROM memberships WHERE id = ?"), {membership}).toString(),
                 QStringLiteral("member"));
    }
    // Guesses count towards sign-in's slow-down: after the free failures, even hers waits.
    // The last free failure sets the first delay; a further guess would race that one second.
    for (int attempt = 2; attempt <= freeSignInFailures; ++attempt) {
        QVERIFY(!await(backend->operatorSignIn()->setUpFirstAdmin(1, asInes)).ok());
    }
    {
        // The guesses were counted and set a delay; it is stretched here so a slow machine
        // cannot outlast it before the next attempt.
        DirectSql direct(fresh);
        QCOMPARE(direct.scalar(QStringLiteral("SELECT failed_logins FROM accounts WHERE email = 'ines@example.org'"))
                     .toInt(),
                 freeSignInFailures);
        QVERIFY2(!direct.scalar(QStringLiteral("SELECT locked_until FROM accounts WHERE email = 'ines@example.org'"))
                      .isNull(),
                 "the guesses set no delay");
        QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET locked_until = ? WHERE email = 'ines@example.org'"),
                            {QDateTime::currentSecsSinceEpoch() + 3600}));
    }
    asInes.password = QStringLiteral("ines's own password");
    result = await(backend->operatorSignIn()->setUpFirstAdmin(1, asInes));
    QVERIFY2(!result.ok(), "the slow-down did not hold");
    QVERIFY2(result.error().message.contains(QLatin1String("try again")), qPrintable(result.error().message));
    {
        DirectSql direct(fresh);
        QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET locked_until = NULL, failed_logins = 0")));
    }
    // Her own password proves it is her: she becomes the Admin, keeping her password and membership.
    result = await(backend->operatorSignIn()->setUpFirstAdmin(1, asInes));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    DirectSql direct(fresh);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT password_hash FROM accounts WHERE email = 'ines@example.org'"))
                 .toString(),
             inesHash);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT role || '/' || status FROM memberships WHERE id = ?"), {membership})
                 .toString(),
             QStringLiteral("admin/active"));
}

void TestLifecycle::identifyingWithoutPasswordOnlyOnLocalFiles()
{
    const auto who = await(m_backend->operatorSignIn()->identify(1, QStringLiteral("ada@example.org")));
    if (!m_db->isPostgres()) {
        QVERIFY(who.ok());
        QCOMPARE(who.value().accountId, idOf(QStringLiteral("ada@example.org")));
        return;
    }
    QVERIFY2(!who.ok(), "identified on a shared database without a password");
    QCOMPARE(who.error().kind, Kind::Refused);
    QVERIFY2(who.error().message.contains(QLatin1String("password")), qPrintable(who.error().message));
    // Unknown addresses are answered the same way: identify tells nobody who is a member.
    const auto nobody = await(m_backend->operatorSignIn()->identify(1, QStringLiteral("nobody@example.org")));
    QVERIFY(!nobody.ok());
    QCOMPARE(nobody.error().kind, Kind::Refused);
    QCOMPARE(nobody.error().message, who.error().message);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
