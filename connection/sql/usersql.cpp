#include "connection/sql/usersql.h"

#include "core/role.h"
#include "core/status.h"

#include <algorithm>

namespace usher::sql {

QString roleRankSql()
{
    QList<Role> roles = allRoles();
    auto rank = [](Role role) { return roleRank(role) * 2 + (role == Role::Helpdesk ? 1 : 0); };
    std::sort(roles.begin(), roles.end(), [&](Role a, Role b) { return rank(a) < rank(b); });
    QString sql = QStringLiteral("CASE role");
    for (const Role role : roles) {
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(roleKey(role)).arg(rank(role));
    }
    return sql + QStringLiteral(" END");
}

QString sortKey(UserField field, Dialect dialect)
{
    // PostgreSQL compares text by the database's locale unless told otherwise; the indexes
    // are built with "C" so both backends order bytewise alike.
    const QString text = dialect == Dialect::Postgres ? QStringLiteral(" COLLATE \"C\"") : QString();
    switch (field) {
    case UserField::Name:
        return QStringLiteral("m.sort_name") + text;
    case UserField::Email:
        return QStringLiteral("m.email_key") + text;
    case UserField::Role:
        return QStringLiteral("(") + roleRankSql().replace(QLatin1String("CASE role"), QLatin1String("CASE m.role"))
            + QStringLiteral(")");
    case UserField::Groups:
        return QStringLiteral("m.group_key") + text;
    case UserField::Status:
        return QStringLiteral("m.status") + text;
    case UserField::LastSeen:
        return QStringLiteral("(COALESCE(m.last_seen_at, 0))");
    case UserField::Source:
        return QStringLiteral("m.source") + text;
    case UserField::Joined:
        return QStringLiteral("m.joined_at");
    }
    Q_UNREACHABLE();
}

QString sortIndex(UserField field)
{
    switch (field) {
    case UserField::Name:
        return QStringLiteral("memberships_by_name");
    case UserField::Email:
        return QStringLiteral("memberships_by_email");
    case UserField::Role:
        return QStringLiteral("memberships_by_role");
    case UserField::Groups:
        return QStringLiteral("memberships_by_groups");
    case UserField::Status:
        return QStringLiteral("memberships_by_status");
    case UserField::LastSeen:
        return QStringLiteral("memberships_by_last_seen");
    case UserField::Source:
        return QStringLiteral("memberships_by_source");
    case UserField::Joined:
        return QStringLiteral("memberships_by_joined");
    }
    Q_UNREACHABLE();
}

bool searchesFromMatches(const UserFilter& filter, Dialect dialect, SearchPath path)
{
    return dialect == Dialect::Sqlite && path == SearchPath::TrigramIndex
        && normalizedSearch(filter.search).toUcs4().size() >= trigramMinimum;
}

ListingPlan listingPlan(const UserFilter& filter, UserField field, Dialect dialect, SearchPath path)
{
    const QString key = sortKey(field, dialect);
    if (dialect != Dialect::Sqlite) {
        return {QStringLiteral("memberships m"), key};
    }
    if (filter.accountIds) {
        // A few people by id: found by account, then sorted.
        return {QStringLiteral("memberships m INDEXED BY memberships_account"), QStringLiteral("+") + key};
    }
    if (searchesFromMatches(filter, dialect, path)) {
        // The search index's matches: found by their own id, then sorted.
        return {QStringLiteral("memberships m"), QStringLiteral("+") + key};
    }
    return {QStringLiteral("memberships m INDEXED BY ") + sortIndex(field), key};
}

QString ftsPhrase(const QString& text)
{
    QString phrase = text;
    phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

QString afterRow(const QString& key, bool ascending, bool inclusive)
{
    // A row-value comparison, which both databases answer as a range of the sort index.
    const QString beyond = ascending ? QStringLiteral(">") : QStringLiteral("<");
    return QStringLiteral("(%1, m.id) %2%3 (?, ?)").arg(key, beyond, inclusive ? QStringLiteral("=") : QString());
}

namespace {
/// The workspace, status and role of a filter over rows whose columns start with `prefix`
/// (memberships "m." or membership_counts ""); the deleted are out unless asked for.
QString workspaceStatusAndRole(const UserFilter& filter, const QString& prefix, QVariantList* binds)
{
    QString where = prefix + QStringLiteral("workspace_id = ?");
    binds->append(filter.workspaceId.number());
    if (filter.status) {
        where += QStringLiteral(" AND %1status = ?").arg(prefix);
        binds->append(statusKey(*filter.status));
    } else {
        where += QStringLiteral(" AND %1status <> 'deleted'").arg(prefix);
    }
    if (filter.role) {
        where += QStringLiteral(" AND %1role = ?").arg(prefix);
        binds->append(roleKey(*filter.role));
    }
    return where;
}
} // namespace

QString whereClause(const UserFilter& filter, Dialect dialect, QVariantList* binds, SearchPath path)
{
    QString where = workspaceStatusAndRole(filter, QStringLiteral("m."), binds);
    if (filter.source) {
        where += QStringLiteral(" AND m.source = ?");
        binds->append(sourceKey(*filter.source));
    }
    if (filter.groupId) {
        where += QStringLiteral(" AND m.account_id IN (SELECT account_id FROM group_members WHERE group_id = ?)");
        binds->append((*filter.groupId).number());
    }
    if (filter.lastSeenBefore) {
        where += QStringLiteral(" AND COALESCE(m.last_seen_at, 0) < ?");
        binds->append(filter.lastSeenBefore->toSecsSinceEpoch());
    }
    if (filter.lastSeenSince) {
        where += QStringLiteral(" AND m.last_seen_at >= ?");
        binds->append(filter.lastSeenSince->toSecsSinceEpoch());
    }
    if (filter.joinedBefore) {
        where += QStringLiteral(" AND m.joined_at < ?");
        binds->append(filter.joinedBefore->toSecsSinceEpoch());
    }
    if (filter.joinedSince) {
        where += QStringLiteral(" AND m.joined_at >= ?");
        binds->append(filter.joinedSince->toSecsSinceEpoch());
    }
    if (filter.accountIds) {
        // Parameters, one per person; an empty list matches nobody.
        QStringList marks;
        for (const Id& id : *filter.accountIds) {
            marks.append(QStringLiteral("?"));
            binds->append(id.number());
        }
        where += marks.isEmpty() ? QStringLiteral(" AND 1 = 0")
                                 : QStringLiteral(" AND m.account_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    const QString search = normalizedSearch(filter.search);
    if (search.isEmpty()) {
        return where;
    }
    if (searchesFromMatches(filter, dialect, path)) {
        // The search index's rowid holds the membership's id in its low 32 bits (migration 12).
        where += QStringLiteral(" AND m.id IN (SELECT rowid & 4294967295 FROM membership_search "
                                "WHERE membership_search MATCH ?)");
        binds->append(ftsPhrase(search));
        return where;
    }
    // PostgreSQL: the trigram indexes serve LIKE, lower() folding by the database's locale.
    // SQLite: a scan (one or two characters, or a text too common for the index). Its LIKE
    // folds ASCII only, so a text with other letters compares both sides folded by Unicode's
    // rules (usher_fold, added to each connection), as the trigram index does.
    const bool ascii = std::all_of(search.cbegin(), search.cend(), [](QChar c) { return c.unicode() < 0x80; });
    QString name = QStringLiteral("m.sort_name");
    QString text = QStringLiteral("?");
    if (dialect == Dialect::Postgres) {
        text = QStringLiteral("lower(?)");
    } else if (!ascii) {
        name = QStringLiteral("usher_fold(m.sort_name)");
    }
    where += QStringLiteral(" AND (%1 LIKE %2 ESCAPE '\\' OR m.email_key LIKE %2 ESCAPE '\\')").arg(name, text);
    const QString pattern = containsPattern(dialect == Dialect::Postgres ? search : search.toCaseFolded());
    binds->append(pattern);
    binds->append(pattern);
    return where;
}

QString activeAdminsSql(const QString& workspace)
{
    return QStringLiteral("(SELECT CAST(COALESCE(SUM(members), 0) AS BIGINT) FROM membership_counts "
                          "WHERE workspace_id = %1 AND role = 'admin' AND status = 'active')")
        .arg(workspace);
}

QString seatsUsedSql(const QString& workspace)
{
    return QStringLiteral("(SELECT CAST(COALESCE(SUM(members), 0) AS BIGINT) FROM membership_counts "
                          "WHERE workspace_id = %1 AND status IN ('invited', 'active'))")
        .arg(workspace);
}

bool countedByRoleAndStatus(const UserFilter& filter)
{
    return normalizedSearch(filter.search).isEmpty() && !filter.source && !filter.groupId && !filter.lastSeenBefore
        && !filter.lastSeenSince && !filter.joinedBefore && !filter.joinedSince && !filter.accountIds;
}

QString countFromCountsSql(const UserFilter& filter, QVariantList* binds)
{
    return QStringLiteral("SELECT CAST(COALESCE(SUM(members), 0) AS BIGINT) FROM membership_counts WHERE ")
        + workspaceStatusAndRole(filter, QString(), binds);
}

} // namespace usher::sql
