#include "models/groupsmodel.h"

#include "connection/backend.h"
#include "models/timeformat.h"

#include <QColor>

namespace usher {

GroupsModel::GroupsModel(Backend* backend, const Id& workspaceId, QObject* parent)
    : PagedModel(parent)
    , m_backend(backend)
{
    m_request.workspaceId = workspaceId;
    restart();
}

void GroupsModel::setSearch(const QString& text)
{
    if (text.trimmed() == m_request.search) {
        return;
    }
    m_request.search = text.trimmed();
    restart();
}

int GroupsModel::rowOf(const Id& id) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups[row].id == id) {
            return row;
        }
    }
    return -1;
}

int GroupsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= m_groups.size()) {
        return {};
    }
    const GroupSummary& group = m_groups[index.row()];
    switch (role) {
    case GroupIdRole:
        return QVariant::fromValue(group.id);
    case SyncedRole:
        return group.synced;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return group.name;
        case DescriptionColumn:
            return group.description;
        case MembersColumn:
            return group.memberCount;
        case SourceColumn:
            return group.synced ? tr("Synced") : !group.keptBy.isEmpty() ? group.keptBy : tr("Made in Usher");
        case PermissionsColumn: {
            QStringList titles;
            for (const QString& key : group.permissions) {
                titles.append(permissionTitle(key));
            }
            return titles.isEmpty() ? tr("None") : titles.join(QStringLiteral(", "));
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn || index.column() == NameColumn) {
            if (!group.synced && !group.keptBy.isEmpty()) {
                return tr("Kept by the %1 service; Usher changes its name and members there.").arg(group.keptBy);
            }
            if (!group.synced) {
                return tr("Made in Usher: its name and members are changed here.");
            }
            return tr("Synced from %1; last sync %2. Its name and members are changed there.")
                .arg(group.externalId.isEmpty() ? tr("a directory") : group.externalId,
                     group.syncedAt.isValid() ? fullDateTime(group.syncedAt) : tr("never"));
        }
        if (index.column() == PermissionsColumn) {
            return group.permissions.join(QStringLiteral("\n"));
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == NameColumn && group.synced ? QVariant(m_syncedIcon) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == MembersColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == PermissionsColumn && group.permissions.isEmpty()) {
            return QColor(Qt::gray);
        }
        return {};
    }
    return {};
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    case MembersColumn:
        return tr("Members");
    case SourceColumn:
        return tr("Source");
    case PermissionsColumn:
        return tr("Permissions");
    }
    return {};
}

void GroupsModel::sort(int column, Qt::SortOrder order)
{
    GroupSortColumn sort = GroupSortColumn::Name;
    switch (column) {
    case MembersColumn:
        sort = GroupSortColumn::Members;
        break;
    case SourceColumn:
        sort = GroupSortColumn::Source;
        break;
    default:
        break;
    }
    if (sort == m_request.sort && order == m_request.order) {
        return;
    }
    m_request.sort = sort;
    m_request.order = order;
    restart();
}

void GroupsModel::requestPage(int offset, int limit)
{
    GroupPageRequest request = m_request;
    request.offset = offset;
    request.limit = limit;
    take(m_backend->groups()->listGroupPage(request));
}

void GroupsModel::replaceRows(const QVariant& page)
{
    m_groups = page.value<GroupPage>().rows;
}

void GroupsModel::appendRows(const QVariant& page)
{
    m_groups += page.value<GroupPage>().rows;
}

GroupMembersModel::GroupMembersModel(Backend* backend, const Id& workspaceId, QObject* parent)
    : PagedModel(parent)
    , m_backend(backend)
{
    m_request.workspaceId = workspaceId;
}

void GroupMembersModel::setGroup(const Id& groupId, const QString& search)
{
    m_request.groupId = groupId;
    m_request.search = search.trimmed();
    restart();
}

int GroupMembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMembersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= m_members.size()) {
        return {};
    }
    const GroupMember& member = m_members[index.row()];
    if (role == AccountIdRole) {
        return QVariant::fromValue(member.accountId);
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return member.name.isEmpty() ? member.email : member.name;
        case EmailColumn:
            return member.email;
        case RoleColumn:
            return member.status == Status::Active
                ? roleDisplayName(member.role)
                : tr("%1 (%2)").arg(roleDisplayName(member.role), statusDisplayName(member.status));
        case SinceColumn:
            return relativeTime(member.addedAt);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == SinceColumn) {
        return fullDateTime(member.addedAt);
    }
    return {};
}

QVariant GroupMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    case SinceColumn:
        return tr("Member since");
    }
    return {};
}

void GroupMembersModel::requestPage(int offset, int limit)
{
    if (m_request.groupId == 0) {
        take(QtFuture::makeReadyFuture(Result<GroupMembersPage>(GroupMembersPage{})));
        return;
    }
    GroupMembersRequest request = m_request;
    request.offset = offset;
    request.limit = limit;
    take(m_backend->groups()->listGroupMembers(request));
}

void GroupMembersModel::replaceRows(const QVariant& page)
{
    m_members = page.value<GroupMembersPage>().rows;
}

void GroupMembersModel::appendRows(const QVariant& page)
{
    m_members += page.value<GroupMembersPage>().rows;
}

} // namespace usher
