// Directory sync (G5) end to end: a real slapd (StartTLS with a throwaway CA, a size limit below
// the directory's size), read by LdapReader, applied by the SQL backend on SQLite and PostgreSQL.
#include "connection/ldap/ldapreader.h"
#include "connection/sql/sqlbackend.h"
#include "ldapserver.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace usher;
using namespace usher::test;

class TestLdapSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void readsPastTheServersSizeLimitByPaging();
    void rangedMemberListsAreReadToTheEnd();
    void tlsBindAndBaseFailuresSayWhy();
    void aDryRunChangesNothing();
    void firstSyncThenDirectoryChangesThenSecondSync();
    void theSameSyncTwiceChangesNothingMore();
    void someoneDisabledByHandIsNotReactivatedBySync();
    void anEmptyBaseTripsTheMassDisableGuard();
    void theSeatCapSkipsAndNamesThem();
    void aNativeGroupOfTheSameNameIsLeftAlone();
    void aSharedAccountIsNotRenamedWhereTheOperatorMayNotAct();
    void onlyAdminsSync();
    void someoneErasedIsNotBroughtBack();
    void stoppingTheDirectoryMidReadAppliesNothing();
    void stopHalfwayKeepsWholePeopleAndSaysSo();
    void theCommandLineSyncsForCronAndStopsToAsk();
    void aRunOfChangesOnlyReadsWhatChangedAndDisablesNobody();

private:
    DirectorySource source() const;
    QList<LdapPerson> people(int count, int from = 0) const;
    Operator admin() const;
    Result<DirectorySnapshot> readDirectory(const DirectorySource& s) const;
    /// Saves the source, reads the directory and syncs it.
    Result<SyncReport> sync(bool dryRun, qint64 confirmed = -1, const DirectorySource* s = nullptr);
    QVariant scalar(const QString& sql, const QVariantList& binds = {}) const;
    QString statusOf(const QString& email) const;
    const SyncOutcome* outcomeFor(const SyncReport& report, const QString& email) const;

    std::unique_ptr<LdapServer> m_ldap;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sql::SqlBackend> m_backend;
};

void TestLdapSync::initTestCase()
{
    m_ldap = std::make_unique<LdapServer>();
    QVERIFY2(m_ldap->isRunning(), "slapd could not be started (see the warning above)");
}

void TestLdapSync::init()
{
    if (!m_ldap->isRunning()) {
        QVERIFY(m_ldap->start());
    }
    m_db = std::make_unique<TestDatabase>(QStringLiteral("ldapsync"));
    const auto person = [](const char* name, const char* email, Role role) {
        return SeedUser {QString::fromUtf8(name), QString::fromUtf8(email), role, Status::Active, Source::Invite,
                         1'700'000'000, 0, {}};
    };
    m_db->seed({person("Ada Admin", "ada@example.org", Role::Admin),
                person("Mia Manager", "mia@example.org", Role::Manager),
                person("Nora Native", "nora@example.org", Role::Editor)});
    m_backend = m_db->openedBackend();
    QVERIFY(m_backend->directorySync());
    // 30 people; Nora is in the directory too (and in Usher before any sync).
    QList<LdapPerson> seed = people(30);
    seed.append({QStringLiteral("nora"), QStringLiteral("Nora@Example.org"), QStringLiteral("Nora"),
                 QStringLiteral("Northcote"), QStringLiteral("Nora Northcote")});
    QVERIFY(m_ldap->seed(seed, {{QStringLiteral("Engineering"),
                                 {QStringLiteral("p0000"), QStringLiteral("p0001"), QStringLiteral("p0002"),
                                  QStringLiteral("p0003"), QStringLiteral("nora")},
                                 {}},
                                {QStringLiteral("Sales"), {QStringLiteral("p0010"), QStringLiteral("p0011")}, {}}}));
}

void TestLdapSync::cleanup()
{
    m_backend.reset();
    if (m_db) {
        const QStringList drift = DirectSql(*m_db).countsDrift();
        m_db.reset();
        QCOMPARE(drift, QStringList());
    }
}

DirectorySource TestLdapSync::source() const
{
    return m_ldap->source();
}

QList<LdapPerson> TestLdapSync::people(int count, int from) const
{
    return LdapServer::numberedPeople(count, from);
}

Operator TestLdapSync::admin() const
{
    Operator op;
    op.workspaceId = 1;
    op.accountId = scalar(QStringLiteral("SELECT id FROM accounts WHERE email_key = 'ada@example.org'")).toLongLong();
    return op;
}

Result<DirectorySnapshot> TestLdapSync::readDirectory(const DirectorySource& s) const
{
    return LdapReader::readNow(s, LdapServer::bindPassword());
}

Result<SyncReport> TestLdapSync::sync(bool dryRun, qint64 confirmed, const DirectorySource* s)
{
    const DirectorySource settings = s ? *s : source();
    const Result<Done> saved = await(m_backend->saveSyncSource(admin(), settings));
    if (!saved.ok()) {
        return saved.error();
    }
    const Result<DirectorySnapshot> snapshot = readDirectory(settings);
    if (!snapshot.ok()) {
        return snapshot.error();
    }
    SyncRequest request;
    request.snapshot = snapshot.value();
    request.dryRun = dryRun;
    request.confirmedDisables = confirmed;
    return await(m_backend->applySync(admin(), request));
}

QVariant TestLdapSync::scalar(const QString& sql, const QVariantList& binds) const
{
    return DirectSql(*m_db).scalar(sql, binds);
}

QString TestLdapSync::statusOf(const QString& email) const
{
    return scalar(QStringLiteral("SELECT m.status FROM memberships m JOIN accounts a ON a.id = m.account_id "
                                 "WHERE a.email_key = ? AND m.workspace_id = 1"),
                  {email.toLower()})
        .toString();
}

const SyncOutcome* TestLdapSync::outcomeFor(const SyncReport& report, const QString& email) const
{
    for (const SyncOutcome& outcome : report.outcomes) {
        if (!outcome.group && outcome.email.compare(email, Qt::CaseInsensitive) == 0) {
            return &outcome;
        }
    }
    return nullptr;
}

void TestLdapSync::readsPastTheServersSizeLimitByPaging()
{
    QVERIFY(m_ldap->seed(people(1200), {{QStringLiteral("Everyone"), {QStringLiteral("p0000"), QStringLiteral("p1199")}, {}}}));
    const Result<DirectorySnapshot> snapshot = readDirectory(source());
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().message));
    QVERIFY(LdapServer::sizeLimit() < 1200); // so an unpaged listing would stop short
    QCOMPARE(snapshot.value().people.size(), 1200);
    QVERIFY(snapshot.value().complete);
    QCOMPARE(snapshot.value().groups.size(), 1);
    QCOMPARE(snapshot.value().groups.first().memberIds.size(), 2); // DNs resolved to the people's entryUUIDs
    QSet<QString> ids;
    for (const DirectoryPerson& person : snapshot.value().people) {
        QVERIFY(!person.externalId.isEmpty());
        ids.insert(person.externalId);
    }
    QCOMPARE(ids.size(), 1200);
    QVERIFY(ids.contains(snapshot.value().groups.first().memberIds.first()));

    const Result<DirectoryProbe> probe = LdapReader::probeNow(source(), LdapServer::bindPassword());
    QVERIFY2(probe.ok(), qPrintable(probe.error().message));
    QCOMPARE(probe.value().people, 1200);
    QCOMPARE(probe.value().groupNames, QStringList {QStringLiteral("Everyone")});

    // A person filter narrows the people (and only them): here, those whose sn is Number1…
    DirectorySource narrowed = source();
    narrowed.mapping.personFilter = QStringLiteral("(sn=Number1*)");
    const Result<DirectorySnapshot> some = readDirectory(narrowed);
    QVERIFY2(some.ok(), qPrintable(some.error().message));
    QCOMPARE(some.value().people.size(), 1 + 10 + 100 + 200); // 1, 10-19, 100-199, 1000-1199
    QCOMPARE(some.value().groups.size(), 1);
}

void TestLdapSync::rangedMemberListsAreReadToTheEnd()
{
    // Active Directory hands a large group's members in parts; the next part is asked for
    // until the last ("-*"). slapd does not do this, so the names are checked here.
    const QString member = QStringLiteral("member");
    QCOMPARE(LdapReader::nextRangeStart(member, QStringLiteral("member;range=0-1499")), std::optional<qint64>(1500));
    QCOMPARE(LdapReader::nextRangeStart(member, QStringLiteral("Member;Range=1500-2999")), std::optional<qint64>(3000));
    QCOMPARE(LdapReader::nextRangeStart(member, QStringLiteral("member;range=3000-*")), std::nullopt);
    QCOMPARE(LdapReader::nextRangeStart(member, QStringLiteral("member")), std::nullopt);
    QCOMPARE(LdapReader::nextRangeStart(member, QStringLiteral("uniqueMember;range=0-10")), std::nullopt);
    QCOMPARE(LdapReader::nextRangeStart(member, QStringLiteral("member;range=10-5")), std::nullopt);
}

void TestLdapSync::tlsBindAndBaseFailuresSayWhy()
{
    DirectorySource wrongCa = source();
    wrongCa.caFile = m_ldap->wrongCaFile();
    Result<DirectorySnapshot> result = readDirectory(wrongCa);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, BackendError::Kind::Tls);

    result = LdapReader::readNow(source(), QStringLiteral("not the password"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, BackendError::Kind::Authentication);
    // A DN without a password would be an unauthenticated bind that "succeeds": refused first.
    result = LdapReader::readNow(source(), QString());
    QCOMPARE(result.error().kind, BackendError::Kind::Authentication);

    DirectorySource missing = source();
    missing.peopleBase = QStringLiteral("ou=nowhere,dc=example,dc=org");
    result = readDirectory(missing);
    QVERIFY(!result.ok()); // an error, never an empty listing that would disable everyone
    QVERIFY2(result.error().message.contains(missing.peopleBase), qPrintable(result.error().message));

    DirectorySource closed = source();
    closed.url = QStringLiteral("ldap://127.0.0.1:1");
    result = readDirectory(closed);
    QCOMPARE(result.error().kind, BackendError::Kind::Unavailable);
}

void TestLdapSync::aDryRunChangesNothing()
{
    const qint64 memberships = scalar(QStringLiteral("SELECT COUNT(*) FROM memberships")).toLongLong();
    const qint64 audit = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    const Result<SyncReport> report = sync(true);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report.value().plan.count(SyncChange::Added), 30);
    QCOMPARE(report.value().plan.count(SyncChange::Linked), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships")).toLongLong(), memberships);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM groups")).toLongLong(), 0);
    // Only the saved settings were audited.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), audit + 1);
}

void TestLdapSync::firstSyncThenDirectoryChangesThenSecondSync()
{
    Result<SyncReport> report = sync(false);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report.value().plan.count(SyncChange::Added), 30);
    QCOMPARE(outcomeFor(report.value(), QStringLiteral("nora@example.org"))->change, SyncChange::Linked);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE source = 'directory' AND status = 'active'")).toLongLong(), 30);
    QCOMPARE(scalar(QStringLiteral("SELECT role FROM memberships m JOIN accounts a ON a.id = m.account_id "
                                   "WHERE a.email_key = 'nora@example.org'")).toString(),
             QStringLiteral("editor")); // linked, her role untouched
    QCOMPARE(scalar(QStringLiteral("SELECT display_name FROM accounts WHERE email_key = 'nora@example.org'")).toString(),
             QStringLiteral("Nora Northcote"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM groups WHERE source = 'synced'")).toLongLong(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                   "WHERE g.name = 'Engineering'")).toLongLong(), 5);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'workspace.directory_synced'")).toLongLong(), 1);
    QVERIFY(!scalar(QStringLiteral("SELECT last_run_summary FROM sync_sources")).toString().isEmpty());

    // The directory changes: a rename, a new address, someone leaves a group, someone leaves.
    QVERIFY(m_ldap->modify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: displayName\ndisplayName: Ada Lovelace\n\n"
                                          "dn: %2\nchangetype: modify\nreplace: mail\nmail: p2.new@example.org\n\n"
                                          "dn: %3\nchangetype: modify\ndelete: member\nmember: %4\n\n"
                                          "dn: %5\nchangetype: delete\n")
                               .arg(LdapServer::personDn(QStringLiteral("p0001")), LdapServer::personDn(QStringLiteral("p0002")),
                                    LdapServer::groupDn(QStringLiteral("Engineering")),
                                    LdapServer::personDn(QStringLiteral("p0003")),
                                    LdapServer::personDn(QStringLiteral("p0004")))));
    report = sync(false);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(outcomeFor(report.value(), QStringLiteral("p0001@example.org"))->change, SyncChange::Updated);
    QCOMPARE(scalar(QStringLiteral("SELECT display_name FROM accounts WHERE email_key = 'p0001@example.org'")).toString(),
             QStringLiteral("Ada Lovelace"));
    QCOMPARE(outcomeFor(report.value(), QStringLiteral("p2.new@example.org"))->change, SyncChange::Updated);
    QCOMPARE(statusOf(QStringLiteral("p2.new@example.org")), QStringLiteral("active")); // same person, new address
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email_key = 'p0002@example.org'")).toLongLong(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                   "JOIN accounts a ON a.id = gm.account_id "
                                   "WHERE g.name = 'Engineering' AND a.email_key = 'p0003@example.org'")).toLongLong(), 0);
    QCOMPARE(statusOf(QStringLiteral("p0003@example.org")), QStringLiteral("active")); // left a group, not the directory
    QCOMPARE(outcomeFor(report.value(), QStringLiteral("p0004@example.org"))->change, SyncChange::Disabled);
    QCOMPARE(statusOf(QStringLiteral("p0004@example.org")), QStringLiteral("disabled")); // never deleted
    QCOMPARE(report.value().plan.count(SyncChange::Unchanged), 28); // p0003 only left a group

    // p0004 comes back (the same entry, so the same entryUUID): reactivated.
    QList<LdapPerson> back = people(30);
    back[1].displayName = QStringLiteral("Ada Lovelace");
    back[2].mail = QStringLiteral("p2.new@example.org");
    back.append({QStringLiteral("nora"), QStringLiteral("Nora@Example.org"), QStringLiteral("Nora"),
                 QStringLiteral("Northcote"), QStringLiteral("Nora Northcote")});
    QVERIFY(m_ldap->seed(back));
    report = sync(false);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(outcomeFor(report.value(), QStringLiteral("p0004@example.org"))->change, SyncChange::Reactivated);
    QCOMPARE(statusOf(QStringLiteral("p0004@example.org")), QStringLiteral("active"));
    // The directory now lists no groups at all: that looks like a wrong groups base DN, not like
    // every group gone, so the synced groups keep their members and the report says why.
    QVERIFY(!report.value().plan.groupsWithheld.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM groups WHERE source = 'synced'")).toLongLong(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members")).toLongLong(), 6);
}

void TestLdapSync::theSameSyncTwiceChangesNothingMore()
{
    QVERIFY(sync(false).ok());
    const qint64 audit = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    const qint64 versions = scalar(QStringLiteral("SELECT SUM(version) FROM memberships")).toLongLong();
    const Result<SyncReport> again = sync(false);
    QVERIFY(again.ok());
    QCOMPARE(again.value().plan.count(SyncChange::Unchanged), 31);
    QCOMPARE(again.value().plan.summary(), QStringLiteral("31 unchanged"));
    // The settings saved again and the run itself: two audit rows, no member touched.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), audit + 2);
    QCOMPARE(scalar(QStringLiteral("SELECT SUM(version) FROM memberships")).toLongLong(), versions);
}

void TestLdapSync::someoneDisabledByHandIsNotReactivatedBySync()
{
    QVERIFY(sync(false).ok());
    QVERIFY(m_ldap->modify(QStringLiteral("dn: %1\nchangetype: delete\n").arg(LdapServer::personDn(QStringLiteral("p0005")))));
    QVERIFY(sync(false).ok());
    QCOMPARE(statusOf(QStringLiteral("p0005@example.org")), QStringLiteral("disabled"));
    QCOMPARE(scalar(QStringLiteral("SELECT disabled_by_sync FROM memberships m JOIN accounts a ON a.id = m.account_id "
                                   "WHERE a.email_key = 'p0005@example.org'")).toBool(), true);
    // An admin deletes them by hand and restores them (disabled again): the admin decides now.
    const qint64 id = scalar(QStringLiteral("SELECT id FROM accounts WHERE email_key = 'p0005@example.org'")).toLongLong();
    for (const MemberOperation operation : {MemberOperation::Delete, MemberOperation::Restore}) {
        MemberChange change;
        change.operation = operation;
        change.targets = {MemberTarget {Id(id), Version()}};
        const auto outcomes = await(m_backend->changeMembers(admin(), change));
        QVERIFY(outcomes.ok());
        QVERIFY2(outcomes.value().first().done, qPrintable(outcomes.value().first().why));
    }
    QCOMPARE(statusOf(QStringLiteral("p0005@example.org")), QStringLiteral("disabled"));
    QVERIFY(m_ldap->seed(people(30) << LdapPerson {QStringLiteral("nora"), QStringLiteral("nora@example.org"), {}, {},
                                                   QStringLiteral("Nora Northcote")}));
    const Result<SyncReport> report = sync(false);
    QVERIFY(report.ok());
    QCOMPARE(outcomeFor(report.value(), QStringLiteral("p0005@example.org"))->change, SyncChange::Unchanged);
    QCOMPARE(statusOf(QStringLiteral("p0005@example.org")), QStringLiteral("disabled"));
}

void TestLdapSync::anEmptyBaseTripsTheMassDisableGuard()
{
    QVERIFY(sync(false).ok());
    DirectorySource empty = source();
    empty.peopleBase = LdapServer::emptyDn(); // a wrong base DN: it exists and holds nobody
    Result<SyncReport> report = sync(false, -1, &empty);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QVERIFY(report.value().needsConfirmation);
    QCOMPARE(report.value().plan.disables(), 31);
    QVERIFY(report.value().plan.massDisable.contains(QStringLiteral("31 of the 31")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'disabled'")).toLongLong(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.disabled'")).toLongLong(), 0);

    // Confirming fewer than it would disable is not enough...
    report = sync(false, 30, &empty);
    QVERIFY(report.value().needsConfirmation);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'disabled'")).toLongLong(), 0);
    // A reading made with other settings than the workspace's is not applied.
    {
        const Result<DirectorySnapshot> snapshot = readDirectory(empty);
        QVERIFY(snapshot.ok());
        SyncRequest request;
        request.snapshot = snapshot.value();
        request.dryRun = false;
        request.confirmedDisables = 31;
        request.readWith = source(); // not the empty base now saved
        const Result<SyncReport> stale = await(m_backend->applySync(admin(), request));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, BackendError::Kind::Conflict);
        // Confirmed by count, but the preview showed other people being disabled: asked again.
        request.readWith = empty;
        request.previewedDisables = {QStringLiteral("not-anyone-here")};
        const Result<SyncReport> unseen = await(m_backend->applySync(admin(), request));
        QVERIFY(unseen.ok());
        QVERIFY(unseen.value().needsConfirmation);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'disabled'")).toLongLong(), 0);
    }
    // ...confirming all of them disables them (and still not Ada, who runs it and is not synced).
    report = sync(false, 31, &empty);
    QVERIFY(!report.value().needsConfirmation);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'disabled'")).toLongLong(), 31);
    QCOMPARE(statusOf(QStringLiteral("ada@example.org")), QStringLiteral("active"));
}

void TestLdapSync::theSeatCapSkipsAndNamesThem()
{
    m_db->setSeatCap(13); // 3 seats taken: 10 free
    const Result<SyncReport> report = sync(false);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report.value().plan.count(SyncChange::Added), 10);
    QCOMPARE(report.value().plan.count(SyncChange::Skipped), 20);
    QVERIFY(report.value().plan.seatNote.contains(QStringLiteral("20 person")));
    const SyncOutcome* skipped = outcomeFor(report.value(), QStringLiteral("p0029@example.org"));
    QVERIFY(skipped);
    QCOMPARE(skipped->change, SyncChange::Skipped);
    QVERIFY(!skipped->done);
    QVERIFY(!skipped->why.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status IN ('active', 'invited')")).toLongLong(), 13);
}

void TestLdapSync::aNativeGroupOfTheSameNameIsLeftAlone()
{
    GroupEdit sales;
    sales.name = QStringLiteral("Sales");
    QVERIFY(await(m_backend->createGroup(admin(), sales)).ok());
    const Result<SyncReport> report = sync(false);
    QVERIFY(report.ok());
    const auto group = std::find_if(report.value().outcomes.cbegin(), report.value().outcomes.cend(),
                                    [](const SyncOutcome& o) { return o.group && o.name == QLatin1String("Sales"); });
    QVERIFY(group != report.value().outcomes.cend());
    QCOMPARE(group->change, SyncChange::Refused);
    QVERIFY(group->why.contains(QStringLiteral("of its own")));
    QCOMPARE(scalar(QStringLiteral("SELECT source FROM groups WHERE name = 'Sales'")).toString(), QStringLiteral("native"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                   "WHERE g.name = 'Sales'")).toLongLong(), 0);
}

void TestLdapSync::aSharedAccountIsNotRenamedWhereTheOperatorMayNotAct()
{
    // Nora is also an Admin of another workspace Ada does not belong to.
    DirectSql direct(*m_db);
    QVERIFY(direct.exec(QStringLiteral("INSERT INTO workspaces (name, slug, created_at) VALUES ('Other', 'other', 0)")));
    const qint64 other = direct.scalar(QStringLiteral("SELECT id FROM workspaces WHERE slug = 'other'")).toLongLong();
    QVERIFY(direct.exec(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, joined_at) "
                                       "SELECT id, ?, 'admin', 'active', 'manual', 0 FROM accounts WHERE email_key = 'nora@example.org'"),
                        {other}));
    const Result<SyncReport> report = sync(false);
    QVERIFY(report.ok());
    const SyncOutcome* nora = outcomeFor(report.value(), QStringLiteral("nora@example.org"));
    QVERIFY(nora);
    QCOMPARE(nora->change, SyncChange::Linked); // followed from now on...
    QVERIFY2(nora->changes.join(QLatin1Char(' ')).contains(QStringLiteral("not changed")), qPrintable(nora->changes.join(QLatin1Char('|'))));
    // ...but her name, which the other workspace shows too, stays hers.
    QCOMPARE(scalar(QStringLiteral("SELECT display_name FROM accounts WHERE email_key = 'nora@example.org'")).toString(),
             QStringLiteral("Nora Native"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE workspace_id = ?"), {other}).toLongLong(), 0);
}

void TestLdapSync::someoneErasedIsNotBroughtBack()
{
    QVERIFY(sync(false).ok());
    const qint64 p5 = scalar(QStringLiteral("SELECT id FROM accounts WHERE email_key = 'p0005@example.org'")).toLongLong();
    QVERIFY(p5 > 0);
    QVERIFY(await(m_backend->personalData()->erasePerson(admin(), p5, QStringLiteral("GDPR-7"))).ok());
    // Still in the directory: the next sync leaves them out and says why.
    const Result<SyncReport> report = sync(false);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    const SyncOutcome* p0005 = outcomeFor(report.value(), QStringLiteral("p0005@example.org"));
    QVERIFY(p0005);
    QCOMPARE(p0005->change, SyncChange::Refused);
    QVERIFY(p0005->why.contains(QStringLiteral("Erased")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email_key = 'p0005@example.org'")).toLongLong(), 0);
    // Only a pseudonym of their directory id is kept.
    const QString kept = scalar(QStringLiteral("SELECT external_key FROM sync_erased")).toString();
    QCOMPARE(kept.size(), 16);
    QVERIFY(!kept.contains(QStringLiteral("-")));
    QCOMPARE(report.value().plan.count(SyncChange::Added), 0);
}

void TestLdapSync::onlyAdminsSync()
{
    QVERIFY(sync(false).ok()); // saved by Ada
    Operator mia;
    mia.workspaceId = 1;
    mia.accountId = scalar(QStringLiteral("SELECT id FROM accounts WHERE email_key = 'mia@example.org'")).toLongLong();
    const Result<DirectorySnapshot> snapshot = readDirectory(source());
    QVERIFY(snapshot.ok());
    SyncRequest request;
    request.snapshot = snapshot.value();
    request.dryRun = false;
    const Result<SyncReport> report = await(m_backend->applySync(mia, request));
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, BackendError::Kind::Refused);
    QVERIFY(!await(m_backend->saveSyncSource(mia, source())).ok());
}

void TestLdapSync::stoppingTheDirectoryMidReadAppliesNothing()
{
    QVERIFY(m_ldap->seed(people(30000)));
    std::atomic<bool> started {false};
    QFuture<Result<DirectorySnapshot>> reading = QtConcurrent::run([&started, s = source()]() {
        return LdapReader::readNow(s, LdapServer::bindPassword(), {}, [&started](qint64) { started = true; });
    });
    QTRY_VERIFY_WITH_TIMEOUT(started || reading.isFinished(), 30000);
    m_ldap->stop(); // the server goes away part way through the listing
    const Result<DirectorySnapshot> snapshot = await(reading);
    QVERIFY2(!snapshot.ok(), "a listing cut short by a lost server was answered as complete");
    QCOMPARE(snapshot.error().kind, BackendError::Kind::Unavailable);
    // There is no snapshot to apply, so nobody changed.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships")).toLongLong(), 3);
    QVERIFY(m_ldap->start());
}

void TestLdapSync::stopHalfwayKeepsWholePeopleAndSaysSo()
{
    QVERIFY(m_ldap->seed(people(3000)));
    QVERIFY(await(m_backend->saveSyncSource(admin(), source())).ok());
    const Result<DirectorySnapshot> snapshot = readDirectory(source());
    QVERIFY(snapshot.ok());
    SyncRequest request;
    request.snapshot = snapshot.value();
    request.dryRun = false;
    QFuture<Result<SyncReport>> applying = m_backend->applySync(admin(), request);
    QVERIFY(stopAtFirstProgress(applying, request.stop));
    const Result<SyncReport> report = applying.result();
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    qint64 added = 0;
    qint64 notReached = 0;
    for (const SyncOutcome& outcome : report.value().outcomes) {
        added += outcome.done && outcome.change == SyncChange::Added ? 1 : 0;
        notReached += outcome.notReached ? 1 : 0;
    }
    QVERIFY2(notReached > 0, "Stop came after the end");
    QVERIFY(added > 0);
    // Whoever the report calls added is a whole member; nobody else came in.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE source = 'directory'")).toLongLong(), added);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM accounts a WHERE NOT EXISTS "
                                   "(SELECT 1 FROM memberships m WHERE m.account_id = a.id)")).toLongLong(), 0);
    QVERIFY(scalar(QStringLiteral("SELECT reason FROM audit_log WHERE action = 'workspace.directory_synced'"))
                .toString().startsWith(QStringLiteral("Stopped part way")));
}

void TestLdapSync::theCommandLineSyncsForCronAndStopsToAsk()
{
    if (m_db->isPostgres()) {
        QSKIP("usher sync reaches PostgreSQL through a saved profile; the same code path is covered on SQLite");
    }
    QVERIFY(await(m_backend->saveSyncSource(admin(), source())).ok());
    m_backend.reset(); // another program now: the command line
    const auto run = [this](const QStringList& extra, QJsonObject* json, QString* errors) {
        QProcess usher;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USHER_LDAP_PASSWORD"), LdapServer::bindPassword());
        env.insert(QStringLiteral("USHER_LDAP_URL"), m_ldap->url());
        usher.setProcessEnvironment(env);
        usher.start(QStringLiteral(USHER_BINARY),
                    QStringList {QStringLiteral("sync"), QStringLiteral("--database"), m_db->profile().file()->path,
                                 QStringLiteral("--as"), QStringLiteral("ada@example.org")}
                        + extra);
        if (!usher.waitForFinished(120000)) {
            return -1;
        }
        *json = QJsonDocument::fromJson(usher.readAllStandardOutput()).object();
        *errors = QString::fromLocal8Bit(usher.readAllStandardError());
        return usher.exitCode();
    };
    QJsonObject json;
    QString errors;
    QCOMPARE(run({QStringLiteral("--dry-run")}, &json, &errors), 0);
    QVERIFY2(errors.contains(QStringLiteral("Would sync")), qPrintable(errors));
    QCOMPARE(json.value(QStringLiteral("applied")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("people")).toObject().value(QStringLiteral("added")).toInt(), 30);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships")).toLongLong(), 3);

    QCOMPARE(run({}, &json, &errors), 0);
    QCOMPARE(json.value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE source = 'directory'")).toLongLong(), 30);

    // The directory empties (a wrong base, a broken export): cron stops and asks, changing nothing.
    QVERIFY(m_ldap->seed({}));
    QCOMPARE(run({}, &json, &errors), 1);
    QVERIFY2(errors.contains(QStringLiteral("--confirm-disables 31")), qPrintable(errors));
    QCOMPARE(json.value(QStringLiteral("applied")).toBool(), false);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'disabled'")).toLongLong(), 0);
    QCOMPARE(run({QStringLiteral("--confirm-disables"), QStringLiteral("31")}, &json, &errors), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'disabled'")).toLongLong(), 31);

    QCOMPARE(run({QStringLiteral("--confirm-disables"), QStringLiteral("many")}, &json, &errors), 2);
}

void TestLdapSync::aRunOfChangesOnlyReadsWhatChangedAndDisablesNobody()
{
    // Change times have whole seconds, and a run of changes asks for those at or after the
    // last one read (an entry changed later in that same second must not be missed): p0000,
    // changed a second after the seed, is the latest the complete run reads.
    QTest::qWait(1100);
    QVERIFY(m_ldap->modify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: sn\nsn: Zero\n")
                               .arg(LdapServer::personDn(QStringLiteral("p0000")))));
    QVERIFY(sync(false).ok());
    const DirectorySource saved = await(m_backend->syncSource(1)).value();
    QVERIFY2(isGeneralizedTime(saved.highWater), qPrintable(saved.highWater));
    QVERIFY(saved.lastFullRunAt.isValid());
    QTest::qWait(1100);

    QVERIFY(m_ldap->modify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: displayName\ndisplayName: Ada Lovelace\n\n"
                                          "dn: %2\nchangetype: modify\ndelete: member\nmember: %3\n-\nadd: member\nmember: %5\n\n"
                                          "dn: %4\nchangetype: delete\n")
                               .arg(LdapServer::personDn(QStringLiteral("p0001")),
                                    LdapServer::groupDn(QStringLiteral("Engineering")),
                                    LdapServer::personDn(QStringLiteral("p0003")),
                                    LdapServer::personDn(QStringLiteral("p0004")),
                                    LdapServer::personDn(QStringLiteral("p0020")))));
    const Result<DirectorySnapshot> changes
        = LdapReader::readNow(source(), LdapServer::bindPassword(), {}, {}, saved.highWater);
    QVERIFY2(changes.ok(), qPrintable(changes.error().message));
    QVERIFY(changes.value().incremental);
    QStringList read;
    for (const DirectoryPerson& person : changes.value().people) {
        read.append(person.login);
    }
    read.sort();
    QCOMPARE(read, (QStringList {QStringLiteral("p0000"), QStringLiteral("p0001")})); // the last second again, and the change
    QCOMPARE(changes.value().groups.size(), 1); // Engineering, its members resolved against everyone
    QCOMPARE(changes.value().groups.first().memberIds.size(), 5);
    QVERIFY(changes.value().highWater > saved.highWater);

    SyncRequest request;
    request.snapshot = changes.value();
    request.dryRun = false;
    const Result<SyncReport> report = await(m_backend->applySync(admin(), request));
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT display_name FROM accounts WHERE email_key = 'p0001@example.org'")).toString(),
             QStringLiteral("Ada Lovelace"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                   "WHERE g.name = 'Engineering'")).toLongLong(), 5); // p0003 out, the rest kept
    // p0020 joined the group without a change of their own: added all the same.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                   "JOIN accounts a ON a.id = gm.account_id "
                                   "WHERE g.name = 'Engineering' AND a.email_key = 'p0020@example.org'")).toLongLong(), 1);
    QCOMPARE(statusOf(QStringLiteral("p0004@example.org")), QStringLiteral("active")); // a changes-only run cannot see who left
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                   "WHERE g.name = 'Sales'")).toLongLong(), 2); // not listed: untouched
    const DirectorySource after = await(m_backend->syncSource(1)).value();
    QCOMPARE(after.highWater, changes.value().highWater);
    QCOMPARE(after.lastFullRunAt, saved.lastFullRunAt); // still the last complete run

    // The next complete run finds who left.
    QVERIFY(sync(false).ok());
    QCOMPARE(statusOf(QStringLiteral("p0004@example.org")), QStringLiteral("disabled"));

    // A time that would break out of the filter is refused before anything is asked.
    const Result<DirectorySnapshot> hostile = LdapReader::readNow(source(), LdapServer::bindPassword(), {}, {},
                                                                  QStringLiteral("0)(objectClass=*"));
    QVERIFY(!hostile.ok());
    QCOMPARE(hostile.error().kind, BackendError::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestLdapSync)
#include "tst_ldapsync.moc"
