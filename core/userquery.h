#pragma once

#include "core/account.h"

#include <QDateTime>

#include <QList>
#include <QString>

#include <optional>

namespace usher {

/// Columns of the users table that can be sorted on, in display order.
enum class UserField { Name, Email, Role, Groups, Status, LastSeen, Source, Joined };

/// Which members a list or count covers. Every backend applies it server-side; unset
/// fields do not filter.
struct UserFilter
{
    Id workspaceId = 1;
    /// Matched literally (no wildcards) against name and email substrings, case-insensitively.
    QString search;
    /// Only this status; when unset, everyone except the deleted (who live in their own view).
    std::optional<Status> status;
    std::optional<Role> role;
    std::optional<Source> source;
    std::optional<Id> groupId; ///< Members of this group.
    /// Last seen before this time; people who never signed in count as seen long ago.
    std::optional<QDateTime> lastSeenBefore;
    /// Last seen at or after this time (so never-seen people are out).
    std::optional<QDateTime> lastSeenSince;
    /// Joined (for invitations: invited) before / at or after this time.
    std::optional<QDateTime> joinedBefore;
    std::optional<QDateTime> joinedSince;
    /// Only these people (at most a few thousand): to learn which of them a view still lists.
    std::optional<QList<Id>> accountIds;

    /// A stable text naming exactly this filter, for caches and comparisons.
    QString key() const;
    bool operator==(const UserFilter& other) const { return key() == other.key(); }
    bool operator!=(const UserFilter& other) const { return !(*this == other); }
};

/// The hygiene views of the side list (U2).
enum class SavedView {
    AllUsers,
    PendingInvitations, ///< Invited, link not expired yet.
    ExpiredInvitations, ///< Invited, link expired.
    InvitedOver3Days, ///< Invited more than three days ago and not accepted.
    Inactive90Days, ///< Active, but no sign-in for 90 days or more (or never).
    Disabled,
    Deleted, ///< In the recovery window.
};

QList<SavedView> allSavedViews();
QString savedViewName(SavedView view);
/// The filter of a saved view at time `now`; invitations expire after `inviteExpiryDays`.
UserFilter savedViewFilter(SavedView view, const Id& workspaceId, const QDateTime& now, int inviteExpiryDays = 14);

struct UserSort
{
    UserField field = UserField::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
};

/// One page of a sorted, filtered list.
struct UserPageRequest
{
    UserFilter filter;
    UserSort sort;
    qint64 offset = 0;
    int limit = 200;
};

struct UserPage
{
    qint64 offset = 0;
    QList<UserSummary> rows;
};

/// The search text as the backends match it: surrounding and repeated whitespace removed.
QString normalizedSearch(const QString& text);

/// Whether `row` is one `filter` lists, as far as the row can tell: everything but the group
/// (a row names its groups, not their ids). A backend that cannot trust another's filtering
/// (a SCIM service) checks each person of a change to "everyone matching" with it, so that a
/// service which filters wrongly changes nobody the filter did not mean.
bool rowMatches(const UserSummary& row, const UserFilter& filter);

/// Why a person of a change to "everyone matching" was left alone: they no longer match it.
QString noLongerMatches(const QString& name);

} // namespace usher
Q_DECLARE_METATYPE(usher::UserFilter)
