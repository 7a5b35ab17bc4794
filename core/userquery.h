#pragma once

#include "core/account.h"

#include <QList>
#include <QString>

#include <optional>

namespace usher {

/// Columns of the users table that can be sorted on, in display order.
enum class UserField { Name, Email, Role, Groups, Status, LastSeen, Source, Joined };

/// Which members a list or count covers. Every backend applies it server-side.
struct UserFilter
{
    qint64 workspaceId = 1;
    /// Matched literally (no wildcards) against name and email substrings, case-insensitively.
    QString search;
    /// Only this status; when unset, everyone except the deleted (who live in their own view).
    std::optional<Status> status;

    bool operator==(const UserFilter& other) const;
    bool operator!=(const UserFilter& other) const { return !(*this == other); }
};

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

} // namespace usher
