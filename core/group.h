#pragma once

#include "core/role.h"
#include "core/status.h"
#include "core/stoptoken.h"
#include "core/userquery.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace usher {

// Groups and permissions (G1-G4). Groups are the unit of permission: a group grants
// permissions from the catalogue below to its members; a member's effective permissions are
// the union of their role's and their groups'.

/// One entry of the permission catalogue.
struct PermissionInfo
{
    QString key; ///< "users.view": what is stored and exported.
    QString title; ///< "View people" (translated).
    QString description; ///< One sentence (translated).
};

/// Every permission a group can grant, in the order screens list them.
QList<PermissionInfo> permissionCatalogue();
/// The catalogue's keys, in order.
QStringList permissionKeys();
bool isKnownPermission(const QString& key);
/// The translated title of a permission; the key itself for one Usher does not know.
QString permissionTitle(const QString& key);
/// The permissions a role grants on its own, in catalogue order.
QStringList permissionsOfRole(Role role);

/// A group a member belongs to, with what it grants.
struct GroupGrant
{
    Id groupId;
    QString name;
    bool synced = false;
    QStringList permissions;
};

/// One effective permission of a member, with what grants it.
struct EffectivePermission
{
    QString key;
    bool fromRole = false; ///< The member's role grants it.
    QStringList groups; ///< The groups that grant it, by name.
};

/// The union of the role's permissions and the groups', in catalogue order (unknown keys last),
/// each with its provenance.
QList<EffectivePermission> effectivePermissions(Role role, const QList<GroupGrant>& groups);

/// The permissions a member would lose by leaving the groups in `leaving`: those the leaving
/// groups grant that neither their role nor any of their other groups grants.
QStringList permissionsLost(Role role, const QList<GroupGrant>& groups, const QSet<Id>& leaving);

/// A group as the groups table and the pickers show it (G1).
struct GroupSummary
{
    Id id;
    QString name;
    QString description;
    bool synced = false; ///< Mirrored from a directory; its name and members are read-only here.
    QString externalId; ///< The directory's name for it, for synced groups.
    QDateTime syncedAt; ///< The last sync, for synced groups.
    /// Kept by the service the connection reaches (a SCIM group): changed there, through Usher,
    /// and made there, not in Usher. Empty for a group of Usher's own database.
    QString keptBy;
    QDateTime createdAt;
    qint64 memberCount = 0;
    QStringList permissions; ///< Keys, in catalogue order.
};

/// What a create or an edit sets. Unset parts of an edit stay as they are.
struct GroupEdit
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QStringList> permissions;
};

/// Why a group name is not acceptable, or nothing. Names are unique per workspace,
/// ignoring case; the backend checks that part.
std::optional<QString> groupNameProblem(const QString& name);
/// Why a permission list is not acceptable (an unknown key), or nothing.
std::optional<QString> permissionsProblem(const QStringList& permissions);

/// Why `op` may not change a group's name, description or members, or nothing: the role must
/// allow Action::ManageGroups, and a synced group is changed in its directory.
std::optional<QString> refusalToEditGroup(Role op, const GroupSummary& group);
/// Why `op` may not give people `permissions` (by granting them to a group, or by adding people
/// to a group that grants them): nobody grants a permission their own role does not have.
std::optional<QString> refusalToGrantPermissions(Role op, const QStringList& permissions);
/// The ceiling alone: why `permissions` go beyond what role `op` has itself, or nothing. For
/// handing on access some other way (a copied invitation link, signup's default groups).
std::optional<QString> refusalBeyondRole(Role op, const QStringList& permissions);
/// Why `op` may not take `permissions` away from people (by removing them from a group that grants
/// them, stripping them from a group, deleting the group), or nothing: nobody removes a
/// permission their own role does not have, which they could not give back.
std::optional<QString> refusalToRemovePermissions(Role op, const QStringList& permissions);

// The same rules as for changes to members (core/permissions.h): nobody acts on someone above
// them, nobody grants or removes what they lack. Every backend applies them in its transaction;
// screens use them to disable what would be refused.

/// Why `op` may not add a member whose role is `target` to `group` (`add`) or remove them from
/// it, or nothing: the group must be theirs to edit, the member not above them, and what the
/// group grants within their own role.
std::optional<QString> refusalToChangeGroupMember(Role op, const GroupSummary& group, bool add, Role target);
/// Why `op` may not change what a group grants from `before` to `after`, or nothing: they may
/// neither add nor strip a permission their own role lacks.
std::optional<QString> refusalToChangeGroupPermissions(Role op, const QStringList& before, const QStringList& after);
/// Why `op` may not delete `group`, whose members have the roles `memberRoles`, or nothing: its
/// members lose it, so it must be theirs to edit, grant nothing beyond their own role, and hold
/// nobody above them.
std::optional<QString> refusalToDeleteGroup(Role op, const GroupSummary& group, const QList<Role>& memberRoles);

enum class GroupSortColumn { Name, Members, Source, Created };

/// One page of a workspace's groups, sorted and searched by the backend.
struct GroupPageRequest
{
    Id workspaceId;
    QString search; ///< A literal part of the name or description.
    GroupSortColumn sort = GroupSortColumn::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = 200;
};

struct GroupPage
{
    QList<GroupSummary> rows;
    qint64 total = 0; ///< Groups matching the search.
};

/// A member of a group and since when (G3, access reviews).
struct GroupMember
{
    Id accountId;
    QString name;
    QString email;
    Role role = Role::Member;
    Status status = Status::Active;
    QDateTime addedAt;
};

/// One page of a group's members, by name.
struct GroupMembersRequest
{
    Id workspaceId;
    Id groupId;
    QString search; ///< A literal part of the name or email.
    int offset = 0;
    int limit = 500; ///< 0: all.
};

struct GroupMembersPage
{
    QList<GroupMember> rows;
    qint64 total = 0;
};

/// Adds people to a group or removes them from it.
struct GroupMembersChange
{
    Id groupId;
    bool add = true;
    QList<Id> accountIds;
    /// Instead of accountIds: every member this filter matches when the change starts.
    std::optional<UserFilter> matching;
    /// Stop before the next chunk; the outcomes still name who was changed and who was not reached.
    StopToken stop;
};

/// Who loses what when a group goes (G2).
struct PermissionLoss
{
    Id accountId;
    QString name;
    QString email;
    QStringList lost; ///< Permission keys.
};

struct GroupDeleteImpact
{
    GroupSummary group;
    QList<PermissionLoss> losses; ///< Only members who lose something, by name.
    qint64 keepEverything = 0; ///< Members whose role or other groups grant all of it.
};

} // namespace usher

Q_DECLARE_METATYPE(usher::GroupSummary)
