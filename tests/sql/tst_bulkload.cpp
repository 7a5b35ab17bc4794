#include "connection/sql/sqlbackend.h"
#include "core/email.h"
#include "core/lifecycle.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace usher;
using namespace usher::test;

/// The benchmark's bulk generator (SqlBackend::generatePeopleInBulk) on a real SQLite file:
/// the same people and keys as the per-person loader, the schema put back exactly, the
/// triggers live again afterwards, and a second run adds people instead of failing.
class TestBulkLoad : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keysMatchThePerPersonLoader();
    void schemaComesBackExactly();
    void listingSortsLikeDirectSql();
    void searchFindsAGeneratedPerson();
    void triggersWorkAgainAfterwards();
    void secondRunAddsMorePeople();
    void unknownInsertTriggerIsRefused();
    void refusedOnPostgres();

private:
    /// Every index and trigger of the file, by name, with its SQL.
    static QMap<QString, QString> schemaOf(DirectSql& direct);
    /// Memberships whose keys are not what the triggers would write.
    static int wrongKeys(DirectSql& direct);

    static constexpr int people = 2000;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sql::SqlBackend> m_backend;
    QMap<QString, QString> m_schemaBefore;
};

QMap<QString, QString> TestBulkLoad::schemaOf(DirectSql& direct)
{
    QMap<QString, QString> schema;
    QSqlQuery query(direct.db());
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"))) {
        qWarning() << query.lastError().text();
    }
    while (query.next()) {
        schema.insert(query.value(0).toString() + QLatin1Char(':') + query.value(1).toString(),
                      query.value(2).toString());
    }
    return schema;
}

int TestBulkLoad::wrongKeys(DirectSql& direct)
{
    return direct
        .scalar(QStringLiteral(
            "SELECT COUNT(*) FROM memberships m JOIN accounts a ON a.id = m.account_id "
            "WHERE m.sort_name <> lower(a.display_name) OR m.email_key <> a.email_key "
            "OR m.group_key <> COALESCE((SELECT MIN(g.name) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
            "WHERE gm.account_id = m.account_id AND g.workspace_id = m.workspace_id), '')"))
        .toInt();
}

void TestBulkLoad::initTestCase()
{
    if (usingPostgres()) {
        return; // only the refusal is checked there
    }
    m_db = std::make_unique<TestDatabase>(QStringLiteral("bulk"));
    m_backend = m_db->openedBackend();
    {
        DirectSql direct(*m_db);
        m_schemaBefore = schemaOf(direct);
    }
    QVERIFY(m_schemaBefore.contains(QStringLiteral("trigger:memberships_keys_on_insert")));
    QVERIFY(m_schemaBefore.contains(QStringLiteral("index:memberships_by_name")));
    auto future = m_backend->generatePeopleInBulk(people);
    const auto added = await(future);
    QVERIFY2(added.ok(), qPrintable(added.error().message + QLatin1Char(' ') + added.error().detail));
    QCOMPARE(added.value(), people);
    QCOMPARE(future.progressValue(), people);
}

void TestBulkLoad::keysMatchThePerPersonLoader()
{
    if (usingPostgres()) {
        QSKIP("The bulk generator writes SQLite files only.");
    }
    // The per-person loader writes the same people with every trigger live: the keys must agree.
    TestDatabase reference(QStringLiteral("reference"));
    {
        const auto backend = reference.openedBackend();
        const auto added = await(backend->addGeneratedPeople(people));
        QVERIFY2(added.ok(), qPrintable(added.error().message));
    }
    const QString rows = QStringLiteral(
        "SELECT a.email || '|' || a.display_name || '|' || m.role || '|' || m.status || '|' || m.source || '|' || "
        "m.sort_name || '|' || m.email_key || '|' || m.group_key || '|' || "
        "(SELECT COUNT(*) FROM group_members gm WHERE gm.account_id = a.id) || '|' || "
        "(SELECT COUNT(*) FROM invites i WHERE i.account_id = a.id AND i.accepted_at IS NULL) "
        "FROM memberships m JOIN accounts a ON a.id = m.account_id ORDER BY a.email_key");
    auto listed = [&rows](DirectSql& direct) {
        QStringList out;
        QSqlQuery query(direct.db());
        if (!query.exec(rows)) {
            qWarning() << query.lastError().text();
        }
        while (query.next()) {
            out.append(query.value(0).toString());
        }
        return out;
    };
    DirectSql bulk(*m_db);
    DirectSql perPerson(reference);
    const QStringList ours = listed(bulk);
    const QStringList theirs = listed(perPerson);
    QCOMPARE(ours.size(), people);
    QCOMPARE(ours, theirs);
    QCOMPARE(wrongKeys(bulk), 0);
    QCOMPARE(bulk.countsDrift(), QStringList());
    QCOMPARE(perPerson.countsDrift(), QStringList());
    // Invited people have their open invitation.
    QCOMPARE(bulk.scalar(QStringLiteral("SELECT COUNT(*) FROM memberships m WHERE status = 'invited' AND NOT EXISTS "
                                        "(SELECT 1 FROM invites i WHERE i.account_id = m.account_id)"))
                 .toInt(),
             0);
}

void TestBulkLoad::schemaComesBackExactly()
{
    if (usingPostgres()) {
        QSKIP("The bulk generator writes SQLite files only.");
    }
    DirectSql direct(*m_db);
    const QMap<QString, QString> after = schemaOf(direct);
    for (auto it = m_schemaBefore.cbegin(); it != m_schemaBefore.cend(); ++it) {
        QVERIFY2(after.contains(it.key()), qPrintable(it.key() + QStringLiteral(" is gone")));
        QCOMPARE(after.value(it.key()), it.value());
    }
    QCOMPARE(after.keys(), m_schemaBefore.keys());
    QCOMPARE(direct.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_stat1")).toInt() > 0); // analysed
    // The connection's settings are back (the load may go without the write-ahead log).
    QCOMPARE(direct.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    // And the file opens again: its triggers are all Usher's own.
    const auto again = m_db->openedBackend();
    QVERIFY(await(again->countUsers({})).ok());
}

void TestBulkLoad::listingSortsLikeDirectSql()
{
    if (usingPostgres()) {
        QSKIP("The bulk generator writes SQLite files only.");
    }
    QStringList listed;
    UserPageRequest request;
    request.limit = 500;
    for (;;) {
        const auto page = await(m_backend->members()->listUsers(request));
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        for (const UserSummary& user : page.value().rows) {
            listed.append(user.email);
        }
        if (page.value().rows.size() < request.limit) {
            break;
        }
        request.offset += request.limit;
    }
    DirectSql direct(*m_db);
    QStringList expected;
    QSqlQuery query(direct.db());
    QVERIFY(query.exec(QStringLiteral("SELECT a.email FROM memberships m JOIN accounts a ON a.id = m.account_id "
                                      "WHERE m.status <> 'deleted' ORDER BY lower(a.display_name), m.id")));
    while (query.next()) {
        expected.append(query.value(0).toString());
    }
    QVERIFY(expected.size() > people / 2);
    QCOMPARE(listed, expected);
}

void TestBulkLoad::searchFindsAGeneratedPerson()
{
    if (usingPostgres()) {
        QSKIP("The bulk generator writes SQLite files only.");
    }
    DirectSql direct(*m_db);
    const QString email = direct
                              .scalar(QStringLiteral("SELECT a.email FROM memberships m JOIN accounts a ON a.id = "
                                                     "m.account_id WHERE m.status = 'active' ORDER BY m.id DESC LIMIT 1"))
                              .toString();
    QVERIFY(!email.isEmpty());
    UserPageRequest request;
    request.filter.search = email;
    const auto page = await(m_backend->members()->listUsers(request));
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page.value().rows.size(), 1);
    QCOMPARE(page.value().rows.first().email, email);
    // Straight from the trigram index too.
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM membership_search WHERE membership_search MATCH ?"),
                           {QLatin1Char('"') + email + QLatin1Char('"')})
                 .toInt(),
             1);
}

void TestBulkLoad::triggersWorkAgainAfterwards()
{
    if (usingPostgres()) {
        QSKIP("The bulk generator writes SQLite files only.");
    }
    DirectSql direct(*m_db);
    const QString adminEmail = direct
                                   .scalar(QStringLiteral("SELECT a.email FROM memberships m JOIN accounts a ON a.id = "
                                                          "m.account_id WHERE m.role = 'admin' AND m.status = 'active' "
                                                          "ORDER BY m.id LIMIT 1"))
                                   .toString();
    const auto op = await(m_backend->operatorSignIn()->identify(1, adminEmail));
    QVERIFY2(op.ok(), qPrintable(op.error().message));
    const auto created = await(m_backend->members()->createMember(
        op.value(), NewMember{QStringLiteral("Zoë"), QStringLiteral("Ångström"), QStringLiteral("Zoe.A@Example.org"),
                              Role::Member, {}}));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    const Id accountId = created.value();
    QCOMPARE(direct.scalar(QStringLiteral("SELECT sort_name FROM memberships WHERE account_id = ?"), {accountId.number()})
                 .toString(),
             direct.scalar(QStringLiteral("SELECT lower(display_name) FROM accounts WHERE id = ?"), {accountId.number()})
                 .toString());
    QCOMPARE(direct.scalar(QStringLiteral("SELECT email_key FROM memberships WHERE account_id = ?"), {accountId.number()})
                 .toString(),
             normalizedEmail(QStringLiteral("Zoe.A@Example.org")));
    // Joining groups, renaming: the keys follow.
    QVERIFY(direct.exec(QStringLiteral("INSERT INTO group_members (group_id, account_id, added_at) "
                                       "SELECT id, ?, 0 FROM groups WHERE workspace_id = 1 AND name IN ('Sales', 'Legal')"),
                        {accountId.number()}));
    QCOMPARE(direct.scalar(QStringLiteral("SELECT group_key FROM memberships WHERE account_id = ?"), {accountId.number()})
                 .toString(),
             QStringLiteral("Legal"));
    QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET display_name = 'Aaron Quux' WHERE id = ?"), {accountId.number()}));
    QCOMPARE(direct.scalar(QStringLiteral("SELECT sort_name FROM memberships WHERE account_id = ?"), {accountId.number()})
                 .toString(),
             QStringLiteral("aaron quux"));
    QCOMPARE(wrongKeys(direct), 0);
    QCOMPARE(direct.countsDrift(), QStringList()); // the count triggers are back too
    // The search index follows the rename.
    UserPageRequest request;
    request.filter.search = QStringLiteral("Quux");
    const auto found = await(m_backend->members()->listUsers(request));
    QVERIFY2(found.ok(), qPrintable(found.error().message));
    QCOMPARE(found.value().rows.size(), 1);
    QCOMPARE(found.value().rows.first().accountId, accountId);
}

void TestBulkLoad::secondRunAddsMorePeople()
{
    if (usingPostgres()) {
        QSKIP("The bulk generator writes SQLite files only.");
    }
    DirectSql direct(*m_db);
    const int before = direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt();
    const QMap<QString, QString> schema = schemaOf(direct);
    const auto added = await(m_backend->generatePeopleInBulk(500));
    QVERIFY2(added.ok(), qPrintable(added.error().message + QLatin1Char(' ') + added.error().detail));
    QCOMPARE(added.value(), 500);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), before + 500);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM memberships")).toInt(), before + 500);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM groups")).toInt(),
             direct.scalar(QStringLiteral("SELECT COUNT(DISTINCT name) FROM groups")).toInt());
    QCOMPARE(wrongKeys(direct), 0);
    QCOMPARE(direct.countsDrift(), QStringList());
    QCOMPARE(schemaOf(direct), schema);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM membership_search WHERE membership_search MATCH ?"),
                           {QStringLiteral("\"quux\"")})
                 .toInt(),
             1);
    const auto count = await(m_backend->members()->countUsers({}));
    QVERIFY(count.ok());
    QCOMPARE(count.value(),
             direct.scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status <> 'deleted'")).toLongLong());
}

void TestBulkLoad::unknownInsertTriggerIsRefused()
{
    if (usingPostgres()) {
        QSKIP("The bulk generator writes SQLite files only.");
    }
    // A trigger on the rows it writes whose work the generator would leave undone: it refuses,
    // and nothing changes.
    DirectSql direct(*m_db);
    QVERIFY(direct.exec(QStringLiteral("CREATE TRIGGER someone_elses AFTER INSERT ON memberships BEGIN "
                                       "UPDATE workspaces SET name = name WHERE id = NEW.workspace_id; END")));
    const int before = direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt();
    const QMap<QString, QString> schema = schemaOf(direct);
    const auto added = await(m_backend->generatePeopleInBulk(50));
    QVERIFY(!added.ok());
    QVERIFY2(added.error().detail.contains(QStringLiteral("someone_elses")), qPrintable(added.error().detail));
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), before);
    QCOMPARE(schemaOf(direct), schema);
    QVERIFY(direct.exec(QStringLiteral("DROP TRIGGER someone_elses")));
}

void TestBulkLoad::refusedOnPostgres()
{
    if (!usingPostgres()) {
        // Here the refusal is checked where it can be: a backend that is not open.
        const auto closed = m_db->backend();
        const auto result = await(closed->generatePeopleInBulk(10));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, BackendError::Kind::Unavailable);
        return;
    }
    TestDatabase database(QStringLiteral("bulk"));
    const auto backend = database.openedBackend();
    const auto result = await(backend->generatePeopleInBulk(10));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, BackendError::Kind::Refused);
    DirectSql direct(database);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestBulkLoad)
#include "tst_bulkload.moc"
