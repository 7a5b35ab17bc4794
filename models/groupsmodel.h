#pragma once

#include "core/group.h"
#include "models/pagedmodel.h"

#include <QIcon>

namespace usher {

class Backend;

/// A workspace's groups (G1) as a table, sorted and searched by the backend and read a page
/// at a time: name, description, member count, source and what each grants.
class GroupsModel : public PagedModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DescriptionColumn, MembersColumn, SourceColumn, PermissionsColumn, ColumnCount };
    enum DataRole { GroupIdRole = Qt::UserRole + 1, SyncedRole };

    GroupsModel(Backend* backend, const Id& workspaceId, QObject* parent = nullptr);

    /// Shows the groups whose name or description holds `text`.
    void setSearch(const QString& text);
    QString search() const { return m_request.search; }

    GroupSummary groupAt(int row) const { return m_groups.value(row); }
    /// The icon that marks synced groups in the Name column.
    void setSyncedIcon(const QIcon& icon) { m_syncedIcon = icon; }
    /// The row of group `id`, or -1 when it is not loaded.
    int rowOf(const Id& id) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    void requestPage(int offset, int limit) override;
    int heldRows() const override { return int(m_groups.size()); }
    void replaceRows(const QVariant& page) override;
    void appendRows(const QVariant& page) override;

private:
    Backend* m_backend;
    GroupPageRequest m_request;
    QList<GroupSummary> m_groups;
    QIcon m_syncedIcon;
};

/// The members of one group and since when (G3, access reviews), by name.
class GroupMembersModel : public PagedModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, RoleColumn, SinceColumn, ColumnCount };
    enum DataRole { AccountIdRole = Qt::UserRole + 1 };

    GroupMembersModel(Backend* backend, const Id& workspaceId, QObject* parent = nullptr);

    /// Shows the members of `groupId` (none: no group) whose name or email holds `search`.
    void setGroup(const Id& groupId, const QString& search = {});
    const Id& groupId() const { return m_request.groupId; }
    GroupMember memberAt(int row) const { return m_members.value(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void requestPage(int offset, int limit) override;
    int heldRows() const override { return int(m_members.size()); }
    void replaceRows(const QVariant& page) override;
    void appendRows(const QVariant& page) override;

private:
    Backend* m_backend;
    GroupMembersRequest m_request;
    QList<GroupMember> m_members;
};

} // namespace usher
