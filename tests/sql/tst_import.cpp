#include "connection/sql/sqlbackend.h"
#include "core/csvreader.h"
#include "core/userimport.h"
#include "core/userlist.h"
#include "testsupport.h"

#include <QFutureWatcher>
#include <QSqlQuery>
#include <QTest>

using namespace usher;
using namespace usher::test;
using Kind = BackendError::Kind;

/// Importing a checked user list (B1) through the backend, on both SQL backends: new people
/// invited, members updated, every rule of a single change applied to each row, a dry run that
/// answers exactly what the real run does and changes nothing, all-or-nothing that leaves
/// nothing behind, the seat cap for the whole file, and a Stop that keeps whole rows and the report.
class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void invitesNewPeopleAndUpdatesMembers();
    void aDryRunAnswersWhatTheRealRunDoesAndChangesNothing_data();
    void aDryRunAnswersWhatTheRealRunDoesAndChangesNothing();
    void rowsAreRefusedByTheRulesOfASingleChange();
    void missingGroupsAreCreatedOnceWhenAsked();
    void allOrNothingLeavesNothingBehind();
    void theSeatCapCoversTheWholeFile();
    void aSharedAccountKeepsItsNameWhereTheOperatorMayNotChangeIt();
    void importingTheSameFileTwiceChangesNothingTheSecondTime();
    void stopKeepsWholeRowsAndTheReport_data();
    void stopKeepsWholeRowsAndTheReport();
    void anotherAdminInvitingFromTheFileMidwayLeavesOnePerson();
    void newPeopleAreWrittenAsTheFileSaysInItsOrder();

private:
    qint64 idOf(const QString& email);
    bool exists(const QString& email);
    QVariant scalar(const QString& sql, const QVariantList& binds = {});
    Operator as(const QString& email);
    /// The rows of `csv` as the wizard and `usher csv` read them.
    static QList<UserListRow> rowsOf(const QByteArray& csv);
    Result<QList<ImportOutcome>> import(const QString& op, const QByteArray& csv, ImportMode mode, bool dryRun,
                                        bool createGroups = false);
    /// Everything an import may touch, counted, so "nothing changed" can be compared.
    QString fingerprint();
    qint64 makeGroup(const QString& name, const QStringList& permissions = {}, bool synced = false);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sql::SqlBackend> m_backend;
};

void TestImport::init()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("import"));
    auto person = [](const char* name, const char* email, Role role, Status status = Status::Active) {
        return SeedUser{QString::fromUtf8(name), QString::fromUtf8(email), role, status, Source::Invite,
                        1'700'000'000, 0, {}};
    };
    m_db->seed({
        person("Ada Admin", "ada@example.org", Role::Admin),
        person("Mia Manager", "mia@example.org", Role::Manager),
        person("Eddie Editor", "eddie@example.org", Role::Editor),
        person("Max Member", "max@example.org", Role::Member),
        person("Ivy Invited", "ivy@example.org", Role::Member, Status::Invited),
        person("Dot Deleted", "dot@example.org", Role::Member, Status::Deleted),
    });
    m_backend = m_db->openedBackend();
    QVERIFY(m_backend->peopleImport());
}

void TestImport::cleanup()
{
    m_backend.reset();
    if (m_db) {
        const QStringList drift = DirectSql(*m_db).countsDrift();
        m_db.reset();
        QVERIFY2(drift.isEmpty(), qPrintable(drift.join(QStringLiteral("; "))));
    }
}

qint64 TestImport::idOf(const QString& email)
{
    return scalar(QStringLiteral("SELECT id FROM accounts WHERE email_key = ?"), {email.toLower()}).toLongLong();
}

bool TestImport::exists(const QString& email)
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email_key = ?"), {email.toLower()}).toInt() > 0;
}

QVariant TestImport::scalar(const QString& sql, const QVariantList& binds)
{
    DirectSql direct(*m_db);
    return direct.scalar(sql, binds);
}

Operator TestImport::as(const QString& email)
{
    Operator op;
    op.workspaceId = 1;
    op.accountId = idOf(email);
    return op;
}

QList<UserListRow> TestImport::rowsOf(const QByteArray& csv)
{
    const CsvTable table = readCsv(csv);
    UserListChecker checker(recogniseUserColumns(table.header));
    QList<UserListRow> rows;
    for (const CsvRecord& record : table.records) {
        rows.append(checker.check(record));
    }
    return rows;
}

Result<QList<ImportOutcome>> TestImport::import(const QString& op, const QByteArray& csv, ImportMode mode,
                                                bool dryRun, bool createGroups)
{
    ImportRequest request;
    request.rows = rowsOf(csv);
    request.mode = mode;
    request.dryRun = dryRun;
    request.createGroups = createGroups;
    request.sendMail = true;
    return await(m_backend->peopleImport()->importPeople(as(op), request));
}

QString TestImport::fingerprint()
{
    QStringList parts;
    for (const char* sql :
         {"SELECT COUNT(*) FROM accounts", "SELECT COUNT(*) FROM memberships",
          "SELECT COALESCE(SUM(version), 0) FROM memberships", "SELECT COUNT(*) FROM invites",
          "SELECT COUNT(*) FROM outbox", "SELECT COUNT(*) FROM audit_log", "SELECT COUNT(*) FROM groups",
          "SELECT COUNT(*) FROM group_members",
          "SELECT COUNT(*) FROM memberships WHERE role = 'admin'",
          "SELECT string_agg(display_name, ',') FROM (SELECT display_name FROM accounts ORDER BY id) AS names"}) {
        QString text = QString::fromLatin1(sql);
        if (!m_db->isPostgres()) {
            text.replace(QStringLiteral("string_agg(display_name, ',')"), QStringLiteral("group_concat(display_name, ',')"));
        }
        parts.append(scalar(text).toString());
    }
    return parts.join(QLatin1Char('|'));
}

qint64 TestImport::makeGroup(const QString& name, const QStringList& permissions, bool synced)
{
    GroupEdit edit;
    edit.name = name;
    edit.permissions = permissions;
    const auto made = await(m_backend->groups()->createGroup(as(QStringLiteral("ada@example.org")), edit));
    if (!made.ok()) {
        qWarning() << made.error().message;
        return 0;
    }
    if (synced) {
        DirectSql(*m_db).exec(QStringLiteral("UPDATE groups SET source = 'synced', external_id = ? WHERE id = ?"),
                              {name, made.value().number()});
    }
    return made.value().number();
}

void TestImport::invitesNewPeopleAndUpdatesMembers()
{
    makeGroup(QStringLiteral("Ops"));
    const auto result = import(QStringLiteral("ada@example.org"),
                               "Email,First name,Last name,Role,Groups\n"
                               "new@example.org,Nora,New,editor,ops\n"      // invited, joins Ops (any case)
                               "max@example.org,Maxine,Member,editor,Ops\n" // renamed, promoted, joins Ops
                               "EDDIE@example.org,Eddie,Editor,,\n"          // as she is: unchanged
                               "ivy@example.org,,,monitor,\n",              // an invited member's role
                               ImportMode::EachOnItsOwn, false);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const QList<ImportOutcome>& outcomes = result.value();
    QCOMPARE(outcomes.size(), 4);
    QCOMPARE(outcomes.at(0).change, ImportChange::Invited);
    QCOMPARE(outcomes.at(0).line, 2);
    QVERIFY(outcomes.at(0).done);
    QCOMPARE(outcomes.at(1).change, ImportChange::Updated);
    QCOMPARE(outcomes.at(1).changes.size(), 3);
    QCOMPARE(outcomes.at(2).change, ImportChange::Unchanged);
    QVERIFY(outcomes.at(2).done);
    QCOMPARE(outcomes.at(3).change, ImportChange::Updated);

    const qint64 nora = idOf(QStringLiteral("new@example.org"));
    QVERIFY(nora > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT display_name FROM accounts WHERE id = ?"), {nora}).toString(),
             QStringLiteral("Nora New"));
    QCOMPARE(scalar(QStringLiteral("SELECT role || '/' || status || '/' || source FROM memberships "
                                   "WHERE account_id = ? AND workspace_id = 1"),
                    {nora})
                 .toString(),
             QStringLiteral("editor/invited/import"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM invites WHERE account_id = ? AND accepted_at IS NULL"), {nora})
                 .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox o JOIN invites i ON i.id = o.invite_id "
                                   "WHERE i.account_id = ? AND o.status = 'queued'"),
                    {nora})
                 .toInt(),
             1);
    const qint64 max = idOf(QStringLiteral("max@example.org"));
    QCOMPARE(scalar(QStringLiteral("SELECT display_name FROM accounts WHERE id = ?"), {max}).toString(),
             QStringLiteral("Maxine Member"));
    QCOMPARE(scalar(QStringLiteral("SELECT role FROM memberships WHERE account_id = ?"), {max}).toString(),
             QStringLiteral("editor"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                   "WHERE g.name = 'Ops' AND gm.account_id IN (?, ?)"),
                    {max, nora})
                 .toInt(),
             2);
    QCOMPARE(scalar(QStringLiteral("SELECT role FROM memberships WHERE account_id = ?"),
                    {idOf(QStringLiteral("ivy@example.org"))})
                 .toString(),
             QStringLiteral("monitor"));
    // Audited as the single changes are.
    for (const char* action : {"invite.created", "member.profile_changed", "member.role_changed", "member.group_added"}) {
        QVERIFY2(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {QString::fromLatin1(action)})
                         .toInt()
                     > 0,
                 action);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE target_id = ?"),
                    {idOf(QStringLiteral("eddie@example.org"))})
                 .toInt(),
             0);
}

void TestImport::aDryRunAnswersWhatTheRealRunDoesAndChangesNothing_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("each on its own") << int(ImportMode::EachOnItsOwn);
    QTest::newRow("all or nothing") << int(ImportMode::AllOrNothing);
}

void TestImport::aDryRunAnswersWhatTheRealRunDoesAndChangesNothing()
{
    QFETCH(int, mode);
    makeGroup(QStringLiteral("Ops"));
    const QByteArray csv = "email,name,role,groups\n"
                           "n1@example.org,Nick One,member,Ops;Fresh\n" // a group to create
                           "n2@example.org,Nick Two,admin,\n"           // Mia may not grant Admin
                           "max@example.org,Max Member,manager,\n"
                           "dot@example.org,Dot,member,\n"              // deleted
                           "bad-address,Who,member,\n"                  // refused by the row check
                           "n3@example.org,Nick Three,,fresh\n";        // the created group again
    const QString before = fingerprint();
    const auto dry = import(QStringLiteral("mia@example.org"), csv, ImportMode(mode), true, true);
    QVERIFY2(dry.ok(), qPrintable(dry.ok() ? QString() : dry.error().message));
    QCOMPARE(fingerprint(), before);
    const auto real = import(QStringLiteral("mia@example.org"), csv, ImportMode(mode), false, true);
    QVERIFY(real.ok());
    QCOMPARE(dry.value().size(), real.value().size());
    for (int i = 0; i < real.value().size(); ++i) {
        const ImportOutcome& d = dry.value().at(i);
        const ImportOutcome& r = real.value().at(i);
        QCOMPARE(d.line, r.line);
        QCOMPARE(d.done, r.done);
        QCOMPARE(d.notReached, r.notReached);
        QCOMPARE(d.change, r.change);
        QCOMPARE(d.changes, r.changes);
        QCOMPARE(d.why, r.why);
    }
    QCOMPARE(real.value().at(1).done, false);
    QCOMPARE(real.value().at(3).done, false);
    QCOMPARE(real.value().at(4).done, false);
    if (ImportMode(mode) == ImportMode::AllOrNothing) {
        QCOMPARE(fingerprint(), before);
        QVERIFY(real.value().at(0).notReached);
    } else {
        QVERIFY(real.value().at(0).done);
        QVERIFY(real.value().at(5).done);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM groups WHERE name = 'Fresh'")).toInt(), 1);
    }
}

void TestImport::rowsAreRefusedByTheRulesOfASingleChange()
{
    makeGroup(QStringLiteral("Billing"), {QStringLiteral("billing.manage")});
    makeGroup(QStringLiteral("Directory"), {}, true);
    // As Mia (a Manager): the ceiling, the last Admin, a synced group, a group granting more
    // than her role, a missing group, a deleted member.
    const auto result = import(QStringLiteral("mia@example.org"),
                               "email,role,groups\n"
                               "up@example.org,admin,\n"
                               "ada@example.org,member,\n"
                               "g1@example.org,,Directory\n"
                               "g2@example.org,,Billing\n"
                               "g3@example.org,,Nowhere\n"
                               "dot@example.org,,\n"
                               "fine@example.org,member,\n",
                               ImportMode::EachOnItsOwn, false);
    QVERIFY(result.ok());
    const QList<ImportOutcome>& outcomes = result.value();
    QCOMPARE(outcomes.size(), 7);
    for (int i = 0; i < 6; ++i) {
        QVERIFY2(!outcomes.at(i).done && !outcomes.at(i).notReached && !outcomes.at(i).why.isEmpty(),
                 qPrintable(outcomes.at(i).label()));
        QCOMPARE(outcomes.at(i).change, ImportChange::Refused);
    }
    QVERIFY(outcomes.at(4).why.contains(QStringLiteral("Nowhere")));
    QVERIFY(outcomes.at(5).why.contains(QLatin1String("deleted")));
    QVERIFY(outcomes.at(6).done);
    QVERIFY(!exists(QStringLiteral("up@example.org")));
    QVERIFY(!exists(QStringLiteral("g1@example.org")));
    QCOMPARE(scalar(QStringLiteral("SELECT role FROM memberships WHERE account_id = ?"), {idOf(QStringLiteral("ada@example.org"))})
                 .toString(),
             QStringLiteral("admin"));

    // The only Admin cannot demote herself through a file either; an Editor may not invite.
    const auto self = import(QStringLiteral("ada@example.org"), "email,role\nada@example.org,manager\n",
                             ImportMode::EachOnItsOwn, false);
    QVERIFY(self.ok());
    QVERIFY(!self.value().first().done);
    const auto editor = import(QStringLiteral("eddie@example.org"), "email\nnobody@example.org\n",
                               ImportMode::EachOnItsOwn, false);
    QVERIFY(editor.ok());
    QVERIFY(!editor.value().first().done);
    QVERIFY(!exists(QStringLiteral("nobody@example.org")));
}

void TestImport::missingGroupsAreCreatedOnceWhenAsked()
{
    const QByteArray csv = "email,groups\na@example.org,Night Shift\nb@example.org,night shift|Day\n";
    const auto refused = import(QStringLiteral("ada@example.org"), csv, ImportMode::EachOnItsOwn, false, false);
    QVERIFY(refused.ok());
    QVERIFY(!refused.value().at(0).done);
    QVERIFY(!refused.value().at(1).done);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM groups")).toInt(), 0);

    const auto made = import(QStringLiteral("ada@example.org"), csv, ImportMode::EachOnItsOwn, false, true);
    QVERIFY(made.ok());
    QVERIFY(made.value().at(0).done);
    QVERIFY(made.value().at(1).done);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM groups")).toInt(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                   "WHERE g.name = 'Night Shift'"))
                 .toInt(),
             2);
    // A Manager may create groups; a Helpdesk operator may not, and is told why.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'group.created'")).toInt(), 2);
}

void TestImport::allOrNothingLeavesNothingBehind()
{
    const QString before = fingerprint();
    const auto result = import(QStringLiteral("ada@example.org"),
                               "email,role\nok1@example.org,member\nok2@example.org,editor\n"
                               "ok3@example.org,owner\nok4@example.org,member\n",
                               ImportMode::AllOrNothing, false);
    QVERIFY(result.ok());
    QCOMPARE(fingerprint(), before);
    const QList<ImportOutcome>& outcomes = result.value();
    QCOMPARE(outcomes.size(), 4);
    QVERIFY(!outcomes.at(2).done && !outcomes.at(2).notReached);
    for (const int i : {0, 1, 3}) {
        QVERIFY(outcomes.at(i).notReached);
        QVERIFY2(outcomes.at(i).why.contains(QLatin1String("line 4")), qPrintable(outcomes.at(i).why));
    }
}

void TestImport::theSeatCapCoversTheWholeFile()
{
    const qint64 used = scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status IN ('invited', 'active')"))
                            .toLongLong();
    DirectSql(*m_db).exec(QStringLiteral("UPDATE workspaces SET seat_cap = ?"), {used + 2});
    const QString before = fingerprint();
    // Three new people do not fit two seats: refused whole, in a dry run too.
    const QByteArray three = "email\ns1@example.org\ns2@example.org\nmax@example.org\ns3@example.org\n";
    for (const bool dryRun : {true, false}) {
        const auto refused = import(QStringLiteral("ada@example.org"), three, ImportMode::EachOnItsOwn, dryRun);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Kind::Refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("Seat limit reached")),
                 qPrintable(refused.error().message));
    }
    QCOMPARE(fingerprint(), before);
    // Members already in the workspace need no seat: two new ones fit exactly.
    const auto fits = import(QStringLiteral("ada@example.org"), "email\ns1@example.org\nmax@example.org\ns2@example.org\n",
                             ImportMode::EachOnItsOwn, false);
    QVERIFY(fits.ok());
    for (const ImportOutcome& outcome : fits.value()) {
        QVERIFY2(outcome.done, qPrintable(outcome.why));
    }
}

void TestImport::aSharedAccountKeepsItsNameWhereTheOperatorMayNotChangeIt()
{
    // Max also belongs to a second workspace where he is an Admin and Mia is nobody: Mia's
    // file may not rename him there through the shared account, nor may it rename Ada
    // (above Mia). Ada, Admin here and absent there, may not either.
    DirectSql direct(*m_db);
    QVERIFY(direct.exec(QStringLiteral("INSERT INTO workspaces (name, slug, created_at) VALUES ('Other', 'other', 0)")));
    const qint64 other = direct.scalar(QStringLiteral("SELECT id FROM workspaces WHERE slug = 'other'")).toLongLong();
    QVERIFY(direct.exec(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, "
                                       "joined_at) VALUES (?, ?, 'admin', 'active', 'manual', 0)"),
                        {idOf(QStringLiteral("max@example.org")), other}));
    const auto result = import(QStringLiteral("ada@example.org"), "email,name,role\nmax@example.org,Mallory,editor\n",
                               ImportMode::EachOnItsOwn, false);
    QVERIFY(result.ok());
    QVERIFY2(!result.value().first().done, "a file renamed an account in a workspace the operator cannot see");
    QCOMPARE(scalar(QStringLiteral("SELECT display_name FROM accounts WHERE id = ?"), {idOf(QStringLiteral("max@example.org"))})
                 .toString(),
             QStringLiteral("Max Member"));
    // The row is whole or nothing: the role it also asked for did not change.
    QCOMPARE(scalar(QStringLiteral("SELECT role FROM memberships WHERE account_id = ? AND workspace_id = 1"),
                    {idOf(QStringLiteral("max@example.org"))})
                 .toString(),
             QStringLiteral("member"));
    // Without a new name the rest of the row goes through.
    const auto roleOnly = import(QStringLiteral("ada@example.org"), "email,role\nmax@example.org,editor\n",
                                 ImportMode::EachOnItsOwn, false);
    QVERIFY(roleOnly.ok());
    QVERIFY2(roleOnly.value().first().done, qPrintable(roleOnly.value().first().why));
}

void TestImport::importingTheSameFileTwiceChangesNothingTheSecondTime()
{
    makeGroup(QStringLiteral("Ops"));
    const QByteArray csv = "email,name,role,groups\nnew@example.org,Nora New,editor,Ops\nmax@example.org,Max Member,editor,\n";
    const auto first = import(QStringLiteral("ada@example.org"), csv, ImportMode::EachOnItsOwn, false);
    QVERIFY(first.ok());
    QCOMPARE(first.value().at(0).change, ImportChange::Invited);
    const QString after = fingerprint();
    const auto second = import(QStringLiteral("ada@example.org"), csv, ImportMode::EachOnItsOwn, false);
    QVERIFY(second.ok());
    for (const ImportOutcome& outcome : second.value()) {
        QCOMPARE(outcome.change, ImportChange::Unchanged);
        QVERIFY(outcome.done);
    }
    QCOMPARE(fingerprint(), after);
    // Still exactly one open invitation for Nora.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM invites WHERE email_key = 'new@example.org' "
                                   "AND cancelled_at IS NULL AND superseded_at IS NULL"))
                 .toInt(),
             1);
}

void TestImport::stopKeepsWholeRowsAndTheReport_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("each on its own") << int(ImportMode::EachOnItsOwn);
    QTest::newRow("all or nothing") << int(ImportMode::AllOrNothing);
}

void TestImport::stopKeepsWholeRowsAndTheReport()
{
    // 1,500 new people; Stop pressed once the first rows are reported.
    QFETCH(int, mode);
    constexpr int people = 1500;
    QByteArray csv("email,name,role\n");
    for (int i = 0; i < people; ++i) {
        csv += QStringLiteral("p%1@example.org,Person %1,member\n").arg(i).toUtf8();
    }
    const QString before = fingerprint();
    ImportRequest request;
    request.rows = rowsOf(csv);
    request.mode = ImportMode(mode);
    QFuture<Result<QList<ImportOutcome>>> future
        = m_backend->peopleImport()->importPeople(as(QStringLiteral("ada@example.org")), request);
    QVERIFY(stopAtFirstProgress(future, request.stop));
    QVERIFY2(!future.isCanceled() && future.resultCount() == 1, "a Stop must not lose the report");
    const Result<QList<ImportOutcome>> result = future.result();
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), people);
    int done = 0;
    int notReached = 0;
    for (const ImportOutcome& outcome : result.value()) {
        QVERIFY(outcome.done != outcome.notReached);
        done += outcome.done ? 1 : 0;
        notReached += outcome.notReached ? 1 : 0;
        // Rows in order: everything done comes before everything not reached.
        QVERIFY(!(outcome.done && notReached > 0));
    }
    QVERIFY2(notReached > 0, "the Stop came too late to test anything");
    if (ImportMode(mode) == ImportMode::AllOrNothing) {
        QCOMPARE(done, 0);
        QCOMPARE(fingerprint(), before);
        return;
    }
    // Each row whole: exactly the rows reported done have an account, a membership, an open
    // invitation, a queued mail and an audit row; the others nothing at all.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email LIKE 'p%@example.org'")).toInt(), done);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships m JOIN accounts a ON a.id = m.account_id "
                                   "WHERE a.email LIKE 'p%@example.org' AND m.source = 'import'"))
                 .toInt(),
             done);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM invites WHERE email LIKE 'p%@example.org'")).toInt(), done);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE recipient LIKE 'p%@example.org'")).toInt(), done);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'invite.created'")).toInt(), done);
}

void TestImport::anotherAdminInvitingFromTheFileMidwayLeavesOnePerson()
{
    // Two admins at once: while a file of 6,000 new people is imported in two transactions
    // (5,000 rows and 1,000), Mia invites two addresses of the second herself (in the same
    // case, and in another). Whoever comes first, each ends as one account with one membership
    // and one open invitation, and the import reports every row.
    constexpr int people = 6000;
    QByteArray csv("email,name,role\n");
    for (int i = 0; i < people; ++i) {
        csv += QStringLiteral("p%1@example.org,Person %1,member\n").arg(i).toUtf8();
    }
    ImportRequest request;
    request.rows = rowsOf(csv);
    QFuture<Result<QList<ImportOutcome>>> future
        = m_backend->peopleImport()->importPeople(as(QStringLiteral("ada@example.org")), request);
    const auto other = m_db->openedBackend();
    InvitationRequest invitation;
    invitation.addresses = parseInviteAddresses(QStringLiteral("p5200@example.org, P5400@Example.org"));
    const auto mia = other->invitations()->createInvitations(as(QStringLiteral("mia@example.org")), invitation);
    const Result<QList<ImportOutcome>> imported = await(future);
    const auto invited = await(mia);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QVERIFY2(invited.ok(), qPrintable(invited.ok() ? QString() : invited.error().message));
    QCOMPARE(imported.value().size(), people);
    for (const ImportOutcome& outcome : imported.value()) {
        QVERIFY2(outcome.done, qPrintable(outcome.email + QLatin1Char(' ') + outcome.why));
    }
    for (const QString& email : {QStringLiteral("p5200@example.org"), QStringLiteral("p5400@example.org")}) {
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email_key = ?"), {email}).toInt(), 1);
        const qint64 id = idOf(email);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE account_id = ?"), {id}).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM invites WHERE account_id = ? AND accepted_at IS NULL "
                                       "AND cancelled_at IS NULL AND superseded_at IS NULL"),
                        {id})
                     .toInt(),
                 1);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email_key LIKE 'p%@example.org'")).toInt(),
             people);
}

void TestImport::newPeopleAreWrittenAsTheFileSaysInItsOrder()
{
    // New people between members to update, a group to create and a refused row: each new
    // person gets the names as the file splits them, the listing's sort keys, the account the
    // report names, and the audit log follows the file's order.
    makeGroup(QStringLiteral("Ops"));
    const qint64 auditBefore = scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")).toLongLong();
    const auto result = import(QStringLiteral("ada@example.org"),
                               "Email,First name,Last name,Role,Groups\n"
                               "a1@example.org,Anna Maria,van der Berg,member,\n"
                               "max@example.org,Max,Member,editor,\n"
                               "a2@example.org,Bo,Ek,member,Ops\n"
                               "a3@example.org,Cy,Zed,member,Night shift\n"
                               "not-an-address,No,One,member,\n"
                               "a4@example.org,Di,Ox,member,\n",
                               ImportMode::EachOnItsOwn, false, true);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const QList<ImportOutcome>& outcomes = result.value();
    QCOMPARE(outcomes.size(), 6);
    QVERIFY(!outcomes.at(4).done);
    QStringList order;
    for (const ImportOutcome& outcome : outcomes) {
        if (!outcome.done) {
            continue;
        }
        QVERIFY(outcome.accountId.number() > 0);
        QCOMPARE(outcome.accountId, idOf(outcome.email));
        if (outcome.change == ImportChange::Invited) {
            order.append((outcome.accountId).text());
        }
    }
    QCOMPARE(order.size(), 4);
    const qint64 anna = idOf(QStringLiteral("a1@example.org"));
    QCOMPARE(scalar(QStringLiteral("SELECT first_name || '|' || last_name || '|' || display_name FROM accounts "
                                   "WHERE id = ?"),
                    {anna})
                 .toString(),
             QStringLiteral("Anna Maria|van der Berg|Anna Maria van der Berg"));
    QCOMPARE(scalar(QStringLiteral("SELECT sort_name || '|' || email_key FROM memberships WHERE account_id = ?"), {anna})
                 .toString(),
             QStringLiteral("anna maria van der berg|a1@example.org"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                   "WHERE gm.account_id = ?"),
                    {idOf(QStringLiteral("a3@example.org"))})
                 .toInt(),
             1);
    // The audit rows in the file's order: invite, role change, invite, group made, invite, invite.
    DirectSql direct(*m_db);
    QStringList actions;
    QStringList invitedIds;
    QSqlQuery query(direct.db());
    query.prepare(QStringLiteral("SELECT action, target_id FROM audit_log WHERE id > ? ORDER BY id"));
    query.addBindValue(auditBefore);
    QVERIFY(query.exec());
    while (query.next()) {
        actions.append(query.value(0).toString());
        if (query.value(0).toString() == QLatin1String("invite.created")) {
            invitedIds.append(query.value(1).toString());
        }
    }
    QCOMPARE(actions, QStringList({QStringLiteral("invite.created"), QStringLiteral("member.role_changed"),
                                   QStringLiteral("invite.created"), QStringLiteral("group.created"),
                                   QStringLiteral("invite.created"), QStringLiteral("invite.created")}));
    QCOMPARE(invitedIds, order);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
