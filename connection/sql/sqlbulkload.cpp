// The benchmark's bulk generator (issue 15): millions of sample people into a SQLite file in
// minutes. The per-person loader (SqlWorker::loadSampleData) keeps every index and trigger
// live; here the people tables' indexes and triggers are set aside, the rows go in through
// prepared statements with the keys the triggers would have written, and then everything is
// put back exactly as it was, all in one transaction.

#include "connection/sql/driverhandle.h"
#include "connection/sql/sqlworker.h"

#include "connection/token.h"
#include "core/clock.h"
#include "core/email.h"
#include "core/invitation.h"
#include "core/sampledata.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>

#include <sqlite3.h>

namespace usher::sql {

namespace {

/// The tables whose indexes and triggers are set aside while the people go in.
constexpr const char* peopleTables
    = "('accounts', 'memberships', 'group_members', 'invites', 'login_events', 'sessions')";
/// The triggers that fire on the rows the generator writes, whose work it does itself: the
/// listing's keys, the search index and the kept counts. Any other would be left undone, so
/// the generator refuses a schema with one it does not know.
const QSet<QByteArray>& standIns()
{
    static const QSet<QByteArray> triggers = {"memberships_keys_on_insert", "group_members_key_on_insert",
                                              "membership_search_insert", "memberships_count_insert",
                                              "group_members_count_insert"};
    return triggers;
}
/// People whose sign-ins and sessions are written too, for the details panel; the rest have none.
constexpr qint64 peopleWithHistory = 10'000;
/// Page cache while loading and building indexes, in KiB (SQLite's default is 2 MiB).
constexpr qint64 bulkCacheKiB = 1 << 20;

/// A prepared statement on the raw SQLite connection, finalized when it goes.
class Statement
{
public:
    Statement(sqlite3* db, const QByteArray& sql)
    {
        m_status = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool prepared() const { return m_status == SQLITE_OK && m_statement; }
    void bind(int column, const QByteArray& text)
    {
        sqlite3_bind_text(m_statement, column, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    void bind(int column, const QString& text) { bind(column, text.toUtf8()); }
    void bind(int column, qint64 value) { sqlite3_bind_int64(m_statement, column, value); }
    void bindNull(int column) { sqlite3_bind_null(m_statement, column); }
    void bindTime(int column, const QDateTime& time)
    {
        if (time.isValid()) {
            bind(column, qint64(time.toSecsSinceEpoch()));
        } else {
            bindNull(column);
        }
    }
    /// The next row of a query; false at its end or on an error (then reset).
    bool next()
    {
        if (sqlite3_step(m_statement) == SQLITE_ROW) {
            return true;
        }
        sqlite3_reset(m_statement);
        return false;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    QByteArray text(int column) const
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return QByteArray(data, sqlite3_column_bytes(m_statement, column));
    }
    /// Runs a statement that answers no rows; ready for the next values afterwards.
    bool run()
    {
        const int status = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return status == SQLITE_DONE;
    }
    void reset() { sqlite3_reset(m_statement); }

private:
    sqlite3_stmt* m_statement = nullptr;
    int m_status = SQLITE_ERROR;
};

/// An index or trigger of the people tables, as sqlite_master keeps it.
struct SchemaObject
{
    QByteArray type; ///< "index" or "trigger"
    QByteArray name;
    QByteArray sql;
};

QByteArray quotedName(const QByteArray& name)
{
    QByteArray quoted = name;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

} // namespace

Result<qint64> SqlWorker::generatePeopleInBulk(int count, QPromise<Result<qint64>>& promise)
{
    if (!m_open) {
        return notOpen();
    }
    if (m_dialect != Dialect::Sqlite) {
        return refused(Text::tr("People are generated in bulk only into a SQLite file; a PostgreSQL database gets "
                                "them copied from one."));
    }
    if (count <= 0) {
        return qint64(0);
    }
    QSqlDatabase connection = database();
    sqlite3* const db = driverHandle<sqlite3>(connection, "sqlite3*");
    if (!db) {
        return BackendError{BackendError::Kind::Internal, Text::tr("The people could not be generated."),
                            QStringLiteral("no SQLite handle")};
    }
    forgetCachedListing();
    QElapsedTimer clock;
    clock.start();
    const QString what = Text::tr("The people could not be generated; nothing was changed.");
    auto exec = [db](const QByteArray& sql) {
        return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    };
    // The error of the last statement, after rolling back (which would overwrite it).
    auto fail = [this, db, &what, &exec] {
        const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                              QString::number(sqlite3_extended_errcode(db)));
        if (!sqlite3_get_autocommit(db)) {
            exec("ROLLBACK");
        }
        return errorFrom(error, what);
    };

    // A big page cache and a helper thread for the sorts that build the indexes; the
    // connection's own settings come back afterwards.
    qint64 cacheBefore = -2000;
    {
        Statement cache(db, "PRAGMA cache_size");
        if (cache.prepared() && cache.next()) {
            cacheBefore = cache.integer(0);
            cache.reset();
        }
    }
    exec("PRAGMA cache_size = -" + QByteArray::number(bulkCacheKiB));
    exec("PRAGMA threads = 2");
    // Without the write-ahead log while loading, when no other connection has the file open:
    // the log would take a copy of every page written, to be copied into the file again at
    // the next checkpoint (twice the writing, and twice the disk while it lasts).
    const auto journalMode = [db] {
        Statement mode(db, "PRAGMA journal_mode");
        const QByteArray answer = mode.prepared() && mode.next() ? mode.text(0).toLower() : QByteArray();
        mode.reset();
        return answer;
    };
    const QByteArray journalBefore = journalMode();
    if (journalBefore == "wal") {
        exec("PRAGMA journal_mode = DELETE"); // refused (and left as it is) while others read
    }
    const QByteArray journal = journalMode();
    // The generated rows refer only to rows made here or already there: no foreign key checks
    // row by row.
    qint64 foreignKeysBefore = 1;
    {
        Statement keys(db, "PRAGMA foreign_keys");
        if (keys.prepared() && keys.next()) {
            foreignKeysBefore = keys.integer(0);
            keys.reset();
        }
    }
    exec("PRAGMA foreign_keys = OFF");
    const auto restoreSettings = qScopeGuard([&exec, cacheBefore, journalBefore, foreignKeysBefore] {
        exec("PRAGMA foreign_keys = " + QByteArray(foreignKeysBefore ? "ON" : "OFF"));
        exec("PRAGMA cache_size = " + QByteArray::number(cacheBefore));
        exec("PRAGMA threads = 0");
        if (!journalBefore.isEmpty()) {
            exec("PRAGMA journal_mode = " + journalBefore);
        }
    });

    if (!exec("BEGIN IMMEDIATE")) {
        return fail();
    }

    // Set aside the people tables' own indexes and triggers (not those that back a UNIQUE or
    // PRIMARY KEY constraint: they have no SQL and catch duplicate addresses), remembering them
    // exactly as sqlite_master has them.
    QList<SchemaObject> setAside;
    {
        Statement objects(db, QByteArray("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                                         "AND sql IS NOT NULL AND tbl_name IN ")
                                  + peopleTables + " ORDER BY type = 'trigger', rowid");
        if (!objects.prepared()) {
            return fail();
        }
        while (objects.next()) {
            setAside.append({objects.text(0), objects.text(1), objects.text(2)});
        }
    }
    static const QRegularExpression firesOnInsert(QStringLiteral("\\b(BEFORE|AFTER|INSTEAD\\s+OF)\\s+INSERT\\s+ON\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
    for (const SchemaObject& object : setAside) {
        if (object.type == "trigger" && !standIns().contains(object.name)
            && firesOnInsert.match(QString::fromUtf8(object.sql)).hasMatch()) {
            exec("ROLLBACK");
            return BackendError{BackendError::Kind::Internal, what,
                                QStringLiteral("the trigger %1 fires on the rows the generator writes, and the "
                                               "generator does not do its work")
                                    .arg(QString::fromUtf8(object.name))};
        }
    }
    for (const SchemaObject& object : setAside) {
        if (!exec("DROP " + object.type.toUpper() + ' ' + quotedName(object.name))) {
            return fail();
        }
    }

    // Carry on the generator's sequence past the people already there, so a second run adds
    // new people rather than meeting the first run's addresses.
    qint64 existing = 0;
    qint64 lastAccountBefore = 0;
    {
        Statement counts(db, "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM accounts");
        if (!counts.prepared() || !counts.next()) {
            return fail();
        }
        existing = counts.integer(0);
        lastAccountBefore = counts.integer(1);
        counts.reset();
    }

    // Groups and their permissions, reusing groups of the same name.
    const qint64 now = clock::nowSecs();
    const QList<SampleGroup> groups = SampleDataGenerator::groups();
    QList<qint64> groupIds;
    QList<QByteArray> groupNames;
    {
        Statement insertGroup(db, "INSERT INTO groups (workspace_id, name, description, source, synced_at, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (workspace_id, name) DO NOTHING");
        Statement findGroup(db, "SELECT id FROM groups WHERE workspace_id = ? AND name = ?");
        Statement insertPermission(db, "INSERT INTO group_permissions (group_id, permission) VALUES (?, ?) "
                                       "ON CONFLICT DO NOTHING");
        if (!insertGroup.prepared() || !findGroup.prepared() || !insertPermission.prepared()) {
            return fail();
        }
        for (const SampleGroup& group : groups) {
            insertGroup.bind(1, m_workspaceId);
            insertGroup.bind(2, group.name);
            insertGroup.bind(3, group.description);
            insertGroup.bind(4, group.synced ? QByteArray("synced") : QByteArray("native"));
            if (group.synced) {
                insertGroup.bind(5, now);
            } else {
                insertGroup.bindNull(5);
            }
            insertGroup.bind(6, now);
            findGroup.bind(1, m_workspaceId);
            findGroup.bind(2, group.name);
            if (!insertGroup.run() || !findGroup.next()) {
                return fail();
            }
            const qint64 groupId = findGroup.integer(0);
            findGroup.reset();
            groupIds.append(groupId);
            groupNames.append(group.name.toUtf8());
            for (const QString& permission : group.permissions) {
                insertPermission.bind(1, groupId);
                insertPermission.bind(2, permission);
                if (!insertPermission.run()) {
                    return fail();
                }
            }
        }
    }

    // The keys the triggers would write: sort_name is SQLite's lower() of the name (ASCII
    // only), group_key the first of the person's group names in binary order.
    Statement insertAccount(db, "INSERT INTO accounts (email, email_key, first_name, last_name, display_name, "
                                "created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (email_key) DO NOTHING");
    Statement insertMembership(db, "INSERT INTO memberships (account_id, workspace_id, role, status, source, "
                                   "joined_at, last_seen_at, deleted_at, sort_name, email_key, group_key) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, lower(?), ?, ?)");
    Statement insertGroupMember(db, "INSERT INTO group_members (group_id, account_id, added_at) VALUES (?, ?, ?)");
    // Invited people have an open invitation; its link was never shown to anyone.
    Statement insertInvite(db, "INSERT INTO invites (workspace_id, account_id, email, email_key, role, token_hash, "
                               "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    Statement insertLogin(db, "INSERT INTO login_events (account_id, workspace_id, at, ip, device, browser, location, "
                              "success, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement insertSession(db, "INSERT INTO sessions (account_id, workspace_id, device, browser, ip, location, "
                                "created_at, last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Statement* statement :
         {&insertAccount, &insertMembership, &insertGroupMember, &insertInvite, &insertLogin, &insertSession}) {
        if (!statement->prepared()) {
            return fail();
        }
    }

    promise.setProgressRange(0, count);
    SampleDataGenerator generator;
    for (qint64 i = 0; i < existing; ++i) {
        generator.next();
    }
    const QByteArray failedReason("password"); // login_events.reason's key, as a real sign-in writes it
    // What the count triggers would have added up.
    QMap<std::pair<QByteArray, QByteArray>, qint64> membersByRoleAndStatus;
    QList<qint64> membersByGroup(groupIds.size(), 0);
    qint64 added = 0;
    for (int i = 0; i < count; ++i) {
        if (i % 1024 == 0) {
            if (promise.isCanceled() || closing) {
                exec("ROLLBACK");
                return BackendError{BackendError::Kind::Cancelled,
                                    Text::tr("Generating people was cancelled; nothing was added."),
                                    {}};
            }
            promise.setProgressValue(i);
        }
        const SamplePerson person = generator.next();
        const Account& account = person.account;
        const Membership& member = person.membership;
        const QByteArray email = account.email.toUtf8();
        const QByteArray emailKey = normalizedEmail(account.email).toUtf8();
        const QByteArray role = roleKey(member.role).toUtf8();
        const QByteArray status = statusKey(member.status).toUtf8();
        const QByteArray displayName = account.displayName.toUtf8();
        const qint64 joined = member.joinedAt.toSecsSinceEpoch();
        insertAccount.bind(1, email);
        insertAccount.bind(2, emailKey);
        insertAccount.bind(3, account.firstName);
        insertAccount.bind(4, account.lastName);
        insertAccount.bind(5, displayName);
        insertAccount.bind(6, qint64(account.createdAt.toSecsSinceEpoch()));
        if (!insertAccount.run()) {
            return fail();
        }
        if (sqlite3_changes(db) == 0) {
            continue; // An account with this address exists already: leave it alone.
        }
        const qint64 accountId = sqlite3_last_insert_rowid(db);

        QByteArray groupKey;
        for (const int index : person.groupIndexes) {
            if (groupKey.isEmpty() || groupNames.at(index) < groupKey) {
                groupKey = groupNames.at(index);
            }
        }
        insertMembership.bind(1, accountId);
        insertMembership.bind(2, m_workspaceId);
        insertMembership.bind(3, role);
        insertMembership.bind(4, status);
        insertMembership.bind(5, sourceKey(member.source));
        insertMembership.bind(6, joined);
        insertMembership.bindTime(7, member.lastSeenAt);
        insertMembership.bindTime(8, member.deletedAt);
        insertMembership.bind(9, displayName);
        insertMembership.bind(10, emailKey);
        insertMembership.bind(11, groupKey);
        if (!insertMembership.run()) {
            return fail();
        }
        ++membersByRoleAndStatus[{role, status}];
        for (const int index : person.groupIndexes) {
            ++membersByGroup[index];
            insertGroupMember.bind(1, groupIds.at(index));
            insertGroupMember.bind(2, accountId);
            insertGroupMember.bind(3, joined);
            if (!insertGroupMember.run()) {
                return fail();
            }
        }
        if (member.status == Status::Invited) {
            insertInvite.bind(1, m_workspaceId);
            insertInvite.bind(2, accountId);
            insertInvite.bind(3, email);
            insertInvite.bind(4, emailKey);
            insertInvite.bind(5, role);
            insertInvite.bind(6, token::hashOf(token::generate()));
            insertInvite.bind(7, joined);
            insertInvite.bind(8, joined + qint64(defaultInviteExpiryDays) * 24 * 3600);
            if (!insertInvite.run()) {
                return fail();
            }
        }
        if (existing + i < peopleWithHistory) {
            for (const SampleLogin& login : person.logins) {
                insertLogin.bind(1, accountId);
                insertLogin.bind(2, m_workspaceId);
                insertLogin.bind(3, qint64(login.at.toSecsSinceEpoch()));
                insertLogin.bind(4, login.ip);
                insertLogin.bind(5, login.device);
                insertLogin.bind(6, login.browser);
                insertLogin.bind(7, login.location);
                insertLogin.bind(8, qint64(login.success ? 1 : 0));
                insertLogin.bind(9, login.success ? QByteArray("") : failedReason);
                if (!insertLogin.run()) {
                    return fail();
                }
            }
            for (const SampleSession& session : person.sessions) {
                insertSession.bind(1, accountId);
                insertSession.bind(2, m_workspaceId);
                insertSession.bind(3, session.device);
                insertSession.bind(4, session.browser);
                insertSession.bind(5, session.ip);
                insertSession.bind(6, session.location);
                insertSession.bind(7, qint64(session.createdAt.toSecsSinceEpoch()));
                insertSession.bind(8, qint64(session.lastActivity.toSecsSinceEpoch()));
                if (!insertSession.run()) {
                    return fail();
                }
            }
        }
        ++added;
    }
    promise.setProgressValue(count);
    {
        Statement addMembers(db, "INSERT INTO membership_counts (workspace_id, role, status, members) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (workspace_id, role, status) "
                                 "DO UPDATE SET members = members + excluded.members");
        Statement addGroupMembers(db, "UPDATE groups SET member_count = member_count + ? WHERE id = ?");
        if (!addMembers.prepared() || !addGroupMembers.prepared()) {
            return fail();
        }
        for (auto it = membersByRoleAndStatus.cbegin(); it != membersByRoleAndStatus.cend(); ++it) {
            addMembers.bind(1, m_workspaceId);
            addMembers.bind(2, it.key().first);
            addMembers.bind(3, it.key().second);
            addMembers.bind(4, it.value());
            if (!addMembers.run()) {
                return fail();
            }
        }
        for (int index = 0; index < groupIds.size(); ++index) {
            addGroupMembers.bind(1, membersByGroup.at(index));
            addGroupMembers.bind(2, groupIds.at(index));
            if (!addGroupMembers.run()) {
                return fail();
            }
        }
    }

    // A few people waiting to join, for the waitlist to show: addresses of another domain, so
    // they never meet a member generated later.
    if (existing == 0) {
        Statement insertApplicant(db, "INSERT INTO waitlist (workspace_id, email, email_key, source, signed_up_at) "
                                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (workspace_id, email_key) DO NOTHING");
        if (!insertApplicant.prepared()) {
            return fail();
        }
        SampleDataGenerator applicants(7);
        const QByteArray sources[] = {"landing page", "pricing page", "referral"};
        for (int i = 0; i < qMin(12, count / 40); ++i) {
            const QString local = applicants.next().account.email.section(QLatin1Char('@'), 0, 0);
            const QString address = local + QStringLiteral("@mail.example");
            insertApplicant.bind(1, m_workspaceId);
            insertApplicant.bind(2, address);
            insertApplicant.bind(3, normalizedEmail(address));
            insertApplicant.bind(4, sources[i % 3]);
            insertApplicant.bind(5, now - qint64(i) * 7 * 3600);
            if (!insertApplicant.run()) {
                return fail();
            }
        }
    }
    const qint64 loadedMs = clock.elapsed();

    // Everything set aside comes back as it was: indexes first (built from sorted rows), then
    // the triggers; then the search index and the planner's statistics.
    for (const SchemaObject& object : setAside) {
        if (!exec(object.sql)) {
            return fail();
        }
    }
    const qint64 indexesMs = clock.elapsed();
    {
        // The search index (migration 12), for the memberships added here.
        Statement ordered(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'membership_search'");
        if (!ordered.prepared() || !ordered.next()) {
            return fail();
        }
        if (ordered.integer(0) > 0) {
            Statement add(db, "INSERT INTO membership_search (rowid, name, email) SELECT search_key * 4294967296 + id, "
                              "sort_name, email_key FROM memberships WHERE account_id > ?1");
            if (!add.prepared()) {
                return fail();
            }
            add.bind(1, lastAccountBefore);
            if (!add.run()) {
                return fail();
            }
        }
    }
    const qint64 indexedMs = clock.elapsed();
    if (!exec("ANALYZE")) {
        return fail();
    }
    const qint64 analysedMs = clock.elapsed();

    // One check that the keys and counts are what the triggers would have written, and that
    // everyone added is there; anything else undoes it all.
    {
        Statement check(db, "SELECT "
                            "(SELECT COUNT(*) FROM memberships WHERE account_id > ?1), "
                            "(SELECT COUNT(*) FROM memberships m JOIN accounts a ON a.id = m.account_id "
                            " WHERE m.account_id > ?1 AND (m.sort_name <> lower(a.display_name) "
                            "  OR m.email_key <> a.email_key "
                            "  OR m.group_key <> COALESCE((SELECT MIN(g.name) FROM group_members gm "
                            "   JOIN groups g ON g.id = gm.group_id "
                            "   WHERE gm.account_id = m.account_id AND g.workspace_id = m.workspace_id), ''))), "
                            "(SELECT COUNT(*) FROM (SELECT role, status, COUNT(*) AS n FROM memberships "
                            " WHERE workspace_id = ?2 GROUP BY role, status) t LEFT JOIN membership_counts c "
                            " ON c.workspace_id = ?2 AND c.role = t.role AND c.status = t.status "
                            " WHERE c.members IS NOT t.n), "
                            "(SELECT COUNT(*) FROM groups g WHERE g.workspace_id = ?2 "
                            " AND g.member_count <> (SELECT COUNT(*) FROM group_members gm WHERE gm.group_id = g.id))");
        if (!check.prepared()) {
            return fail();
        }
        check.bind(1, lastAccountBefore);
        check.bind(2, m_workspaceId);
        if (!check.next()) {
            return fail();
        }
        const qint64 members = check.integer(0);
        const qint64 wrong = check.integer(1);
        const qint64 wrongCounts = check.integer(2) + check.integer(3);
        check.reset();
        if (members != added || wrong != 0 || wrongCounts != 0) {
            exec("ROLLBACK");
            return BackendError{BackendError::Kind::Internal, what,
                                QStringLiteral("check after the bulk load: %1 memberships for %2 people added, %3 with "
                                               "wrong sort, email or group keys, %4 wrong kept counts")
                                    .arg(members)
                                    .arg(added)
                                    .arg(wrong)
                                    .arg(wrongCounts)};
        }
    }
    const qint64 checkedMs = clock.elapsed();
    if (!exec("COMMIT")) {
        return fail();
    }
    forgetCachedListing();
    const qint64 committedMs = clock.elapsed();
    // When the load went through the write-ahead log, fold it into the file (best effort:
    // another reader may hold it open).
    if (journal == "wal") {
        exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    qCInfo(lcSql).nospace() << "Generated " << added << " people in " << clock.elapsed() << " ms: rows " << loadedMs
                            << " ms, indexes and triggers " << indexesMs - loadedMs << " ms, search index " << indexedMs - indexesMs
                            << " ms, statistics "
                            << analysedMs - indexedMs << " ms, check " << checkedMs - analysedMs << " ms, commit "
                            << committedMs - checkedMs << " ms (journal " << journal << ")";
    return added;
}

} // namespace usher::sql
