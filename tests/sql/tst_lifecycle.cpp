#include "connection/sql/sqlbackend.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace usher;
using namespace usher::test;
using Kind = BackendError::Kind;

/// Changing a member's role through the backend: every rule is enforced there, in the
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
    void twoAdminsDemotingEachOtherAtOnceLeaveOne();
    void staleVersionIsRefusedNamingWhoChangedIt();
    void changesAreAudited();

private:
    qint64 idOf(const QString& email);
    /// A column of the member's membership row, read directly.
    QVariant membershipValue(const QString& email, const QString& column);
    int versionOf(const QString& email);
    QString roleOf(const QString& email);
    Result<int> change(const QString& op, const QString& target, Role role, int version = -1);

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
    m_backend.reset();
    m_db.reset();
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
                                        "WHERE a.email = ?")
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

Result<int> TestLifecycle::change(const QString& op, const QString& target, Role role, int version)
{
    return await(m_backend->changeRole(1, idOf(op), idOf(target), role, version < 0 ? versionOf(target) : version));
}

void TestLifecycle::rolesWithoutTheRightAreRefused_data()
{
    QTest::addColumn<QString>("op");
    QTest::newRow("monitor") << QStringLiteral("mo@example.org");
    QTest::newRow("helpdesk") << QStringLiteral("hal@example.org");
    QTest::newRow("editor") << QStringLiteral("eddie@example.org");
    QTest::newRow("member") << QStringLiteral("max@example.org");
}

void TestLifecycle::rolesWithoutTheRightAreRefused()
{
    QFETCH(QString, op);
    const auto result = change(op, QStringLiteral("max@example.org"), Role::Editor);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::Refused);
    QVERIFY2(!result.error().message.isEmpty(), "a reason for the person");
    QCOMPARE(roleOf(QStringLiteral("max@example.org")), QStringLiteral("member"));
    DirectSql direct(*m_db);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
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
    auto first = m_backend->changeRole(1, ada, grace, Role::Member, versionOf(QStringLiteral("grace@example.org")));
    auto second = other->changeRole(1, grace, ada, Role::Member, versionOf(QStringLiteral("ada@example.org")));
    const auto a = await(first);
    const auto b = await(second);
    QCOMPARE(int(a.ok()) + int(b.ok()), 1);
    const auto& loser = a.ok() ? b : a;
    QCOMPARE(loser.error().kind, Kind::Refused);
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
    QCOMPARE(query.value(4).toString(), QStringLiteral("{\"role\":\"member\"}"));
    QCOMPARE(query.value(5).toString(), QStringLiteral("{\"role\":\"editor\"}"));
    QVERIFY(!query.next()); // exactly one row
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
