#include "core/permissions.h"

#include "core/clamp.h"

#include <QCoreApplication>

namespace usher {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::Permissions)
};

bool allowed(Role op, Action action)
{
    switch (op) {
    case Role::Admin:
        return true;
    case Role::Manager:
        return action != Action::ManageWorkspace && action != Action::PersonalData;
    case Role::Editor:
        return action == Action::ViewUsers || action == Action::EditProfile || action == Action::ResendInvitation
            || action == Action::ViewAudit;
    case Role::Helpdesk:
        return action == Action::ViewUsers || action == Action::ResetPassword || action == Action::ResendInvitation;
    case Role::Monitor:
        return action == Action::ViewUsers || action == Action::ViewAudit;
    case Role::Member:
        return false;
    }
    Q_UNREACHABLE();
}
} // namespace

std::optional<QString> refusal(Role op, Action action)
{
    if (allowed(op, action)) {
        return std::nullopt;
    }
    const QString role = roleDisplayName(op);
    switch (action) {
    case Action::ViewUsers:
        return Text::tr("A %1 cannot see the members of this workspace.").arg(role);
    case Action::EditProfile:
        return Text::tr("A %1 cannot change people's names, email or picture.").arg(role);
    case Action::CreateUser:
        return Text::tr("A %1 cannot create users.").arg(role);
    case Action::InviteUser:
        return Text::tr("A %1 cannot invite people.").arg(role);
    case Action::ResendInvitation:
        return Text::tr("A %1 cannot resend invitations.").arg(role);
    case Action::ChangeRole:
        return Text::tr("Only Managers and Admins change roles.");
    case Action::ChangeStatus:
        return Text::tr("Only Managers and Admins disable or reactivate people.");
    case Action::DeleteUser:
        return Text::tr("Only Managers and Admins delete or restore people.");
    case Action::ResetPassword:
        return Text::tr("A %1 cannot help with passwords.").arg(role);
    case Action::ManageGroups:
        return Text::tr("Only Managers and Admins manage groups.");
    case Action::ViewAudit:
        return Text::tr("A %1 cannot see the audit log.").arg(role);
    case Action::ManageWorkspace:
        return Text::tr("Only Admins change the workspace's settings.");
    case Action::PersonalData:
        return Text::tr("Only Admins export or erase someone's personal data.");
    }
    Q_UNREACHABLE();
}

std::optional<QString> refusalOnTarget(Role op, Role target)
{
    if (roleRank(target) > roleRank(op)) {
        return Text::tr("A %1 cannot change someone whose role (%2) is above their own.")
            .arg(roleDisplayName(op), roleDisplayName(target));
    }
    return std::nullopt;
}

std::optional<QString> refusalToEdit(Role op, Role target, bool onSelf)
{
    if (onSelf) {
        return std::nullopt;
    }
    if (refusal(op, Action::EditProfile) && refusal(op, Action::ChangeRole)) {
        return refusal(op, Action::EditProfile);
    }
    return refusalOnTarget(op, target);
}

std::optional<QString> refusalToGrant(Role op, Role wanted)
{
    if (op != Role::Admin && op != Role::Manager) {
        return refusal(op, Action::ChangeRole);
    }
    if (!canGrantRole(op, wanted)) {
        return Text::tr("A %1 cannot give the role %2, which is above their own.")
            .arg(roleDisplayName(op), roleDisplayName(wanted));
    }
    return std::nullopt;
}

bool isActiveAdmin(Role role, Status status)
{
    return role == Role::Admin && status == Status::Active;
}

std::optional<QString> refusalForLastAdmin(qint64 activeAdmins, Role role, Status status, Role newRole,
                                           Status newStatus)
{
    const bool losesAdmin = isActiveAdmin(role, status) && !isActiveAdmin(newRole, newStatus);
    if (losesAdmin && activeAdmins <= 1) {
        return Text::tr("This is the workspace's last Admin. Make someone else an Admin first.");
    }
    return std::nullopt;
}

bool holdsSeat(Status status)
{
    return status == Status::Active || status == Status::Invited;
}

std::optional<QString> refusalForSeats(qint64 used, std::optional<qint64> cap, qint64 adding)
{
    if (cap && adding > 0 && used + adding > *cap) {
        return Text::tr("Seat limit reached — upgrade to add more (%1 of %2 seats used, %n more needed).", nullptr,
                        clampToInt(used + adding - *cap))
            .arg(used)
            .arg(*cap);
    }
    return std::nullopt;
}

} // namespace usher
