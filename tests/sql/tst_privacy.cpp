// Erasing a person (U7) on both SQL backends: what goes, what the audit log says afterwards, who
// may do it, and that nothing of them is left in the files (SQLite: the database and its
// write-ahead log, byte by byte).
//   tst_privacy     SQLite
//   tst_privacy_pg  PostgreSQL (USHER_TEST_BACKEND=postgres)

#include "connection/backend.h"
#include "connection/sql/sqlbackend.h"
#include "core/privacy.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <zip.h>
#include <QTest>

#include <memory>

using namespace usher;
using namespace usher::test;

class TestPrivacy : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anErasureLeavesNoTraceAndTheLogStillReads();
    void onlyAnAdminOfEveryWorkspaceTheyAreInErases();
    void aReferenceIsNeededAndNothingChangesWithout();
    void anExportHoldsEverythingAndOnlyWhatTheOperatorMaySee();

private:
    Operator as(const QString& email, Role role);
    Id id(const QString& email);
    /// How many times `text` occurs in the rows of the tables that could hold it (both
    /// backends), or in the SQLite file and its log (SQLite).
    int tracesOf(const QByteArray& text);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Backend> m_backend;
};

namespace {
/// The files of a ZIP, by name; empty when it cannot be read.
QHash<QString, QByteArray> unzipped(const QString& path)
{
    QHash<QString, QByteArray> files;
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive) {
        return files;
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0) {
            continue;
        }
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        if (zip_file_t* file = zip_fopen_index(archive, zip_uint64_t(i), 0)) {
            zip_fread(file, bytes.data(), stat.size);
            zip_fclose(file);
            files.insert(QString::fromUtf8(stat.name), bytes);
        }
    }
    zip_close(archive);
    return files;
}

SeedUser person(const char* name, const char* email, Role role, Status status = Status::Active)
{
    SeedUser user;
    user.name = QString::fromUtf8(name);
    user.email = QString::fromUtf8(email);
    user.role = role;
    user.status = status;
    return user;
}
} // namespace

void TestPrivacy::init()
{
    m_database = std::make_unique<TestDatabase>(QStringLiteral("privacy"));
    m_database->seed({person("Ada Admin", "ada@example.org", Role::Admin),
                      person("Grace Admin", "grace@example.org", Role::Admin),
                      person("Mia Manager", "mia@example.org", Role::Manager),
                      person("Maximilian Quist", "m.quist@example.org", Role::Member)});
    m_backend = m_database->backend();
    QVERIFY(await(m_backend->open()).ok());
    QVERIFY(m_backend->personalData());
}

void TestPrivacy::cleanup()
{
    m_backend.reset();
    m_database.reset();
}

Operator TestPrivacy::as(const QString& email, Role role)
{
    Operator op;
    op.workspaceId = 1;
    op.accountId = id(email);
    op.role = role;
    op.email = email;
    return op;
}

Id TestPrivacy::id(const QString& email)
{
    DirectSql direct(*m_database);
    return direct.scalar(QStringLiteral("SELECT id FROM accounts WHERE email = ?"), {email}).toLongLong();
}

int TestPrivacy::tracesOf(const QByteArray& text)
{
    if (!m_database->isPostgres()) {
        int found = 0;
        const QString path = m_database->profile().location();
        for (const QString& file : {path, path + QStringLiteral("-wal")}) {
            QFile bytes(file);
            if (bytes.open(QIODevice::ReadOnly)) {
                const QByteArray all = bytes.readAll();
                for (qsizetype at = all.indexOf(text); at >= 0; at = all.indexOf(text, at + 1)) {
                    ++found;
                }
            }
        }
        return found;
    }
    DirectSql direct(*m_database);
    int found = 0;
    for (const char* table : {"accounts", "memberships", "invites", "waitlist", "sessions", "login_events", "outbox",
                              "audit_log", "audit_subjects", "erasure_log"}) {
        found += direct.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 t WHERE t::text LIKE ?").arg(QLatin1String(table)),
                               {QStringLiteral("%%1%").arg(QString::fromUtf8(text))})
                     .toInt();
    }
    return found;
}

void TestPrivacy::anErasureLeavesNoTraceAndTheLogStillReads()
{
    const Operator ada = as(QStringLiteral("ada@example.org"), Role::Admin);
    const Id max = id(QStringLiteral("m.quist@example.org"));
    MemberDirectory* members = m_backend->members();
    // A history: renamed (the old and new names in the log), made an Editor, signed in from two
    // addresses, in a group, on the waitlist of another address of theirs, a mail queued.
    {
        DirectSql direct(*m_database);
        const QString version = direct.scalar(QStringLiteral("SELECT version FROM memberships WHERE account_id = ?"),
                                              {max.number()}).toString();
        ProfileEdit edit;
        edit.firstName = QStringLiteral("Maxi");
        edit.lastName = QStringLiteral("Quistorp");
        edit.email = QStringLiteral("maxi.quistorp@example.org");
        QVERIFY(await(members->updateProfile(ada, max, edit, Version::fromText(version))).ok());
        MemberChange role;
        role.operation = MemberOperation::ChangeRole;
        role.role = Role::Editor;
        role.targets = {{max, {}}};
        QVERIFY(await(members->changeMembers(ada, role)).value().value(0).done);
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO sessions (account_id, workspace_id, ip, device, created_at, "
                                           "last_activity_at) VALUES (?, 1, '203.0.113.77', 'Quistorp-Laptop', 1, 2)"),
                            {max.number()}));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO login_events (account_id, workspace_id, at, ip, success) "
                                           "VALUES (?, 1, 3, '198.51.100.23', 1)"),
                            {max.number()}));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO waitlist (workspace_id, email, email_key, signed_up_at) "
                                           "VALUES (1, 'maxi.quistorp@example.org', 'maxi.quistorp@example.org', 4)")));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO outbox (workspace_id, kind, recipient, subject, body_text, "
                                           "created_at) VALUES (1, 'notice', 'maxi.quistorp@example.org', "
                                           "'Hello Maxi Quistorp', 'Dear Maxi Quistorp', 5)")));
    }
    GroupEdit night;
    night.name = QStringLiteral("Night Shift");
    const auto group = await(m_backend->groups()->createGroup(ada, night));
    QVERIFY(group.ok());
    GroupMembersChange join;
    join.groupId = group.value();
    join.accountIds = {max};
    QVERIFY(await(m_backend->groups()->changeGroupMembers(ada, join)).value().value(0).done);

    const auto preview = await(m_backend->personalData()->erasurePreview(ada, max));
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
    QCOMPARE(preview.value().email, QStringLiteral("maxi.quistorp@example.org"));
    QCOMPARE(preview.value().workspaces, QStringList{QStringLiteral("My organisation")});
    QCOMPARE(preview.value().groups, 1);
    QCOMPARE(preview.value().sessions, 1);
    QCOMPARE(preview.value().signIns, 1);
    QCOMPARE(preview.value().waitlist, 1);
    QCOMPARE(preview.value().mails, 1);
    QVERIFY(preview.value().auditEvents >= 3); // renamed, new role, joined the group
    QVERIFY(tracesOf("Quistorp") > 0); // the preview changed nothing

    const auto erased = await(m_backend->personalData()->erasePerson(ada, max, QStringLiteral("GDPR-2026-0042")));
    QVERIFY2(erased.ok(), qPrintable(erased.ok() ? QString() : erased.error().message));
    const QString pseudonym = erased.value().pseudonym;
    QCOMPARE(pseudonym.size(), 16);
    m_backend.reset(); // every connection closed: what is on disk is all there is

    for (const QByteArray& trace : {QByteArray("m.quist@example.org"), QByteArray("maxi.quistorp@example.org"),
                                    QByteArray("Maximilian"), QByteArray("Quistorp"), QByteArray("Quist"),
                                    QByteArray("203.0.113.77"), QByteArray("198.51.100.23")}) {
        QVERIFY2(tracesOf(trace) == 0, trace.constData());
    }
    DirectSql direct(*m_database);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = ?"), {max.number()}).toInt(), 0);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM group_members WHERE account_id = ?"), {max.number()}).toInt(), 0);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT reason FROM erasure_log WHERE subject_ref = ?"), {pseudonym}).toString(),
             QStringLiteral("GDPR-2026-0042"));
    QCOMPARE(direct.scalar(QStringLiteral("SELECT SUM(members) FROM membership_counts WHERE workspace_id = 1")).toInt(), 3);
    QVERIFY(!direct.exec(QStringLiteral("DELETE FROM audit_log"))); // still append-only
    // Subjects change only as an erasure changes them: never renamed, deleted or un-erased.
    QVERIFY(!direct.exec(QStringLiteral("UPDATE audit_subjects SET display_name = 'Someone Else' WHERE pseudonym IS NULL")));
    QVERIFY(!direct.exec(QStringLiteral("UPDATE audit_subjects SET email = 'x@example.org', pseudonym = NULL "
                                        "WHERE pseudonym IS NOT NULL")));
    QVERIFY(!direct.exec(QStringLiteral("DELETE FROM audit_subjects")));
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_subjects WHERE display_name = 'Someone Else'")).toInt(), 0);

    // The log still reads: what was done to them, by whom, with the pseudonym for them.
    m_backend = m_database->backend();
    QVERIFY(await(m_backend->open()).ok());
    AuditQuery query;
    query.workspaceId = 1;
    query.viewerId = ada.accountId;
    query.targetId = max;
    const auto events = await(m_backend->auditLog()->listAudit(query));
    QVERIFY(events.ok());
    QVERIFY(events.value().size() >= 4);
    const AuditEvent& last = events.value().first();
    QCOMPARE(last.action, QStringLiteral("member.erased"));
    QCOMPARE(last.actorName, QStringLiteral("Ada Admin"));
    QCOMPARE(last.reason, QStringLiteral("GDPR-2026-0042"));
    for (const AuditEvent& event : events.value()) {
        QVERIFY2(event.targetName.contains(pseudonym), qPrintable(event.targetName));
        QVERIFY2(!event.before.contains(QStringLiteral("Quist")) && !event.after.contains(QStringLiteral("Quist")),
                 qPrintable(event.before + event.after));
    }
    // Erased twice (a second window): nobody there any more, nothing more written.
    const auto again = await(m_backend->personalData()->erasePerson(ada, max, QStringLiteral("GDPR-2026-0042")));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, BackendError::Kind::NotFound);
}

void TestPrivacy::onlyAnAdminOfEveryWorkspaceTheyAreInErases()
{
    const Id max = id(QStringLiteral("m.quist@example.org"));
    PersonalData* privacy = m_backend->personalData();
    // A Manager may not; nobody erases themselves.
    auto refused = await(privacy->erasePerson(as(QStringLiteral("mia@example.org"), Role::Manager), max, QStringLiteral("R-1")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, BackendError::Kind::Refused);
    refused = await(privacy->erasePerson(as(QStringLiteral("ada@example.org"), Role::Admin), id(QStringLiteral("ada@example.org")),
                                         QStringLiteral("R-1")));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("yourself")));
    // Max also belongs to a workspace where Ada is nobody: an erasure would reach into it.
    {
        DirectSql direct(*m_database);
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO workspaces (name, slug, created_at) VALUES ('Partner Org', 'partner', 0)")));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, joined_at) "
                                           "SELECT ?, id, 'member', 'active', 'manual', 0 FROM workspaces WHERE slug = 'partner'"),
                            {max.number()}));
    }
    const auto preview = await(privacy->erasurePreview(as(QStringLiteral("ada@example.org"), Role::Admin), max));
    QVERIFY(!preview.ok());
    QVERIFY2(preview.error().message.contains(QStringLiteral("Partner Org")), qPrintable(preview.error().message));
    refused = await(privacy->erasePerson(as(QStringLiteral("ada@example.org"), Role::Admin), max, QStringLiteral("R-1")));
    QVERIFY(!refused.ok());
    DirectSql direct(*m_database);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = ?"), {max.number()}).toInt(), 1);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM erasure_log")).toInt(), 0);
    // Made an Admin there too, Ada may.
    QVERIFY(direct.exec(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, joined_at) "
                                       "SELECT ?, id, 'admin', 'active', 'manual', 0 FROM workspaces WHERE slug = 'partner'"),
                        {id(QStringLiteral("ada@example.org")).number()}));
    const auto erased = await(privacy->erasePerson(as(QStringLiteral("ada@example.org"), Role::Admin), max, QStringLiteral("R-1")));
    QVERIFY2(erased.ok(), qPrintable(erased.ok() ? QString() : erased.error().message));
    QCOMPARE(erased.value().workspaces.size(), 2);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE account_id = ?"), {max.number()}).toInt(), 0);
}

void TestPrivacy::aReferenceIsNeededAndNothingChangesWithout()
{
    const Id max = id(QStringLiteral("m.quist@example.org"));
    const auto refused = await(m_backend->personalData()->erasePerson(as(QStringLiteral("ada@example.org"), Role::Admin), max,
                                                                      QStringLiteral("   ")));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("reference")));
    QVERIFY(tracesOf("m.quist@example.org") > 0);
    // Core's rule, alone: the last active Admin of a workspace is never erased.
    ErasureSeat seat;
    seat.workspaceName = QStringLiteral("Solo");
    seat.role = Role::Admin;
    seat.operatorIsMember = true;
    seat.operatorRole = Role::Admin;
    seat.activeAdmins = 1;
    QVERIFY(refusalToErase(false, {seat}, QStringLiteral("R-1")).value_or(QString()).contains(QStringLiteral("last active Admin")));
    seat.activeAdmins = 2;
    QVERIFY(!refusalToErase(false, {seat}, QStringLiteral("R-1")));
    seat.operatorStatus = Status::Disabled;
    QVERIFY(refusalToErase(false, {seat}, QStringLiteral("R-1")));
}

void TestPrivacy::anExportHoldsEverythingAndOnlyWhatTheOperatorMaySee()
{
    const Operator ada = as(QStringLiteral("ada@example.org"), Role::Admin);
    const Id max = id(QStringLiteral("m.quist@example.org"));
    GroupEdit night;
    night.name = QStringLiteral("Night Shift");
    night.permissions = QStringList{QStringLiteral("audit.view")};
    const auto group = await(m_backend->groups()->createGroup(ada, night));
    QVERIFY(group.ok());
    GroupMembersChange join;
    join.groupId = group.value();
    join.accountIds = {max};
    QVERIFY(await(m_backend->groups()->changeGroupMembers(ada, join)).value().value(0).done);
    {
        DirectSql direct(*m_database);
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO login_events (account_id, workspace_id, at, ip, success) "
                                           "VALUES (?, 1, 1700000000, '198.51.100.23', 1)"),
                            {max.number()}));
        // A workspace where Ada may not look, with a session there: left out, counted.
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO workspaces (name, slug, created_at) VALUES ('Secret Lab', 'lab', 0)")));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, joined_at) "
                                           "SELECT ?, id, 'member', 'active', 'manual', 0 FROM workspaces WHERE slug = 'lab'"),
                            {max.number()}));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO sessions (account_id, workspace_id, ip, created_at, last_activity_at) "
                                           "SELECT ?, id, '203.0.113.99', 1, 2 FROM workspaces WHERE slug = 'lab'"),
                            {max.number()}));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("max.zip"));
    // A Manager may not.
    const auto refused = await(m_backend->personalData()->exportPerson(as(QStringLiteral("mia@example.org"), Role::Manager),
                                                                        max, path, {}));
    QVERIFY(!refused.ok());
    QVERIFY(!QFile::exists(path));

    // Stopped before it began: no file, no audit row.
    StopToken stop;
    stop.requestStop();
    const auto stoppedExport = await(m_backend->personalData()->exportPerson(ada, max, path, stop));
    QVERIFY(!stoppedExport.ok());
    QCOMPARE(stoppedExport.error().kind, BackendError::Kind::Cancelled);
    QVERIFY(!QFile::exists(path));
    const auto exported = await(m_backend->personalData()->exportPerson(ada, max, path, {}));
    QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message));
    QCOMPARE(exported.value().workspaces, QStringList{QStringLiteral("My organisation")});
    QCOMPARE(exported.value().workspacesLeftOut, 1);
    const QHash<QString, QByteArray> files = unzipped(path);
    for (const char* name : {"README.txt", "profile.json", "sessions.csv", "sign-ins.csv", "invitations.csv", "mails.csv",
                             "waitlist.csv", "audit.csv"}) {
        QVERIFY2(files.contains(QString::fromLatin1(name)), name);
    }
    QCOMPARE(exported.value().files.first(), QStringLiteral("README.txt"));
    // The JSON is what the database holds.
    const QJsonObject json = QJsonDocument::fromJson(files.value(QStringLiteral("profile.json"))).object();
    QCOMPARE(json.value(QStringLiteral("profile")).toObject().value(QStringLiteral("email")).toString(),
             QStringLiteral("m.quist@example.org"));
    const QJsonArray memberships = json.value(QStringLiteral("memberships")).toArray();
    QCOMPARE(memberships.size(), 1);
    const QJsonObject membership = memberships.first().toObject();
    QCOMPARE(membership.value(QStringLiteral("workspace")).toString(), QStringLiteral("My organisation"));
    QCOMPARE(membership.value(QStringLiteral("groups")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Night Shift"));
    bool auditView = false;
    for (const QJsonValue& permission : membership.value(QStringLiteral("permissions")).toArray()) {
        auditView = auditView
                    || (permission.toObject().value(QStringLiteral("permission")).toString() == QLatin1String("audit.view")
                        && permission.toObject().value(QStringLiteral("from_groups")).toArray().contains(
                            QJsonValue(QStringLiteral("Night Shift"))));
    }
    QVERIFY(auditView);
    QVERIFY(files.value(QStringLiteral("sign-ins.csv")).contains("198.51.100.23"));
    QVERIFY(files.value(QStringLiteral("audit.csv")).contains("group.member_added")
            || files.value(QStringLiteral("audit.csv")).contains("Night Shift"));
    // Nothing from the workspace Ada may not see, no password hash, no salt.
    for (const auto& bytes : files) {
        QVERIFY(!bytes.contains("Secret Lab") && !bytes.contains("203.0.113.99") && !bytes.contains("argon2"));
    }
    // Audited.
    AuditQuery query;
    query.workspaceId = 1;
    query.viewerId = ada.accountId;
    query.action = QStringLiteral("member.data_exported");
    const auto events = await(m_backend->auditLog()->listAudit(query));
    QVERIFY(events.ok());
    QCOMPARE(events.value().size(), 1);
    QCOMPARE(events.value().first().targetName, QStringLiteral("Maximilian Quist"));
    // A place that cannot be written: said, and no file, no audit row.
    const auto nowhere = await(m_backend->personalData()->exportPerson(ada, max, dir.filePath(QStringLiteral("no/such/dir/x.zip")), {}));
    QVERIFY(!nowhere.ok());
    QVERIFY(!nowhere.error().message.isEmpty());
    QCOMPARE(await(m_backend->auditLog()->listAudit(query)).value().size(), 1);
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
