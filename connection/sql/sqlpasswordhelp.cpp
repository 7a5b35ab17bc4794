// Password help (U10-U12, H1): what the helpdesk panel reads about a person's sign-in, reset
// links, temporary passwords, unlocking and impersonation; and the web product's side of them
// (redeeming a link, signing in with a temporary password), so the whole flow is tested here.

#include "connection/sql/sqlworker.h"

#include "connection/passwordhash.h"
#include "connection/token.h"
#include "core/clock.h"
#include "core/email.h"
#include "core/invitemail.h"

#include <QLocale>

namespace usher::sql {

bool closeResetLinks(WriteTransaction& tx, qint64 accountId, const QDateTime& now)
{
    return tx.exec(QStringLiteral("UPDATE password_resets SET closed_at = ? WHERE account_id = ? "
                                  "AND kind IN ('reset', 'temporary') AND used_at IS NULL AND closed_at IS NULL"),
                   {now.toSecsSinceEpoch(), accountId});
}

std::optional<BackendError> refusalOfIssuerNow(WriteTransaction& tx, qint64 workspaceId, const QVariant& issuer,
                                               qint64 accountId)
{
    if (issuer.isNull()) {
        return std::nullopt; // asked for by the person, to their own mailbox
    }
    const BackendError stale = refused(Text::tr("This no longer works: whoever gave it may no longer help this "
                                                "account's password. Ask for a new one."));
    if (!tx.exec(QStringLiteral("SELECT o.role, o.status, t.role FROM memberships o JOIN memberships t "
                                "ON t.workspace_id = o.workspace_id AND t.account_id = ? "
                                "WHERE o.workspace_id = ? AND o.account_id = ?"),
                 {accountId, workspaceId, issuer.toLongLong()})) {
        return tx.failed();
    }
    if (!tx.query().next()) {
        return tx.abandon(stale);
    }
    Role issuerRole = Role::Member;
    Role targetRole = Role::Admin;
    const bool known = roleFromKey(tx.query().value(0).toString(), &issuerRole)
        && roleFromKey(tx.query().value(2).toString(), &targetRole);
    if (!known || tx.query().value(1).toString() != statusKey(Status::Active)
        || refusalOfPasswordHelp(issuerRole, targetRole, issuer.toLongLong() == accountId)) {
        return tx.abandon(stale);
    }
    QList<SharedMembership> elsewhere;
    const Operator as{workspaceId, issuer.toLongLong(), issuerRole, {}, {}};
    if (!readSharedMemberships(tx, as, accountId, &elsewhere, nullptr)) {
        return tx.failed();
    }
    if (refusalOnSharedAccount(QString(), Action::ResetPassword, elsewhere)) {
        return tx.abandon(stale);
    }
    return std::nullopt;
}

bool readSharedMemberships(WriteTransaction& tx, const Operator& op, const Id& accountId,
                           QList<SharedMembership>* elsewhere, QList<qint64>* workspaceIds)
{
    if (!tx.exec(QStringLiteral("SELECT t.workspace_id, t.role, o.role, o.status FROM memberships t "
                                "LEFT JOIN memberships o ON o.workspace_id = t.workspace_id AND o.account_id = ? "
                                "WHERE t.account_id = ? AND t.workspace_id <> ? ORDER BY t.workspace_id")
                     + tx.forUpdate(QStringLiteral("t")),
                 {op.accountId.number(), accountId.number(), op.workspaceId.number()})) {
        return false;
    }
    while (tx.query().next()) {
        if (workspaceIds) {
            workspaceIds->append(tx.query().value(0).toLongLong());
        }
        SharedMembership there;
        roleFromKey(tx.query().value(1).toString(), &there.targetRole);
        there.operatorActive = tx.query().value(3).toString() == statusKey(Status::Active);
        roleFromKey(tx.query().value(2).toString(), &there.operatorRole);
        elsewhere->append(there);
    }
    return true;
}

bool sendsMail(QSqlQuery& query, const Id& workspaceId, bool* sends)
{
    if (!execWith(query, QStringLiteral("SELECT smtp_host FROM workspaces WHERE id = ?"), {workspaceId.number()})
        || !query.next()) {
        return false;
    }
    *sends = !query.value(0).toString().trimmed().isEmpty();
    return true;
}

bool queueMail(WriteTransaction& tx, const Id& workspaceId, const QString& kind, const QString& to,
               const ComposedMail& mail, const QVariant& resetId)
{
    return tx.exec(QStringLiteral("INSERT INTO outbox (workspace_id, kind, recipient, subject, body_text, body_html, "
                                  "status, reset_id, created_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?)"),
                   {workspaceId.number(), kind, to, mail.subject, mail.text, mail.html, resetId, clock::nowSecs()});
}

namespace {

const BackendError& linkNotFound()
{
    static const BackendError error{BackendError::Kind::NotFound,
                                    QCoreApplication::translate("usher::sql::SqlBackend",
                                                                "This link is not known: check that it was copied whole."),
                                    {}};
    return error;
}

/// The workspace of the `kind` link whose token hashes to `tokenHash`, read before its change
/// takes that workspace's lock; NotFound for a link nobody issued.
Result<qint64> workspaceOfLink(SqlWorker& worker, const QString& tokenHash, const QString& kind, const QString& what)
{
    return worker.read<qint64>([&]() -> Result<qint64> {
        QSqlQuery query(worker.database());
        if (!execWith(query, QStringLiteral("SELECT workspace_id FROM password_resets WHERE token_hash = ? AND kind = ?"),
                      {tokenHash, kind})) {
            return worker.errorFrom(query.lastError(), what);
        }
        if (!query.next() || query.value(0).isNull()) {
            return linkNotFound();
        }
        return query.value(0).toLongLong();
    });
}

} // namespace

Result<std::pair<MemberRow, MemberRow>> SqlWorker::beginPasswordHelp(WriteTransaction& tx, const Operator& op,
                                                                     const Id& accountId,
                                                                     const CallerVerification& verification,
                                                                     bool onlyActive)
{
    if (const auto problem = verificationProblem(verification)) {
        return BackendError{BackendError::Kind::Invalid, *problem, {}};
    }
    const auto people = beginOnMember(tx, op, accountId, Action::ResetPassword);
    if (!people.ok()) {
        return people.error();
    }
    const MemberRow& me = people.value().first;
    const MemberRow& who = people.value().second;
    if (const auto why = refusalOfPasswordHelp(me.role, who.role, accountId == op.accountId)) {
        return tx.abandon(refused(*why));
    }
    if (onlyActive && who.status != Status::Active) {
        return tx.abandon(refused(who.status == Status::Invited
                                      ? Text::tr("%1 has not accepted their invitation yet: resend it instead; they "
                                                 "choose their password with it.")
                                            .arg(who.name)
                                      : Text::tr("%1 is %2: their password cannot help them sign in until that "
                                                 "changes.")
                                            .arg(who.name, statusDisplayName(who.status).toLower())));
    }
    // A password belongs to the account, which all its workspaces share.
    QList<SharedMembership> elsewhere;
    if (!readSharedMemberships(tx, op, accountId, &elsewhere, nullptr)) {
        return tx.failed();
    }
    if (const auto why = refusalOnSharedAccount(who.name, Action::ResetPassword, elsewhere)) {
        return tx.abandon(refused(*why));
    }
    return people;
}

Result<PasswordHelpOutcome> SqlWorker::givePasswordHelp(WriteTransaction& tx, const Operator& op,
                                                        const PasswordHelpRequest& request, bool temporary)
{
    if (!m_open) {
        return notOpen();
    }
    // Argon2id takes a while: hashed before the workspace's lock is taken.
    QString password;
    QString hash;
    if (temporary) {
        password = token::temporaryPassword();
        hash = passwordhash::hash(password);
        if (hash.isEmpty()) {
            return BackendError{BackendError::Kind::Internal, Text::tr("The password could not be protected."), {}};
        }
    }
    const auto people = beginPasswordHelp(tx, op, request.accountId, request.verification, true);
    if (!people.ok()) {
        return people.error();
    }
    const MemberRow& me = people.value().first;
    const MemberRow& who = people.value().second;
    WorkspaceFacts facts;
    bool mailServer = false;
    if (!readWorkspaceFacts(tx.query(), op.workspaceId, &facts) || !sendsMail(tx.query(), op.workspaceId, &mailServer)) {
        return tx.failed();
    }
    const bool mail = !temporary && request.sendMail;
    if (mail && !mailServer) {
        return tx.abandon(refused(Text::tr("This workspace has no mail server yet, so nothing can be mailed: copy the "
                                           "link instead and give it to %1 yourself.")
                                      .arg(who.name)));
    }
    const QDateTime now = clock::now();
    if (!tx.exec(QStringLiteral("SELECT failed_logins, locked_until FROM accounts WHERE id = ?") + tx.forUpdate(),
                 {request.accountId.number()})
        || !tx.query().next()) {
        return tx.failed();
    }
    PasswordHelpOutcome outcome;
    outcome.wasLocked = tx.query().value(0).toInt() > 0 || !tx.query().value(1).isNull();
    const bool unlocked = temporary
        ? tx.exec(QStringLiteral("UPDATE accounts SET failed_logins = 0, locked_until = NULL, password_hash = ?, "
                                 "must_change_password = 1 WHERE id = ?"),
                  {hash, request.accountId.number()})
        : tx.exec(QStringLiteral("UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = ?"),
                  {request.accountId.number()});
    if (!unlocked || !closeResetLinks(tx, request.accountId.number(), now)) {
        return tx.failed();
    }
    if (request.signOutEverywhere) {
        if (!tx.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL"),
                     {now.toSecsSinceEpoch(), request.accountId.number()})) {
            return tx.failed();
        }
        outcome.sessionsRevoked = tx.query().numRowsAffected();
    }
    PasswordMailFacts mailFacts{facts.settings.language, facts.name, who.name == who.email ? QString() : who.name,
                                me.name, {}};
    if (temporary) {
        // Who gave it and until when: checked again when it is used (refusalOfIssuerNow).
        outcome.temporaryPassword = password;
        outcome.expires = now.addSecs(qint64(facts.settings.resetLinkMinutes) * 60);
        if (!tx.exec(QStringLiteral("INSERT INTO password_resets (account_id, workspace_id, kind, token_hash, "
                                    "created_by, created_at, expires_at) VALUES (?, ?, 'temporary', ?, ?, ?, ?)"),
                     {request.accountId.number(), op.workspaceId.number(), token::hashOf(token::generate()),
                      op.accountId.number(), now.toSecsSinceEpoch(), outcome.expires.toSecsSinceEpoch()})) {
            return tx.failed();
        }
    } else {
        // A mailed link is issued again when its mail is sent: this one is never known.
        const QString secret = token::generate();
        outcome.expires = now.addSecs(qint64(facts.settings.resetLinkMinutes) * 60);
        if (!tx.exec(QStringLiteral("INSERT INTO password_resets (account_id, workspace_id, kind, token_hash, "
                                    "created_by, created_at, expires_at) VALUES (?, ?, 'reset', ?, ?, ?, ?) "
                                    "RETURNING id"),
                     {request.accountId.number(), op.workspaceId.number(), token::hashOf(secret),
                      op.accountId.number(), now.toSecsSinceEpoch(), outcome.expires.toSecsSinceEpoch()})
            || !tx.query().next()) {
            return tx.failed();
        }
        const qint64 resetId = tx.query().value(0).toLongLong();
        mailFacts.expiresAt = outcome.expires;
        if (mail) {
            if (!queueMail(tx, op.workspaceId, QStringLiteral("password_reset"), who.email,
                           composePasswordResetMail(mailFacts), resetId)) {
                return tx.failed();
            }
            outcome.mailed = true;
        } else {
            outcome.link = resetLink(facts.settings.joinUrl, secret);
        }
    }
    // An Admin hears of it from a second channel: whoever reset it may not be who they claimed.
    if (who.role == Role::Admin && mailServer
        && !queueMail(tx, op.workspaceId, QStringLiteral("password_notice"), who.email,
                      composePasswordNotice(mailFacts), QVariant(QMetaType::fromType<qlonglong>()))) {
        return tx.failed();
    }
    QJsonObject after{{QStringLiteral("verified_by"), callerCheckKey(request.verification.how)},
                      {QStringLiteral("unlocked"), outcome.wasLocked},
                      {QStringLiteral("signed_out_sessions"), outcome.sessionsRevoked}};
    if (!temporary) {
        after.insert(QStringLiteral("delivery"), mail ? QStringLiteral("mail") : QStringLiteral("copied"));
        after.insert(QStringLiteral("expires_at"), outcome.expires.toSecsSinceEpoch());
    }
    if (!tx.audit(op.workspaceId, op.accountId,
                  temporary ? QStringLiteral("member.temporary_password_set") : QStringLiteral("member.password_reset_sent"),
                  QStringLiteral("member"), request.accountId, {}, after, request.verification.note.trimmed())) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return outcome;
}

QFuture<Result<PasswordHelpOutcome>> SqlBackend::sendPasswordReset(const Operator& op, const PasswordHelpRequest& request)
{
    return write<PasswordHelpOutcome>(op.workspaceId, Text::tr("The password reset could not be sent."),
                                      [=](SqlWorker& worker, WriteTransaction& tx) {
                                          return worker.givePasswordHelp(tx, op, request, false);
                                      });
}

QFuture<Result<PasswordHelpOutcome>> SqlBackend::setTemporaryPassword(const Operator& op,
                                                                      const PasswordHelpRequest& request)
{
    return write<PasswordHelpOutcome>(op.workspaceId, Text::tr("The temporary password could not be set."),
                                      [=](SqlWorker& worker, WriteTransaction& tx) {
                                          return worker.givePasswordHelp(tx, op, request, true);
                                      });
}

QFuture<Result<Done>> SqlBackend::unlockSignIn(const Operator& op, const Id& accountId,
                                               const CallerVerification& verification)
{
    return write<Done>(op.workspaceId, Text::tr("Sign-in could not be unlocked."),
                       [=](SqlWorker& worker, WriteTransaction& tx) -> Result<Done> {
        const auto people = worker.beginPasswordHelp(tx, op, accountId, verification, false);
        if (!people.ok()) {
            return people.error();
        }
        if (!tx.exec(QStringLiteral("SELECT failed_logins, locked_until FROM accounts WHERE id = ?") + tx.forUpdate(),
                     {accountId.number()})
            || !tx.query().next()) {
            return tx.failed();
        }
        const int failures = tx.query().value(0).toInt();
        const QVariant notBefore = tx.query().value(1);
        if (failures == 0 && notBefore.isNull()) {
            tx.abandon({});
            return Done{};
        }
        if (!tx.exec(QStringLiteral("UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = ?"),
                     {accountId.number()})
            || !tx.audit(op.workspaceId, op.accountId, QStringLiteral("member.sign_in_unlocked"),
                         QStringLiteral("member"), accountId, {{QStringLiteral("failed_sign_ins"), failures}},
                         {{QStringLiteral("failed_sign_ins"), 0},
                          {QStringLiteral("verified_by"), callerCheckKey(verification.how)}},
                         verification.note.trimmed())) {
            return tx.failed();
        }
        if (const auto error = tx.commit()) {
            return *error;
        }
        return Done{};
    });
}

QFuture<Result<PasswordHelpOutcome>> SqlBackend::impersonate(const Operator& op, const Id& accountId,
                                                             const QString& reason)
{
    return write<PasswordHelpOutcome>(op.workspaceId, Text::tr("No sign-in as this person could be issued."),
                                      [=](SqlWorker& worker, WriteTransaction& tx) -> Result<PasswordHelpOutcome> {
        if (reason.trimmed().isEmpty()) {
            return BackendError{BackendError::Kind::Invalid,
                                Text::tr("Reason: say why you need to see the product as this person."), {}};
        }
        const auto people = worker.beginOnMember(tx, op, accountId, Action::ViewUsers);
        if (!people.ok()) {
            return people.error();
        }
        const MemberRow& me = people.value().first;
        const MemberRow& who = people.value().second;
        if (const auto why = refusalOfImpersonation(me.role, who.role, accountId == op.accountId)) {
            return tx.abandon(refused(*why));
        }
        if (who.status != Status::Active) {
            return tx.abandon(refused(Text::tr("%1 is %2 and cannot be signed in as.")
                                          .arg(who.name, statusDisplayName(who.status).toLower())));
        }
        WorkspaceFacts facts;
        if (!readWorkspaceFacts(tx.query(), op.workspaceId, &facts)) {
            return tx.failed();
        }
        const QDateTime now = clock::now();
        PasswordHelpOutcome outcome;
        outcome.expires = now.addSecs(qint64(impersonationMinutes) * 60);
        const QString secret = token::generate();
        if (!tx.exec(QStringLiteral("UPDATE password_resets SET closed_at = ? WHERE account_id = ? "
                                    "AND kind = 'impersonation' AND created_by = ? AND used_at IS NULL "
                                    "AND closed_at IS NULL"),
                     {now.toSecsSinceEpoch(), accountId.number(), op.accountId.number()})
            || !tx.exec(QStringLiteral("INSERT INTO password_resets (account_id, workspace_id, kind, token_hash, "
                                       "created_by, created_at, expires_at) VALUES (?, ?, 'impersonation', ?, ?, ?, ?)"),
                        {accountId.number(), op.workspaceId.number(), token::hashOf(secret), op.accountId.number(),
                         now.toSecsSinceEpoch(), outcome.expires.toSecsSinceEpoch()})
            || !tx.audit(op.workspaceId, op.accountId, QStringLiteral("member.impersonation_issued"),
                         QStringLiteral("member"), accountId, {},
                         {{QStringLiteral("expires_at"), outcome.expires.toSecsSinceEpoch()}}, reason.trimmed())) {
            return tx.failed();
        }
        if (const auto error = tx.commit()) {
            return *error;
        }
        outcome.link = impersonationLink(facts.settings.joinUrl, secret);
        return outcome;
    });
}

Result<SignInFacts> SqlWorker::signInFacts(const Operator& op, const Id& accountId, const QString& email)
{
    if (!m_open) {
        return notOpen();
    }
    return read<SignInFacts>([&]() -> Result<SignInFacts> {
        const QString what = Text::tr("What stops this person from signing in could not be read.");
        QSqlQuery query(database());
        // The operator, as they are now.
        if (!execWith(query,
                      QStringLiteral("SELECT role, status FROM memberships WHERE workspace_id = ? AND account_id = ?"),
                      {op.workspaceId.number(), op.accountId.number()})) {
            return errorFrom(query.lastError(), what);
        }
        Role myRole = Role::Member;
        if (!query.next() || query.value(1).toString() != statusKey(Status::Active)
            || !roleFromKey(query.value(0).toString(), &myRole)) {
            return refused(Text::tr("You are not an active member of this workspace."));
        }
        if (const auto why = refusal(myRole, Action::ViewUsers)) {
            return refused(*why);
        }
        SignInFacts facts;
        const QString accountSql = QStringLiteral(
            "SELECT a.id, a.display_name, a.email, a.password_hash IS NOT NULL, a.must_change_password, "
            "a.failed_logins, a.locked_until, m.role, m.status, m.source, m.deleted_at, m.id FROM accounts a "
            "LEFT JOIN memberships m ON m.account_id = a.id AND m.workspace_id = ? WHERE ");
        const bool byEmail = !email.isNull();
        if (!execWith(query, accountSql + (byEmail ? QStringLiteral("a.email_key = ?") : QStringLiteral("a.id = ?")),
                      {op.workspaceId.number(),
                       byEmail ? QVariant(normalizedEmail(email)) : QVariant(accountId.number())})) {
            return errorFrom(query.lastError(), what);
        }
        const BackendError notHere{BackendError::Kind::NotFound,
                                   Text::tr("Nobody with this address is or was a member of this workspace."), {}};
        if (!query.next()) {
            return notHere;
        }
        facts.accountId = query.value(0).toLongLong();
        facts.name = query.value(1).toString();
        facts.email = query.value(2).toString();
        facts.hasPassword = query.value(3).toInt() != 0;
        facts.mustChangePassword = query.value(4).toInt() != 0;
        facts.failedSignIns = query.value(5).toInt();
        facts.signInBlockedUntil = timeFrom(query.value(6));
        facts.removedHere = query.value(11).isNull();
        roleFromKey(query.value(7).toString(), &facts.role);
        statusFromKey(query.value(8).toString(), &facts.status);
        sourceFromKey(query.value(9).toString(), &facts.source);
        facts.deletedAt = timeFrom(query.value(10));
        const qint64 account = facts.accountId.number();
        const qint64 workspace = op.workspaceId.number();
        if (facts.removedHere) {
            // Only someone who was a member here is shown: an account of another workspace is not
            // this workspace's business.
            if (!execWith(query,
                          QStringLiteral("SELECT MAX(at) FROM audit_log WHERE workspace_id = ? AND target_type = 'member' "
                                         "AND target_id = ? AND action = 'member.removed'"),
                          {workspace, account})) {
                return errorFrom(query.lastError(), what);
            }
            if (!query.next() || query.value(0).isNull()) {
                return notHere;
            }
            facts.removedAt = timeFrom(query.value(0));
        }
        if (!execWith(query,
                      QStringLiteral("SELECT expires_at, accepted_at IS NULL AND cancelled_at IS NULL AND "
                                     "superseded_at IS NULL FROM invites WHERE workspace_id = ? AND account_id = ? "
                                     "ORDER BY created_at DESC, id DESC LIMIT 1"),
                      {workspace, account})) {
            return errorFrom(query.lastError(), what);
        }
        const QDateTime now = clock::now();
        if (query.next()) {
            facts.invitationExpires = timeFrom(query.value(0));
            facts.invitationOpen = query.value(1).toInt() != 0 && facts.invitationExpires > now;
        }
        if (!execWith(query,
                      QStringLiteral("SELECT MAX(expires_at) FROM password_resets WHERE account_id = ? AND kind = 'reset' "
                                     "AND used_at IS NULL AND closed_at IS NULL AND expires_at > ?"),
                      {account, now.toSecsSinceEpoch()})) {
            return errorFrom(query.lastError(), what);
        }
        if (query.next()) {
            facts.resetLinkExpires = timeFrom(query.value(0));
        }
        qint64 admins = 0;
        if (!countAdminsAndSeats(query, op.workspaceId, &admins, &facts.seatsUsed, &facts.seatCap)) {
            return errorFrom(query.lastError(), what);
        }
        // Someone removed from here: only what happened here, not their other workspaces.
        const QString here = facts.removedHere ? QStringLiteral(" AND workspace_id = %1").arg(workspace) : QString();
        if (!execWith(query,
                      QStringLiteral("SELECT MAX(at) FROM login_events WHERE account_id = ? AND success = 1") + here,
                      {account})) {
            return errorFrom(query.lastError(), what);
        }
        if (query.next()) {
            facts.lastSignIn = timeFrom(query.value(0));
        }
        if (!execWith(query,
                      QStringLiteral("SELECT at, ip, device, browser, location, reason FROM login_events "
                                     "WHERE account_id = ? AND success = 0") + here
                          + QStringLiteral(" ORDER BY at DESC, id DESC LIMIT 10"),
                      {account})) {
            return errorFrom(query.lastError(), what);
        }
        while (query.next()) {
            SignInEvent event;
            event.at = timeFrom(query.value(0));
            event.ip = query.value(1).toString();
            event.device = query.value(2).toString();
            event.browser = query.value(3).toString();
            event.location = query.value(4).toString();
            event.reason = query.value(5).toString();
            facts.recentFailures.append(event);
        }
        if (!facts.removedHere
            && !execWith(query,
                         QStringLiteral("SELECT w.name FROM memberships m JOIN workspaces w ON w.id = m.workspace_id "
                                        "WHERE m.account_id = ? ORDER BY lower(w.name), w.id"),
                         {account})) {
            return errorFrom(query.lastError(), what);
        }
        while (!facts.removedHere && query.next()) {
            facts.workspaces.append(query.value(0).toString());
        }
        return facts;
    });
}

QFuture<Result<SignInFacts>> SqlBackend::signInFacts(const Operator& op, const Id& accountId)
{
    return run<SignInFacts>([=](SqlWorker& worker, auto&) { return worker.signInFacts(op, accountId, QString()); });
}

QFuture<Result<SignInFacts>> SqlBackend::signInFactsByEmail(const Operator& op, const QString& email)
{
    const QString address = email.isNull() ? QStringLiteral("") : email;
    return run<SignInFacts>([=](SqlWorker& worker, auto&) { return worker.signInFacts(op, {}, address); });
}

// --- The web product's side, and operators taking the same steps in Usher ---

Result<qint64> SqlWorker::redeemPasswordReset(const QString& secret, const QString& newPassword)
{
    if (!m_open) {
        return notOpen();
    }
    if (const auto problem = passwordProblem(newPassword)) {
        return BackendError{BackendError::Kind::Invalid, *problem, {}};
    }
    const QString what = Text::tr("The password could not be reset.");
    const QString tokenHash = token::hashOf(secret.trimmed());
    // The workspace whose lock the change takes.
    const auto workspace = workspaceOfLink(*this, tokenHash, QStringLiteral("reset"), what);
    if (!workspace.ok()) {
        return workspace.error();
    }
    const QString hash = passwordhash::hash(newPassword);
    if (hash.isEmpty()) {
        return BackendError{BackendError::Kind::Internal, Text::tr("The password could not be protected."), {}};
    }
    WriteTransaction tx(*this, workspace.value(), what);
    if (const auto error = tx.begin()) {
        return *error;
    }
    if (!tx.exec(QStringLiteral("SELECT id, account_id, expires_at, used_at, closed_at, created_by FROM password_resets "
                                "WHERE token_hash = ? AND kind = 'reset'")
                     + tx.forUpdate(),
                 {tokenHash})) {
        return tx.failed();
    }
    if (!tx.query().next()) {
        return tx.abandon(linkNotFound());
    }
    const qint64 resetId = tx.query().value(0).toLongLong();
    const qint64 accountId = tx.query().value(1).toLongLong();
    const QDateTime expires = timeFrom(tx.query().value(2));
    const QVariant issuer = tx.query().value(5);
    const QDateTime now = clock::now();
    if (!tx.query().value(3).isNull()) {
        return tx.abandon(refused(Text::tr("This reset link was used already; each link works once. Ask for a new "
                                           "one.")));
    }
    if (!tx.query().value(4).isNull()) {
        return tx.abandon(refused(Text::tr("This reset link was withdrawn: a newer link, a temporary password or a "
                                           "change of address replaced it. Use the newest, or ask for a new one.")));
    }
    if (expires <= now) {
        return tx.abandon(refused(Text::tr("This reset link expired at %1. Ask for a new one.")
                                      .arg(QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat))));
    }
    // The person may have become someone the sender may no longer help (promoted, or a member
    // of another workspace) since the link was given to the sender to pass on.
    if (auto stale = refusalOfIssuerNow(tx, workspace.value(), issuer, accountId)) {
        return *stale;
    }
    if (!tx.exec(QStringLiteral("UPDATE password_resets SET used_at = ? WHERE id = ?"), {now.toSecsSinceEpoch(), resetId})
        || !closeResetLinks(tx, accountId, now)
        || !tx.exec(QStringLiteral("UPDATE accounts SET password_hash = ?, must_change_password = 0, failed_logins = 0, "
                                   "locked_until = NULL WHERE id = ?"),
                    {hash, accountId})
        || !tx.audit(workspace.value(), accountId, QStringLiteral("member.password_reset_used"),
                     QStringLiteral("member"), accountId, {}, {})) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return accountId;
}

Result<qint64> SqlWorker::redeemImpersonation(const QString& secret)
{
    if (!m_open) {
        return notOpen();
    }
    const QString what = Text::tr("The sign-in could not be opened.");
    const QString tokenHash = token::hashOf(secret.trimmed());
    const auto workspace = workspaceOfLink(*this, tokenHash, QStringLiteral("impersonation"), what);
    if (!workspace.ok()) {
        return workspace.error();
    }
    WriteTransaction tx(*this, workspace.value(), what);
    if (const auto error = tx.begin()) {
        return *error;
    }
    if (!tx.exec(QStringLiteral("SELECT r.id, r.account_id, r.expires_at, r.used_at, r.closed_at, r.created_by, "
                                "m.status, o.role, o.status, m.role FROM password_resets r "
                                "LEFT JOIN memberships m ON m.account_id = r.account_id AND m.workspace_id = r.workspace_id "
                                "LEFT JOIN memberships o ON o.account_id = r.created_by AND o.workspace_id = r.workspace_id "
                                "WHERE r.token_hash = ? AND r.kind = 'impersonation'")
                     + tx.forUpdate(QStringLiteral("r")),
                 {tokenHash})) {
        return tx.failed();
    }
    if (!tx.query().next()) {
        return tx.abandon(linkNotFound());
    }
    QSqlQuery& row = tx.query();
    const qint64 id = row.value(0).toLongLong();
    const qint64 accountId = row.value(1).toLongLong();
    const QDateTime expires = timeFrom(row.value(2));
    const qint64 admin = row.value(5).toLongLong();
    const bool personActive = row.value(6).toString() == statusKey(Status::Active);
    Role adminRole = Role::Member;
    roleFromKey(row.value(7).toString(), &adminRole);
    const bool adminActive = row.value(8).toString() == statusKey(Status::Active);
    Role personRole = Role::Admin;
    roleFromKey(row.value(9).toString(), &personRole);
    const QDateTime now = clock::now();
    if (!row.value(3).isNull() || !row.value(4).isNull()) {
        return tx.abandon(refused(Text::tr("This sign-in link was used or replaced already; each works once.")));
    }
    if (expires <= now) {
        return tx.abandon(refused(Text::tr("This sign-in link expired; ask for a new one.")));
    }
    // The Admin who issued it must still be one, and the person still active.
    if (!adminActive || adminRole != Role::Admin) {
        return tx.abandon(refused(Text::tr("Whoever issued this sign-in link is no longer an active Admin.")));
    }
    if (!personActive) {
        return tx.abandon(refused(Text::tr("The person is no longer active in this workspace.")));
    }
    if (const auto why = refusalOfImpersonation(adminRole, personRole, admin == accountId)) {
        return tx.abandon(refused(*why)); // promoted to Admin since the link was issued
    }
    if (!tx.exec(QStringLiteral("UPDATE password_resets SET used_at = ? WHERE id = ?"), {now.toSecsSinceEpoch(), id})
        || !tx.exec(QStringLiteral("INSERT INTO sessions (account_id, workspace_id, device, browser, created_at, "
                                   "last_activity_at, impersonated_by) VALUES (?, ?, '', 'Web', ?, ?, ?) RETURNING id"),
                    {accountId, workspace.value(), now.toSecsSinceEpoch(), now.toSecsSinceEpoch(), admin})
        || !tx.query().next()) {
        return tx.failed();
    }
    const qint64 sessionId = tx.query().value(0).toLongLong();
    if (!tx.audit(workspace.value(), admin, QStringLiteral("member.impersonation_started"), QStringLiteral("member"),
                  accountId, {}, {{QStringLiteral("session"), sessionId}})) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return sessionId;
}

Result<Done> SqlWorker::requestPasswordReset(const Id& workspaceId, const QString& email)
{
    if (!m_open) {
        return notOpen();
    }
    WriteTransaction tx(*this, workspaceId, Text::tr("The reset link could not be requested."));
    if (const auto error = tx.begin()) {
        return *error;
    }
    WorkspaceFacts facts;
    bool mailServer = false;
    if (!readWorkspaceFacts(tx.query(), workspaceId, &facts) || !sendsMail(tx.query(), workspaceId, &mailServer)) {
        return tx.failed();
    }
    if (!mailServer) {
        return tx.abandon(refused(Text::tr("This workspace sends no mail, so no reset link can reach you. Ask an "
                                           "Admin or the helpdesk for a temporary password.")));
    }
    if (!tx.exec(QStringLiteral("SELECT a.id, a.email, a.display_name FROM accounts a JOIN memberships m "
                                "ON m.account_id = a.id AND m.workspace_id = ? AND m.status = 'active' "
                                "WHERE a.email_key = ?"),
                 {workspaceId.number(), normalizedEmail(email)})) {
        return tx.failed();
    }
    if (!tx.query().next()) {
        tx.abandon({}); // the same answer as for a member: who is one is not told
        return Done{};
    }
    const qint64 accountId = tx.query().value(0).toLongLong();
    const QString address = tx.query().value(1).toString();
    const QString name = tx.query().value(2).toString();
    const QDateTime now = clock::now();
    // One mail every few minutes at most, so the address cannot be flooded.
    if (!tx.exec(QStringLiteral("SELECT COUNT(*) FROM password_resets WHERE account_id = ? AND kind = 'reset' "
                                "AND created_by IS NULL AND created_at > ?"),
                 {accountId, now.toSecsSinceEpoch() - 5 * 60})
        || !tx.query().next()) {
        return tx.failed();
    }
    if (tx.query().value(0).toLongLong() > 0) {
        tx.abandon({});
        return Done{};
    }
    const QDateTime expires = now.addSecs(qint64(facts.settings.resetLinkMinutes) * 60);
    if (!closeResetLinks(tx, accountId, now)
        || !tx.exec(QStringLiteral("INSERT INTO password_resets (account_id, workspace_id, kind, token_hash, "
                                   "created_at, expires_at) VALUES (?, ?, 'reset', ?, ?, ?) RETURNING id"),
                    {accountId, workspaceId.number(), token::hashOf(token::generate()), now.toSecsSinceEpoch(),
                     expires.toSecsSinceEpoch()})
        || !tx.query().next()) {
        return tx.failed();
    }
    const qint64 resetId = tx.query().value(0).toLongLong();
    PasswordMailFacts mailFacts{facts.settings.language, facts.name, name == address ? QString() : name, {}, expires};
    if (!queueMail(tx, workspaceId, QStringLiteral("password_reset"), address, composePasswordResetMail(mailFacts),
                   resetId)
        || !tx.audit(workspaceId, accountId, QStringLiteral("member.password_reset_requested"), QStringLiteral("member"),
                     accountId, {}, {{QStringLiteral("expires_at"), expires.toSecsSinceEpoch()}})) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return Done{};
}

QFuture<Result<Id>> SqlBackend::signInToWeb(const Id& workspaceId, const QString& email, const QString& password)
{
    return run<Id>([=](SqlWorker& worker, auto&) -> Result<Id> {
        const auto signedIn = worker.passwordSignIn(workspaceId, email, password, SignInAs::WebUser, QString());
        return signedIn.ok() ? Result<Id>(Id(signedIn.value().sessionId)) : Result<Id>(signedIn.error());
    });
}

QFuture<Result<Id>> SqlBackend::changeWebPassword(const Id& workspaceId, const QString& email,
                                                  const QString& currentPassword, const QString& newPassword)
{
    const QString chosen = newPassword.isNull() ? QStringLiteral("") : newPassword;
    return run<Id>([=](SqlWorker& worker, auto&) -> Result<Id> {
        const auto signedIn = worker.passwordSignIn(workspaceId, email, currentPassword, SignInAs::WebUser, chosen);
        return signedIn.ok() ? Result<Id>(Id(signedIn.value().sessionId)) : Result<Id>(signedIn.error());
    });
}

QFuture<Result<Operator>> SqlBackend::changePassword(const Id& workspaceId, const QString& email,
                                                     const QString& currentPassword, const QString& newPassword)
{
    const QString chosen = newPassword.isNull() ? QStringLiteral("") : newPassword;
    return run<Operator>([=](SqlWorker& worker, auto&) -> Result<Operator> {
        const auto signedIn = worker.passwordSignIn(workspaceId, email, currentPassword, SignInAs::Operator, chosen);
        return signedIn.ok() ? Result<Operator>(signedIn.value().op) : Result<Operator>(signedIn.error());
    });
}

QFuture<Result<Id>> SqlBackend::redeemPasswordReset(const QString& token, const QString& newPassword)
{
    return run<Id>([=](SqlWorker& worker, auto&) -> Result<Id> {
        const auto account = worker.redeemPasswordReset(token, newPassword);
        return account.ok() ? Result<Id>(Id(account.value())) : Result<Id>(account.error());
    });
}

QFuture<Result<Id>> SqlBackend::redeemImpersonation(const QString& token)
{
    return run<Id>([=](SqlWorker& worker, auto&) -> Result<Id> {
        const auto session = worker.redeemImpersonation(token);
        return session.ok() ? Result<Id>(Id(session.value())) : Result<Id>(session.error());
    });
}

QFuture<Result<Done>> SqlBackend::requestPasswordReset(const Id& workspaceId, const QString& email)
{
    return run<Done>([=](SqlWorker& worker, auto&) { return worker.requestPasswordReset(workspaceId, email); });
}

QFuture<Result<Operator>> SqlBackend::redeemLink(const Id& workspaceId, const QString& link, const QString& newPassword)
{
    const auto [kind, secret] = linkToken(link);
    return run<Operator>([=, kind = kind, secret = secret](SqlWorker& worker, auto&) -> Result<Operator> {
        if (secret.isEmpty()) {
            return BackendError{BackendError::Kind::Invalid,
                                Text::tr("Link: paste the whole link from your mail (it contains \"invite=\" or "
                                         "\"reset=\")."),
                                {}};
        }
        Result<qint64> account = linkNotFound();
        if (kind != QLatin1String("invite") && kind != QLatin1String("impersonate")) {
            account = worker.redeemPasswordReset(secret, newPassword);
        }
        if (kind == QLatin1String("invite") || (kind.isEmpty() && account.error().kind == BackendError::Kind::NotFound)) {
            const auto accepted = worker.acceptInvitation(InviteAcceptance{secret, newPassword});
            account = accepted.ok() ? Result<qint64>(accepted.value().number()) : Result<qint64>(accepted.error());
        }
        if (!account.ok()) {
            return account.error();
        }
        // Signed in with the password just chosen, as any operator is (their role checked there).
        QString email;
        {
            QSqlQuery query(worker.database());
            if (!execWith(query, QStringLiteral("SELECT email FROM accounts WHERE id = ?"), {account.value()})
                || !query.next()) {
                return worker.errorFrom(query.lastError(), Text::tr("You could not be signed in."));
            }
            email = query.value(0).toString();
        }
        const auto signedIn = worker.passwordSignIn(workspaceId, email, newPassword, SignInAs::Operator, QString());
        if (!signedIn.ok()) {
            // The link is used and the password set: say so, whatever keeps them out of Usher.
            BackendError error = signedIn.error();
            error.message = Text::tr("Your new password is set, but you cannot work in Usher here: %1")
                                .arg(error.message);
            return error;
        }
        return signedIn.value().op;
    });
}

} // namespace usher::sql
