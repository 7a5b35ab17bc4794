#pragma once

// "Why can't this person sign in?" (U11) and the rules of password help (U10, U12): what the
// helpdesk panel shows and every backend enforces.

#include "core/account.h"
#include "core/lifecycle.h"
#include "core/permissions.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace usher {

/// How the person on the phone was recognised before their password was reset or their
/// sign-in unlocked. Recorded in the audit log with the help given.
enum class CallerCheck {
    None, ///< Not said yet: nothing may be done.
    CalledBack, ///< Called back on the number on file.
    ManagerConfirmed, ///< Their manager confirmed who they are.
    InPerson, ///< Seen in person (with an ID).
    Other, ///< Described in the note.
};

/// Every way of checking, in the order the panel offers them (None left out).
QList<CallerCheck> callerChecks();
/// Stable key for the audit log ("called_back"); never translated.
QString callerCheckKey(CallerCheck check);
bool callerCheckFromKey(const QString& key, CallerCheck* check);
/// "Called back on the number on file", translated.
QString callerCheckDisplayName(CallerCheck check);

struct CallerVerification
{
    CallerCheck how = CallerCheck::None;
    QString note; ///< Required for Other; optional otherwise; recorded as the audit row's reason.
};

/// Why a verification is not enough to act on (none chosen, "other" without a note, a note
/// too long), or nothing.
std::optional<QString> verificationProblem(const CallerVerification& verification);

/// Why `op` may not give password help (reset link, temporary password, unlock) to someone
/// whose role is `target`, or nothing: the role must allow Action::ResetPassword, and nobody
/// helps someone above their own role (a Helpdesk operator ranks with Monitors: Editors,
/// Managers and Admins are helped by a Manager or an Admin). Helping oneself is done by
/// signing in (the reset's own flow), never from the panel.
std::optional<QString> refusalOfPasswordHelp(Role op, Role target, bool onSelf);

/// Why `op` may not issue an impersonation sign-in for someone whose role is `target`, or
/// nothing: Admins only, never for themselves, never for another Admin.
std::optional<QString> refusalOfImpersonation(Role op, Role target, bool onSelf);

/// Minutes an impersonation sign-in works (U12).
constexpr int impersonationMinutes = 15;

/// Everything the backend knows about one person's ability to sign in to a workspace (H1),
/// from which diagnoseSignIn() finds what blocks them.
struct SignInFacts
{
    Id accountId;
    QString name;
    QString email;
    /// The account has no membership of the workspace (left or removed); `removedAt` says when,
    /// where the audit log knows. The fields below about the membership are then meaningless.
    bool removedHere = false;
    QDateTime removedAt;
    Role role = Role::Member;
    Status status = Status::Active;
    Source source = Source::Manual;
    QDateTime deletedAt; ///< When a deleted member was deleted.
    /// An invited member's newest invitation: when it expires (or expired) and whether it can
    /// still be accepted (not expired, cancelled or replaced).
    QDateTime invitationExpires;
    bool invitationOpen = false;
    bool hasPassword = false;
    bool mustChangePassword = false; ///< Holds a temporary password.
    int failedSignIns = 0; ///< Wrong passwords in a row.
    QDateTime signInBlockedUntil; ///< Invalid: the next password is checked at once.
    QDateTime resetLinkExpires; ///< A reset link that still works; invalid when none.
    qint64 seatsUsed = 0;
    std::optional<qint64> seatCap;
    QDateTime lastSignIn; ///< The last successful one; invalid when never.
    QList<SignInEvent> recentFailures; ///< Newest first, at most 10.
    QStringList workspaces; ///< The names of every workspace the account belongs to.
};

/// What blocks first, in this order.
enum class SignInProblem {
    Deleted,
    RemovedHere,
    Disabled,
    SeatCapReached, ///< Disabled or deleted, and bringing them back needs a seat there is none of.
    InvitationPending,
    InvitationExpired,
    Locked,
    TemporaryPassword,
    NoPassword,
    NothingWrong,
};

/// The one fix of a problem.
enum class SignInFix {
    None,
    Restore, ///< MemberOperation::Restore
    Reactivate, ///< MemberOperation::Reactivate
    ResendInvitation,
    Invite, ///< Invite them (again) from the invite dialog.
    Unlock,
    SendResetLink,
};

struct SignInDiagnosis
{
    SignInProblem problem = SignInProblem::NothingWrong;
    QString summary; ///< One line: "Locked after 6 wrong passwords, until 14:32".
    QString explanation; ///< What it means for the caller, and what happens next.
    SignInFix fix = SignInFix::None;
    QString fixLabel; ///< "Unlock Sign-in"; empty when there is no fix.
    /// Why the operator may not apply the fix (their role, the seat cap), or nothing.
    std::optional<QString> fixRefused;
};

/// What stops `facts`' person from signing in now, for an operator with role `operatorRole`,
/// with its fix. A pure function: every backend's data goes through the same rules.
SignInDiagnosis diagnoseSignIn(const SignInFacts& facts, Role operatorRole, const QDateTime& now);

/// What a failed sign-in's recorded reason (login_events.reason: "password", "too_soon",
/// "locked", "password_change_required") means, in lower case for a sentence ("wrong password");
/// a reason Usher does not know is shown as it was recorded.
QString signInFailureText(const QString& reason);

/// "in 3 minutes", "in 2 hours": the time left until `until`, for the panel.
QString timeLeft(const QDateTime& now, const QDateTime& until);

/// What a password reset, a temporary password or an impersonation asks for.
struct PasswordHelpRequest
{
    Id accountId;
    CallerVerification verification; ///< Not asked for an impersonation (its reason goes in note).
    bool sendMail = true; ///< A reset link: mailed (true) or answered to copy.
    bool signOutEverywhere = false; ///< Revoke the person's sessions too.
};

/// What password help answers: the link or the temporary password, shown once.
struct PasswordHelpOutcome
{
    QString link; ///< A reset or impersonation link to copy; empty when mailed.
    QString temporaryPassword; ///< Shown once; stored only as its Argon2id hash.
    QDateTime expires;
    bool mailed = false;
    int sessionsRevoked = 0;
    bool wasLocked = false; ///< The help also unlocked sign-in.
};

/// A reset link on the web product's registration page `joinUrl`: "?reset=<token>".
QString resetLink(const QString& joinUrl, const QString& token);
/// An impersonation link: "?impersonate=<token>".
QString impersonationLink(const QString& joinUrl, const QString& token);
/// The token of a registration, reset or impersonation link (or the token itself), with what
/// kind of link it is ("invite", "reset", "impersonate"); empty when none is recognised.
std::pair<QString, QString> linkToken(const QString& link);

} // namespace usher
