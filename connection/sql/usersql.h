#pragma once

#include "connection/sql/dialect.h"
#include "core/userquery.h"

#include <QString>
#include <QVariantList>

namespace usher::sql {

/// The SQL of the users listing: which index answers which sort, how a filter becomes a
/// parameterised WHERE clause. Written once for both dialects; the few differences are here.

/// How a search is answered on SQLite. The trigram index is best when few people match; for
/// a common text, walking the sort index and testing each row stops after a page.
enum class SearchPath { TrigramIndex, Scan };

/// Role order of core's hierarchy as SQL, ascending by rank; migration 0003 indexes exactly
/// this expression, so the two must stay the same (a test checks it).
QString roleRankSql();

/// The indexed sort key of a column (on memberships `m`).
QString sortKey(UserField field, Dialect dialect);

/// The index that serves a sort column (migration 0003/0004), so a SQLite listing can name
/// it: the plan must not depend on statistics.
QString sortIndex(UserField field);

/// The FROM clause and ORDER BY key of a listing over memberships `m`. On SQLite the sort
/// index is named, except for a search answered by the trigram index, which starts from its
/// few matches through the account index ("+key" keeps the sort index out of the ordering).
/// True when a SQLite search is answered from the trigram index's matches.
bool searchesFromMatches(const UserFilter& filter, Dialect dialect, SearchPath path);

struct ListingPlan
{
    QString from;
    QString orderKey;
};
ListingPlan listingPlan(const UserFilter& filter, UserField field, Dialect dialect, SearchPath path);

/// Search texts shorter than this cannot use the trigram index and are matched by a scan.
constexpr int trigramMinimum = 3;

/// The WHERE clause of a filter over memberships `m`, with its values appended to `binds`
/// (every value is a parameter; search text is data, never SQL).
QString whereClause(const UserFilter& filter, Dialect dialect, QVariantList* binds,
                    SearchPath path = SearchPath::TrigramIndex);

/// "(key, m.id) > (?, ?)" and its mirror for descending order: the rows after (or from, when
/// `inclusive`) a known row of the listing, as a range of the sort index. Binds: key, id.
QString afterRow(const QString& key, bool ascending, bool inclusive);

/// Member counts kept by migration 0009 (membership_counts), each a scalar subquery over the
/// workspace named by `workspace` (a bound "?" or a column such as "w.id"). They read a few
/// rows, however many members the workspace has.
QString activeAdminsSql(const QString& workspace);
QString seatsUsedSql(const QString& workspace);

/// True when `filter` asks only for a workspace, a status and a role: its count is read from
/// membership_counts (countFromCountsSql) instead of counting members.
bool countedByRoleAndStatus(const UserFilter& filter);
/// The count of such a filter, with its values appended to `binds`.
QString countFromCountsSql(const UserFilter& filter, QVariantList* binds);

/// A full-text query that matches `text` literally as a substring (an FTS5 phrase).
QString ftsPhrase(const QString& text);

} // namespace usher::sql
