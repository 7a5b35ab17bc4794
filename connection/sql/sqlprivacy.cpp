// A person's personal data (U7): what an erasure removes, and the erasure itself. The audit log
// stays append-only: its rows name people only through audit subjects (migration 14), and an
// erasure changes those subjects alone, putting a pseudonym in place of the names.

#include "connection/sql/sqlworker.h"

#include "core/clock.h"
#include "core/privacy.h"

#include <QRandomGenerator>

namespace usher::sql {

namespace {

/// The audit subjects that are this person: theirs by account, and the addresses and names of
/// changes made to them or sent to their address (an invitation before they had an account).
const QString personsSubjects = QStringLiteral("(account_id = ? OR lower(email) = ?)");

/// A workspace's secret salt for pseudonyms, made the first time one is needed.
Result<QByteArray> erasureSalt(WriteTransaction& tx, qint64 workspaceId)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!tx.exec(QStringLiteral("SELECT erasure_salt FROM workspaces WHERE id = ?"), {workspaceId})) {
            return tx.failed();
        }
        if (tx.query().next() && !tx.query().value(0).toString().isEmpty()) {
            return QByteArray::fromHex(tx.query().value(0).toString().toLatin1());
        }
        QByteArray salt(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(salt.begin(), salt.end());
        if (!tx.exec(QStringLiteral("UPDATE workspaces SET erasure_salt = ? WHERE id = ? AND erasure_salt IS NULL"),
                     {QString::fromLatin1(salt.toHex()), workspaceId})) {
            return tx.failed();
        }
    }
    // A workspace row that is gone (subjects outlive their workspace): a salt of the moment,
    // never kept, so its pseudonyms cannot be traced either.
    QByteArray salt(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return salt;
}

} // namespace

Result<ErasureCounts> SqlWorker::erasure(WriteTransaction& tx, const Operator& op, const Id& accountId,
                                         const QString& reference, bool apply)
{
    const auto me = beginAs(tx, op, Action::PersonalData);
    if (!me.ok()) {
        return me.error();
    }
    ErasureCounts counts;
    if (!tx.exec(QStringLiteral("SELECT email, email_key, display_name FROM accounts WHERE id = ?") + tx.forUpdate(),
                 {accountId.number()})) {
        return tx.failed();
    }
    if (!tx.query().next()) {
        return tx.abandon({BackendError::Kind::NotFound, Text::tr("This person is no longer there; reload the list."), {}});
    }
    counts.email = tx.query().value(0).toString();
    const QString emailKey = tx.query().value(1).toString();
    counts.name = tx.query().value(2).toString();

    // Every workspace they belong to, as the operator stands there.
    if (!tx.exec(QStringLiteral("SELECT w.id, w.name, m.role, m.status, o.role, o.status, "
                                "(SELECT COALESCE(SUM(c.members), 0) FROM membership_counts c WHERE c.workspace_id = w.id "
                                "AND c.role = 'admin' AND c.status = 'active') "
                                "FROM memberships m JOIN workspaces w ON w.id = m.workspace_id "
                                "LEFT JOIN memberships o ON o.workspace_id = m.workspace_id AND o.account_id = ? "
                                "WHERE m.account_id = ? ORDER BY w.id"),
                 {op.accountId.number(), accountId.number()})) {
        return tx.failed();
    }
    QList<ErasureSeat> seats;
    QList<qint64> workspaces;
    while (tx.query().next()) {
        ErasureSeat seat;
        workspaces.append(tx.query().value(0).toLongLong());
        seat.workspaceName = tx.query().value(1).toString();
        roleFromKey(tx.query().value(2).toString(), &seat.role);
        statusFromKey(tx.query().value(3).toString(), &seat.status);
        seat.operatorIsMember = !tx.query().value(4).isNull();
        roleFromKey(tx.query().value(4).toString(), &seat.operatorRole);
        statusFromKey(tx.query().value(5).toString(), &seat.operatorStatus);
        seat.activeAdmins = tx.query().value(6).toLongLong();
        seats.append(seat);
        counts.workspaces.append(seat.workspaceName);
    }
    // The preview says every reason but the missing reference, which is asked for after it.
    if (const auto why = refusalToErase(accountId == op.accountId, seats, apply ? reference : QStringLiteral("-"))) {
        return tx.abandon(refused(*why));
    }

    const QVariantList person{accountId.number(), emailKey};
    const auto count = [&](const QString& sql, const QVariantList& binds, qint64* into) {
        if (!tx.exec(sql, binds) || !tx.query().next()) {
            return false;
        }
        *into = tx.query().value(0).toLongLong();
        return true;
    };
    const QString theirInvites = QStringLiteral("(SELECT id FROM invites WHERE account_id = ? OR email_key = ?)");
    const QString theirResets = QStringLiteral("(SELECT id FROM password_resets WHERE account_id = ?)");
    const QString theirMails = QStringLiteral("lower(recipient) = ? OR invite_id IN ") + theirInvites
                               + QStringLiteral(" OR reset_id IN ") + theirResets;
    const QVariantList mailBinds{emailKey, accountId.number(), emailKey, accountId.number()};
    const QString subjects = QStringLiteral("(SELECT id FROM audit_subjects WHERE ") + personsSubjects + QLatin1Char(')');
    if (!count(QStringLiteral("SELECT COUNT(*) FROM group_members WHERE account_id = ?"), {accountId.number()}, &counts.groups)
        || !count(QStringLiteral("SELECT COUNT(*) FROM invites WHERE account_id = ? OR email_key = ?"), person,
                  &counts.invitations)
        || !count(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE account_id = ?"), {accountId.number()}, &counts.sessions)
        || !count(QStringLiteral("SELECT COUNT(*) FROM login_events WHERE account_id = ?"), {accountId.number()},
                  &counts.signIns)
        || !count(QStringLiteral("SELECT COUNT(*) FROM password_resets WHERE account_id = ?"), {accountId.number()},
                  &counts.passwordResets)
        || !count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE ") + theirMails, mailBinds, &counts.mails)
        || !count(QStringLiteral("SELECT COUNT(*) FROM waitlist WHERE email_key = ?"), {emailKey}, &counts.waitlist)
        || !count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor_subject IN %1 OR target_subject IN %1 "
                                 "OR before_subject IN %1 OR after_subject IN %1")
                      .arg(subjects),
                  person + person + person + person, &counts.auditEvents)) {
        return tx.failed();
    }
    if (!apply) {
        tx.abandon({});
        return counts;
    }

    // Audited first, in each of their workspaces, naming them as they are (their subjects, which
    // the pseudonym then takes over like every other); the reference is no personal data.
    for (const qint64 workspace : std::as_const(workspaces)) {
        if (!tx.audit(workspace, op.accountId, QStringLiteral("member.erased"), QStringLiteral("member"), accountId, {},
                      {{QStringLiteral("workspaces"), qint64(workspaces.size())}}, reference.trimmed())) {
            return tx.failed();
        }
    }
    // Their subjects, in every workspace that has any: a pseudonym for the names.
    if (!tx.exec(QStringLiteral("SELECT DISTINCT COALESCE(workspace_id, 0) FROM audit_subjects WHERE ") + personsSubjects,
                 person)) {
        return tx.failed();
    }
    QList<qint64> named;
    while (tx.query().next()) {
        named.append(tx.query().value(0).toLongLong());
    }
    for (const qint64 workspace : std::as_const(named)) {
        const Result<QByteArray> salt = erasureSalt(tx, workspace > 0 ? workspace : op.workspaceId.number());
        if (!salt.ok()) {
            return salt.error();
        }
        const QString pseudonym = erasurePseudonym(salt.value(), emailKey);
        if (workspace == op.workspaceId.number() || counts.pseudonym.isEmpty()) {
            counts.pseudonym = pseudonym;
        }
        if (!tx.exec(QStringLiteral("UPDATE audit_subjects SET account_id = NULL, display_name = NULL, email = NULL, "
                                    "details = NULL, pseudonym = ? WHERE COALESCE(workspace_id, 0) = ? AND ")
                         + personsSubjects,
                     {pseudonym, workspace, accountId.number(), emailKey})) {
            return tx.failed();
        }
    }
    if (counts.pseudonym.isEmpty()) {
        const Result<QByteArray> salt = erasureSalt(tx, op.workspaceId.number());
        if (!salt.ok()) {
            return salt.error();
        }
        counts.pseudonym = erasurePseudonym(salt.value(), emailKey);
    }
    // Everything else that is theirs; the account last, its memberships, group memberships,
    // sessions and sign-ins with it (ON DELETE CASCADE).
    if (!tx.exec(QStringLiteral("DELETE FROM outbox WHERE ") + theirMails, mailBinds)
        || !tx.exec(QStringLiteral("DELETE FROM invite_groups WHERE invite_id IN ") + theirInvites, person)
        || !tx.exec(QStringLiteral("DELETE FROM invites WHERE account_id = ? OR email_key = ?"), person)
        || !tx.exec(QStringLiteral("DELETE FROM waitlist WHERE email_key = ?"), {emailKey})
        || !tx.exec(QStringLiteral("DELETE FROM password_resets WHERE account_id = ?"), {accountId.number()})
        || !tx.exec(QStringLiteral("DELETE FROM accounts WHERE id = ?"), {accountId.number()})
        || !tx.exec(QStringLiteral("INSERT INTO erasure_log (erased_at, subject_ref, actor_id, reason) VALUES (?, ?, ?, ?)"),
                    {clock::nowSecs(), counts.pseudonym, op.accountId.number(), reference.trimmed()})) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    // SQLite zeroes the freed pages (secure_delete, on for every connection); the old pages'
    // copies in the write-ahead log go with a checkpoint that empties it. Readers still looking
    // at older pages keep the log until they are done; the next erasure or connect retries.
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery checkpoint(database());
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next()
            || checkpoint.value(0).toInt() != 0) {
            qCWarning(lcSql) << "The write-ahead log could not be emptied after an erasure; it will be at the next "
                                "checkpoint.";
        }
    }
    return counts;
}

QFuture<Result<ErasureCounts>> SqlBackend::erasurePreview(const Operator& op, const Id& accountId)
{
    return write<ErasureCounts>(op.workspaceId, Text::tr("What an erasure would remove could not be read."),
                                [=](SqlWorker& worker, WriteTransaction& tx) {
                                    return worker.erasure(tx, op, accountId, {}, false);
                                });
}

QFuture<Result<ErasureCounts>> SqlBackend::erasePerson(const Operator& op, const Id& accountId, const QString& reference)
{
    return write<ErasureCounts>(op.workspaceId, Text::tr("The personal data could not be erased."),
                                [=](SqlWorker& worker, WriteTransaction& tx) {
                                    return worker.erasure(tx, op, accountId, reference, true);
                                });
}

} // namespace usher::sql
