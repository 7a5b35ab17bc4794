// Operators (who is making changes) and their workspaces: the first Admin, identification on
// a local file, password sign-in (slowed down after wrong passwords) on shared databases.

#include "connection/sql/sqlworker.h"
#include "connection/sql/usersql.h"

#include "connection/logging.h"
#include "connection/passwordhash.h"
#include "core/clamp.h"
#include "core/clock.h"
#include "core/email.h"
#include "core/lifecycle.h"

#include <QLocale>

namespace usher::sql {

namespace {
const QString operatorColumns = QStringLiteral(
    "SELECT a.id, a.display_name, a.email, m.role, m.status, a.password_hash, a.failed_logins, a.locked_until, "
    "a.must_change_password "
    "FROM accounts a JOIN memberships m ON m.account_id = a.id AND m.workspace_id = ? WHERE a.email_key = ?");
} // namespace

namespace {
/// The refusal of a password tried inside the delay after repeated failures.
BackendError tooSoon(const QDateTime& notBefore)
{
    const qint64 seconds = qMax<qint64>(1, clock::now().secsTo(notBefore));
    return BackendError{
        BackendError::Kind::Refused,
        Text::tr("Too many wrong passwords for this account: try again in %n second(s), at %1. An Admin can "
                 "unlock sign-in sooner.",
                 nullptr, clampToInt(seconds))
            .arg(QLocale().toString(notBefore.toLocalTime().time(), QLocale::LongFormat)),
        {}};
}
} // namespace

bool readAccountUse(QSqlQuery& query, const Id& accountId, const Id& workspaceId, bool* hasPassword, bool* belongsElsewhere)
{
    if (!execWith(query,
                  QStringLiteral("SELECT a.password_hash, (SELECT COUNT(*) FROM memberships m WHERE m.account_id = a.id "
                                 "AND m.workspace_id <> ? AND m.status <> 'invited') FROM accounts a WHERE a.id = ?"),
                  {workspaceId.number(), accountId.number()})
        || !query.next()) {
        return false;
    }
    *hasPassword = !query.value(0).toString().isEmpty();
    *belongsElsewhere = query.value(1).toLongLong() > 0;
    return true;
}

std::optional<BackendError> refusalToChoosePasswordIn(WriteTransaction& tx, const Id& accountId, const Id& workspaceId,
                                                      const QString& email)
{
    bool hasPassword = false;
    bool elsewhere = false;
    if (!readAccountUse(tx.query(), accountId, workspaceId, &hasPassword, &elsewhere)) {
        return tx.failed();
    }
    if (const auto why = refusalToChoosePassword(email, hasPassword, elsewhere)) {
        return tx.abandon(refused(*why));
    }
    return std::nullopt;
}

Result<Operator> SqlWorker::operatorFrom(QSqlQuery& query, const Id& workspaceId)
{
    Operator op;
    op.workspaceId = workspaceId;
    op.accountId = query.value(0).toLongLong();
    op.displayName = query.value(1).toString();
    op.email = query.value(2).toString();
    roleFromKey(query.value(3).toString(), &op.role);
    Status status = Status::Active;
    statusFromKey(query.value(4).toString(), &status);
    if (status != Status::Active) {
        return refused(Text::tr("%1 is %2 in this workspace and cannot work in Usher.")
                           .arg(op.email, statusDisplayName(status).toLower()));
    }
    if (const auto why = refusal(op.role, Action::ViewUsers)) {
        return refused(Text::tr("%1 is a %2 here; Usher is for the people who look after the workspace's members.")
                           .arg(op.email, roleDisplayName(op.role)));
    }
    return op;
}

Result<Operator> SqlWorker::identify(const Id& workspaceId, const QString& email)
{
    if (m_dialect == Dialect::Postgres) {
        // Whoever reaches a shared database must prove who they are; the answer does not say
        // whether the address is a member either.
        return refused(Text::tr("On a shared database you sign in with your email and password."));
    }
    return read<Operator>([&]() -> Result<Operator> {
        QSqlQuery query(database());
        if (!execWith(query, operatorColumns, {workspaceId.number(), normalizedEmail(email)})) {
            return errorFrom(query.lastError(), Text::tr("Your membership could not be looked up."));
        }
        if (!query.next()) {
            return BackendError{BackendError::Kind::NotFound,
                                Text::tr("%1 is not a member of this workspace.").arg(email.trimmed()), {}};
        }
        return operatorFrom(query, workspaceId);
    });
}

Result<Operator> SqlWorker::setUpFirstAdmin(const Id& workspaceId, const NewMember& admin)
{
    if (!m_open) {
        return notOpen();
    }
    if (const auto problem = profileProblem(admin.firstName, admin.lastName, admin.email)) {
        return BackendError{BackendError::Kind::Invalid, *problem, {}};
    }
    // Shared databases need a password; a local file takes one if given (for a later move).
    const bool withPassword = m_dialect == Dialect::Postgres || !admin.password.isEmpty();
    if (withPassword && admin.password.size() < 12) {
        return BackendError{BackendError::Kind::Invalid,
                            Text::tr("Password: use at least 12 characters; others will sign in to this shared "
                                     "database too."),
                            {}};
    }
    const QString hash = withPassword ? passwordhash::hash(admin.password) : QString();
    if (withPassword && hash.isEmpty()) {
        return BackendError{BackendError::Kind::Internal, Text::tr("The password could not be protected."), {}};
    }
    WriteTransaction tx(*this, workspaceId, Text::tr("The first Admin could not be set up."));
    if (const auto error = tx.begin()) {
        return *error;
    }
    qint64 admins = 0;
    qint64 seats = 0;
    std::optional<qint64> cap;
    if (!countAdminsAndSeats(tx.query(), workspaceId, &admins, &seats, &cap)) {
        return tx.failed();
    }
    if (admins > 0) {
        return tx.abandon(refused(Text::tr("This workspace has an Admin already; ask them to add you.")));
    }
    const QString email = admin.email.trimmed();
    const QString key = normalizedEmail(email);
    const qint64 now = clock::nowSecs();
    if (!tx.exec(QStringLiteral("SELECT id, password_hash, display_name, failed_logins, locked_until FROM accounts "
                                "WHERE email_key = ?")
                     + tx.forUpdate(),
                 {key})) {
        return tx.failed();
    }
    qint64 accountId = 0;
    QString stored;
    QString displayName = composeDisplayName(admin.firstName.trimmed(), admin.lastName.trimmed());
    int failures = 0;
    QDateTime lockedUntil;
    if (tx.query().next()) {
        accountId = tx.query().value(0).toLongLong();
        stored = tx.query().value(1).toString();
        displayName = tx.query().value(2).toString();
        failures = tx.query().value(3).toInt();
        lockedUntil = timeFrom(tx.query().value(4));
    }
    const QVariant hashValue = withPassword ? QVariant(hash) : QVariant(QMetaType::fromType<QString>());
    if (accountId == 0) {
        if (!tx.exec(QStringLiteral("INSERT INTO accounts (email, email_key, first_name, last_name, display_name, "
                                    "password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                     {email, key, textValue(admin.firstName.trimmed()), textValue(admin.lastName.trimmed()),
                      displayName, hashValue, now})
            || !tx.query().next()) {
            return tx.failed();
        }
        accountId = tx.query().value(0).toLongLong();
    } else if (!stored.isEmpty()) {
        // An existing account is never taken over: whoever sets it up proves its password (a
        // local file, which needs none, may leave it out), and the password stays as it is.
        // Wrong guesses slow it down like sign-in's.
        const QDateTime current = clock::now();
        if (withPassword && lockedUntil.isValid() && lockedUntil > current) {
            return tx.abandon(tooSoon(lockedUntil));
        }
        if (withPassword && !passwordhash::verify(stored, admin.password)) {
            const int count = failures + 1;
            if (!tx.exec(QStringLiteral("UPDATE accounts SET failed_logins = ?, locked_until = ? WHERE id = ?"),
                         {count, epochOrNull(signInAllowedFrom(count, current)), accountId})) {
                return tx.failed();
            }
            if (const auto error = tx.commit()) {
                return *error;
            }
            return refused(Text::tr("%1 already has an account: enter its password to become this workspace's "
                                    "Admin.")
                               .arg(email));
        }
    } else if (withPassword) {
        if (auto refusal = refusalToChoosePasswordIn(tx, accountId, workspaceId, email)) {
            return *refusal;
        }
        if (!tx.exec(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ? AND password_hash IS NULL"),
                     {hash, accountId})) {
            return tx.failed();
        }
    }
    // An existing membership (a demoted or disabled former Admin, say) becomes the Admin; it
    // keeps its row, and with it its history.
    if (!tx.exec(QStringLiteral("UPDATE memberships SET role = 'admin', status = 'active', deleted_at = NULL, "
                                "status_before_delete = NULL, version = version + 1, updated_at = ?, updated_by = ? "
                                "WHERE workspace_id = ? AND account_id = ?"),
                 {now, accountId, workspaceId.number(), accountId})) {
        return tx.failed();
    }
    if (tx.query().numRowsAffected() == 0
        && !tx.exec(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, joined_at, "
                                   "last_seen_at) VALUES (?, ?, 'admin', 'active', 'manual', ?, ?)"),
                    {accountId, workspaceId.number(), now, now})) {
        return tx.failed();
    }
    if (!tx.audit(workspaceId, accountId, QStringLiteral("member.created"), QStringLiteral("member"), accountId, {},
                  {{QStringLiteral("email"), email},
                   {QStringLiteral("role"), roleKey(Role::Admin)},
                   {QStringLiteral("status"), statusKey(Status::Active)},
                   {QStringLiteral("first_admin"), true}})) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return Operator{workspaceId, accountId, Role::Admin, displayName, email};
}

Result<Operator> SqlWorker::signIn(const Id& workspaceId, const QString& email, const QString& password)
{
    const auto signedIn = passwordSignIn(workspaceId, email, password, SignInAs::Operator, {});
    if (!signedIn.ok()) {
        return signedIn.error();
    }
    return signedIn.value().op;
}

Result<SignedIn> SqlWorker::passwordSignIn(const Id& workspaceId, const QString& email, const QString& password,
                                           SignInAs as, const QString& newPassword)
{
    if (!m_open) {
        return notOpen();
    }
    const BackendError wrong{BackendError::Kind::Authentication,
                             Text::tr("The email address or the password is wrong."), {}};
    const QString what = Text::tr("You could not be signed in.");
    const bool changing = !newPassword.isNull();
    QString newHash;
    if (changing) {
        if (const auto problem = passwordProblem(newPassword)) {
            return BackendError{BackendError::Kind::Invalid, Text::tr("New password: %1").arg(*problem), {}};
        }
        if (newPassword == password) {
            return BackendError{BackendError::Kind::Invalid,
                                Text::tr("New password: choose one that differs from the current password."), {}};
        }
        newHash = passwordhash::hash(newPassword);
        if (newHash.isEmpty()) {
            return BackendError{BackendError::Kind::Internal, Text::tr("The password could not be protected."), {}};
        }
    }

    // 1. Read the account in a plain read, which ends before the password is checked: Argon2
    //    takes a while and must not hold the workspace's write lock or a row lock meanwhile.
    struct Seen
    {
        qint64 accountId = 0;
        QString stored;
        int failures = 0;
        QDateTime notBefore;
        Status status = Status::Active;
        Result<Operator> op;
    };
    const Result<std::optional<Seen>> looked = read<std::optional<Seen>>([&]() -> Result<std::optional<Seen>> {
        QSqlQuery query(database());
        if (!execWith(query, operatorColumns, {workspaceId.number(), normalizedEmail(email)})) {
            return errorFrom(query.lastError(), what);
        }
        if (!query.next()) {
            return std::optional<Seen>();
        }
        Seen seen;
        seen.accountId = query.value(0).toLongLong();
        seen.stored = query.value(5).toString();
        seen.failures = query.value(6).toInt();
        seen.notBefore = timeFrom(query.value(7));
        statusFromKey(query.value(4).toString(), &seen.status);
        seen.op = operatorFrom(query, workspaceId);
        return std::optional<Seen>(seen);
    });
    if (!looked.ok()) {
        return looked.error();
    }
    const std::optional<Seen>& seen = looked.value();

    auto record = [&](WriteTransaction& tx, const QDateTime& at, bool success, const QString& reason) {
        return tx.exec(QStringLiteral("INSERT INTO login_events (account_id, workspace_id, at, device, browser, "
                                      "success, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {seen->accountId, workspaceId.number(), at.toSecsSinceEpoch(), QSysInfo::prettyProductName(),
                        as == SignInAs::Operator ? QStringLiteral("Usher") : QStringLiteral("Web"), success ? 1 : 0,
                        textValue(reason)});
    };

    // 2. Inside the delay after repeated failures the password is not checked at all, and the
    //    refusal does not lengthen the delay.
    if (seen && seen->notBefore.isValid() && seen->notBefore > clock::now()) {
        WriteTransaction tx(*this, workspaceId, what);
        if (const auto error = tx.begin()) {
            return *error;
        }
        if (!record(tx, clock::now(), false, QStringLiteral("too_soon"))) {
            return tx.failed();
        }
        if (const auto error = tx.commit()) {
            return *error;
        }
        return tooSoon(seen->notBefore);
    }

    // 3. One Argon2id verification whatever the account: unknown and password-less accounts are
    //    checked against a dummy hash, so timing does not tell which addresses exist.
    const bool matches = passwordhash::verifyInConstantWork(seen ? seen->stored : QString(), password);
    if (!seen) {
        return wrong;
    }

    // 4. Record the outcome in a short write transaction. Failures counted meanwhile by other
    //    attempts count for this one too: it waits like them, whatever its password.
    WriteTransaction tx(*this, workspaceId, what);
    if (const auto error = tx.begin()) {
        return *error;
    }
    if (!tx.exec(QStringLiteral("SELECT failed_logins, locked_until, password_hash, must_change_password FROM accounts "
                                "WHERE id = ?")
                     + tx.forUpdate(),
                 {seen->accountId})) {
        return tx.failed();
    }
    if (!tx.query().next()) {
        return tx.abandon(wrong);
    }
    const int failures = tx.query().value(0).toInt();
    const QDateTime notBefore = timeFrom(tx.query().value(1));
    // The password was checked against the hash read before the lock: if it changed meanwhile
    // (a reset, a temporary password), what was checked no longer counts.
    if (tx.query().value(2).toString() != seen->stored) {
        return tx.abandon(wrong);
    }
    const bool mustChange = tx.query().value(3).toInt() != 0;
    const QDateTime now = clock::now();
    if (failures != seen->failures && notBefore.isValid() && notBefore > now) {
        if (!record(tx, now, false, QStringLiteral("too_soon"))) {
            return tx.failed();
        }
        if (const auto error = tx.commit()) {
            return *error;
        }
        return tooSoon(notBefore);
    }
    if (!matches) {
        const int count = failures + 1;
        const QDateTime next = signInAllowedFrom(count, now);
        if (!tx.exec(QStringLiteral("UPDATE accounts SET failed_logins = ?, locked_until = ? WHERE id = ?"),
                     {count, epochOrNull(next), seen->accountId})
            || !record(tx, now, false, QStringLiteral("password"))
            || (count == freeSignInFailures
                && !tx.audit(workspaceId, seen->accountId, QStringLiteral("operator.sign_in_slowed"),
                             QStringLiteral("member"), seen->accountId, {},
                             {{QStringLiteral("failed_sign_ins"), count}}))) {
            return tx.failed();
        }
        if (const auto error = tx.commit()) {
            return *error;
        }
        return wrong;
    }
    if (as == SignInAs::Operator && !seen->op.ok()) {
        return tx.abandon(seen->op.error());
    }
    if (as == SignInAs::WebUser && seen->status != Status::Active) {
        return tx.abandon(refused(Text::tr("%1 is %2 in this workspace and cannot sign in.")
                                      .arg(email.trimmed(), statusDisplayName(seen->status).toLower())));
    }
    if (!tx.exec(QStringLiteral("UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = ?"),
                 {seen->accountId})) {
        return tx.failed();
    }
    if (mustChange) {
        // A temporary password works until it expires, and only while whoever gave it may still
        // help this account.
        if (!tx.exec(QStringLiteral("SELECT workspace_id, created_by, expires_at FROM password_resets "
                                    "WHERE account_id = ? AND kind = 'temporary' AND used_at IS NULL "
                                    "AND closed_at IS NULL ORDER BY id DESC LIMIT 1"),
                     {seen->accountId})) {
            return tx.failed();
        }
        if (!tx.query().next() || timeFrom(tx.query().value(2)) <= now) {
            return tx.abandon(refused(Text::tr("This temporary password no longer works (it expired, or a newer one "
                                               "or a reset link replaced it). Ask for a new one.")));
        }
        const qint64 givenIn = tx.query().value(0).toLongLong();
        const QVariant givenBy = tx.query().value(1);
        if (auto stale = refusalOfIssuerNow(tx, givenIn, givenBy, seen->accountId)) {
            return *stale;
        }
    }
    if (mustChange && !changing) {
        // The right temporary password: nothing opens until the person has chosen their own.
        if (!record(tx, now, false, QStringLiteral("password_change_required"))) {
            return tx.failed();
        }
        if (const auto error = tx.commit()) {
            return *error;
        }
        return BackendError{BackendError::Kind::PasswordChangeRequired,
                            Text::tr("This is a temporary password: choose your own password to go on."), {}};
    }
    if (changing
        && (!tx.exec(QStringLiteral("UPDATE accounts SET password_hash = ?, must_change_password = 0 WHERE id = ?"),
                     {newHash, seen->accountId})
            || !closeResetLinks(tx, seen->accountId, now)
            || !tx.audit(workspaceId, seen->accountId, QStringLiteral("member.password_changed"),
                         QStringLiteral("member"), seen->accountId, {},
                         {{QStringLiteral("temporary_replaced"), mustChange}}))) {
        return tx.failed();
    }
    SignedIn signedIn;
    signedIn.accountId = seen->accountId;
    if (!record(tx, now, true, {})) {
        return tx.failed();
    }
    if (as == SignInAs::Operator) {
        if (!tx.audit(workspaceId, seen->accountId, QStringLiteral("operator.signed_in"), QStringLiteral("member"),
                      seen->accountId, {}, {})) {
            return tx.failed();
        }
        signedIn.op = seen->op.value();
    } else {
        if (!tx.exec(QStringLiteral("INSERT INTO sessions (account_id, workspace_id, device, browser, created_at, "
                                    "last_activity_at) VALUES (?, ?, ?, 'Web', ?, ?) RETURNING id"),
                     {seen->accountId, workspaceId.number(), QSysInfo::prettyProductName(), now.toSecsSinceEpoch(),
                      now.toSecsSinceEpoch()})
            || !tx.query().next()) {
            return tx.failed();
        }
        signedIn.sessionId = tx.query().value(0).toLongLong();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return signedIn;
}

Result<QList<WorkspaceSummary>> SqlWorker::listWorkspaces(const Id& accountId)
{
    return read<QList<WorkspaceSummary>>([&]() -> Result<QList<WorkspaceSummary>> {
        QSqlQuery query(database());
        if (!execWith(query,
                      QStringLiteral("SELECT w.id, w.name, m.role, m.status, w.seat_cap, ")
                          + seatsUsedSql(QStringLiteral("w.id")) + QStringLiteral(", ")
                          + activeAdminsSql(QStringLiteral("w.id"))
                          + QStringLiteral(" FROM workspaces w JOIN memberships m ON m.workspace_id = w.id "
                                     "WHERE m.account_id = ? ORDER BY lower(w.name), w.id"),
                      {accountId.number()})) {
            return errorFrom(query.lastError(), Text::tr("The workspaces could not be read."));
        }
        QList<WorkspaceSummary> workspaces;
        while (query.next()) {
            WorkspaceSummary workspace;
            workspace.id = query.value(0).toLongLong();
            workspace.name = query.value(1).toString();
            roleFromKey(query.value(2).toString(), &workspace.role);
            statusFromKey(query.value(3).toString(), &workspace.status);
            if (!query.value(4).isNull()) {
                workspace.seatCap = query.value(4).toLongLong();
            }
            workspace.seatsUsed = query.value(5).toLongLong();
            workspace.activeAdmins = query.value(6).toLongLong();
            workspaces.append(workspace);
        }
        return workspaces;
    });
}

} // namespace usher::sql
