// Directory sync (G5): the workspace's directory settings, and applying a reading of the
// directory as core's planDirectorySync() decides it, inside one transaction that holds the
// workspace's write lock from the reading of the members to the commit.
#include "connection/sql/sqlworker.h"

#include "core/clock.h"
#include "core/email.h"
#include "core/permissions.h"
#include "core/privacy.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace usher::sql {

namespace {

QString tlsKey(DirectoryTls tls)
{
    switch (tls) {
    case DirectoryTls::StartTls:
        return QStringLiteral("starttls");
    case DirectoryTls::Ldaps:
        return QStringLiteral("ldaps");
    case DirectoryTls::None:
        return QStringLiteral("none");
    }
    Q_UNREACHABLE();
}

DirectoryTls tlsFromKey(const QString& key)
{
    if (key == QLatin1String("ldaps")) {
        return DirectoryTls::Ldaps;
    }
    return key == QLatin1String("none") ? DirectoryTls::None : DirectoryTls::StartTls;
}

QJsonObject mappingJson(const DirectoryMapping& m)
{
    return {{QStringLiteral("person_class"), m.personClass}, {QStringLiteral("person_filter"), m.personFilter},
            {QStringLiteral("group_class"), m.groupClass},
            {QStringLiteral("id"), m.id},                    {QStringLiteral("email"), m.email},
            {QStringLiteral("display_name"), m.displayName}, {QStringLiteral("given_name"), m.givenName},
            {QStringLiteral("surname"), m.surname},          {QStringLiteral("group_name"), m.groupName},
            {QStringLiteral("member"), m.member},            {QStringLiteral("member_is_dn"), m.memberIsDn},
            {QStringLiteral("login"), m.login},                {QStringLiteral("changed"), m.changed}};
}

DirectoryMapping mappingFrom(const QJsonObject& json)
{
    DirectoryMapping m;
    const auto text = [&json](const char* key, QString* field) {
        const QString value = json.value(QLatin1String(key)).toString();
        if (!value.isEmpty()) {
            *field = value;
        }
    };
    text("person_class", &m.personClass);
    m.personFilter = json.value(QStringLiteral("person_filter")).toString();
    text("group_class", &m.groupClass);
    text("id", &m.id);
    text("email", &m.email);
    text("display_name", &m.displayName);
    text("given_name", &m.givenName);
    text("surname", &m.surname);
    text("group_name", &m.groupName);
    text("member", &m.member);
    text("login", &m.login);
    text("changed", &m.changed);
    m.memberIsDn = json.value(QStringLiteral("member_is_dn")).toBool(true);
    return m;
}

/// The settings as the audit log keeps them (no password: it is never here).
QJsonObject sourceJson(const DirectorySource& s)
{
    if (!s.configured()) {
        return {};
    }
    return {{QStringLiteral("url"), s.url},
            {QStringLiteral("tls"), tlsKey(s.tls)},
            {QStringLiteral("ca_file"), s.caFile},
            {QStringLiteral("bind_dn"), s.bindDn},
            {QStringLiteral("people_base"), s.peopleBase},
            {QStringLiteral("groups_base"), s.groupsBase},
            {QStringLiteral("scope"), s.scope == DirectoryScope::ChosenGroups ? QStringLiteral("groups") : QStringLiteral("all")},
            {QStringLiteral("chosen_groups"), QJsonArray::fromStringList(s.chosenGroups)},
            {QStringLiteral("mapping"), mappingJson(s.mapping)},
            {QStringLiteral("disable_threshold"), s.disableThresholdPercent},
            {QStringLiteral("interval_minutes"), s.intervalMinutes}};
}

bool readSource(QSqlQuery& query, const Id& workspaceId, DirectorySource* source)
{
    *source = DirectorySource {};
    if (!execWith(query,
                  QStringLiteral("SELECT url, tls, ca_file, bind_dn, people_base, groups_base, scope, chosen_groups, "
                                 "mapping, disable_threshold, interval_minutes, last_run_at, last_run_summary, "
                                 "high_water, last_full_run_at FROM sync_sources WHERE workspace_id = ?"),
                  {workspaceId.number()})) {
        return false;
    }
    if (!query.next()) {
        return true;
    }
    source->url = query.value(0).toString();
    source->tls = tlsFromKey(query.value(1).toString());
    source->caFile = query.value(2).toString();
    source->bindDn = query.value(3).toString();
    source->peopleBase = query.value(4).toString();
    source->groupsBase = query.value(5).toString();
    source->scope = query.value(6).toString() == QLatin1String("groups") ? DirectoryScope::ChosenGroups
                                                                          : DirectoryScope::AllPeople;
    source->chosenGroups = query.value(7).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    source->mapping = mappingFrom(QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object());
    source->disableThresholdPercent = query.value(9).toInt();
    source->intervalMinutes = query.value(10).toInt();
    source->lastRunAt = timeFrom(query.value(11));
    source->lastRunSummary = query.value(12).toString();
    source->highWater = query.value(13).toString();
    source->lastFullRunAt = timeFrom(query.value(14));
    return true;
}

SyncOutcome outcomeOf(const SyncStep& step)
{
    SyncOutcome outcome;
    outcome.name = step.displayName;
    outcome.email = step.email;
    outcome.change = step.change;
    outcome.changes = step.changes;
    outcome.accountId = Id(step.accountId);
    outcome.externalId = step.externalId;
    outcome.why = step.refusal;
    outcome.done = step.change != SyncChange::Refused && step.change != SyncChange::Skipped;
    return outcome;
}

SyncOutcome outcomeOf(const GroupSyncStep& step)
{
    SyncOutcome outcome;
    outcome.group = true;
    outcome.name = step.name;
    outcome.externalId = step.externalId;
    outcome.changes = step.changes;
    outcome.why = step.refusal;
    outcome.done = step.refusal.isEmpty();
    outcome.change = !step.refusal.isEmpty() ? SyncChange::Refused
        : step.groupId == 0                  ? SyncChange::Added
        : step.changes.isEmpty()             ? SyncChange::Unchanged
                                             : SyncChange::Updated;
    return outcome;
}

/// Applies a plan in the sync's transaction.
class SyncApplier
{
public:
    SyncApplier(SqlWorker& worker, WriteTransaction& tx, const Operator& op, const SyncRequest& request,
                QPromise<Result<SyncReport>>& promise)
        : m_worker(worker), m_tx(tx), m_op(op), m_request(request), m_promise(promise)
    {
    }

    /// False on a query error (the caller rolls back).
    bool apply(SyncReport* report);

private:
    bool add(const SyncStep& step, SyncOutcome* outcome);
    bool update(const SyncStep& step, SyncOutcome* outcome);
    bool setStatus(const SyncStep& step, bool disable);
    bool applyGroup(const GroupSyncStep& step, SyncOutcome* outcome);
    bool stopped() const { return m_request.stop.stopRequested() || m_promise.isCanceled() || m_worker.closing; }

    SqlWorker& m_worker;
    WriteTransaction& m_tx;
    const Operator& m_op;
    const SyncRequest& m_request;
    QPromise<Result<SyncReport>>& m_promise;
    const qint64 m_now = clock::nowSecs();
    QHash<QString, qint64> m_accountOf; ///< External id → account id, of the people placed.
    QList<WriteTransaction::AuditRow> m_audit;
};

bool SyncApplier::add(const SyncStep& step, SyncOutcome* outcome)
{
    const qint64 workspace = m_op.workspaceId.number();
    const QString key = normalizedEmail(step.email);
    if (!m_tx.exec(QStringLiteral("SELECT id FROM accounts WHERE email_key = ?"), {key})) {
        return false;
    }
    qint64 accountId = m_tx.query().next() ? m_tx.query().value(0).toLongLong() : 0;
    const bool existing = accountId != 0;
    if (!existing) {
        const PersonName names = step.name.value_or(PersonName {});
        if (!m_tx.exec(QStringLiteral("INSERT INTO accounts (email, email_key, first_name, last_name, display_name, "
                                      "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                       {step.email, key, textValue(names.first), textValue(names.last), textValue(step.displayName), m_now})
            || !m_tx.query().next()) {
            return false;
        }
        accountId = m_tx.query().value(0).toLongLong();
    } else {
        outcome->changes.append(Text::tr("Has an account already (another workspace): keeps its name."));
    }
    if (!m_tx.exec(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, joined_at, "
                                  "updated_at, updated_by, external_id) VALUES (?, ?, ?, 'active', 'directory', ?, ?, ?, ?)"),
                   {accountId, workspace, roleKey(Role::Member), m_now, m_now, m_op.accountId.number(), step.externalId})) {
        return false;
    }
    outcome->accountId = Id(accountId);
    m_accountOf.insert(step.externalId, accountId);
    m_audit.append({m_op.workspaceId, m_op.accountId, QStringLiteral("member.created"), QStringLiteral("member"),
                    accountId, {},
                    {{QStringLiteral("email"), step.email},
                     {QStringLiteral("role"), roleKey(Role::Member)},
                     {QStringLiteral("status"), statusKey(Status::Active)},
                     {QStringLiteral("source"), QStringLiteral("directory")},
                     {QStringLiteral("existing_account"), existing}},
                    {}, {}});
    return true;
}

bool SyncApplier::update(const SyncStep& step, SyncOutcome* outcome)
{
    const qint64 workspace = m_op.workspaceId.number();
    if (step.change == SyncChange::Linked
        && !m_tx.exec(QStringLiteral("UPDATE memberships SET external_id = ?, version = version + 1, updated_at = ?, "
                                     "updated_by = ? WHERE account_id = ? AND workspace_id = ?"),
                      {step.externalId, m_now, m_op.accountId.number(), step.accountId, workspace})) {
        return false;
    }
    if (!step.name && !step.emailChanges) {
        return true;
    }
    // Names and address are the account's, shared by its workspaces: changed only where the
    // operator may act on the person everywhere, and never to an address someone else has.
    QList<SharedMembership> elsewhere;
    QList<qint64> others;
    if (!readSharedMemberships(m_tx, m_op, step.accountId, &elsewhere, &others)
        || !m_tx.exec(QStringLiteral("SELECT first_name, last_name, display_name, email FROM accounts WHERE id = ?"),
                      {step.accountId})
        || !m_tx.query().next()) {
        return false;
    }
    const QString oldFirst = m_tx.query().value(0).toString();
    const QString oldLast = m_tx.query().value(1).toString();
    const QString oldDisplay = m_tx.query().value(2).toString();
    const QString oldEmail = m_tx.query().value(3).toString();
    if (const auto why = refusalOnSharedAccount(oldDisplay, Action::EditProfile, elsewhere)) {
        outcome->changes = {Text::tr("Name and address not changed: %1").arg(*why)};
        return true;
    }
    const QString key = normalizedEmail(step.email);
    if (step.emailChanges) {
        if (!m_tx.exec(QStringLiteral("SELECT 1 FROM accounts WHERE email_key = ? AND id <> ?"), {key, step.accountId})) {
            return false;
        }
        if (m_tx.query().next()) {
            outcome->done = false;
            outcome->change = SyncChange::Refused;
            outcome->why = Text::tr("The directory's address %1 is another account's.").arg(step.email);
            return true;
        }
    }
    const PersonName names = step.name.value_or(PersonName {oldFirst, oldLast});
    const QString display = step.name ? step.displayName : oldDisplay;
    if (!m_tx.exec(QStringLiteral("UPDATE accounts SET first_name = ?, last_name = ?, display_name = ?, email = ?, "
                                  "email_key = ? WHERE id = ?"),
                   {textValue(names.first), textValue(names.last), textValue(display), step.email, key, step.accountId})
        || !m_tx.exec(QStringLiteral("UPDATE memberships SET version = version + 1, updated_at = ?, updated_by = ? "
                                     "WHERE account_id = ?"),
                      {m_now, m_op.accountId.number(), step.accountId})) {
        return false;
    }
    if (step.emailChanges && key != normalizedEmail(oldEmail)
        && !closeResetLinks(m_tx, step.accountId, QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC))) {
        return false;
    }
    QJsonObject before;
    QJsonObject after;
    const auto note = [&](const char* field, const QString& from, const QString& to) {
        if (from != to) {
            before.insert(QLatin1String(field), from);
            after.insert(QLatin1String(field), to);
        }
    };
    note("first_name", oldFirst, names.first);
    note("last_name", oldLast, names.last);
    note("email", oldEmail, step.email);
    if (!after.isEmpty()) {
        for (const qint64 id : QList<qint64> {workspace} + others) {
            m_audit.append({Id(id), m_op.accountId, QStringLiteral("member.profile_changed"), QStringLiteral("member"),
                            step.accountId, before, after, Text::tr("Directory sync"), {}});
        }
    }
    return true;
}

bool SyncApplier::setStatus(const SyncStep& step, bool disable)
{
    const qint64 workspace = m_op.workspaceId.number();
    // The flag changes with the status, so the trigger that ends "disabled by the sync" on
    // anyone else's change of status leaves this one be.
    if (!m_tx.exec(QStringLiteral("UPDATE memberships SET status = ?, disabled_by_sync = ?, version = version + 1, "
                                  "updated_at = ?, updated_by = ? WHERE account_id = ? AND workspace_id = ? AND status = ?"),
                   {statusKey(disable ? Status::Disabled : Status::Active), disable, m_now, m_op.accountId.number(),
                    step.accountId, workspace, statusKey(step.status)})) {
        return false;
    }
    if (disable
        && !m_tx.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE account_id = ? AND workspace_id = ? "
                                     "AND revoked_at IS NULL"),
                      {m_now, step.accountId, workspace})) {
        return false;
    }
    m_audit.append({m_op.workspaceId, m_op.accountId,
                    disable ? QStringLiteral("member.disabled") : QStringLiteral("member.reactivated"),
                    QStringLiteral("member"), step.accountId,
                    {{QStringLiteral("role"), roleKey(step.role)}, {QStringLiteral("status"), statusKey(step.status)}},
                    {{QStringLiteral("role"), roleKey(step.role)},
                     {QStringLiteral("status"), statusKey(disable ? Status::Disabled : Status::Active)}},
                    disable ? Text::tr("Left the directory (directory sync)") : Text::tr("Back in the directory (directory sync)"),
                    {}});
    return true;
}

bool SyncApplier::applyGroup(const GroupSyncStep& step, SyncOutcome* outcome)
{
    const qint64 workspace = m_op.workspaceId.number();
    qint64 groupId = step.groupId;
    if (groupId == 0) {
        if (!m_tx.exec(QStringLiteral("INSERT INTO groups (workspace_id, name, description, source, external_id, "
                                      "source_dn, synced_at, created_at) VALUES (?, ?, '', 'synced', ?, ?, ?, ?) "
                                      "RETURNING id"),
                       {workspace, step.name, step.externalId, textValue(step.dn), m_now, m_now})
            || !m_tx.query().next()) {
            return false;
        }
        groupId = m_tx.query().value(0).toLongLong();
        m_audit.append({m_op.workspaceId, m_op.accountId, QStringLiteral("group.created"), QStringLiteral("group"),
                        groupId, {}, {{QStringLiteral("name"), step.name}, {QStringLiteral("source"), QStringLiteral("synced")}},
                        Text::tr("Directory sync"), step.name});
    } else {
        if (!m_tx.exec(QStringLiteral("UPDATE groups SET name = ?, source_dn = COALESCE(?, source_dn), synced_at = ? "
                                      "WHERE id = ? AND workspace_id = ?"),
                       {step.name, step.dn.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(step.dn),
                        m_now, groupId, workspace})) {
            return false;
        }
        if (!step.oldName.isEmpty()) {
            m_audit.append({m_op.workspaceId, m_op.accountId, QStringLiteral("group.changed"), QStringLiteral("group"),
                            groupId, {{QStringLiteral("name"), step.oldName}}, {{QStringLiteral("name"), step.name}},
                            Text::tr("Directory sync"), step.name});
        }
    }
    const QJsonObject inGroup {{QStringLiteral("group"), step.name}};
    for (const QString& externalId : step.addIds) {
        const qint64 accountId = m_accountOf.value(externalId);
        if (accountId == 0) {
            continue; // refused or skipped when applied
        }
        if (!m_tx.exec(QStringLiteral("INSERT INTO group_members (group_id, account_id, added_at) VALUES (?, ?, ?) "
                                      "ON CONFLICT (group_id, account_id) DO NOTHING"),
                       {groupId, accountId, m_now})) {
            return false;
        }
        m_audit.append({m_op.workspaceId, m_op.accountId, QStringLiteral("member.group_added"), QStringLiteral("member"),
                        accountId, {}, inGroup, Text::tr("Directory sync"), {}});
    }
    for (const qint64 accountId : step.removeIds) {
        if (!m_tx.exec(QStringLiteral("DELETE FROM group_members WHERE group_id = ? AND account_id = ?"),
                       {groupId, accountId})) {
            return false;
        }
        m_audit.append({m_op.workspaceId, m_op.accountId, QStringLiteral("member.group_removed"),
                        QStringLiteral("member"), accountId, inGroup, {}, Text::tr("Directory sync"), {}});
    }
    outcome->done = true;
    return true;
}

bool SyncApplier::apply(SyncReport* report)
{
    const SyncPlan& plan = report->plan;
    // Everyone followed already: a group may gain someone whose own entry did not change.
    for (auto it = plan.followed.cbegin(); it != plan.followed.cend(); ++it) {
        if (it.value() != 0) {
            m_accountOf.insert(it.key(), it.value());
        }
    }
    m_promise.setProgressRange(0, int(plan.people.size() + plan.groups.size()));
    int done = 0;
    bool stop = false;
    for (const SyncStep& step : plan.people) {
        SyncOutcome outcome = outcomeOf(step);
        if (stop || (done % 100 == 0 && stopped())) {
            stop = true;
            outcome.done = false;
            outcome.notReached = true;
            outcome.why = Text::tr("Not reached: the sync was stopped first.");
            report->outcomes.append(outcome);
            continue;
        }
        bool ok = true;
        switch (step.change) {
        case SyncChange::Added:
            ok = add(step, &outcome);
            break;
        case SyncChange::Linked:
        case SyncChange::Updated:
        case SyncChange::Reactivated:
            ok = update(step, &outcome)
                && (!step.reactivates || outcome.change == SyncChange::Refused || setStatus(step, false));
            if (outcome.change != SyncChange::Refused) {
                m_accountOf.insert(step.externalId, step.accountId);
            }
            break;
        case SyncChange::Disabled:
            ok = setStatus(step, true);
            break;
        case SyncChange::Unchanged:
            m_accountOf.insert(step.externalId, step.accountId);
            break;
        case SyncChange::Refused:
            if (step.accountId != 0 && step.status != Status::Deleted && !step.externalId.isEmpty()) {
                m_accountOf.insert(step.externalId, step.accountId); // followed still, only not changed
            }
            break;
        case SyncChange::Skipped:
            break;
        }
        if (!ok) {
            return false;
        }
        report->outcomes.append(outcome);
        if (m_audit.size() >= 500 && !m_tx.auditRows(std::exchange(m_audit, {}))) {
            return false;
        }
        if (++done % 500 == 0) {
            m_promise.setProgressValue(done);
        }
    }
    for (const GroupSyncStep& step : plan.groups) {
        SyncOutcome outcome = outcomeOf(step);
        if (stop || stopped()) {
            stop = true;
            outcome.done = false;
            outcome.notReached = true;
            outcome.why = Text::tr("Not reached: the sync was stopped first.");
        } else if (step.refusal.isEmpty() && !applyGroup(step, &outcome)) {
            return false;
        }
        report->outcomes.append(outcome);
        if (m_audit.size() >= 500 && !m_tx.auditRows(std::exchange(m_audit, {}))) {
            return false;
        }
        m_promise.setProgressValue(++done);
    }
    return m_audit.isEmpty() || m_tx.auditRows(std::exchange(m_audit, {}));
}

} // namespace

Result<DirectorySource> SqlWorker::syncSource(const Id& workspaceId)
{
    QSqlQuery query(database());
    DirectorySource source;
    if (!readSource(query, workspaceId, &source)) {
        return errorFrom(query.lastError(), Text::tr("The directory settings could not be read."));
    }
    return source;
}

Result<Done> SqlWorker::saveSyncSource(const Operator& op, const DirectorySource& wanted)
{
    if (!m_open) {
        return notOpen();
    }
    DirectorySource source = wanted;
    source.url = source.url.trimmed();
    source.bindDn = source.bindDn.trimmed();
    source.peopleBase = source.peopleBase.trimmed();
    source.groupsBase = source.groupsBase.trimmed();
    for (QString& name : source.chosenGroups) {
        name = name.trimmed();
    }
    source.chosenGroups.removeAll(QString());
    if (source.configured()) {
        if (const auto problem = directorySourceProblem(source)) {
            return BackendError {BackendError::Kind::Invalid, *problem, {}};
        }
    }
    WriteTransaction tx(*this, op.workspaceId, Text::tr("The directory settings could not be saved."));
    const auto me = beginAs(tx, op, Action::ManageWorkspace);
    if (!me.ok()) {
        return me.error();
    }
    DirectorySource before;
    WorkspaceFacts facts;
    if (!readSource(tx.query(), op.workspaceId, &before) || !readWorkspaceFacts(tx.query(), op.workspaceId, &facts)) {
        return tx.failed();
    }
    const qint64 now = clock::nowSecs();
    const bool ok = !source.configured()
        ? tx.exec(QStringLiteral("DELETE FROM sync_sources WHERE workspace_id = ?"), {op.workspaceId.number()})
        : tx.exec(QStringLiteral("INSERT INTO sync_sources (workspace_id, url, tls, ca_file, bind_dn, people_base, "
                                 "groups_base, scope, chosen_groups, mapping, disable_threshold, interval_minutes, "
                                 "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (workspace_id) DO UPDATE SET url = excluded.url, tls = excluded.tls, "
                                 "ca_file = excluded.ca_file, bind_dn = excluded.bind_dn, "
                                 "people_base = excluded.people_base, groups_base = excluded.groups_base, "
                                 "scope = excluded.scope, chosen_groups = excluded.chosen_groups, "
                                 "mapping = excluded.mapping, disable_threshold = excluded.disable_threshold, "
                                 "interval_minutes = excluded.interval_minutes, updated_at = excluded.updated_at, "
                                 "updated_by = excluded.updated_by, high_water = '', last_full_run_at = NULL"),
                  {op.workspaceId.number(), source.url, tlsKey(source.tls), textValue(source.caFile),
                   textValue(source.bindDn), source.peopleBase, textValue(source.groupsBase),
                   source.scope == DirectoryScope::ChosenGroups ? QStringLiteral("groups") : QStringLiteral("all"),
                   textValue(source.chosenGroups.join(QLatin1Char('\n'))),
                   QString::fromUtf8(QJsonDocument(mappingJson(source.mapping)).toJson(QJsonDocument::Compact)),
                   source.disableThresholdPercent, source.intervalMinutes, now, op.accountId.number()});
    if (!ok
        || !tx.audit(op.workspaceId, op.accountId, QStringLiteral("workspace.directory_changed"),
                     QStringLiteral("workspace"), op.workspaceId, sourceJson(before), sourceJson(source), {}, facts.name)) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return Done {};
}

Result<SyncReport> SqlWorker::applySync(const Operator& op, const SyncRequest& request,
                                        QPromise<Result<SyncReport>>& promise)
{
    if (!m_open) {
        return notOpen();
    }
    const BulkWriteTuning tuning(*this);
    WriteTransaction tx(*this, op.workspaceId, Text::tr("The directory sync could not be applied."));
    const auto me = beginAs(tx, op, Action::ManageWorkspace);
    if (!me.ok()) {
        return me.error();
    }
    const qint64 workspace = op.workspaceId.number();
    DirectorySource source;
    if (!readSource(tx.query(), op.workspaceId, &source)) {
        return tx.failed();
    }
    if (!source.configured()) {
        return tx.abandon(refused(Text::tr("This workspace has no directory to sync from; set one up first.")));
    }
    if (request.readWith.configured() && !sameDirectory(request.readWith, source)) {
        return tx.abandon({BackendError::Kind::Conflict,
                           Text::tr("The directory settings were changed since the directory was read; read it "
                                    "again before syncing."),
                           {}});
    }

    // The workspace as the plan sees it, read under the write lock the changes are made in.
    SyncState state;
    state.operatorAccountId = op.accountId.number();
    if (!countAdminsAndSeats(tx.query(), op.workspaceId, &state.activeAdmins, &state.seatsUsed, &state.seatCap)
        || !tx.exec(QStringLiteral("SELECT m.account_id, m.external_id, a.email, a.display_name, a.first_name, "
                                   "a.last_name, m.role, m.status, m.disabled_by_sync FROM memberships m "
                                   "JOIN accounts a ON a.id = m.account_id WHERE m.workspace_id = ?"),
                    {workspace})) {
        return tx.failed();
    }
    while (tx.query().next()) {
        const QSqlQuery& q = tx.query();
        SyncMember member;
        member.accountId = q.value(0).toLongLong();
        member.externalId = q.value(1).toString();
        member.email = q.value(2).toString();
        member.displayName = q.value(3).toString();
        member.firstName = q.value(4).toString();
        member.lastName = q.value(5).toString();
        roleFromKey(q.value(6).toString(), &member.role);
        statusFromKey(q.value(7).toString(), &member.status);
        member.disabledBySync = q.value(8).toBool();
        state.members.append(member);
    }
    // People erased at their request, kept only as pseudonyms of their directory ids.
    if (!tx.exec(QStringLiteral("SELECT external_key FROM sync_erased WHERE workspace_id = ?"), {workspace})) {
        return tx.failed();
    }
    QSet<QString> erasedKeys;
    while (tx.query().next()) {
        erasedKeys.insert(tx.query().value(0).toString());
    }
    if (!erasedKeys.isEmpty()) {
        const Result<QByteArray> salt = erasureSalt(tx, workspace);
        if (!salt.ok()) {
            return salt.error();
        }
        for (const DirectoryPerson& person : request.snapshot.people) {
            if (erasedKeys.contains(erasurePseudonym(salt.value(), person.externalId))) {
                state.erased.insert(person.externalId);
            }
        }
    }
    if (!tx.exec(QStringLiteral("SELECT id, name, source, external_id FROM groups WHERE workspace_id = ?"), {workspace})) {
        return tx.failed();
    }
    QHash<qint64, qsizetype> groupAt;
    while (tx.query().next()) {
        SyncGroup group;
        group.groupId = tx.query().value(0).toLongLong();
        group.name = tx.query().value(1).toString();
        group.synced = tx.query().value(2).toString() == QLatin1String("synced");
        group.externalId = tx.query().value(3).toString();
        groupAt.insert(group.groupId, state.groups.size());
        state.groups.append(group);
    }
    if (!tx.exec(QStringLiteral("SELECT gm.group_id, gm.account_id FROM group_members gm JOIN groups g "
                                "ON g.id = gm.group_id WHERE g.workspace_id = ? AND g.source = 'synced'"),
                 {workspace})) {
        return tx.failed();
    }
    while (tx.query().next()) {
        state.groups[groupAt.value(tx.query().value(0).toLongLong())].members.append(tx.query().value(1).toLongLong());
    }

    SyncReport report;
    report.plan = planDirectorySync(source, request.snapshot, state);
    report.dryRun = request.dryRun;
    const qint64 disables = report.plan.disables();
    bool unseen = false; // someone the preview did not show being disabled
    if (!request.previewedDisables.isEmpty()) {
        const QSet<QString> previewed(request.previewedDisables.cbegin(), request.previewedDisables.cend());
        unseen = std::any_of(report.plan.people.cbegin(), report.plan.people.cend(), [&previewed](const SyncStep& step) {
            return step.change == SyncChange::Disabled && !previewed.contains(step.externalId);
        });
    }
    report.needsConfirmation = !report.plan.massDisable.isEmpty() && (request.confirmedDisables < disables || unseen);
    if (request.dryRun || report.needsConfirmation) {
        for (const SyncStep& step : report.plan.people) {
            report.outcomes.append(outcomeOf(step));
        }
        for (const GroupSyncStep& step : report.plan.groups) {
            report.outcomes.append(outcomeOf(step));
        }
        tx.abandon({});
        return report;
    }

    SyncApplier applier(*this, tx, op, request, promise);
    if (!applier.apply(&report)) {
        return tx.failed();
    }
    const QString summary = report.plan.summary();
    const bool stopped = std::any_of(report.outcomes.cbegin(), report.outcomes.cend(),
                                     [](const SyncOutcome& outcome) { return outcome.notReached; });
    const QString kept = stopped ? Text::tr("Stopped part way: %1").arg(summary) : summary;
    QJsonObject after {{QStringLiteral("source"), request.snapshot.sourceLabel},
                       {QStringLiteral("people_listed"), qint64(request.snapshot.people.size())},
                       {QStringLiteral("groups_listed"), qint64(request.snapshot.groups.size())},
                       {QStringLiteral("complete"), request.snapshot.complete},
                       {QStringLiteral("stopped"), stopped}};
    for (const auto& [key, change] : QList<std::pair<QString, SyncChange>> {
             {QStringLiteral("added"), SyncChange::Added},       {QStringLiteral("linked"), SyncChange::Linked},
             {QStringLiteral("updated"), SyncChange::Updated},   {QStringLiteral("reactivated"), SyncChange::Reactivated},
             {QStringLiteral("disabled"), SyncChange::Disabled}, {QStringLiteral("skipped"), SyncChange::Skipped},
             {QStringLiteral("refused"), SyncChange::Refused}}) {
        after.insert(key, report.plan.count(change));
    }
    // Where the next run of changes only starts: after a run that read what it meant to, whole.
    const bool readWhole = request.snapshot.complete && !stopped;
    const QString highWater = readWhole && request.snapshot.highWater > source.highWater ? request.snapshot.highWater
                                                                                         : source.highWater;
    const QVariant fullRun = readWhole && !request.snapshot.incremental ? QVariant(clock::nowSecs())
                                                                         : epochOrNull(source.lastFullRunAt);
    after.insert(QStringLiteral("changes_only"), request.snapshot.incremental);
    WorkspaceFacts facts;
    if (!readWorkspaceFacts(tx.query(), op.workspaceId, &facts)
        || !tx.exec(QStringLiteral("UPDATE sync_sources SET last_run_at = ?, last_run_summary = ?, high_water = ?, "
                                   "last_full_run_at = ? WHERE workspace_id = ?"),
                    {clock::nowSecs(), kept, highWater, fullRun, workspace})
        || !tx.audit(op.workspaceId, op.accountId, QStringLiteral("workspace.directory_synced"),
                     QStringLiteral("workspace"), op.workspaceId, {}, after, kept, facts.name)) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    forgetCachedListing();
    return report;
}

QFuture<Result<DirectorySource>> SqlBackend::syncSource(const Id& workspaceId)
{
    return read<DirectorySource>([=](SqlWorker& worker) { return worker.syncSource(workspaceId); });
}

QFuture<Result<Done>> SqlBackend::saveSyncSource(const Operator& op, const DirectorySource& source)
{
    return run<Done>([=](SqlWorker& worker, auto&) { return worker.saveSyncSource(op, source); });
}

QFuture<Result<SyncReport>> SqlBackend::applySync(const Operator& op, const SyncRequest& request)
{
    return run<SyncReport>([=](SqlWorker& worker, QPromise<Result<SyncReport>>& promise) {
        return worker.applySync(op, request, promise);
    });
}

} // namespace usher::sql
