#include "core/userquery.h"

#include <QCoreApplication>

namespace usher {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::SavedView)
};

QString part(const std::optional<QDateTime>& time)
{
    return time ? QString::number(time->toSecsSinceEpoch()) : QString();
}
} // namespace

QString UserFilter::key() const
{
    QStringList parts{workspaceId.text(),
                       normalizedSearch(search),
                       status ? statusKey(*status) : QString(),
                       role ? roleKey(*role) : QString(),
                       source ? sourceKey(*source) : QString(),
                       groupId ? groupId->text() : QString(),
                       part(lastSeenBefore),
                       part(lastSeenSince),
                       part(joinedBefore),
                       part(joinedSince)};
    if (accountIds) {
        QStringList ids;
        for (const Id& id : *accountIds) {
            ids.append(id.text());
        }
        parts.append(QLatin1Char('#') + ids.join(QChar(30)));
    }
    return parts.join(QChar(31));
}

QString normalizedSearch(const QString& text)
{
    return text.simplified();
}

bool rowMatches(const UserSummary& row, const UserFilter& filter)
{
    if (filter.accountIds && !filter.accountIds->contains(row.accountId)) {
        return false;
    }
    if (filter.status ? row.status != *filter.status : row.status == Status::Deleted) {
        return false;
    }
    if ((filter.role && row.role != *filter.role) || (filter.source && row.source != *filter.source)) {
        return false;
    }
    const QString search = normalizedSearch(filter.search);
    if (!search.isEmpty() && !row.displayName.simplified().contains(search, Qt::CaseInsensitive)
        && !row.email.contains(search, Qt::CaseInsensitive)) {
        return false;
    }
    // Never seen counts as seen long ago.
    if (filter.lastSeenBefore && row.lastSeen.isValid() && row.lastSeen >= *filter.lastSeenBefore) {
        return false;
    }
    if (filter.lastSeenSince && (!row.lastSeen.isValid() || row.lastSeen < *filter.lastSeenSince)) {
        return false;
    }
    if (filter.joinedBefore && row.joined.isValid() && row.joined >= *filter.joinedBefore) {
        return false;
    }
    if (filter.joinedSince && row.joined.isValid() && row.joined < *filter.joinedSince) {
        return false;
    }
    return true;
}

QString noLongerMatches(const QString& name)
{
    return Text::tr("Not changed: %1 no longer matches the filter (changed since the change began).").arg(name);
}

QList<SavedView> allSavedViews()
{
    return {SavedView::AllUsers,       SavedView::PendingInvitations, SavedView::ExpiredInvitations,
            SavedView::InvitedOver3Days, SavedView::Inactive90Days,   SavedView::Disabled,
            SavedView::Deleted};
}

QString savedViewName(SavedView view)
{
    switch (view) {
    case SavedView::AllUsers:
        return Text::tr("All users");
    case SavedView::PendingInvitations:
        return Text::tr("Pending invitations");
    case SavedView::ExpiredInvitations:
        return Text::tr("Expired invitations");
    case SavedView::InvitedOver3Days:
        return Text::tr("Invited over 3 days ago");
    case SavedView::Inactive90Days:
        return Text::tr("No sign-in for 90+ days");
    case SavedView::Disabled:
        return Text::tr("Disabled");
    case SavedView::Deleted:
        return Text::tr("Deleted");
    }
    Q_UNREACHABLE();
}

UserFilter savedViewFilter(SavedView view, const Id& workspaceId, const QDateTime& now, int inviteExpiryDays)
{
    UserFilter filter;
    filter.workspaceId = workspaceId;
    // Whole minutes, so the filter (and the caches keyed by it) stays the same for a while.
    const QDateTime minute = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 60 * 60, Qt::UTC);
    switch (view) {
    case SavedView::AllUsers:
        break;
    case SavedView::PendingInvitations:
        filter.status = Status::Invited;
        filter.joinedSince = minute.addDays(-inviteExpiryDays);
        break;
    case SavedView::ExpiredInvitations:
        filter.status = Status::Invited;
        filter.joinedBefore = minute.addDays(-inviteExpiryDays);
        break;
    case SavedView::InvitedOver3Days:
        filter.status = Status::Invited;
        filter.joinedBefore = minute.addDays(-3);
        break;
    case SavedView::Inactive90Days:
        filter.status = Status::Active;
        filter.lastSeenBefore = minute.addDays(-90);
        break;
    case SavedView::Disabled:
        filter.status = Status::Disabled;
        break;
    case SavedView::Deleted:
        filter.status = Status::Deleted;
        break;
    }
    return filter;
}

} // namespace usher
