#include "core/lifecycle.h"

#include "core/email.h"
#include "core/permissions.h"
#include "core/signinhelp.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace usher {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::Lifecycle)
};
} // namespace

Action actionFor(MemberOperation operation)
{
    switch (operation) {
    case MemberOperation::ChangeRole:
        return Action::ChangeRole;
    case MemberOperation::Disable:
    case MemberOperation::Reactivate:
        return Action::ChangeStatus;
    case MemberOperation::Delete:
    case MemberOperation::Restore:
    case MemberOperation::RemoveFromWorkspace:
        return Action::DeleteUser;
    }
    Q_UNREACHABLE();
}

Status statusAfter(MemberOperation operation, Status before, Status beforeDelete)
{
    switch (operation) {
    case MemberOperation::ChangeRole:
        return before;
    case MemberOperation::Disable:
        return Status::Disabled;
    case MemberOperation::Reactivate:
        return Status::Active;
    case MemberOperation::Delete:
    case MemberOperation::RemoveFromWorkspace:
        return Status::Deleted;
    case MemberOperation::Restore:
        return beforeDelete == Status::Deleted ? Status::Active : beforeDelete;
    }
    Q_UNREACHABLE();
}

bool takesSeat(MemberOperation operation, Status before, Status beforeDelete)
{
    if (operation == MemberOperation::RemoveFromWorkspace) {
        return false;
    }
    return !holdsSeat(before) && holdsSeat(statusAfter(operation, before, beforeDelete));
}

std::optional<QString> refusalOfSelfAmongMany(bool onSelf, qsizetype targetCount)
{
    if (onSelf && targetCount > 1) {
        return Text::tr("Not changed: this is you. A change to several people leaves you out; select only yourself "
                        "to change your own account.");
    }
    return std::nullopt;
}

std::optional<QString> refusalOf(Role opRole, MemberOperation operation, Role targetRole, Status targetStatus,
                                 Role newRole, bool onSelf)
{
    if (auto why = refusal(opRole, actionFor(operation))) {
        return why;
    }
    if (auto why = refusalOnTarget(opRole, targetRole)) {
        return why;
    }
    switch (operation) {
    case MemberOperation::ChangeRole:
        if (auto why = refusalToGrant(opRole, newRole)) {
            return why;
        }
        if (targetStatus == Status::Deleted) {
            return Text::tr("Restore this person before changing their role.");
        }
        break;
    case MemberOperation::Disable:
        if (onSelf) {
            return Text::tr("You cannot disable yourself.");
        }
        if (targetStatus != Status::Active) {
            return targetStatus == Status::Invited
                ? Text::tr("This person has not accepted their invitation yet; cancel it instead.")
                : Text::tr("Only active members can be disabled; this person is %1.")
                      .arg(statusDisplayName(targetStatus).toLower());
        }
        break;
    case MemberOperation::Reactivate:
        if (targetStatus != Status::Disabled) {
            return Text::tr("Only disabled members can be reactivated.");
        }
        break;
    case MemberOperation::Delete:
        if (onSelf) {
            return Text::tr("You cannot delete yourself.");
        }
        if (targetStatus == Status::Deleted) {
            return Text::tr("This person is deleted already.");
        }
        break;
    case MemberOperation::Restore:
        if (targetStatus != Status::Deleted) {
            return Text::tr("Only deleted members can be restored.");
        }
        break;
    case MemberOperation::RemoveFromWorkspace:
        if (onSelf) {
            return Text::tr("You cannot remove yourself from the workspace.");
        }
        break;
    }
    return std::nullopt;
}

std::optional<QString> refusalOnSharedAccount(const QString& name, Action action,
                                              const QList<SharedMembership>& elsewhere)
{
    for (const SharedMembership& there : elsewhere) {
        if (!there.operatorActive || refusal(there.operatorRole, action)
            || refusalOnTarget(there.operatorRole, there.targetRole)) {
            return Text::tr("%1 also belongs to another workspace where you cannot change them. Their name, email, "
                            "picture and password are shared by all their workspaces; ask someone who may change "
                            "them in each.")
                .arg(name);
        }
    }
    return std::nullopt;
}

std::optional<QString> refusalToChoosePassword(const QString& email, bool hasPassword, bool belongsElsewhere)
{
    if (hasPassword) {
        return Text::tr("%1 already has a password, which only its owner may use or change (through a password "
                        "reset sent to %1).")
            .arg(email);
    }
    if (belongsElsewhere) {
        return Text::tr("%1 already belongs to another workspace, so its password is not chosen here. Set it through "
                        "a password reset sent to %1, then try again.")
            .arg(email);
    }
    return std::nullopt;
}

std::optional<QString> profileProblem(const QString& firstName, const QString& lastName, const QString& email)
{
    if (firstName.trimmed().isEmpty() && lastName.trimmed().isEmpty()) {
        return Text::tr("Name: enter a first or a last name.");
    }
    for (const QString& part : {firstName, lastName}) {
        if (part.size() > 100) {
            return Text::tr("Name: at most 100 characters per part.");
        }
        for (const QChar c : part) {
            if (c.category() == QChar::Other_Control) {
                return Text::tr("Name: control characters (such as tabs or line breaks) are not allowed.");
            }
        }
    }
    if (const QString problem = emailProblem(email); !problem.isEmpty()) {
        return Text::tr("Email: %1").arg(problem);
    }
    return std::nullopt;
}

QStringList auditActions()
{
    return {QStringLiteral("member.created"),       QStringLiteral("member.profile_changed"),
            QStringLiteral("member.role_changed"),  QStringLiteral("member.disabled"),
            QStringLiteral("member.reactivated"),   QStringLiteral("member.deleted"),
            QStringLiteral("member.restored"),      QStringLiteral("member.removed"),
            QStringLiteral("member.purged"),        QStringLiteral("member.sessions_revoked"),
            QStringLiteral("operator.signed_in"),   QStringLiteral("operator.locked_out"),
            QStringLiteral("operator.sign_in_slowed"), QStringLiteral("member.sign_in_unlocked"),
            QStringLiteral("group.created"),        QStringLiteral("group.changed"),
            QStringLiteral("group.deleted"),        QStringLiteral("member.group_added"),
            QStringLiteral("member.group_removed"), QStringLiteral("invite.created"),
            QStringLiteral("invite.resent"),        QStringLiteral("invite.link_copied"),
            QStringLiteral("invite.cancelled"),     QStringLiteral("invite.accepted"),
            QStringLiteral("waitlist.approved"),    QStringLiteral("waitlist.rejected"),
            QStringLiteral("workspace.signup_changed"), QStringLiteral("workspace.mail_changed"),
            QStringLiteral("workspace.sample_data_loaded"), QStringLiteral("member.password_reset_sent"),
            QStringLiteral("member.temporary_password_set"), QStringLiteral("member.password_changed"),
            QStringLiteral("member.password_reset_used"), QStringLiteral("member.password_reset_requested"),
            QStringLiteral("member.impersonation_issued"), QStringLiteral("member.impersonation_started")};
}

QString auditActionName(const QString& action)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("member.created"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Member created")},
        {QStringLiteral("member.profile_changed"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Profile changed")},
        {QStringLiteral("member.role_changed"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Role changed")},
        {QStringLiteral("member.disabled"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Disabled")},
        {QStringLiteral("member.reactivated"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Reactivated")},
        {QStringLiteral("member.deleted"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Deleted")},
        {QStringLiteral("member.restored"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Restored")},
        {QStringLiteral("member.removed"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Removed from workspace")},
        {QStringLiteral("member.purged"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Purged after the recovery window")},
        {QStringLiteral("member.sessions_revoked"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Sessions revoked")},
        {QStringLiteral("operator.signed_in"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Signed in to Usher")},
        {QStringLiteral("operator.locked_out"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Locked out of Usher")},
        {QStringLiteral("operator.sign_in_slowed"),
         QT_TRANSLATE_NOOP("usher::Lifecycle", "Sign-in slowed down after wrong passwords")},
        {QStringLiteral("member.sign_in_unlocked"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Sign-in unlocked")},
        {QStringLiteral("group.created"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Group created")},
        {QStringLiteral("group.changed"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Group changed")},
        {QStringLiteral("group.deleted"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Group deleted")},
        {QStringLiteral("member.group_added"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Added to group")},
        {QStringLiteral("member.group_removed"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Removed from group")},
        {QStringLiteral("invite.created"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Invited")},
        {QStringLiteral("invite.resent"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Invitation sent again")},
        {QStringLiteral("invite.link_copied"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Registration link copied")},
        {QStringLiteral("invite.cancelled"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Invitation cancelled")},
        {QStringLiteral("invite.accepted"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Invitation accepted")},
        {QStringLiteral("waitlist.approved"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Signup approved")},
        {QStringLiteral("waitlist.rejected"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Signup rejected")},
        {QStringLiteral("workspace.signup_changed"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Signup settings changed")},
        {QStringLiteral("workspace.mail_changed"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Mail server changed")},
        {QStringLiteral("workspace.sample_data_loaded"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Sample data loaded")},
        {QStringLiteral("member.password_reset_sent"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Password reset link sent")},
        {QStringLiteral("member.temporary_password_set"),
         QT_TRANSLATE_NOOP("usher::Lifecycle", "Temporary password set")},
        {QStringLiteral("member.password_changed"), QT_TRANSLATE_NOOP("usher::Lifecycle", "Password changed")},
        {QStringLiteral("member.password_reset_used"),
         QT_TRANSLATE_NOOP("usher::Lifecycle", "New password chosen with a reset link")},
        {QStringLiteral("member.password_reset_requested"),
         QT_TRANSLATE_NOOP("usher::Lifecycle", "Password reset asked for")},
        {QStringLiteral("member.impersonation_issued"),
         QT_TRANSLATE_NOOP("usher::Lifecycle", "Sign-in as this person issued")},
        {QStringLiteral("member.impersonation_started"),
         QT_TRANSLATE_NOOP("usher::Lifecycle", "Signed in as this person")},
    };
    const auto it = names.constFind(action);
    return it == names.cend() ? action : QCoreApplication::translate("usher::Lifecycle", *it);
}

namespace {
QString fieldName(const QString& key)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("usher::Lifecycle", "role")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("usher::Lifecycle", "status")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("usher::Lifecycle", "email")},
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("usher::Lifecycle", "first name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("usher::Lifecycle", "last name")},
        {QStringLiteral("avatar"), QT_TRANSLATE_NOOP("usher::Lifecycle", "picture")},
        {QStringLiteral("sessions"), QT_TRANSLATE_NOOP("usher::Lifecycle", "sessions")},
        {QStringLiteral("failed_sign_ins"), QT_TRANSLATE_NOOP("usher::Lifecycle", "wrong passwords in a row")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("usher::Lifecycle", "name")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("usher::Lifecycle", "description")},
        {QStringLiteral("permissions"), QT_TRANSLATE_NOOP("usher::Lifecycle", "permissions")},
        {QStringLiteral("group"), QT_TRANSLATE_NOOP("usher::Lifecycle", "group")},
        {QStringLiteral("members"), QT_TRANSLATE_NOOP("usher::Lifecycle", "members")},
        {QStringLiteral("groups"), QT_TRANSLATE_NOOP("usher::Lifecycle", "groups")},
        {QStringLiteral("delivery"), QT_TRANSLATE_NOOP("usher::Lifecycle", "delivery")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("usher::Lifecycle", "decision")},
        {QStringLiteral("public_signup"), QT_TRANSLATE_NOOP("usher::Lifecycle", "public signup")},
        {QStringLiteral("waitlist"), QT_TRANSLATE_NOOP("usher::Lifecycle", "waitlist")},
        {QStringLiteral("allowed_domains"), QT_TRANSLATE_NOOP("usher::Lifecycle", "allowed domains")},
        {QStringLiteral("default_role"), QT_TRANSLATE_NOOP("usher::Lifecycle", "default role")},
        {QStringLiteral("default_groups"), QT_TRANSLATE_NOOP("usher::Lifecycle", "default groups")},
        {QStringLiteral("captcha"), QT_TRANSLATE_NOOP("usher::Lifecycle", "captcha")},
        {QStringLiteral("invite_expiry_days"), QT_TRANSLATE_NOOP("usher::Lifecycle", "invitation expiry (days)")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("usher::Lifecycle", "mail language")},
        {QStringLiteral("join_url"), QT_TRANSLATE_NOOP("usher::Lifecycle", "registration page")},
        {QStringLiteral("verified_by"), QT_TRANSLATE_NOOP("usher::Lifecycle", "caller checked")},
        {QStringLiteral("unlocked"), QT_TRANSLATE_NOOP("usher::Lifecycle", "sign-in unlocked")},
        {QStringLiteral("signed_out_sessions"), QT_TRANSLATE_NOOP("usher::Lifecycle", "sessions signed out")},
        {QStringLiteral("expires_at"), QT_TRANSLATE_NOOP("usher::Lifecycle", "link expires")},
        {QStringLiteral("temporary_replaced"), QT_TRANSLATE_NOOP("usher::Lifecycle", "temporary password replaced")},
        {QStringLiteral("session"), QT_TRANSLATE_NOOP("usher::Lifecycle", "session")},
        {QStringLiteral("reset_link_minutes"), QT_TRANSLATE_NOOP("usher::Lifecycle", "reset link expiry (minutes)")},
        {QStringLiteral("smtp_host"), QT_TRANSLATE_NOOP("usher::Lifecycle", "mail server")},
        {QStringLiteral("smtp_port"), QT_TRANSLATE_NOOP("usher::Lifecycle", "port")},
        {QStringLiteral("smtp_security"), QT_TRANSLATE_NOOP("usher::Lifecycle", "security")},
        {QStringLiteral("smtp_user"), QT_TRANSLATE_NOOP("usher::Lifecycle", "mail server user")},
        {QStringLiteral("sender_address"), QT_TRANSLATE_NOOP("usher::Lifecycle", "sender address")},
        {QStringLiteral("sender_name"), QT_TRANSLATE_NOOP("usher::Lifecycle", "sender name")},
    };
    const auto it = names.constFind(key);
    return it == names.cend() ? key : QCoreApplication::translate("usher::Lifecycle", *it);
}
} // namespace

QString auditChangeSummary(const AuditEvent& event)
{
    const QJsonObject before = QJsonDocument::fromJson(event.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(event.after.toUtf8()).object();
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    QStringList parts;
    for (const QString& key : keys) {
        auto shown = [&key](const QJsonValue& value) -> QString {
            if (value.isUndefined() || value.isNull()) {
                return QStringLiteral("—");
            }
            if (value.isArray()) {
                const QStringList items = value.toVariant().toStringList();
                return items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral(", "));
            }
            if (value.isBool()) {
                return value.toBool() ? Text::tr("yes") : Text::tr("no");
            }
            if (key.endsWith(QLatin1String("_at")) && value.isDouble()) {
                return QLocale().toString(QDateTime::fromSecsSinceEpoch(qint64(value.toDouble())).toLocalTime(),
                                          QLocale::ShortFormat);
            }
            const QString text = value.toVariant().toString();
            if (text.isEmpty()) {
                return QStringLiteral("—");
            }
            CallerCheck check;
            if (key == QLatin1String("verified_by") && callerCheckFromKey(text, &check)) {
                return callerCheckDisplayName(check);
            }
            Role role;
            Status status;
            if ((key == QLatin1String("role") || key == QLatin1String("default_role")) && roleFromKey(text, &role)) {
                return roleDisplayName(role);
            }
            if (key == QLatin1String("status") && statusFromKey(text, &status)) {
                return statusDisplayName(status);
            }
            return text;
        };
        const QString from = shown(before.value(key));
        const QString to = shown(after.value(key));
        if (from != to) {
            parts.append(QStringLiteral("%1: %2 → %3").arg(fieldName(key), from, to));
        }
    }
    return parts.join(QStringLiteral("; "));
}

MemberDecision decideMemberChange(Role operatorRole, bool onSelf, qsizetype targetCount, const MemberChange& change,
                                  const Version& expectedVersion, const MemberState& member, WorkspaceCounts& counts)
{
    using Verdict = MemberDecision::Verdict;
    MemberDecision decision;
    if (const auto why = refusalOfSelfAmongMany(onSelf, targetCount)) {
        decision.why = *why;
        return decision;
    }
    if (const auto why = refusalOf(operatorRole, change.operation, member.role, member.status, change.role, onSelf)) {
        decision.why = *why;
        return decision;
    }
    if (!expectedVersion.isNull() && member.version != expectedVersion) {
        decision.verdict = Verdict::Conflict;
        return decision;
    }
    decision.newRole = change.operation == MemberOperation::ChangeRole ? change.role : member.role;
    decision.newStatus = statusAfter(change.operation, member.status, member.statusBeforeDelete);
    if (change.operation == MemberOperation::ChangeRole && member.role == change.role) {
        decision.verdict = Verdict::Unchanged;
        return decision;
    }
    const bool wasAdmin = isActiveAdmin(member.role, member.status);
    const bool isAdmin = isActiveAdmin(decision.newRole, decision.newStatus);
    const bool seatTaken = takesSeat(change.operation, member.status, member.statusBeforeDelete);
    const bool seatFreed = holdsSeat(member.status) && !holdsSeat(decision.newStatus);
    if (((wasAdmin && !isAdmin) || seatTaken) && !counts.loaded) {
        decision.verdict = Verdict::NeedsCounts;
        return decision;
    }
    if (wasAdmin && !isAdmin) {
        if (const auto why = refusalForLastAdmin(counts.activeAdmins, member.role, member.status, decision.newRole,
                                                 decision.newStatus)) {
            decision.why = *why;
            return decision;
        }
    }
    if (seatTaken) {
        if (const auto why = refusalForSeats(counts.seatsUsed, counts.seatCap, 1)) {
            decision.why = *why;
            return decision;
        }
    }
    counts.activeAdmins += (isAdmin && !wasAdmin ? 1 : 0) - (wasAdmin && !isAdmin ? 1 : 0);
    counts.seatsUsed += (seatTaken ? 1 : 0) - (seatFreed ? 1 : 0);
    decision.verdict = Verdict::Apply;
    return decision;
}

int signInDelaySeconds(int failures)
{
    if (failures < freeSignInFailures) {
        return 0;
    }
    const int doublings = failures - freeSignInFailures;
    // 2^9 = 512 is past the cap already; stop shifting before it could overflow.
    return doublings >= 9 ? maxSignInDelaySeconds : qMin(1 << doublings, maxSignInDelaySeconds);
}

QDateTime signInAllowedFrom(int failures, const QDateTime& lastFailure)
{
    const int delay = signInDelaySeconds(failures);
    if (delay == 0 || !lastFailure.isValid()) {
        return {};
    }
    return lastFailure.addSecs(delay);
}

} // namespace usher
