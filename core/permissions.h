#pragma once

#include "core/role.h"
#include "core/status.h"

#include <QString>
#include <optional>

namespace usher {

/// What an operator can ask Usher to do to members. Every backend checks it (inside its
/// transaction) and the UI disables what is refused, with the same sentence as a tooltip.
enum class Action {
    ViewUsers,
    EditProfile, ///< Names, email, avatar.
    CreateUser,
    InviteUser,
    ResendInvitation,
    ChangeRole,
    ChangeStatus, ///< Disable, reactivate.
    DeleteUser, ///< Soft delete, restore, remove from workspace.
    ResetPassword, ///< Reset link, temporary password, unlock.
    ManageGroups,
    ViewAudit,
    ManageWorkspace, ///< Seat cap, signup settings.
    PersonalData, ///< Export or erase everything held about someone (GDPR, U7 and U8).
};

/// Why a member with role `op` may not do `action` at all (translated), or nothing when
/// the role allows it. Admin may do everything; Manager all but workspace settings; Editor
/// edits profiles and resends invitations; Helpdesk views, resets passwords and resends
/// invitations; Monitor views users and the audit log; Member nothing here.
std::optional<QString> refusal(Role op, Action action);

/// Why `op` may not act on a member whose role is `target` (nobody changes someone above
/// them), or nothing.
std::optional<QString> refusalOnTarget(Role op, Role target);

/// Why `op` may not open someone's profile for editing (names, email, picture or role), or
/// nothing: everyone edits themselves; others need to edit profiles or change roles, and only
/// someone not above them.
std::optional<QString> refusalToEdit(Role op, Role target, bool onSelf);

/// Why `op` may not give someone the role `wanted` (Managers and Admins only, never above
/// their own), or nothing.
std::optional<QString> refusalToGrant(Role op, Role wanted);

/// Whether a member counts as an Admin of the workspace (active Admins keep it running).
bool isActiveAdmin(Role role, Status status);

/// Why a change would leave the workspace without an active Admin, or nothing.
/// `activeAdmins` counts the workspace's active Admins before the change.
std::optional<QString> refusalForLastAdmin(qint64 activeAdmins, Role role, Status status, Role newRole,
                                           Status newStatus);

/// Why adding `adding` members (active or invited) is refused by the seat cap, or nothing.
/// `used` counts the seats taken; no cap means no limit.
std::optional<QString> refusalForSeats(qint64 used, std::optional<qint64> cap, qint64 adding);

/// Whether a member holds a seat: invited and active members do; disabled and deleted do not.
bool holdsSeat(Status status);

} // namespace usher
Q_DECLARE_METATYPE(usher::Action)
