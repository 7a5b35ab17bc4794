#include "core/group.h"

#include "core/permissions.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace usher {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::Groups)
};

/// The catalogue, once: key, title, description, and the Usher action whose holders' role
/// grants the permission on its own (none: only Admins, who hold everything).
struct CatalogueEntry
{
    const char* key;
    const char* title;
    const char* description;
    std::optional<Action> roleAction;
};

const CatalogueEntry catalogue[] = {
    {"users.view", QT_TRANSLATE_NOOP("usher::Groups", "View people"),
     QT_TRANSLATE_NOOP("usher::Groups", "See the workspace's members, their groups and status."), Action::ViewUsers},
    {"users.invite", QT_TRANSLATE_NOOP("usher::Groups", "Invite people"),
     QT_TRANSLATE_NOOP("usher::Groups", "Send invitations and approve the waitlist."), Action::InviteUser},
    {"users.manage", QT_TRANSLATE_NOOP("usher::Groups", "Manage people"),
     QT_TRANSLATE_NOOP("usher::Groups", "Change roles, disable, delete and restore members."), Action::ChangeStatus},
    {"passwords.reset", QT_TRANSLATE_NOOP("usher::Groups", "Help with passwords"),
     QT_TRANSLATE_NOOP("usher::Groups", "Send reset links, set temporary passwords, unlock accounts."),
     Action::ResetPassword},
    {"groups.manage", QT_TRANSLATE_NOOP("usher::Groups", "Manage groups"),
     QT_TRANSLATE_NOOP("usher::Groups", "Create, rename and delete groups and change their members."),
     Action::ManageGroups},
    {"audit.view", QT_TRANSLATE_NOOP("usher::Groups", "View the audit log"),
     QT_TRANSLATE_NOOP("usher::Groups", "See who changed what, and when."), Action::ViewAudit},
    {"billing.manage", QT_TRANSLATE_NOOP("usher::Groups", "Manage billing"),
     QT_TRANSLATE_NOOP("usher::Groups", "Change the plan, the seat cap and payment details."), Action::ManageWorkspace},
    {"automations.edit", QT_TRANSLATE_NOOP("usher::Groups", "Edit automations"),
     QT_TRANSLATE_NOOP("usher::Groups", "Create and change automated workflows."), std::nullopt},
};

QString translated(const char* text)
{
    return QCoreApplication::translate("usher::Groups", text);
}

bool roleGrants(Role role, const CatalogueEntry& entry)
{
    if (role == Role::Admin) {
        return true;
    }
    return entry.roleAction && !refusal(role, *entry.roleAction);
}
} // namespace

QList<PermissionInfo> permissionCatalogue()
{
    QList<PermissionInfo> list;
    for (const CatalogueEntry& entry : catalogue) {
        list.append({QString::fromLatin1(entry.key), translated(entry.title), translated(entry.description)});
    }
    return list;
}

QStringList permissionKeys()
{
    QStringList keys;
    for (const CatalogueEntry& entry : catalogue) {
        keys.append(QString::fromLatin1(entry.key));
    }
    return keys;
}

bool isKnownPermission(const QString& key)
{
    return permissionKeys().contains(key);
}

QString permissionTitle(const QString& key)
{
    for (const CatalogueEntry& entry : catalogue) {
        if (key == QLatin1String(entry.key)) {
            return translated(entry.title);
        }
    }
    return key;
}

QStringList permissionsOfRole(Role role)
{
    QStringList keys;
    for (const CatalogueEntry& entry : catalogue) {
        if (roleGrants(role, entry)) {
            keys.append(QString::fromLatin1(entry.key));
        }
    }
    return keys;
}

QList<EffectivePermission> effectivePermissions(Role role, const QList<GroupGrant>& groups)
{
    const QStringList fromRole = permissionsOfRole(role);
    QStringList keys = permissionKeys();
    for (const GroupGrant& group : groups) {
        for (const QString& key : group.permissions) {
            if (!keys.contains(key)) {
                keys.append(key);
            }
        }
    }
    QList<EffectivePermission> effective;
    for (const QString& key : keys) {
        EffectivePermission permission{key, fromRole.contains(key), {}};
        for (const GroupGrant& group : groups) {
            if (group.permissions.contains(key)) {
                permission.groups.append(group.name);
            }
        }
        if (permission.fromRole || !permission.groups.isEmpty()) {
            permission.groups.sort(Qt::CaseInsensitive);
            effective.append(permission);
        }
    }
    return effective;
}

QStringList permissionsLost(Role role, const QList<GroupGrant>& groups, const QSet<Id>& leaving)
{
    QList<GroupGrant> staying;
    QStringList granted;
    for (const GroupGrant& group : groups) {
        if (leaving.contains(group.groupId)) {
            granted += group.permissions;
        } else {
            staying.append(group);
        }
    }
    QStringList kept;
    for (const EffectivePermission& permission : effectivePermissions(role, staying)) {
        kept.append(permission.key);
    }
    QStringList lost;
    for (const EffectivePermission& permission : effectivePermissions(Role::Member, {{0, {}, false, granted}})) {
        if (!kept.contains(permission.key)) {
            lost.append(permission.key);
        }
    }
    return lost;
}

std::optional<QString> groupNameProblem(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Text::tr("Name: a group needs a name.");
    }
    if (trimmed.size() > 100) {
        return Text::tr("Name: at most 100 characters (this one has %1).").arg(trimmed.size());
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control) {
            return Text::tr("Name: control characters (such as tabs or line breaks) are not allowed.");
        }
    }
    return std::nullopt;
}

std::optional<QString> permissionsProblem(const QStringList& permissions)
{
    for (const QString& key : permissions) {
        if (!isKnownPermission(key)) {
            return Text::tr("Permissions: “%1” is not a permission Usher knows (known: %2).")
                .arg(key, permissionKeys().join(QStringLiteral(", ")));
        }
    }
    return std::nullopt;
}

std::optional<QString> refusalToEditGroup(Role op, const GroupSummary& group)
{
    if (const auto why = refusal(op, Action::ManageGroups)) {
        return why;
    }
    if (group.synced) {
        const QString source = group.externalId.isEmpty() ? Text::tr("your directory") : group.externalId;
        const QString when = group.syncedAt.isValid()
            ? QLocale().toString(group.syncedAt.toLocalTime(), QLocale::ShortFormat)
            : Text::tr("never");
        return Text::tr("“%1” is synced from %2 (last sync: %3). Change its name and members there; "
                        "Usher would undo a change made here at the next sync.")
            .arg(group.name, source, when);
    }
    return std::nullopt;
}

std::optional<QString> refusalToGrantPermissions(Role op, const QStringList& permissions)
{
    if (const auto why = refusal(op, Action::ManageGroups)) {
        return why;
    }
    return refusalBeyondRole(op, permissions);
}

namespace {
/// The titles of those of `permissions` that role `op` does not have, joined for a sentence;
/// empty when it has them all.
QString beyondRole(Role op, const QStringList& permissions)
{
    const QStringList own = permissionsOfRole(op);
    QStringList titles;
    for (const QString& key : permissions) {
        if (!own.contains(key) && !titles.contains(permissionTitle(key))) {
            titles.append(permissionTitle(key));
        }
    }
    return titles.join(QStringLiteral("”, “"));
}
} // namespace

std::optional<QString> refusalBeyondRole(Role op, const QStringList& permissions)
{
    const QString beyond = beyondRole(op, permissions);
    if (beyond.isEmpty()) {
        return std::nullopt;
    }
    return Text::tr("A %1 cannot give people “%2”, which their own role does not have. Ask an Admin.")
        .arg(roleDisplayName(op), beyond);
}

std::optional<QString> refusalToRemovePermissions(Role op, const QStringList& permissions)
{
    const QString beyond = beyondRole(op, permissions);
    if (beyond.isEmpty()) {
        return std::nullopt;
    }
    return Text::tr("A %1 cannot take “%2” away from people, which their own role does not have. Ask an Admin.")
        .arg(roleDisplayName(op), beyond);
}

std::optional<QString> refusalToChangeGroupMember(Role op, const GroupSummary& group, bool add, Role target)
{
    if (const auto why = refusalToEditGroup(op, group)) {
        return why;
    }
    if (const auto why = refusalOnTarget(op, target)) {
        return why;
    }
    return add ? refusalBeyondRole(op, group.permissions) : refusalToRemovePermissions(op, group.permissions);
}

std::optional<QString> refusalToChangeGroupPermissions(Role op, const QStringList& before, const QStringList& after)
{
    // Permissions are Usher's own, also for synced groups: only the right to manage groups counts.
    if (const auto why = refusal(op, Action::ManageGroups)) {
        return why;
    }
    QStringList added;
    for (const QString& key : after) {
        if (!before.contains(key)) {
            added.append(key);
        }
    }
    QStringList removed;
    for (const QString& key : before) {
        if (!after.contains(key)) {
            removed.append(key);
        }
    }
    if (const auto why = refusalBeyondRole(op, added)) {
        return why;
    }
    return refusalToRemovePermissions(op, removed);
}

std::optional<QString> refusalToDeleteGroup(Role op, const GroupSummary& group, const QList<Role>& memberRoles)
{
    if (const auto why = refusalToEditGroup(op, group)) {
        return why;
    }
    if (const auto why = refusalToRemovePermissions(op, group.permissions)) {
        return why;
    }
    for (const Role member : memberRoles) {
        if (refusalOnTarget(op, member)) {
            return Text::tr("A %1 cannot delete “%2”: it has members whose role (%3) is above their own.")
                .arg(roleDisplayName(op), group.name, roleDisplayName(member));
        }
    }
    return std::nullopt;
}

} // namespace usher
