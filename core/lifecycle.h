#pragma once

#include "core/account.h"
#include "core/group.h"
#include "core/outcome.h"
#include "core/permissions.h"
#include "core/stoptoken.h"
#include "core/userquery.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace usher {

/// Who is making a change, and where. Backends re-read the operator's role inside every
/// change's transaction; `role` here only shapes what the screen offers.
struct Operator
{
    Id workspaceId;
    Id accountId;
    Role role = Role::Member;
    QString displayName;
    QString email;
};

/// What can be done to existing members, one or many at a time.
enum class MemberOperation {
    ChangeRole,
    Disable, ///< Blocks sign-in and revokes the member's sessions; keeps everything else.
    Reactivate, ///< Undoes Disable; the old password works again.
    Delete, ///< Soft delete: the Deleted view keeps the member for `recoveryDays`.
    Restore, ///< Undoes Delete within the recovery window.
    RemoveFromWorkspace, ///< Ends the membership; the account and its other workspaces stay.
};

/// Days a deleted member can be restored before they are purged.
constexpr int recoveryDays = 30;

/// The permission an operation needs.
Action actionFor(MemberOperation operation);
/// The status a member has after the operation; `before` is the status now and
/// `beforeDelete` the one they had when they were deleted (for Restore).
Status statusAfter(MemberOperation operation, Status before, Status beforeDelete = Status::Active);

/// Why `op` (with role `opRole`) may not apply `operation` to a member with `targetRole`
/// and `targetStatus`, or nothing. Covers the operator's role, the target's rank, the role
/// ceiling (for ChangeRole, `newRole`), the member's state and acting on oneself. The
/// last-Admin and seat rules need counts and are checked separately.
std::optional<QString> refusalOf(Role opRole, MemberOperation operation, Role targetRole, Status targetStatus,
                                 Role newRole = Role::Member, bool onSelf = false);

/// Whether the operation gives the member a seat they do not hold now.
bool takesSeat(MemberOperation operation, Status before, Status beforeDelete = Status::Active);

/// A change to one or many members. An empty `expectedVersion` means "as it is now" (bulk
/// changes of members the operator has not opened).
struct MemberTarget
{
    Id accountId;
    Version expectedVersion;
};

struct MemberChange
{
    MemberOperation operation = MemberOperation::ChangeRole;
    Role role = Role::Member; ///< For ChangeRole.
    QList<MemberTarget> targets;
    /// Instead of targets: every member this filter matches when the change starts, each one
    /// checked again against it in their own step (someone who no longer matches is left alone).
    std::optional<UserFilter> matching;
    QString reason; ///< Optional, recorded in the audit log.
    /// Stop before the next chunk; the outcomes still name who was changed and who was not reached.
    StopToken stop;
};

/// Why a change to several people leaves the operator out, or nothing: nobody changes their
/// own role or access as a side effect of a change meant for others. Acting on yourself alone
/// is left to refusalOf().
std::optional<QString> refusalOfSelfAmongMany(bool onSelf, qsizetype targetCount);

/// What happened to one member of a change.
struct MemberOutcome : Outcome
{
    Id accountId;
    bool conflict = false; ///< Refused because someone changed the member since it was read.
    Version version; ///< The membership's version after the change.
};

/// The workspace's Admins and seats as a change to many members goes along: read once when a
/// rule first needs them, then kept up to date by each member's decision.
struct WorkspaceCounts
{
    bool loaded = false;
    qint64 activeAdmins = 0;
    qint64 seatsUsed = 0;
    std::optional<qint64> seatCap;
};

/// One member as the backend read them, inside the change's transaction.
struct MemberState
{
    Role role = Role::Member;
    Status status = Status::Active;
    Status statusBeforeDelete = Status::Active;
    Version version;
};

/// What one member's part of a change comes to, decided by decideMemberChange().
struct MemberDecision
{
    enum class Verdict {
        Refused, ///< `why` says which rule.
        Conflict, ///< Changed since the operator read them (`why` is left to the backend, which knows by whom).
        Unchanged, ///< Already so: nothing to write, and done.
        Apply, ///< Write `newRole` and `newStatus`.
        NeedsCounts, ///< Ask again with the workspace's counts loaded.
    };
    Verdict verdict = Verdict::Refused;
    QString why;
    Role newRole = Role::Member;
    Status newStatus = Status::Active;
};

/// The rules of a change to one member, in the order every backend applies them: acting on
/// oneself among many, the operator's role against the member's (refusalOf), a stale version,
/// then the last-Admin and seat rules, which need `counts` (NeedsCounts until they are loaded).
/// On Apply, `counts` is updated as if the change were written, for the next member.
MemberDecision decideMemberChange(Role operatorRole, bool onSelf, qsizetype targetCount, const MemberChange& change,
                                  const Version& expectedVersion, const MemberState& member, WorkspaceCounts& counts);

/// A new account created directly by an operator (U4).
struct NewMember
{
    QString firstName;
    QString lastName;
    QString email;
    Role role = Role::Member;
    QString password; ///< Only for the first Admin of a shared database; empty otherwise.
};

/// The parts of a profile an edit can change (U4). Unset parts stay as they are.
struct ProfileEdit
{
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> email;
    std::optional<QByteArray> avatar; ///< PNG; an empty array removes the picture.
};

/// Why a new or edited profile is not acceptable (which field, why), or nothing.
std::optional<QString> profileProblem(const QString& firstName, const QString& lastName, const QString& email);

/// One more workspace an account belongs to, as a change to what all its workspaces share
/// (names, email, picture, password) sees it: the account's role there, and the operator's.
struct SharedMembership
{
    Role targetRole = Role::Member;
    bool operatorActive = false; ///< The operator is an active member there.
    Role operatorRole = Role::Member; ///< When operatorActive.
};

/// Why an operator may not do `action` (EditProfile, ResetPassword) to `name`'s account, which
/// also belongs to the workspaces `elsewhere`: a shared account changes only where the operator
/// may act on the person in every workspace they belong to. Nothing when they may.
std::optional<QString> refusalOnSharedAccount(const QString& name, Action action,
                                              const QList<SharedMembership>& elsewhere);

/// Why a password chosen by someone who cannot prove they own `email` (whoever holds an
/// invitation link, or sets up a workspace's first Admin) may not become that account's: an
/// account with a password keeps it, and one that belongs to another workspace (beyond a
/// pending invitation) gets its first password through a reset sent to its own mailbox.
std::optional<QString> refusalToChoosePassword(const QString& email, bool hasPassword, bool belongsElsewhere);

struct SessionInfo
{
    Id id;
    QString device;
    QString browser;
    QString ip;
    QString location;
    QDateTime createdAt;
    QDateTime lastActivityAt;
};

struct SignInEvent
{
    QDateTime at;
    QString ip;
    QString device;
    QString browser;
    QString location;
    bool success = false;
    QString reason;
};

/// One row of the audit log (A1), with the names of the people it mentions.
struct AuditEvent
{
    Id id;
    QDateTime at;
    Id actorId; ///< None: Usher itself (for example the purge of expired deletions).
    QString actorName;
    QString action; ///< "member.role_changed"; see auditActionName().
    QString targetType; ///< "member", "workspace".
    Id targetId;
    QString targetName;
    QString before; ///< JSON
    QString after; ///< JSON
    QString reason;
};

/// A translated name for an audit action key ("Role changed").
QString auditActionName(const QString& action);
/// Every action key Usher writes, for filters.
QStringList auditActions();
/// "role: Editor → Manager" from the before/after JSON of an event.
QString auditChangeSummary(const AuditEvent& event);

/// Which audit events to list: newest first, `limit` of them older than (beforeAt, beforeId).
struct AuditQuery
{
    Id workspaceId;
    Id viewerId; ///< The operator asking: their role must allow Action::ViewAudit.
    std::optional<Id> actorId;
    std::optional<Id> targetId;
    QString action; ///< Empty: all.
    QString actorText; ///< A literal part of the actor's name or email.
    QString targetText; ///< A literal part of the target's name or email.
    std::optional<QDateTime> since;
    std::optional<QDateTime> until; ///< Exclusive.
    qint64 beforeAt = 0; ///< 0: from the newest.
    Id beforeId;
    int limit = 200; ///< 0: all.
};

/// Everything the details panel shows about one member (U3).
struct MemberDetails
{
    Account account;
    Membership membership;
    QDateTime updatedAt;
    QString updatedBy;
    /// The open invitation of an invited member: when it was sent and until when it can be
    /// accepted (both invalid when there is none).
    QDateTime invitedAt;
    QDateTime invitationExpires;
    QList<GroupGrant> groups; ///< By name.
    QList<EffectivePermission> permissions; ///< Role's and groups', with what grants each.
    QList<SignInEvent> signIns; ///< Newest first, at most 50.
    QList<SessionInfo> sessions; ///< Active (not revoked), newest first.
    QList<AuditEvent> audit; ///< About this member, newest first, at most 100.
    /// Why `audit` is empty although there may be events: the viewer may not see the audit log.
    /// Empty when the events are shown.
    QString auditWithheld;
};

/// A workspace as the switcher and the status bar show it (W1, T1, R2).
struct WorkspaceSummary
{
    Id id;
    QString name;
    Role role = Role::Member; ///< The operator's role there.
    Status status = Status::Active; ///< The operator's status there.
    qint64 seatsUsed = 0;
    std::optional<qint64> seatCap;
    qint64 activeAdmins = 0;
};

/// Sign-in throttling: wrong passwords slow an account's sign-in down instead of locking it,
/// so nobody can lock an Admin out by guessing. The first freeSignInFailures failures in a row
/// cost nothing; after each further one the next password is checked only after a delay that
/// doubles from 1 second up to maxSignInDelaySeconds. A correct password, or an Admin's
/// Unlock Sign-in, resets the count.
constexpr int freeSignInFailures = 3;
constexpr int maxSignInDelaySeconds = 300;
/// Seconds to wait after `failures` failed sign-ins in a row before a password is checked again.
int signInDelaySeconds(int failures);
/// When a password may be checked again after `failures` failures in a row, the last at
/// `lastFailure`; invalid when at once.
QDateTime signInAllowedFrom(int failures, const QDateTime& lastFailure);

} // namespace usher

Q_DECLARE_METATYPE(usher::Operator)
Q_DECLARE_METATYPE(usher::MemberDetails)
Q_DECLARE_METATYPE(usher::AuditEvent)
