#include "core/signinhelp.h"

#include "core/clamp.h"
#include "core/enumtable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

namespace usher {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::SignInHelp)
};

constexpr detail::EnumInfo<CallerCheck> checkTable[] = {
    {CallerCheck::CalledBack, "called_back", QT_TRANSLATE_NOOP("usher::SignInHelp", "Called back on the number on file")},
    {CallerCheck::ManagerConfirmed, "manager_confirmed", QT_TRANSLATE_NOOP("usher::SignInHelp", "Confirmed by their manager")},
    {CallerCheck::InPerson, "in_person", QT_TRANSLATE_NOOP("usher::SignInHelp", "In person, with an ID")},
    {CallerCheck::Other, "other", QT_TRANSLATE_NOOP("usher::SignInHelp", "Another way (say which)")},
};

/// A time of day (today) or a date and time, in the operator's local time.
QString when(const QDateTime& time, const QDateTime& now)
{
    const QDateTime local = time.toLocalTime();
    if (local.date() == now.toLocalTime().date()) {
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    }
    return QLocale().toString(local, QLocale::ShortFormat);
}

/// Why the operator may not apply `action` to the person, or nothing.
std::optional<QString> refusalToApply(Role op, Action action, Role target)
{
    if (auto why = refusal(op, action)) {
        return why;
    }
    return refusalOnTarget(op, target);
}

SignInDiagnosis withFix(SignInDiagnosis diagnosis, SignInFix fix, const QString& label,
                        std::optional<QString> refused)
{
    diagnosis.fix = fix;
    diagnosis.fixLabel = label;
    diagnosis.fixRefused = std::move(refused);
    return diagnosis;
}

} // namespace

QList<CallerCheck> callerChecks()
{
    return detail::enumValues(checkTable);
}

QString callerCheckKey(CallerCheck check)
{
    return check == CallerCheck::None ? QStringLiteral("none")
                                      : QString::fromLatin1(detail::enumInfo(checkTable, check).key);
}

bool callerCheckFromKey(const QString& key, CallerCheck* check)
{
    return detail::enumFromKey(checkTable, key, check);
}

QString callerCheckDisplayName(CallerCheck check)
{
    return check == CallerCheck::None ? Text::tr("Not checked") : Text::tr(detail::enumInfo(checkTable, check).name);
}

std::optional<QString> verificationProblem(const CallerVerification& verification)
{
    if (verification.how == CallerCheck::None) {
        return Text::tr("Say how you checked who is asking: callers pretending to be someone else are how accounts "
                        "are taken over.");
    }
    if (verification.how == CallerCheck::Other && verification.note.trimmed().isEmpty()) {
        return Text::tr("Note: say how you checked who is asking.");
    }
    if (verification.note.size() > 500) {
        return Text::tr("Note: at most 500 characters.");
    }
    return std::nullopt;
}

std::optional<QString> refusalOfPasswordHelp(Role op, Role target, bool onSelf)
{
    if (auto why = refusal(op, Action::ResetPassword)) {
        return why;
    }
    if (onSelf) {
        return Text::tr("You cannot help yourself from here: change your own password by signing in, or ask a "
                        "colleague.");
    }
    return refusalOnTarget(op, target);
}

std::optional<QString> refusalOfImpersonation(Role op, Role target, bool onSelf)
{
    if (op != Role::Admin) {
        return Text::tr("Only Admins may sign in as someone else.");
    }
    if (onSelf) {
        return Text::tr("You are already yourself.");
    }
    if (target == Role::Admin) {
        return Text::tr("Nobody signs in as an Admin: their rights are too wide to borrow.");
    }
    return std::nullopt;
}

SignInDiagnosis diagnoseSignIn(const SignInFacts& facts, Role op, const QDateTime& now)
{
    SignInDiagnosis d;
    const bool seatFree = !refusalForSeats(facts.seatsUsed, facts.seatCap, 1);
    if (facts.removedHere) {
        d.problem = SignInProblem::RemovedHere;
        d.summary = facts.removedAt.isValid()
            ? Text::tr("Removed from this workspace on %1").arg(when(facts.removedAt, now))
            : Text::tr("Not a member of this workspace");
        d.explanation = Text::tr("Their account still exists (for their other workspaces), but it has no place here "
                                 "any more. Invite them again if they should be back.");
        return withFix(d, SignInFix::Invite, Text::tr("Invite Again…"), refusal(op, Action::InviteUser));
    }
    if (facts.status == Status::Deleted) {
        const QDateTime until = facts.deletedAt.addDays(recoveryDays);
        d.problem = seatFree ? SignInProblem::Deleted : SignInProblem::SeatCapReached;
        if (facts.deletedAt.isValid() && until > now) {
            d.summary = Text::tr("Deleted on %1; restorable until %2")
                            .arg(when(facts.deletedAt, now), when(until, now));
            d.explanation = Text::tr("A deleted person cannot sign in. Restoring gives back their access as it "
                                     "was.");
            std::optional<QString> why = refusalToApply(op, Action::DeleteUser, facts.role);
            if (!why && !seatFree) {
                why = refusalForSeats(facts.seatsUsed, facts.seatCap, 1);
            }
            return withFix(d, SignInFix::Restore, Text::tr("Restore"), why);
        }
        d.summary = Text::tr("Deleted; too long ago to restore");
        d.explanation = Text::tr("The account is about to be purged. Invite them again once it is gone.");
        d.problem = SignInProblem::Deleted;
        return d;
    }
    if (facts.status == Status::Disabled) {
        d.problem = seatFree ? SignInProblem::Disabled : SignInProblem::SeatCapReached;
        d.summary = seatFree ? Text::tr("Disabled in this workspace")
                             : Text::tr("Disabled, and every seat is taken");
        d.explanation = seatFree ? Text::tr("Someone disabled their access; their password still works once they are "
                                            "reactivated. Check why before reactivating (the Activity tab says who).")
                                 : Text::tr("Reactivating them needs a free seat: free one, or raise the seat limit.");
        std::optional<QString> why = refusalToApply(op, Action::ChangeStatus, facts.role);
        if (!why && !seatFree) {
            why = refusalForSeats(facts.seatsUsed, facts.seatCap, 1);
        }
        return withFix(d, SignInFix::Reactivate, Text::tr("Reactivate"), why);
    }
    if (facts.status == Status::Invited) {
        const std::optional<QString> why = refusalToApply(op, Action::ResendInvitation, facts.role);
        if (facts.invitationOpen) {
            d.problem = SignInProblem::InvitationPending;
            d.summary = Text::tr("Invited, not accepted yet; the link works until %1")
                            .arg(when(facts.invitationExpires, now));
            d.explanation = Text::tr("They sign in once they have chosen a password with the link in their "
                                     "invitation. Lost the mail? Send a new link; the old one stops working.");
        } else {
            d.problem = SignInProblem::InvitationExpired;
            d.summary = facts.invitationExpires.isValid()
                ? Text::tr("Invitation expired on %1").arg(when(facts.invitationExpires, now))
                : Text::tr("Invited, but the invitation no longer works");
            d.explanation = Text::tr("The link in their mail no longer works. Send a new one.");
        }
        return withFix(d, SignInFix::ResendInvitation, Text::tr("Resend Invitation"), why);
    }
    const std::optional<QString> helpRefused = refusalOfPasswordHelp(op, facts.role, false);
    if (facts.signInBlockedUntil.isValid() && facts.signInBlockedUntil > now) {
        d.problem = SignInProblem::Locked;
        d.summary = Text::tr("Locked after %n wrong password(s), until %1 (%2)", nullptr, facts.failedSignIns)
                        .arg(when(facts.signInBlockedUntil, now), timeLeft(now, facts.signInBlockedUntil));
        d.explanation = Text::tr("Every password they try before then is refused unchecked. Unlock if you are sure "
                                 "it is them; if they do not remember the password, send a reset instead.");
        return withFix(d, SignInFix::Unlock, Text::tr("Unlock Sign-in"), helpRefused);
    }
    if (facts.hasPassword && facts.mustChangePassword) {
        d.problem = SignInProblem::TemporaryPassword;
        d.summary = Text::tr("Has a temporary password, not changed yet");
        d.explanation = Text::tr("They sign in with the temporary password they were given and then choose their "
                                 "own. Lost it? Send a reset link.");
        return withFix(d, SignInFix::SendResetLink, Text::tr("Send Reset Link"), helpRefused);
    }
    if (!facts.hasPassword) {
        d.problem = SignInProblem::NoPassword;
        const bool elsewhere = facts.source == Source::Sso || facts.source == Source::DirectorySync;
        if (elsewhere) {
            d.summary = Text::tr("No password: signs in through their organisation");
            d.explanation = Text::tr("They sign in with their organisation's account; problems there are for the "
                                     "team that runs it. A reset link gives them a password here too.");
        } else if (facts.lastSignIn.isValid()) {
            d.summary = Text::tr("No password set; last signed in %1 another way").arg(when(facts.lastSignIn, now));
            d.explanation = Text::tr("They have signed in without a password here (with a link or their "
                                     "organisation's account). A reset link lets them choose one.");
        } else {
            d.summary = Text::tr("No password set");
            d.explanation = Text::tr("They never chose a password (or never finished). A reset link lets them "
                                     "choose one.");
        }
        return withFix(d, SignInFix::SendResetLink, Text::tr("Send Reset Link"), helpRefused);
    }
    d.problem = SignInProblem::NothingWrong;
    d.summary = facts.lastSignIn.isValid()
        ? Text::tr("Nothing wrong on our side; last signed in %1").arg(when(facts.lastSignIn, now))
        : Text::tr("Nothing wrong on our side; never signed in yet");
    d.explanation = facts.recentFailures.isEmpty()
        ? Text::tr("Their account is active and can sign in. Check the address they type and the page they use.")
        : Text::tr("Their account is active; the wrong passwords below have not locked it. If they forgot the "
                   "password, send a reset link.");
    return withFix(d, SignInFix::SendResetLink, Text::tr("Send Reset Link"), helpRefused);
}

QString signInFailureText(const QString& reason)
{
    if (reason == QLatin1String("password")) {
        return Text::tr("wrong password");
    }
    if (reason == QLatin1String("too_soon")) {
        return Text::tr("too soon after wrong passwords, not checked");
    }
    if (reason == QLatin1String("locked")) {
        return Text::tr("account locked");
    }
    if (reason == QLatin1String("password_change_required")) {
        return Text::tr("temporary password, not changed yet");
    }
    return reason;
}

QString timeLeft(const QDateTime& now, const QDateTime& until)
{
    const qint64 seconds = qMax<qint64>(0, now.secsTo(until));
    if (seconds < 60) {
        return Text::tr("in %n second(s)", nullptr, clampToInt(seconds));
    }
    if (seconds < 2 * 3600) {
        return Text::tr("in %n minute(s)", nullptr, clampToInt((seconds + 59) / 60));
    }
    if (seconds < 2 * 86400) {
        return Text::tr("in %n hour(s)", nullptr, clampToInt(seconds / 3600));
    }
    return Text::tr("in %n day(s)", nullptr, clampToInt(seconds / 86400));
}

namespace {
QString linkWith(const QString& joinUrl, const QString& item, const QString& token)
{
    QUrl url(joinUrl.trimmed());
    QUrlQuery query(url);
    for (const char* kind : {"invite", "reset", "impersonate"}) {
        query.removeAllQueryItems(QString::fromLatin1(kind));
    }
    query.addQueryItem(item, token);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}
} // namespace

QString resetLink(const QString& joinUrl, const QString& token)
{
    return linkWith(joinUrl, QStringLiteral("reset"), token);
}

QString impersonationLink(const QString& joinUrl, const QString& token)
{
    return linkWith(joinUrl, QStringLiteral("impersonate"), token);
}

std::pair<QString, QString> linkToken(const QString& link)
{
    const QString text = link.trimmed();
    const QUrl url(text);
    if (url.hasQuery()) {
        const QUrlQuery query(url);
        for (const char* kind : {"invite", "reset", "impersonate"}) {
            const QString value = query.queryItemValue(QString::fromLatin1(kind));
            if (!value.isEmpty()) {
                return {QString::fromLatin1(kind), value};
            }
        }
        return {};
    }
    if (text.isEmpty() || text.contains(QLatin1Char('/')) || text.contains(QLatin1Char(' '))) {
        return {};
    }
    return {QString(), text}; // a bare token: its kind is found by looking it up
}

} // namespace usher
