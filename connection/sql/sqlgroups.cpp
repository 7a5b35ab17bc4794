// Groups and permissions (G1-G4): the groups table, members of a group, changes to groups
// and to their members, and what a group's deletion would take from whom.

#include "connection/sql/sqlworker.h"

#include "core/clock.h"
#include "core/group.h"
#include "core/lifecycle.h"

#include <QJsonArray>

#include <algorithm>

namespace usher::sql {

namespace {

/// The columns of a group; `g` is groups. The last two are its member count (kept by
/// migration 0009's triggers) and its permissions joined by commas.
QString groupSelect(Dialect dialect)
{
    const QString aggregate = dialect == Dialect::Postgres ? QStringLiteral("string_agg(gp.permission, ',')")
                                                           : QStringLiteral("group_concat(gp.permission, ',')");
    return QStringLiteral("SELECT g.id, g.name, g.description, g.source, COALESCE(g.source_dn, g.external_id), g.synced_at, g.created_at, "
                          "g.member_count, "
                          "(SELECT %1 FROM group_permissions gp WHERE gp.group_id = g.id) "
                          "FROM groups g ")
        .arg(aggregate);
}

/// Keys in catalogue order, unknown ones last.
QStringList inCatalogueOrder(QStringList keys)
{
    const QStringList order = permissionKeys();
    std::stable_sort(keys.begin(), keys.end(), [&order](const QString& a, const QString& b) {
        const auto rank = [&order](const QString& key) {
            const qsizetype at = order.indexOf(key);
            return at < 0 ? order.size() : at;
        };
        return rank(a) < rank(b);
    });
    keys.removeDuplicates();
    return keys;
}

GroupSummary groupFrom(const QSqlQuery& query)
{
    GroupSummary group;
    group.id = query.value(0).toLongLong();
    group.name = query.value(1).toString();
    group.description = query.value(2).toString();
    group.synced = query.value(3).toString() == QLatin1String("synced");
    group.externalId = query.value(4).toString();
    group.syncedAt = timeFrom(query.value(5));
    group.createdAt = timeFrom(query.value(6));
    group.memberCount = query.value(7).toLongLong();
    group.permissions = inCatalogueOrder(query.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
    return group;
}

QJsonArray jsonList(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

BackendError groupGone()
{
    return {BackendError::Kind::NotFound, Text::tr("The group no longer exists; someone may have deleted it."), {}};
}

} // namespace

bool readGrants(QSqlQuery& query, const Id& workspaceId, const Id& accountId, QList<GroupGrant>* grants)
{
    grants->clear();
    if (!execWith(query,
                  QStringLiteral("SELECT g.id, g.name, g.source, gp.permission FROM group_members gm "
                                 "JOIN groups g ON g.id = gm.group_id "
                                 "LEFT JOIN group_permissions gp ON gp.group_id = g.id "
                                 "WHERE gm.account_id = ? AND g.workspace_id = ? ORDER BY lower(g.name), g.id"),
                  {accountId.number(), workspaceId.number()})) {
        return false;
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (grants->isEmpty() || grants->last().groupId != id) {
            grants->append({id, query.value(1).toString(), query.value(2).toString() == QLatin1String("synced"), {}});
        }
        if (!query.value(3).isNull()) {
            grants->last().permissions.append(query.value(3).toString());
        }
    }
    for (GroupGrant& grant : *grants) {
        grant.permissions = inCatalogueOrder(grant.permissions);
    }
    return true;
}

bool SqlWorker::readGroup(QSqlQuery& query, const Id& workspaceId, const Id& groupId, const QString& lock,
                          std::optional<GroupSummary>* group)
{
    group->reset();
    if (!execWith(query, groupSelect(m_dialect) + QStringLiteral("WHERE g.id = ? AND g.workspace_id = ?") + lock,
                  {groupId.number(), workspaceId.number()})) {
        return false;
    }
    if (query.next()) {
        *group = groupFrom(query);
    }
    return true;
}

Result<QList<GroupSummary>> SqlWorker::listGroups(const Id& workspaceId)
{
    return read<QList<GroupSummary>>([this, workspaceId]() -> Result<QList<GroupSummary>> {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!execWith(query, groupSelect(m_dialect) + QStringLiteral("WHERE g.workspace_id = ? ORDER BY lower(g.name), g.id"),
                      {workspaceId.number()})) {
            return errorFrom(query.lastError(), Text::tr("The groups could not be read."));
        }
        QList<GroupSummary> groups;
        while (query.next()) {
            groups.append(groupFrom(query));
        }
        return groups;
    });
}

Result<GroupPage> SqlWorker::listGroupPage(const GroupPageRequest& request)
{
    return read<GroupPage>([&]() -> Result<GroupPage> {
        const QString what = Text::tr("The groups could not be read.");
        QString where = QStringLiteral("WHERE g.workspace_id = ?");
        QVariantList binds{request.workspaceId.number()};
        const QString needle = searchFolded(m_dialect, request.search);
        if (!needle.isEmpty()) {
            where += QStringLiteral(" AND (%1 OR %2)")
                         .arg(containsText(m_dialect, QStringLiteral("g.name")),
                              containsText(m_dialect, QStringLiteral("g.description")));
            binds << needle << needle;
        }
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!execWith(query, QStringLiteral("SELECT COUNT(*) FROM groups g ") + where, binds) || !query.next()) {
            return errorFrom(query.lastError(), what);
        }
        GroupPage page;
        page.total = query.value(0).toLongLong();

        QString key;
        switch (request.sort) {
        case GroupSortColumn::Name:
            key = QStringLiteral("lower(g.name)");
            break;
        case GroupSortColumn::Members:
            key = QStringLiteral("g.member_count");
            break;
        case GroupSortColumn::Source:
            key = QStringLiteral("g.source");
            break;
        case GroupSortColumn::Created:
            key = QStringLiteral("g.created_at");
            break;
        }
        const QString direction = request.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
        if (!execWith(query,
                      groupSelect(m_dialect) + where
                          + QStringLiteral(" ORDER BY %1 %2, g.id %2 LIMIT %3 OFFSET %4")
                                .arg(key, direction)
                                .arg(qMax(1, request.limit))
                                .arg(qMax(0, request.offset)),
                      binds)) {
            return errorFrom(query.lastError(), what);
        }
        while (query.next()) {
            page.rows.append(groupFrom(query));
        }
        return page;
    });
}

Result<GroupMembersPage> SqlWorker::listGroupMembers(const GroupMembersRequest& request)
{
    return read<GroupMembersPage>([&]() -> Result<GroupMembersPage> {
        const QString what = Text::tr("The group's members could not be read.");
        QString where = QStringLiteral("WHERE gm.group_id = ? AND g.workspace_id = ?");
        QVariantList binds{request.groupId.number(), request.workspaceId.number()};
        const QString needle = searchFolded(m_dialect, request.search);
        if (!needle.isEmpty()) {
            where += QStringLiteral(" AND (%1 OR %2)")
                         .arg(containsText(m_dialect, QStringLiteral("a.display_name")),
                              containsText(m_dialect, QStringLiteral("a.email")));
            binds << needle << needle;
        }
        const QString from = QStringLiteral(
            "FROM group_members gm JOIN groups g ON g.id = gm.group_id JOIN accounts a ON a.id = gm.account_id "
            "JOIN memberships m ON m.account_id = gm.account_id AND m.workspace_id = g.workspace_id ");
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!execWith(query, QStringLiteral("SELECT COUNT(*) ") + from + where, binds) || !query.next()) {
            return errorFrom(query.lastError(), what);
        }
        GroupMembersPage page;
        page.total = query.value(0).toLongLong();
        QString sql = QStringLiteral("SELECT gm.account_id, a.display_name, a.email, m.role, m.status, gm.added_at ")
            + from + where + QStringLiteral(" ORDER BY m.sort_name, gm.account_id");
        if (request.limit > 0) {
            sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(request.limit).arg(qMax(0, request.offset));
        }
        if (!execWith(query, sql, binds)) {
            return errorFrom(query.lastError(), what);
        }
        while (query.next()) {
            GroupMember member;
            member.accountId = query.value(0).toLongLong();
            member.name = query.value(1).toString();
            member.email = query.value(2).toString();
            roleFromKey(query.value(3).toString(), &member.role);
            statusFromKey(query.value(4).toString(), &member.status);
            member.addedAt = timeFrom(query.value(5));
            page.rows.append(member);
        }
        return page;
    });
}

Result<GroupDeleteImpact> SqlWorker::groupDeleteImpact(const Id& workspaceId, const Id& groupId)
{
    return read<GroupDeleteImpact>([&]() -> Result<GroupDeleteImpact> {
        const QString what = Text::tr("What the group's deletion would change could not be worked out.");
        QSqlQuery query(database());
        query.setForwardOnly(true);
        std::optional<GroupSummary> group;
        if (!readGroup(query, workspaceId, groupId, {}, &group)) {
            return errorFrom(query.lastError(), what);
        }
        if (!group) {
            return groupGone();
        }
        GroupDeleteImpact impact;
        impact.group = *group;
        if (group->permissions.isEmpty()) {
            impact.keepEverything = group->memberCount;
            return impact;
        }
        // Every member with all their groups in the workspace and what those grant; the rule
        // that decides what each keeps is core's.
        if (!execWith(query,
                      QStringLiteral("SELECT gm.account_id, a.display_name, a.email, m.role, og.id, og.name, gp.permission "
                                     "FROM group_members gm JOIN accounts a ON a.id = gm.account_id "
                                     "JOIN memberships m ON m.account_id = gm.account_id AND m.workspace_id = ? "
                                     "JOIN group_members o ON o.account_id = gm.account_id "
                                     "JOIN groups og ON og.id = o.group_id AND og.workspace_id = ? "
                                     "LEFT JOIN group_permissions gp ON gp.group_id = og.id "
                                     "WHERE gm.group_id = ? ORDER BY m.sort_name, gm.account_id, og.id"),
                      {workspaceId.number(), workspaceId.number(), groupId.number()})) {
            return errorFrom(query.lastError(), what);
        }
        PermissionLoss current;
        Role role = Role::Member;
        QList<GroupGrant> grants;
        auto settle = [&] {
            if (current.accountId == 0) {
                return;
            }
            current.lost = permissionsLost(role, grants, {groupId});
            if (current.lost.isEmpty()) {
                ++impact.keepEverything;
            } else {
                impact.losses.append(current);
            }
        };
        while (query.next()) {
            const qint64 accountId = query.value(0).toLongLong();
            if (accountId != current.accountId) {
                settle();
                current = {accountId, query.value(1).toString(), query.value(2).toString(), {}};
                roleFromKey(query.value(3).toString(), &role);
                grants.clear();
            }
            const qint64 id = query.value(4).toLongLong();
            if (grants.isEmpty() || grants.last().groupId != id) {
                grants.append({id, query.value(5).toString(), false, {}});
            }
            if (!query.value(6).isNull()) {
                grants.last().permissions.append(query.value(6).toString());
            }
        }
        settle();
        return impact;
    });
}

Result<Id> SqlWorker::createGroup(const Operator& op, const GroupEdit& edit)
{
    if (!m_open) {
        return notOpen();
    }
    const QString name = edit.name.value_or(QString()).trimmed();
    const QStringList permissions = inCatalogueOrder(edit.permissions.value_or(QStringList()));
    const QString description = edit.description.value_or(QString()).trimmed();
    if (const auto problem = groupNameProblem(name)) {
        return BackendError{BackendError::Kind::Invalid, *problem, {}};
    }
    if (const auto problem = permissionsProblem(permissions)) {
        return BackendError{BackendError::Kind::Invalid, *problem, {}};
    }
    WriteTransaction tx(*this, op.workspaceId, Text::tr("The group could not be created."));
    const auto me = beginAs(tx, op, Action::ManageGroups);
    if (!me.ok()) {
        return me.error();
    }
    if (const auto why = refusalBeyondRole(me.value().role, permissions)) {
        return tx.abandon(refused(*why));
    }
    if (const auto taken = nameTaken(tx, op.workspaceId, name, 0)) {
        return *taken;
    }
    if (!tx.exec(QStringLiteral("INSERT INTO groups (workspace_id, name, description, source, created_at) "
                                "VALUES (?, ?, ?, 'native', ?) RETURNING id"),
                 {op.workspaceId.number(), name, textValue(description), clock::nowSecs()})
        || !tx.query().next()) {
        return tx.failed();
    }
    const qint64 id = tx.query().value(0).toLongLong();
    for (const QString& permission : permissions) {
        if (!tx.exec(QStringLiteral("INSERT INTO group_permissions (group_id, permission) VALUES (?, ?)"),
                     {id, permission})) {
            return tx.failed();
        }
    }
    const QJsonObject after{{QStringLiteral("name"), name},
                            {QStringLiteral("description"), description},
                            {QStringLiteral("permissions"), jsonList(permissions)}};
    if (!tx.audit(op.workspaceId, op.accountId, QStringLiteral("group.created"), QStringLiteral("group"), id, {},
                  after, {}, name)) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return Id(id);
}

Result<Done> SqlWorker::updateGroup(const Operator& op, const Id& groupId, const GroupEdit& edit)
{
    if (!m_open) {
        return notOpen();
    }
    if (edit.name) {
        if (const auto problem = groupNameProblem(*edit.name)) {
            return BackendError{BackendError::Kind::Invalid, *problem, {}};
        }
    }
    if (edit.permissions) {
        if (const auto problem = permissionsProblem(*edit.permissions)) {
            return BackendError{BackendError::Kind::Invalid, *problem, {}};
        }
    }
    WriteTransaction tx(*this, op.workspaceId, Text::tr("The group could not be changed."));
    if (const auto error = tx.begin()) {
        return *error;
    }
    const auto found = operatorAndGroup(tx, op, groupId);
    if (!found.ok()) {
        return found.error();
    }
    const auto& [me, group] = found.value();
    const QString name = edit.name ? edit.name->trimmed() : group.name;
    const QString description = edit.description ? edit.description->trimmed() : group.description;
    const QStringList permissions = edit.permissions ? inCatalogueOrder(*edit.permissions) : group.permissions;
    QJsonObject before;
    QJsonObject after;
    if (name != group.name || description != group.description) {
        // The name and description of a synced group come from its directory.
        if (const auto why = refusalToEditGroup(me.role, group)) {
            return tx.abandon(refused(*why));
        }
        if (name.compare(group.name, Qt::CaseInsensitive) != 0) {
            if (const auto taken = nameTaken(tx, op.workspaceId, name, groupId)) {
                return *taken;
            }
        }
        if (!tx.exec(QStringLiteral("UPDATE groups SET name = ?, description = ? WHERE id = ?"),
                     {name, textValue(description), groupId.number()})) {
            return tx.failed();
        }
        for (const auto& [key, from, to] : {std::tuple{QStringLiteral("name"), group.name, name},
                                            std::tuple{QStringLiteral("description"), group.description, description}}) {
            if (from != to) {
                before.insert(key, from);
                after.insert(key, to);
            }
        }
    }
    if (permissions != group.permissions) {
        // Permissions are Usher's own, also for synced groups; nobody adds or strips one they lack.
        if (const auto why = refusalToChangeGroupPermissions(me.role, group.permissions, permissions)) {
            return tx.abandon(refused(*why));
        }
        if (!tx.exec(QStringLiteral("DELETE FROM group_permissions WHERE group_id = ?"), {groupId.number()})) {
            return tx.failed();
        }
        for (const QString& permission : permissions) {
            if (!tx.exec(QStringLiteral("INSERT INTO group_permissions (group_id, permission) VALUES (?, ?)"),
                         {groupId.number(), permission})) {
                return tx.failed();
            }
        }
        before.insert(QStringLiteral("permissions"), jsonList(group.permissions));
        after.insert(QStringLiteral("permissions"), jsonList(permissions));
    }
    if (after.isEmpty()) {
        return Done{}; // nothing changed; the transaction rolls back
    }
    if (!tx.audit(op.workspaceId, op.accountId, QStringLiteral("group.changed"), QStringLiteral("group"), groupId,
                  before, after, {}, name)) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return Done{};
}

Result<Done> SqlWorker::deleteGroup(const Operator& op, const Id& groupId)
{
    if (!m_open) {
        return notOpen();
    }
    WriteTransaction tx(*this, op.workspaceId, Text::tr("The group could not be deleted."));
    if (const auto error = tx.begin()) {
        return *error;
    }
    const auto found = operatorAndGroup(tx, op, groupId);
    if (!found.ok()) {
        return found.error();
    }
    const auto& [me, group] = found.value();
    // Its members lose it: read their roles, for the rule that nobody acts on someone above them.
    if (!tx.exec(QStringLiteral("SELECT m.role FROM group_members gm JOIN memberships m "
                                "ON m.account_id = gm.account_id AND m.workspace_id = ? WHERE gm.group_id = ?"),
                 {op.workspaceId.number(), groupId.number()})) {
        return tx.failed();
    }
    QList<Role> memberRoles;
    while (tx.query().next()) {
        Role role = Role::Member;
        roleFromKey(tx.query().value(0).toString(), &role);
        memberRoles.append(role);
    }
    if (const auto why = refusalToDeleteGroup(me.role, group, memberRoles)) {
        return tx.abandon(refused(*why));
    }
    // Members first, so the triggers keeping the users table's group column run for each.
    if (!tx.exec(QStringLiteral("DELETE FROM group_members WHERE group_id = ?"), {groupId.number()})
        || !tx.exec(QStringLiteral("DELETE FROM group_permissions WHERE group_id = ?"), {groupId.number()})
        || !tx.exec(QStringLiteral("DELETE FROM groups WHERE id = ?"), {groupId.number()})) {
        return tx.failed();
    }
    const QJsonObject before{{QStringLiteral("name"), group.name},
                             {QStringLiteral("description"), group.description},
                             {QStringLiteral("permissions"), jsonList(group.permissions)},
                             {QStringLiteral("members"), group.memberCount}};
    if (!tx.audit(op.workspaceId, op.accountId, QStringLiteral("group.deleted"), QStringLiteral("group"), groupId,
                  before, {}, {}, group.name)) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return Done{};
}

Result<QList<MemberOutcome>> SqlWorker::changeGroupMembers(const Operator& op, const GroupMembersChange& change,
                                                           QPromise<Result<QList<MemberOutcome>>>& promise)
{
    if (!m_open) {
        return notOpen();
    }
    QList<MemberTarget> ids;
    for (const Id& id : change.accountIds) {
        ids.append({id, {}});
    }
    const Result<QList<MemberTarget>> targets = targetsOf(op.workspaceId, ids, change.matching);
    if (!targets.ok()) {
        return targets.error();
    }
    const QString what = change.add ? Text::tr("The member could not be added to the group.")
                                    : Text::tr("The member could not be removed from the group.");
    // The operator and the group, read once per transaction.
    std::optional<QString> refusedForAll;
    std::optional<GroupSummary> group;
    Role myRole = Role::Member;
    bool loaded = false;
    const qsizetype targetCount = targets.value().size();
    return perMember(
        op.workspaceId, what, targets.value(), promise, change.stop, [&] { loaded = false; },
        [&](WriteTransaction& tx, const MemberTarget& target, QString* queryError) {
            MemberOutcome outcome;
            outcome.accountId = target.accountId;
            auto failedQuery = [&] {
                *queryError = tx.query().lastError().text();
                outcome.why = what;
                return outcome;
            };
            if (!loaded) {
                const auto me = activeOperator(tx, op);
                refusedForAll.reset();
                if (!me.ok()) {
                    if (me.error().kind == BackendError::Kind::Internal) {
                        return failedQuery();
                    }
                    refusedForAll = me.error().message;
                } else if (!readGroup(tx.query(), op.workspaceId, change.groupId, tx.forUpdate(QStringLiteral("g")),
                                      &group)) {
                    return failedQuery();
                } else if (!group) {
                    refusedForAll = groupGone().message;
                } else if (const auto why = refusalToEditGroup(me.value().role, *group)) {
                    refusedForAll = why;
                } else {
                    myRole = me.value().role;
                }
                loaded = true;
            }
            MemberRow who;
            if (!readMember(tx, op.workspaceId, target.accountId, &who)) {
                return failedQuery();
            }
            outcome.name = who.name;
            outcome.version = who.version;
            if (refusedForAll) {
                outcome.why = *refusedForAll;
                return outcome;
            }
            if (who.membershipId == 0) {
                outcome.why = Text::tr("This person is not a member of the workspace.");
                return outcome;
            }
            std::optional<QString> unmatched;
            if (!stillMatches(tx, change.matching, op.workspaceId, who, &unmatched)) {
                return failedQuery();
            }
            // Nobody acts on someone above them, nor gives or takes away what they lack.
            std::optional<QString> why = unmatched;
            if (!why) {
                why = refusalOfSelfAmongMany(target.accountId == op.accountId, targetCount);
            }
            if (!why) {
                why = refusalToChangeGroupMember(myRole, *group, change.add, who.role);
            }
            if (why) {
                outcome.why = *why;
                return outcome;
            }
            if (change.add && who.status == Status::Deleted) {
                outcome.why = Text::tr("%1 is deleted; restore them before adding them to a group.").arg(who.name);
                return outcome;
            }
            const QJsonObject inGroup{{QStringLiteral("group"), group->name}};
            const bool ok = change.add
                ? tx.exec(QStringLiteral("INSERT INTO group_members (group_id, account_id, added_at) VALUES (?, ?, ?) "
                                         "ON CONFLICT (group_id, account_id) DO NOTHING"),
                          {change.groupId.number(), target.accountId.number(), clock::nowSecs()})
                : tx.exec(QStringLiteral("DELETE FROM group_members WHERE group_id = ? AND account_id = ?"),
                          {change.groupId.number(), target.accountId.number()});
            if (!ok) {
                return failedQuery();
            }
            outcome.done = true;
            if (tx.query().numRowsAffected() == 0) {
                return outcome; // already so: nothing to change or audit
            }
            const bool audited = change.add
                ? tx.audit(op.workspaceId, op.accountId, QStringLiteral("member.group_added"), QStringLiteral("member"),
                           target.accountId, {}, inGroup)
                : tx.audit(op.workspaceId, op.accountId, QStringLiteral("member.group_removed"),
                           QStringLiteral("member"), target.accountId, inGroup, {});
            if (!audited) {
                return failedQuery();
            }
            return outcome;
        });
}

Result<std::pair<MemberRow, GroupSummary>> SqlWorker::operatorAndGroup(WriteTransaction& tx, const Operator& op,
                                                                       const Id& groupId)
{
    const auto me = activeOperator(tx, op);
    if (!me.ok()) {
        return tx.abandon(me.error());
    }
    std::optional<GroupSummary> group;
    if (!readGroup(tx.query(), op.workspaceId, groupId, tx.forUpdate(QStringLiteral("g")), &group)) {
        return tx.failed();
    }
    if (!group) {
        return tx.abandon(groupGone());
    }
    return std::pair{me.value(), *group};
}

Result<MemberRow> SqlWorker::activeOperator(WriteTransaction& tx, const Operator& op)
{
    MemberRow me;
    if (!readMember(tx, op.workspaceId, op.accountId, &me)) {
        return BackendError{BackendError::Kind::Internal, Text::tr("Your membership could not be read."),
                            tx.query().lastError().text()};
    }
    if (me.membershipId == 0 || me.status != Status::Active) {
        return refused(Text::tr("You are not an active member of this workspace."));
    }
    return me;
}

Result<MemberRow> SqlWorker::beginAs(WriteTransaction& tx, const Operator& op, Action action)
{
    if (const auto error = tx.begin()) {
        return *error;
    }
    return operatorMay(tx, op, action);
}

Result<MemberRow> SqlWorker::operatorMay(WriteTransaction& tx, const Operator& op, Action action)
{
    const auto me = activeOperator(tx, op);
    if (!me.ok()) {
        return tx.abandon(me.error());
    }
    if (const auto why = refusal(me.value().role, action)) {
        return tx.abandon(refused(*why));
    }
    return me;
}

std::optional<BackendError> SqlWorker::nameTaken(WriteTransaction& tx, const Id& workspaceId, const QString& name,
                                                 const Id& exceptGroupId)
{
    if (!tx.exec(QStringLiteral("SELECT name FROM groups WHERE workspace_id = ? AND lower(name) = lower(?) AND id <> ?"),
                 {workspaceId.number(), name, exceptGroupId.number()})) {
        return tx.failed();
    }
    if (tx.query().next()) {
        return tx.abandon({BackendError::Kind::Invalid,
                           Text::tr("Name: there is already a group called “%1”.").arg(tx.query().value(0).toString()),
                           {}});
    }
    return std::nullopt;
}

} // namespace usher::sql
