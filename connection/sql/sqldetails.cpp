// Reads about one member (the details panel, U3) and the audit log (A1).

#include "connection/sql/sqlworker.h"

#include "core/lifecycle.h"
#include "core/privacy.h"

#include <QJsonDocument>

namespace usher::sql {

/// The audit columns with the names of actor and target as they were at the time (their audit
/// subjects, `ac` and `t`: a pseudonym once erased); `a` is audit_log.
extern const QString auditSelect;
const QString auditSelect = QStringLiteral(
    "SELECT a.id, a.at, a.actor_id, ac.display_name, ac.email, a.action, a.target_type, a.target_id, "
    "t.display_name, t.email, a.before_json, a.after_json, a.reason, a.target_ref, ac.pseudonym, t.pseudonym, "
    "sb.details, sa.details "
    "FROM audit_log a LEFT JOIN audit_subjects ac ON ac.id = a.actor_subject "
    "LEFT JOIN audit_subjects t ON t.id = a.target_subject "
    "LEFT JOIN audit_subjects sb ON sb.id = a.before_subject LEFT JOIN audit_subjects sa ON sa.id = a.after_subject ");

namespace {

/// Why `viewerId` may not read the audit log of `workspaceId` (not an active member, or a role
/// without Action::ViewAudit), or nothing; an error (the query's) when it could not be read.
Result<std::optional<QString>> refusalToViewAudit(QSqlQuery& query, const Id& workspaceId, const Id& viewerId)
{
    if (!execWith(query, QStringLiteral("SELECT role, status FROM memberships WHERE workspace_id = ? AND account_id = ?"),
                  {workspaceId.number(), viewerId.number()})) {
        return BackendError{BackendError::Kind::Internal, {}, query.lastError().text()};
    }
    Role role = Role::Member;
    Status status = Status::Deleted;
    if (query.next()) {
        roleFromKey(query.value(0).toString(), &role);
        statusFromKey(query.value(1).toString(), &status);
    }
    if (status != Status::Active) {
        return std::optional<QString>(Text::tr("You are not an active member of this workspace."));
    }
    return refusal(role, Action::ViewAudit);
}
} // namespace

AuditEvent auditFrom(const QSqlQuery& query)
{
    AuditEvent event;
    event.id = query.value(0).toLongLong();
    event.at = timeFrom(query.value(1));
    event.actorId = query.value(2).toLongLong();
    auto name = [](const QVariant& display, const QVariant& email, qint64 id, const QString& ref = {}) {
        if (!display.toString().isEmpty()) {
            return display.toString();
        }
        if (!email.toString().isEmpty()) {
            return email.toString();
        }
        if (!ref.isEmpty()) {
            return ref;
        }
        return id > 0 ? Text::tr("#%1 (no longer exists)").arg(id) : QString();
    };
    const auto erased = [](const QVariant& pseudonym) { return Text::tr("erased person %1").arg(pseudonym.toString()); };
    event.actorName = !event.actorId                ? Text::tr("Usher")
                      : !query.value(14).isNull() ? erased(query.value(14))
                                                  : name(query.value(3), query.value(4), event.actorId.number());
    event.action = query.value(5).toString();
    event.targetType = query.value(6).toString();
    event.targetId = query.value(7).toLongLong();
    event.targetName = !query.value(15).isNull()
                           ? erased(query.value(15))
                           : name(query.value(8), query.value(9), event.targetId.number(), query.value(13).toString());
    // The change's names and addresses, kept apart, put back (none once the person is erased).
    const auto merged = [](const QVariant& json, const QVariant& personal) {
        if (personal.isNull()) {
            return json.toString();
        }
        const QJsonObject fields = withPersonalFields(QJsonDocument::fromJson(json.toString().toUtf8()).object(),
                                                      QJsonDocument::fromJson(personal.toString().toUtf8()).object());
        return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    };
    event.before = merged(query.value(10), query.value(16));
    event.after = merged(query.value(11), query.value(17));
    event.reason = query.value(12).toString();
    return event;
}

Result<MemberDetails> SqlWorker::memberDetails(const Id& workspaceId, const Id& accountId, const Id& viewerId)
{
    return read<MemberDetails>([&]() -> Result<MemberDetails> {
        QSqlQuery query(database());
        const QString what = Text::tr("The member's details could not be read.");
        if (!execWith(query,
                      QStringLiteral("SELECT a.email, a.first_name, a.last_name, a.display_name, a.avatar, "
                                     "a.created_at, a.locked_until, m.id, m.role, m.status, m.source, m.joined_at, "
                                     "m.last_seen_at, m.deleted_at, m.version, m.updated_at, "
                                     "(SELECT u.display_name FROM accounts u WHERE u.id = m.updated_by), a.failed_logins, "
                                     "i.created_at, i.expires_at "
                                     "FROM accounts a JOIN memberships m ON m.account_id = a.id "
                                     // The newest open invitation, if any.
                                     "LEFT JOIN invites i ON i.id = (SELECT o.id FROM invites o WHERE "
                                     "o.workspace_id = m.workspace_id AND o.account_id = a.id AND o.accepted_at IS NULL "
                                     "AND o.cancelled_at IS NULL AND o.superseded_at IS NULL ORDER BY o.created_at DESC, "
                                     "o.id DESC LIMIT 1) "
                                     "WHERE a.id = ? AND m.workspace_id = ?"),
                      {accountId.number(), workspaceId.number()})) {
            return errorFrom(query.lastError(), what);
        }
        if (!query.next()) {
            return BackendError{BackendError::Kind::NotFound,
                                Text::tr("This person is no longer a member of the workspace."), {}};
        }
        MemberDetails details;
        Account& account = details.account;
        account.id = accountId;
        account.email = query.value(0).toString();
        account.firstName = query.value(1).toString();
        account.lastName = query.value(2).toString();
        account.displayName = query.value(3).toString();
        account.avatar = query.value(4).toByteArray();
        account.createdAt = timeFrom(query.value(5));
        account.lockedUntil = timeFrom(query.value(6));
        account.failedSignIns = query.value(17).toInt();
        Membership& membership = details.membership;
        membership.id = query.value(7).toLongLong();
        membership.accountId = accountId;
        membership.workspaceId = workspaceId;
        roleFromKey(query.value(8).toString(), &membership.role);
        statusFromKey(query.value(9).toString(), &membership.status);
        sourceFromKey(query.value(10).toString(), &membership.source);
        membership.joinedAt = timeFrom(query.value(11));
        membership.lastSeenAt = timeFrom(query.value(12));
        membership.deletedAt = timeFrom(query.value(13));
        membership.version = query.value(14).toInt();
        details.updatedAt = timeFrom(query.value(15));
        details.updatedBy = query.value(16).toString();
        details.invitedAt = timeFrom(query.value(18));
        details.invitationExpires = timeFrom(query.value(19));

        if (!readGrants(query, workspaceId, accountId, &details.groups)) {
            return errorFrom(query.lastError(), what);
        }
        details.permissions = effectivePermissions(membership.role, details.groups);
        if (!execWith(query,
                      QStringLiteral("SELECT at, ip, device, browser, location, success, reason FROM login_events "
                                     "WHERE account_id = ? AND (workspace_id = ? OR workspace_id IS NULL) "
                                     "ORDER BY at DESC, id DESC LIMIT 50"),
                      {accountId.number(), workspaceId.number()})) {
            return errorFrom(query.lastError(), what);
        }
        while (query.next()) {
            details.signIns.append({timeFrom(query.value(0)), query.value(1).toString(), query.value(2).toString(),
                                    query.value(3).toString(), query.value(4).toString(), query.value(5).toInt() != 0,
                                    query.value(6).toString()});
        }
        if (!execWith(query,
                      QStringLiteral("SELECT id, device, browser, ip, location, created_at, last_activity_at "
                                     "FROM sessions WHERE account_id = ? AND workspace_id = ? AND revoked_at IS NULL "
                                     "ORDER BY last_activity_at DESC, id DESC"),
                      {accountId.number(), workspaceId.number()})) {
            return errorFrom(query.lastError(), what);
        }
        while (query.next()) {
            details.sessions.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                     query.value(3).toString(), query.value(4).toString(), timeFrom(query.value(5)),
                                     timeFrom(query.value(6))});
        }
        // The member's activity is the audit log's: only for viewers whose role may read it.
        const auto withheld = refusalToViewAudit(query, workspaceId, viewerId);
        if (!withheld.ok()) {
            return errorFrom(query.lastError(), what);
        }
        if (withheld.value()) {
            details.auditWithheld = *withheld.value();
            return details;
        }
        if (!execWith(query,
                      auditSelect
                          + QStringLiteral("WHERE a.workspace_id = ? AND a.target_type = 'member' AND a.target_id = ? "
                                           "ORDER BY a.at DESC, a.id DESC LIMIT 100"),
                      {workspaceId.number(), accountId.number()})) {
            return errorFrom(query.lastError(), what);
        }
        while (query.next()) {
            details.audit.append(auditFrom(query));
        }
        return details;
    });
}

Result<QList<AuditEvent>> SqlWorker::listAudit(const AuditQuery& request)
{
    return read<QList<AuditEvent>>([&]() -> Result<QList<AuditEvent>> {
        QSqlQuery viewer(database());
        const auto why = refusalToViewAudit(viewer, request.workspaceId, request.viewerId);
        if (!why.ok()) {
            return errorFrom(viewer.lastError(), Text::tr("The audit log could not be read."));
        }
        if (why.value()) {
            return refused(*why.value());
        }
        QStringList where{QStringLiteral("a.workspace_id = ?")};
        QVariantList binds{request.workspaceId.number()};
        if (request.actorId) {
            where << QStringLiteral("a.actor_id = ?");
            binds << (*request.actorId).number();
        }
        if (request.targetId) {
            where << QStringLiteral("a.target_type = 'member' AND a.target_id = ?");
            binds << (*request.targetId).number();
        }
        if (!request.action.isEmpty()) {
            where << QStringLiteral("a.action = ?");
            binds << request.action;
        }
        // A literal part of a name or address, whatever characters it holds.
        for (const auto& [text, alias] : {std::pair{request.actorText, QStringLiteral("ac")},
                                          std::pair{request.targetText, QStringLiteral("t")}}) {
            const QString needle = searchFolded(m_dialect, text);
            if (!needle.isEmpty()) {
                QStringList columns{alias + QStringLiteral(".display_name"), alias + QStringLiteral(".email")};
                if (alias == QLatin1String("t")) {
                    columns << QStringLiteral("a.target_ref"); // groups, by the name they had
                }
                QStringList any;
                for (const QString& column : columns) {
                    any << containsText(m_dialect, column);
                    binds << needle;
                }
                where << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
            }
        }
        if (request.since) {
            where << QStringLiteral("a.at >= ?");
            binds << request.since->toSecsSinceEpoch();
        }
        if (request.until) {
            where << QStringLiteral("a.at < ?");
            binds << request.until->toSecsSinceEpoch();
        }
        if (request.beforeAt > 0) {
            where << QStringLiteral("(a.at < ? OR (a.at = ? AND a.id < ?))");
            binds << request.beforeAt << request.beforeAt << request.beforeId.number();
        }
        QString sql = auditSelect + QStringLiteral("WHERE ") + where.join(QLatin1String(" AND "))
            + QStringLiteral(" ORDER BY a.at DESC, a.id DESC");
        if (request.limit > 0) {
            sql += QStringLiteral(" LIMIT %1").arg(request.limit);
        }
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!execWith(query, sql, binds)) {
            return errorFrom(query.lastError(), Text::tr("The audit log could not be read."));
        }
        QList<AuditEvent> events;
        while (query.next()) {
            events.append(auditFrom(query));
        }
        return events;
    });
}

} // namespace usher::sql
