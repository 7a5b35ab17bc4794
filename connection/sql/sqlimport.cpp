// Importing a checked list of people (B1): new addresses invited, members updated, each row
// decided by core's planImportRow() inside the import's transaction.
#include "connection/sql/sqlworker.h"

#include "core/clamp.h"
#include "core/clock.h"
#include "core/email.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSet>

namespace usher::sql {

namespace {

/// New people written by one statement per table.
constexpr qsizetype importBatch = 500;
/// Rows per transaction when each row stands on its own: a killed process loses at most the
/// rows of the transaction it was in, each of them whole. Every commit writes the pages it
/// changed to the log again, and the pages of a table's thirteen indexes are spread wide:
/// 100,000 rows took 3.1 s of commits at 500 rows a transaction, 1.3 s at 5,000 (which holds
/// the database's write lock for about half a second at a time).
constexpr qsizetype rowsPerTransaction = 5000;
/// The page cache while an import runs (KiB): its random invitation tokens and its sort keys
/// touch more index pages than the default 2 MB hold.
constexpr int importCacheKiB = BulkWriteTuning::defaultCacheKiB;
/// A file larger than this is refused before any work (the wizard and the command line say so).
constexpr qsizetype maxImportRows = 1'000'000;

class Importer
{
public:
    Importer(SqlWorker& worker, const Operator& op, const ImportRequest& request,
             QPromise<Result<QList<ImportOutcome>>>& promise)
        : m_worker(worker), m_op(op), m_request(request), m_promise(promise)
    {
    }

    Result<QList<ImportOutcome>> run();

private:
    /// Begins `tx` and reads what every row needs: the operator (active, and their role now),
    /// the workspace's facts, its active Admins and its seats.
    std::optional<BackendError> start(WriteTransaction& tx);
    /// Refuses the whole file when its new people do not fit the free seats.
    std::optional<BackendError> checkSeats(WriteTransaction& tx);
    /// One row: refused before it writes anything, or applied whole. False on a query error
    /// (the caller then rolls the transaction back).
    bool step(WriteTransaction& tx, const UserListRow& row, ImportOutcome* outcome);
    bool readTarget(WriteTransaction& tx, const QString& email, qint64* accountId, ImportTarget* target);
    std::optional<GroupSummary> groupNamed(WriteTransaction& tx, const QString& name, bool* failed);
    /// Notes which of the rows [from, to) name an address that has an account: the others need
    /// no reading (they are new people).
    bool readKnownAddresses(WriteTransaction& tx, qsizetype from, qsizetype to);
    /// Writes the new people queued by step(): their accounts, memberships, groups, invitations
    /// and audit rows, a few statements for hundreds of rows. False on a query error.
    bool flush(WriteTransaction& tx);
    bool stopped() const { return m_request.stop.stopRequested() || m_promise.isCanceled() || m_worker.closing; }
    void notReachedFrom(qsizetype from, const QString& why);

    SqlWorker& m_worker;
    const Operator& m_op;
    const ImportRequest& m_request;
    QPromise<Result<QList<ImportOutcome>>>& m_promise;
    QList<ImportOutcome> m_outcomes;

    Role m_role = Role::Member;
    QString m_operatorName;
    WorkspaceFacts m_facts;
    qint64 m_activeAdmins = 0;
    qint64 m_seatsUsed = 0;
    std::optional<qint64> m_seatCap;
    /// Groups read in the current transaction, by case-folded name (a name may be absent).
    QHash<QString, std::optional<GroupSummary>> m_groups;
    /// Addresses (normalised) of the current batch that have an account, and those queued.
    QSet<QString> m_known;
    QSet<QString> m_queuedKeys;
    /// A new person decided by step() and not written yet.
    struct Queued
    {
        qsizetype outcome = 0; ///< Their place in m_outcomes.
        InvitedPerson member;
        InviteTerms terms;
        QJsonObject audit;
    };
    QList<Queued> m_queued;
};

bool Importer::readKnownAddresses(WriteTransaction& tx, qsizetype from, qsizetype to)
{
    m_known.clear();
    m_queuedKeys.clear();
    QStringList keys;
    for (qsizetype i = from; i < to; ++i) {
        if (m_request.rows.at(i).ok()) {
            keys.append(normalizedEmail(m_request.rows.at(i).email));
        }
    }
    return tx.selectIn(QStringLiteral("SELECT email_key FROM accounts WHERE email_key IN"), keys,
                       [this](const QSqlQuery& query) { m_known.insert(query.value(0).toString()); });
}

bool Importer::flush(WriteTransaction& tx)
{
    if (m_queued.isEmpty()) {
        return true;
    }
    QList<InvitedPerson> members;
    members.reserve(m_queued.size());
    for (const Queued& queued : std::as_const(m_queued)) {
        members.append(queued.member);
    }
    if (!addInvitedMembers(tx, m_op.workspaceId, QStringLiteral("import"), m_op.accountId, &members)) {
        return false;
    }
    QList<InviteTerms> terms;
    terms.reserve(m_queued.size());
    for (qsizetype i = 0; i < m_queued.size(); ++i) {
        terms.append(m_queued.at(i).terms);
        terms.last().accountId = members.at(i).accountId;
    }
    QList<InvitationOutcome> issued;
    if (!issueInvites(tx, m_op.workspaceId, m_facts, terms, m_request.sendMail, &issued)) {
        return false;
    }
    QList<WriteTransaction::AuditRow> audit;
    audit.reserve(m_queued.size());
    for (qsizetype i = 0; i < m_queued.size(); ++i) {
        const qint64 accountId = members.at(i).accountId;
        m_outcomes[m_queued.at(i).outcome].accountId = accountId;
        audit.append({m_op.workspaceId, m_op.accountId, QStringLiteral("invite.created"), QStringLiteral("member"),
                      accountId, {}, m_queued.at(i).audit, {}, {}});
    }
    m_queued.clear();
    return tx.auditRows(audit);
}

std::optional<BackendError> Importer::start(WriteTransaction& tx)
{
    if (const auto error = tx.begin()) {
        return error;
    }
    const auto me = m_worker.activeOperator(tx, m_op);
    if (!me.ok()) {
        return tx.abandon(me.error());
    }
    m_role = me.value().role;
    m_operatorName = me.value().name;
    m_groups.clear();
    if (!readWorkspaceFacts(tx.query(), m_op.workspaceId, &m_facts)
        || !countAdminsAndSeats(tx.query(), m_op.workspaceId, &m_activeAdmins, &m_seatsUsed, &m_seatCap)) {
        return tx.failed();
    }
    return std::nullopt;
}

std::optional<BackendError> Importer::checkSeats(WriteTransaction& tx)
{
    if (!m_seatCap) {
        return std::nullopt;
    }
    // The rows that would invite someone: readable addresses that are not members yet.
    QSet<QString> keys;
    for (const UserListRow& row : m_request.rows) {
        if (row.ok()) {
            keys.insert(normalizedEmail(row.email));
        }
    }
    const QStringList all(keys.cbegin(), keys.cend());
    qint64 members = 0;
    if (!tx.selectIn(QStringLiteral("SELECT COUNT(*) FROM accounts a JOIN memberships m ON m.account_id = a.id "
                                    "AND m.workspace_id = ? WHERE a.email_key IN"),
                     all, [&members](const QSqlQuery& query) { members += query.value(0).toLongLong(); },
                     {m_op.workspaceId.number()})) {
        return tx.failed();
    }
    if (const auto why = importSeatRefusal(m_seatsUsed, m_seatCap, qint64(all.size()) - members)) {
        return tx.abandon(refused(*why));
    }
    return std::nullopt;
}

bool Importer::readTarget(WriteTransaction& tx, const QString& email, qint64* accountId, ImportTarget* target)
{
    *accountId = 0;
    *target = ImportTarget{};
    if (!tx.exec(QStringLiteral("SELECT a.id, a.first_name, a.last_name, m.role, m.status, a.display_name FROM accounts a "
                                "LEFT JOIN memberships m ON m.account_id = a.id AND m.workspace_id = ? "
                                "WHERE a.email_key = ?")
                     + tx.forUpdate(QStringLiteral("a")),
                 {m_op.workspaceId.number(), normalizedEmail(email)})) {
        return false;
    }
    if (!tx.query().next()) {
        return true;
    }
    *accountId = tx.query().value(0).toLongLong();
    target->firstName = tx.query().value(1).toString();
    target->lastName = tx.query().value(2).toString();
    target->displayName = tx.query().value(5).toString();
    target->member = !tx.query().value(4).isNull();
    target->self = *accountId == m_op.accountId;
    if (!target->member) {
        return true;
    }
    roleFromKey(tx.query().value(3).toString(), &target->role);
    statusFromKey(tx.query().value(4).toString(), &target->status);
    if (!tx.exec(QStringLiteral("SELECT g.name FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                "WHERE gm.account_id = ? AND g.workspace_id = ?"),
                 {(*accountId), m_op.workspaceId.number()})) {
        return false;
    }
    while (tx.query().next()) {
        target->groups.append(tx.query().value(0).toString());
    }
    // The account's other workspaces, should the row change its name (shared by all of them).
    if (!tx.exec(QStringLiteral("SELECT t.role, o.role, o.status FROM memberships t "
                                "LEFT JOIN memberships o ON o.workspace_id = t.workspace_id AND o.account_id = ? "
                                "WHERE t.account_id = ? AND t.workspace_id <> ?"),
                 {m_op.accountId.number(), (*accountId), m_op.workspaceId.number()})) {
        return false;
    }
    while (tx.query().next()) {
        SharedMembership there;
        roleFromKey(tx.query().value(0).toString(), &there.targetRole);
        there.operatorActive = tx.query().value(2).toString() == statusKey(Status::Active);
        roleFromKey(tx.query().value(1).toString(), &there.operatorRole);
        target->elsewhere.append(there);
    }
    return true;
}

std::optional<GroupSummary> Importer::groupNamed(WriteTransaction& tx, const QString& name, bool* failed)
{
    const QString key = name.toCaseFolded();
    if (const auto known = m_groups.constFind(key); known != m_groups.constEnd()) {
        return *known;
    }
    // Group names are unique ignoring case; compared here in Unicode, not SQL's ASCII lower().
    if (!tx.exec(QStringLiteral("SELECT id, name FROM groups WHERE workspace_id = ?"), {m_op.workspaceId.number()})) {
        *failed = true;
        return std::nullopt;
    }
    qint64 id = 0;
    while (tx.query().next()) {
        if (tx.query().value(1).toString().toCaseFolded() == key) {
            id = tx.query().value(0).toLongLong();
        }
    }
    std::optional<GroupSummary> group;
    if (id != 0 && !m_worker.readGroup(tx.query(), m_op.workspaceId, id, {}, &group)) {
        *failed = true;
        return std::nullopt;
    }
    m_groups.insert(key, group);
    return group;
}

bool Importer::step(WriteTransaction& tx, const UserListRow& row, ImportOutcome* outcome)
{
    outcome->line = row.line;
    outcome->email = row.email.trimmed();
    outcome->name = row.name;
    if (!row.ok()) {
        outcome->why = row.problemText();
        return true;
    }
    qint64 accountId = 0;
    ImportTarget target;
    const QString key = normalizedEmail(row.email);
    if (m_known.contains(key) || m_queuedKeys.contains(key)) {
        // Someone with an account (or queued above under the same address): read as they are.
        if (!flush(tx) || !readTarget(tx, row.email, &accountId, &target)) {
            return false;
        }
    }
    bool failed = false;
    const ImportStep plan = planImportRow(
        m_role, row, target, m_activeAdmins, [&](const QString& name) { return groupNamed(tx, name, &failed); },
        m_request.createGroups);
    if (failed) {
        return false;
    }
    outcome->accountId = accountId;
    if (plan.change == ImportChange::Refused) {
        outcome->why = plan.refusal;
        return true;
    }
    if (plan.change == ImportChange::Invited) {
        if (const auto why = refusalForSeats(m_seatsUsed, m_seatCap, 1)) {
            outcome->why = *why;
            return true;
        }
    }
    const qint64 now = clock::nowSecs();

    // The audit log keeps the file's order: the people queued above are written first.
    if ((plan.change != ImportChange::Invited || !plan.createGroups.isEmpty()) && !flush(tx)) {
        return false;
    }
    // Groups the row names that do not exist yet (createGroups).
    for (const QString& name : plan.createGroups) {
        if (!tx.exec(QStringLiteral("INSERT INTO groups (workspace_id, name, description, source, created_at) "
                                    "VALUES (?, ?, '', 'native', ?) RETURNING id"),
                     {m_op.workspaceId.number(), name, now})
            || !tx.query().next()) {
            return false;
        }
        const qint64 id = tx.query().value(0).toLongLong();
        if (!tx.audit(m_op.workspaceId, m_op.accountId, QStringLiteral("group.created"), QStringLiteral("group"), id,
                      {}, {{QStringLiteral("name"), name}, {QStringLiteral("source"), QStringLiteral("import")}}, {},
                      name)) {
            return false;
        }
        GroupSummary made;
        made.id = id;
        made.name = name;
        m_groups.insert(name.toCaseFolded(), made);
    }
    QList<Id> joinIds;
    for (const QString& name : plan.joins) {
        const std::optional<GroupSummary> group = groupNamed(tx, name, &failed);
        if (failed || !group) {
            return false;
        }
        joinIds.append(group->id);
    }

    if (plan.change == ImportChange::Invited) {
        Queued queued;
        queued.outcome = m_outcomes.size(); // run() appends this row's outcome next
        queued.member.address.email = row.email.trimmed();
        queued.member.address.name = composeDisplayName(plan.name ? plan.name->first : QString(),
                                                        plan.name ? plan.name->last : QString());
        if (plan.name) {
            queued.member.names = PersonName{plan.name->first, plan.name->last};
        }
        queued.member.role = plan.role;
        queued.member.groupIds = joinIds;
        queued.terms.email = queued.member.address.email;
        queued.terms.name = queued.member.address.name;
        queued.terms.role = plan.role;
        queued.terms.inviterName = m_operatorName;
        queued.terms.createdBy = m_op.accountId.number();
        queued.audit = {{QStringLiteral("email"), queued.member.address.email},
                        {QStringLiteral("role"), roleKey(plan.role)},
                        {QStringLiteral("status"), statusKey(Status::Invited)},
                        {QStringLiteral("groups"), QJsonArray::fromStringList(plan.joins)},
                        {QStringLiteral("delivery"), m_request.sendMail ? QStringLiteral("mail")
                                                                        : QStringLiteral("later")},
                        {QStringLiteral("source"), QStringLiteral("import")}};
        m_queued.append(queued);
        m_queuedKeys.insert(key);
        ++m_seatsUsed;
        if (isActiveAdmin(plan.role, Status::Invited)) {
            ++m_activeAdmins;
        }
    } else if (plan.change == ImportChange::Updated) {
        if (plan.name) {
            const QString display = composeDisplayName(plan.name->first, plan.name->last);
            if (!tx.exec(QStringLiteral("UPDATE accounts SET first_name = ?, last_name = ?, display_name = ? "
                                        "WHERE id = ?"),
                         {textValue(plan.name->first), textValue(plan.name->last), display, accountId})
                // Every membership's version moves: the account is shared by its workspaces.
                || !tx.exec(QStringLiteral("UPDATE memberships SET version = version + 1, updated_at = ?, "
                                           "updated_by = ? WHERE account_id = ?"),
                            {now, m_op.accountId.number(), accountId})
                || !tx.exec(QStringLiteral("SELECT workspace_id FROM memberships WHERE account_id = ?"), {accountId})) {
                return false;
            }
            QList<qint64> workspaces;
            while (tx.query().next()) {
                workspaces.append(tx.query().value(0).toLongLong());
            }
            const QJsonObject before{{QStringLiteral("first_name"), target.firstName},
                                     {QStringLiteral("last_name"), target.lastName}};
            const QJsonObject after{{QStringLiteral("first_name"), plan.name->first},
                                    {QStringLiteral("last_name"), plan.name->last}};
            for (const qint64 workspace : workspaces) {
                if (!tx.audit(workspace, m_op.accountId, QStringLiteral("member.profile_changed"),
                              QStringLiteral("member"), accountId, before, after, {})) {
                    return false;
                }
            }
        }
        if (plan.roleChanges) {
            if (!tx.exec(QStringLiteral("UPDATE memberships SET role = ?, version = version + 1, updated_at = ?, "
                                        "updated_by = ? WHERE account_id = ? AND workspace_id = ?"),
                         {roleKey(plan.role), now, m_op.accountId.number(), accountId, m_op.workspaceId.number()})
                || !tx.audit(m_op.workspaceId, m_op.accountId, QStringLiteral("member.role_changed"),
                             QStringLiteral("member"), accountId, {{QStringLiteral("role"), roleKey(target.role)}},
                             {{QStringLiteral("role"), roleKey(plan.role)}})) {
                return false;
            }
            m_activeAdmins += (isActiveAdmin(plan.role, target.status) ? 1 : 0)
                - (isActiveAdmin(target.role, target.status) ? 1 : 0);
        }
        for (int i = 0; i < joinIds.size(); ++i) {
            if (!tx.exec(QStringLiteral("INSERT INTO group_members (group_id, account_id, added_at) VALUES (?, ?, ?) "
                                        "ON CONFLICT (group_id, account_id) DO NOTHING"),
                         {joinIds.at(i).number(), accountId, now})
                || !tx.audit(m_op.workspaceId, m_op.accountId, QStringLiteral("member.group_added"),
                             QStringLiteral("member"), accountId, {},
                             {{QStringLiteral("group"), plan.joins.at(i)}})) {
                return false;
            }
        }
    }
    outcome->accountId = accountId;
    outcome->change = plan.change;
    outcome->changes = plan.changes;
    outcome->done = true;
    return true;
}

void Importer::notReachedFrom(qsizetype from, const QString& why)
{
    for (qsizetype i = from; i < m_request.rows.size(); ++i) {
        const UserListRow& row = m_request.rows.at(i);
        ImportOutcome outcome;
        outcome.line = row.line;
        outcome.email = row.email.trimmed();
        outcome.name = row.name;
        outcome.notReached = true;
        outcome.why = why;
        m_outcomes.append(outcome);
    }
}

Result<QList<ImportOutcome>> Importer::run()
{
    const QList<UserListRow>& rows = m_request.rows;
    const QString what = Text::tr("The list could not be imported.");
    if (rows.isEmpty()) {
        return BackendError{BackendError::Kind::Invalid, Text::tr("The list has no rows to import."), {}};
    }
    if (rows.size() > maxImportRows) {
        return BackendError{BackendError::Kind::Invalid,
                            Text::tr("Import at most %1 rows at a time (this list has %2).")
                                .arg(maxImportRows)
                                .arg(rows.size()),
                            {}};
    }
    m_promise.setProgressRange(0, clampToInt(rows.size()));
    m_outcomes.reserve(rows.size());
    const BulkWriteTuning tuning(m_worker, importCacheKiB);
    const bool whole = m_request.mode == ImportMode::AllOrNothing;
    // A dry run is one transaction that is never committed, whatever the mode.
    const qsizetype batch = whole || m_request.dryRun ? rows.size() : rowsPerTransaction;

    for (qsizetype first = 0; first < rows.size(); first += batch) {
        if (stopped()) {
            notReachedFrom(first, Text::tr("Not imported: the import was stopped before this row."));
            break;
        }
        const qsizetype end = qMin(first + batch, rows.size());
        WriteTransaction tx(m_worker, m_op.workspaceId, what);
        m_queued.clear();
        std::optional<BackendError> error = start(tx);
        if (!error && first == 0) {
            error = checkSeats(tx);
        }
        if (!error && !readKnownAddresses(tx, first, end)) {
            error = tx.failed();
        }
        if (error) {
            if (first == 0) {
                return *error;
            }
            notReachedFrom(first, error->message);
            break;
        }
        // A query error ends the transaction: whole batches of this import stay, the rest is not reached.
        auto fail = [&](qsizetype line) -> Result<QList<ImportOutcome>> {
            qCWarning(lcSql) << "An import failed on line" << line << ":" << tx.query().lastError().text();
            const BackendError failure = tx.failed();
            if (whole || m_request.dryRun || first == 0) {
                return failure;
            }
            m_outcomes.resize(first);
            notReachedFrom(first, failure.message);
            return m_outcomes;
        };
        qsizetype stoppedAt = -1;
        for (qsizetype i = first; i < end; ++i) {
            if (stopped()) {
                stoppedAt = i;
                break;
            }
            // No savepoint per row: a row is decided before it writes anything, so a refused
            // row has nothing to undo, and a failed statement ends the whole transaction.
            // (SQLite copies every page a savepoint touches to a statement journal: savepoints
            // cost most of an import's time.)
            ImportOutcome outcome;
            if (!step(tx, rows.at(i), &outcome)) {
                return fail(rows.at(i).line);
            }
            m_outcomes.append(outcome);
            if (m_queued.size() >= importBatch && !flush(tx)) {
                return fail(rows.at(i).line);
            }
            m_promise.setProgressValue(clampToInt(i + 1));
        }
        if (!flush(tx)) {
            return fail(rows.at(qMax(first, (stoppedAt >= 0 ? stoppedAt : end) - 1)).line);
        }

        if (whole) {
            // All or nothing: a refusal or a Stop undoes every row, and the report says why.
            const auto refusedRow = std::find_if(m_outcomes.cbegin(), m_outcomes.cend(),
                                                 [](const ImportOutcome& o) { return !o.done; });
            QString undone;
            if (stoppedAt >= 0) {
                undone = Text::tr("Not imported: the import was stopped, and it imports all rows or none.");
            } else if (refusedRow != m_outcomes.cend()) {
                undone = Text::tr("Not imported: line %1 was refused, and this import imports all rows or none.")
                             .arg(refusedRow->line);
            }
            if (!undone.isEmpty()) {
                tx.abandon({});
                for (ImportOutcome& outcome : m_outcomes) {
                    if (outcome.done) {
                        outcome.done = false;
                        outcome.notReached = true;
                        outcome.why = undone;
                        outcome.changes.clear();
                    }
                }
                notReachedFrom(m_outcomes.size(), undone);
                return m_outcomes;
            }
        }
        if (m_request.dryRun) {
            tx.abandon({}); // changes nothing, whatever it found
            if (stoppedAt >= 0) {
                notReachedFrom(stoppedAt, Text::tr("Not checked: the dry run was stopped before this row."));
            }
            return m_outcomes;
        }
        if (const auto failure = tx.commit()) {
            if (first == 0) {
                return *failure;
            }
            m_outcomes.resize(first);
            notReachedFrom(first, failure->message);
            return m_outcomes;
        }
        if (stoppedAt >= 0) {
            notReachedFrom(stoppedAt, Text::tr("Not imported: the import was stopped before this row."));
            return m_outcomes;
        }
    }
    return m_outcomes;
}

} // namespace

QFuture<Result<QList<ImportOutcome>>> SqlBackend::importPeople(const Operator& op, const ImportRequest& request)
{
    return run<QList<ImportOutcome>>([op, request](SqlWorker& worker, auto& promise) -> Result<QList<ImportOutcome>> {
        if (!worker.isOpen()) {
            return worker.notOpen();
        }
        return Importer(worker, op, request, promise).run();
    });
}

BulkWriteTuning::BulkWriteTuning(SqlWorker& worker, int cacheKiB)
    : m_worker(worker)
{
    if (worker.dialect() != Dialect::Sqlite) {
        return;
    }
    // The log of changes is copied into the file every 1,000 pages by default, several times a
    // batch: every 10,000 pages instead (about 40 MB of log at most), so a page changed by many
    // batches is copied once.
    QSqlQuery(worker.database()).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    QSqlQuery(worker.database()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 10000"));
    QSqlQuery cache(worker.database());
    if (cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next()) {
        m_cacheBefore = cache.value(0).toString();
        cache.finish();
        cache.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB));
    }
}

BulkWriteTuning::~BulkWriteTuning()
{
    if (m_worker.dialect() != Dialect::Sqlite) {
        return;
    }
    QSqlQuery(m_worker.database()).exec(QStringLiteral("PRAGMA temp_store = DEFAULT"));
    QSqlQuery(m_worker.database()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
    if (!m_cacheBefore.isEmpty()) {
        QSqlQuery(m_worker.database()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheBefore));
    }
}

} // namespace usher::sql
