#include "connection/sql/sqlbackend.h"
#include "statementlog.h"
#include "testsupport.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace usher;
using namespace usher::test;
using Op = MemberOperation;

/// Changes to many people where a careless or unlucky admin meets another: a Stop halfway,
/// someone changed by another admin between choosing and changing, the operator among the
/// people chosen. On both SQL backends.
class TestBulkSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void stopKeepsTheReportOfWhoChanged();
    void stopOfGroupChangesKeepsTheReport();
    void allMatchingRechecksEachMemberInItsTransaction();
    void changeToManyLeavesTheOperatorOut();
    void oneChangeCarriesTheVersionSeen();
    void manyChunksWithRefusalsInsideEach();

private:
    qint64 idOf(const QString& email);
    qint64 count(const QString& sql, const QVariantList& binds = {});
    Operator ada();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sql::SqlBackend> m_backend;
};

void TestBulkSafety::initTestCase()
{
    installSqliteStatementLog(); // before any connection
}

void TestBulkSafety::init()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("bulksafety"));
    QList<SeedUser> people{
        {QStringLiteral("Ada Admin"), QStringLiteral("ada@example.org"), Role::Admin, Status::Active, Source::Invite,
         1'700'000'000, 0, {}},
        {QStringLiteral("Grace Admin"), QStringLiteral("grace@example.org"), Role::Admin, Status::Active,
         Source::Invite, 1'700'000'000, 0, {}},
    };
    for (int i = 0; i < 1200; ++i) {
        people.append({QStringLiteral("Member %1").arg(i, 4, 10, QLatin1Char('0')),
                       QStringLiteral("m%1@example.org").arg(i, 4, 10, QLatin1Char('0')), Role::Member,
                       i < 20 ? Status::Disabled : Status::Active, Source::Invite, 1'700'000'000, 0, {}});
    }
    m_db->seed(people);
    m_backend = m_db->openedBackend();
}

void TestBulkSafety::cleanup()
{
    m_backend.reset();
    if (m_db) {
        // Whatever the test did, the kept member counts still agree with the members.
        const QStringList drift = DirectSql(*m_db).countsDrift();
        m_db.reset();
        QVERIFY2(drift.isEmpty(), qPrintable(drift.join(QStringLiteral("; "))));
    }
}

qint64 TestBulkSafety::idOf(const QString& email)
{
    DirectSql direct(*m_db);
    return direct.scalar(QStringLiteral("SELECT id FROM accounts WHERE email = ?"), {email}).toLongLong();
}

qint64 TestBulkSafety::count(const QString& sql, const QVariantList& binds)
{
    DirectSql direct(*m_db);
    return direct.scalar(sql, binds).toLongLong();
}

Operator TestBulkSafety::ada()
{
    Operator op;
    op.workspaceId = 1;
    op.accountId = idOf(QStringLiteral("ada@example.org"));
    op.role = Role::Admin;
    return op;
}

void TestBulkSafety::stopKeepsTheReportOfWhoChanged()
{
    MemberChange change;
    change.operation = Op::Disable;
    UserFilter members;
    members.role = Role::Member;
    members.status = Status::Active;
    change.matching = members;
    QFuture<Result<QList<MemberOutcome>>> future = m_backend->members()->changeMembers(ada(), change);
    // Stop as soon as the first chunk is reported, as a person pressing Stop would.
    QVERIFY(stopAtFirstProgress(future, change.stop));
    QVERIFY2(!future.isCanceled() && future.resultCount() == 1, "a Stop must not lose the report");
    const Result<QList<MemberOutcome>> result = future.result();
    QVERIFY(result.ok());
    const QList<MemberOutcome> outcomes = result.value();
    QCOMPARE(outcomes.size(), 1180); // everyone chosen is named: changed, refused or not reached
    QSet<Id> done;
    int notReached = 0;
    for (const MemberOutcome& outcome : outcomes) {
        QVERIFY(!outcome.name.isEmpty());
        if (outcome.done) {
            done.insert(outcome.accountId);
        }
        notReached += outcome.notReached ? 1 : 0;
        QVERIFY(!(outcome.done && outcome.notReached));
    }
    QVERIFY(done.size() >= 250);
    QVERIFY2(notReached > 0, "the Stop came too late to test anything");
    QCOMPARE(done.size() + notReached, 1180);
    // The report and the database agree: exactly the people reported done are disabled and audited.
    DirectSql direct(*m_db);
    QSqlQuery audited(direct.db());
    QVERIFY(audited.exec(QStringLiteral("SELECT target_id FROM audit_log WHERE action = 'member.disabled'")));
    QSet<Id> auditedIds;
    while (audited.next()) {
        auditedIds.insert(audited.value(0).toLongLong());
    }
    QCOMPARE(auditedIds, done);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'disabled'")), 20 + done.size());
}

void TestBulkSafety::stopOfGroupChangesKeepsTheReport()
{
    const auto group = await(m_backend->groups()->createGroup(ada(), GroupEdit{QStringLiteral("Everyone"), {}, {}}));
    QVERIFY2(group.ok(), qPrintable(group.error().message));
    GroupMembersChange change;
    change.groupId = group.value();
    change.add = true;
    UserFilter members;
    members.role = Role::Member;
    change.matching = members;
    change.stop.requestStop(); // stopped before it began: nobody is added, and everyone is named
    const auto result = await(m_backend->groups()->changeGroupMembers(ada(), change));
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), 1200);
    for (const MemberOutcome& outcome : result.value()) {
        QVERIFY(outcome.notReached && !outcome.done);
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM group_members")), 0);
}

void TestBulkSafety::allMatchingRechecksEachMemberInItsTransaction()
{
    // "Delete all disabled" runs while another admin reactivates one of them: the reactivated
    // person is left alone, though they were disabled when the change began.
    const qint64 reactivated = idOf(QStringLiteral("m0007@example.org"));
    DirectSql other(*m_db);
    QVERIFY(other.exec(m_db->isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(other.exec(QStringLiteral("UPDATE memberships SET status = 'active', version = version + 1 "
                                      "WHERE account_id = ?"),
                       {reactivated}));
    MemberChange change;
    change.operation = Op::Delete;
    UserFilter disabled;
    disabled.status = Status::Disabled;
    change.matching = disabled;
    auto future = m_backend->members()->changeMembers(ada(), change);
    QTest::qWait(600); // the change has chosen its people and waits for the other admin's lock
    QVERIFY(other.exec(QStringLiteral("COMMIT")));
    future.waitForFinished();
    const auto result = future.result();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().size(), 20);
    for (const MemberOutcome& outcome : result.value()) {
        if (outcome.accountId == reactivated) {
            QVERIFY(!outcome.done);
            QVERIFY2(outcome.why.contains(QStringLiteral("no longer matches")), qPrintable(outcome.why));
        } else {
            QVERIFY2(outcome.done, qPrintable(outcome.why));
        }
    }
    DirectSql check(*m_db);
    QCOMPARE(check.scalar(QStringLiteral("SELECT status FROM memberships WHERE account_id = ?"), {reactivated})
                 .toString(),
             QStringLiteral("active"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'deleted'")), 19);
}

void TestBulkSafety::changeToManyLeavesTheOperatorOut()
{
    // Ada makes both Admins Editors: she is left out (she used to be demoted first, and then
    // Grace was refused as the last Admin).
    MemberChange change;
    change.operation = Op::ChangeRole;
    change.role = Role::Editor;
    change.targets = {{ada().accountId, -1}, {idOf(QStringLiteral("grace@example.org")), -1}};
    const auto result = await(m_backend->members()->changeMembers(ada(), change));
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), 2);
    QVERIFY(!result.value()[0].done);
    QVERIFY2(result.value()[0].why.contains(QStringLiteral("this is you")), qPrintable(result.value()[0].why));
    QVERIFY2(result.value()[1].done, qPrintable(result.value()[1].why));
    DirectSql direct(*m_db);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT role FROM memberships WHERE account_id = ?"), {ada().accountId.number()})
                 .toString(),
             QStringLiteral("admin"));
    // The same through "all matching" (every Admin).
    QVERIFY(direct.exec(QStringLiteral("UPDATE memberships SET role = 'admin' WHERE account_id = ?"),
                        {idOf(QStringLiteral("grace@example.org"))}));
    MemberChange all;
    all.operation = Op::ChangeRole;
    all.role = Role::Monitor;
    UserFilter admins;
    admins.role = Role::Admin;
    all.matching = admins;
    const auto again = await(m_backend->members()->changeMembers(ada(), all));
    QVERIFY(again.ok());
    QCOMPARE(direct.scalar(QStringLiteral("SELECT role FROM memberships WHERE account_id = ?"), {ada().accountId.number()})
                 .toString(),
             QStringLiteral("admin"));
    QCOMPARE(direct.scalar(QStringLiteral("SELECT role FROM memberships WHERE account_id = ?"),
                           {idOf(QStringLiteral("grace@example.org"))})
                 .toString(),
             QStringLiteral("monitor"));
}

void TestBulkSafety::oneChangeCarriesTheVersionSeen()
{
    // Two admins change the same person: the second, who saw the old version, is refused
    // instead of silently overriding the first.
    const qint64 max = idOf(QStringLiteral("m0100@example.org"));
    UserPageRequest request;
    request.filter.accountIds = QList<Id>{max};
    const auto page = await(m_backend->members()->listUsers(request));
    QVERIFY(page.ok());
    QCOMPARE(page.value().rows.size(), 1);
    const Version seen = page.value().rows.first().version;
    QVERIFY(!seen.isNull());

    MemberChange first;
    first.operation = Op::ChangeRole;
    first.role = Role::Editor;
    first.targets = {{max, seen}};
    QVERIFY(await(m_backend->members()->changeMembers(ada(), first)).value().value(0).done);
    Operator grace = ada();
    grace.accountId = idOf(QStringLiteral("grace@example.org"));
    MemberChange second;
    second.operation = Op::Disable;
    second.targets = {{max, seen}};
    const auto refused = await(m_backend->members()->changeMembers(grace, second));
    QVERIFY(refused.ok());
    QVERIFY(!refused.value().value(0).done);
    QVERIFY(refused.value().value(0).conflict);
    DirectSql direct(*m_db);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT status FROM memberships WHERE account_id = ?"), {max}).toString(),
             QStringLiteral("active"));
    // And a listing by id answers only the people asked for, under the view's filter.
    UserPageRequest disabledOnly;
    disabledOnly.filter.status = Status::Disabled;
    disabledOnly.filter.accountIds = QList<Id>{max, idOf(QStringLiteral("m0003@example.org"))};
    const auto listed = await(m_backend->members()->listUsers(disabledOnly));
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().rows.size(), 1);
    QCOMPARE(listed.value().rows.first().email, QStringLiteral("m0003@example.org"));
}

void TestBulkSafety::manyChunksWithRefusalsInsideEach()
{
    // 600 people by id, over several transactions, each member in a savepoint released after
    // their step (so hundreds do not nest); every 50th carries a stale version and is refused
    // alone, undone to its own savepoint, while the people after it in the chunk still change.
    DirectSql direct(*m_db);
    QSqlQuery people(direct.db());
    QVERIFY(people.exec(QStringLiteral("SELECT m.account_id, m.version FROM memberships m JOIN accounts a "
                                       "ON a.id = m.account_id WHERE m.status = 'active' AND m.role = 'member' "
                                       "ORDER BY a.email LIMIT 600")));
    MemberChange change;
    change.operation = Op::ChangeRole;
    change.role = Role::Editor;
    QSet<Id> stale;
    while (people.next()) {
        const qint64 id = people.value(0).toLongLong();
        const bool refuse = change.targets.size() % 50 == 49;
        change.targets.append({id, people.value(1).toInt() + (refuse ? 7 : 0)});
        if (refuse) {
            stale.insert(id);
        }
    }
    people.finish();
    QCOMPARE(change.targets.size(), 600);
    const Operator admin = ada();
    Result<QList<MemberOutcome>> result;
    const StatementLog log = recordStatements(m_db->profile().server()->database,
                                              [&] { result = await(m_backend->members()->changeMembers(admin, change)); });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message + result.error().detail));
    // One savepoint per member, each released: none nests inside another.
    const qint64 savepoints = log.value(QStringLiteral("SAVEPOINT member_change")).runs;
    QCOMPARE(savepoints, 600);
    QCOMPARE(log.value(QStringLiteral("RELEASE SAVEPOINT member_change")).runs, savepoints);
    QCOMPARE(result.value().size(), 600);
    for (const MemberOutcome& outcome : result.value()) {
        QCOMPARE(outcome.done, !stale.contains(outcome.accountId));
        QCOMPARE(outcome.conflict, stale.contains(outcome.accountId));
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE role = 'editor'")), 600 - stale.size());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.role_changed'")),
             600 - stale.size());
}

QTEST_MAIN(TestBulkSafety)
#include "tst_bulksafety.moc"
