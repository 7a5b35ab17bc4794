// A person's personal data (U7): what an erasure removes, and the erasure itself. The audit log
// stays append-only: its rows name people only through audit subjects (migration 14), and an
// erasure changes those subjects alone, putting a pseudonym in place of the names.

#include "connection/sql/sqlworker.h"

#include "core/clock.h"
#include "core/csv.h"
#include "core/group.h"
#include "core/privacy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <zip.h>

namespace usher::sql {

namespace {

/// The audit subjects that are this person: theirs by account, and the addresses and names of
/// changes made to them or sent to their address (an invitation before they had an account).
const QString personsSubjects = QStringLiteral("(account_id = ? OR lower(email) = ?)");
/// Their ids, for `… IN` (the same two parameters).
const QString personsSubjectIds = QStringLiteral("(SELECT id FROM audit_subjects WHERE ") + personsSubjects + QLatin1Char(')');

} // namespace

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
                      .arg(personsSubjectIds),
                  person + person + person + person, &counts.auditEvents)) {
        return tx.failed();
    }
    if (!apply) {
        tx.abandon({});
        return counts;
    }

    // Someone a directory sync follows would be brought back by its next run: their directory
    // id is kept as a pseudonym, so the sync leaves them out (and says why) while the directory
    // still lists them.
    if (!tx.exec(QStringLiteral("SELECT workspace_id, external_id FROM memberships WHERE account_id = ? "
                                "AND external_id IS NOT NULL"),
                 {accountId.number()})) {
        return tx.failed();
    }
    QList<std::pair<qint64, QString>> followed;
    while (tx.query().next()) {
        followed.append({tx.query().value(0).toLongLong(), tx.query().value(1).toString()});
    }
    for (const auto& [workspace, externalId] : std::as_const(followed)) {
        const Result<QByteArray> salt = erasureSalt(tx, workspace);
        if (!salt.ok()) {
            return salt.error();
        }
        if (!tx.exec(QStringLiteral("INSERT INTO sync_erased (workspace_id, external_key, erased_at) VALUES (?, ?, ?) "
                                    "ON CONFLICT (workspace_id, external_key) DO NOTHING"),
                     {workspace, erasurePseudonym(salt.value(), externalId), QDateTime::currentSecsSinceEpoch()})) {
            return tx.failed();
        }
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

namespace {

/// A time as the export writes it: ISO 8601 UTC, or nothing.
QString isoTime(const QVariant& seconds)
{
    return seconds.isNull() ? QString()
                            : QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), Qt::UTC).toString(Qt::ISODate);
}

/// One CSV file of the export: a header, then each row of `query` with `columns` of it (times
/// at the indexes `times` as ISO 8601).
QByteArray csvOf(const QStringList& header, QSqlQuery& query, const QList<int>& times = {})
{
    QString out = QStringLiteral("\uFEFF") + csvRecord(header);
    while (query.next()) {
        QStringList fields;
        for (int column = 0; column < header.size(); ++column) {
            fields.append(times.contains(column) ? isoTime(query.value(column)) : query.value(column).toString());
        }
        out += csvRecord(fields);
    }
    return out.toUtf8();
}

/// Writes `files` (name and bytes) to the ZIP `path`; libzip writes a file beside it and
/// renames it at the end, so a failure leaves nothing, and an existing file only once the new
/// one is whole.
std::optional<QString> writeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& files)
{
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_error_t why;
        zip_error_init_with_code(&why, error);
        const QString text = QString::fromLocal8Bit(zip_error_strerror(&why));
        zip_error_fini(&why);
        return text;
    }
    for (const auto& [name, bytes] : files) {
        // The bytes stay alive until zip_close (files outlives it).
        zip_source_t* source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!source || zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            const QString text = QString::fromLocal8Bit(zip_strerror(archive));
            if (source) {
                zip_source_free(source);
            }
            zip_discard(archive);
            return text;
        }
    }
    if (zip_close(archive) < 0) {
        const QString text = QString::fromLocal8Bit(zip_strerror(archive));
        zip_discard(archive);
        return text;
    }
    return std::nullopt;
}

} // namespace

Result<PersonalExport> SqlWorker::exportPerson(WriteTransaction& tx, const Operator& op, const Id& accountId,
                                               const QString& path, const StopToken& stop,
                                               QPromise<Result<PersonalExport>>& promise)
{
    const auto me = beginAs(tx, op, Action::PersonalData);
    if (!me.ok()) {
        return me.error();
    }
    constexpr int parts = 9;
    promise.setProgressRange(0, parts);
    int part = 0;
    const auto step = [&] { promise.setProgressValue(++part); };
    const auto stopped = [&] {
        return tx.abandon({BackendError::Kind::Cancelled, Text::tr("Stopped; no file was written."), {}});
    };
    PersonalExport report;
    QList<std::pair<QString, QByteArray>> files;
    const qint64 account = accountId.number();

    // The profile (never the password's hash: only whether there is one).
    if (!tx.exec(QStringLiteral("SELECT email, email_key, first_name, last_name, display_name, created_at, "
                                "password_hash IS NOT NULL, must_change_password, failed_logins, locked_until, avatar "
                                "FROM accounts WHERE id = ?"),
                 {account})) {
        return tx.failed();
    }
    if (!tx.query().next()) {
        return tx.abandon({BackendError::Kind::NotFound, Text::tr("This person is no longer there; reload the list."), {}});
    }
    const QString emailKey = tx.query().value(1).toString();
    const QByteArray picture = tx.query().value(10).toByteArray();
    const QJsonObject profile{{QStringLiteral("email"), tx.query().value(0).toString()},
                              {QStringLiteral("first_name"), tx.query().value(2).toString()},
                              {QStringLiteral("last_name"), tx.query().value(3).toString()},
                              {QStringLiteral("display_name"), tx.query().value(4).toString()},
                              {QStringLiteral("created_at"), isoTime(tx.query().value(5))},
                              {QStringLiteral("has_password"), tx.query().value(6).toBool()},
                              {QStringLiteral("must_change_password"), tx.query().value(7).toBool()},
                              {QStringLiteral("failed_sign_ins"), tx.query().value(8).toLongLong()},
                              {QStringLiteral("sign_in_paused_until"), isoTime(tx.query().value(9))},
                              {QStringLiteral("has_picture"), !picture.isEmpty()}};
    step();

    // Their workspaces: those where the operator is an active Admin; the others are counted only.
    if (!tx.exec(QStringLiteral("SELECT w.id, w.name, m.role, m.status, m.source, m.joined_at, m.last_seen_at, "
                                "m.deleted_at, o.role, o.status FROM memberships m JOIN workspaces w ON w.id = m.workspace_id "
                                "LEFT JOIN memberships o ON o.workspace_id = m.workspace_id AND o.account_id = ? "
                                "WHERE m.account_id = ? ORDER BY w.name"),
                 {op.accountId.number(), account})) {
        return tx.failed();
    }
    struct Seat
    {
        qint64 workspace;
        QJsonObject membership;
        Role role = Role::Member;
    };
    QList<Seat> seats;
    while (tx.query().next()) {
        Role opRole = Role::Member;
        Status opStatus = Status::Deleted;
        roleFromKey(tx.query().value(8).toString(), &opRole);
        statusFromKey(tx.query().value(9).toString(), &opStatus);
        if (tx.query().value(8).isNull() || opStatus != Status::Active || refusal(opRole, Action::PersonalData)) {
            ++report.workspacesLeftOut;
            continue;
        }
        Seat seat;
        seat.workspace = tx.query().value(0).toLongLong();
        roleFromKey(tx.query().value(2).toString(), &seat.role);
        seat.membership = {{QStringLiteral("workspace"), tx.query().value(1).toString()},
                           {QStringLiteral("role"), tx.query().value(2).toString()},
                           {QStringLiteral("status"), tx.query().value(3).toString()},
                           {QStringLiteral("source"), tx.query().value(4).toString()},
                           {QStringLiteral("joined_at"), isoTime(tx.query().value(5))},
                           {QStringLiteral("last_seen_at"), isoTime(tx.query().value(6))},
                           {QStringLiteral("deleted_at"), isoTime(tx.query().value(7))}};
        report.workspaces.append(tx.query().value(1).toString());
        seats.append(seat);
    }
    QStringList visible;
    for (const Seat& seat : std::as_const(seats)) {
        visible.append(QString::number(seat.workspace));
    }
    const QString inVisible = visible.isEmpty() ? QStringLiteral("(0)") : QLatin1Char('(') + visible.join(QLatin1Char(',')) + QLatin1Char(')');
    step();

    // Their groups in those workspaces, with what each grants, and what they may do in all.
    QJsonArray memberships;
    for (Seat& seat : seats) {
        if (!tx.exec(QStringLiteral("SELECT g.id, g.name, g.source, gm.added_at FROM group_members gm "
                                    "JOIN groups g ON g.id = gm.group_id WHERE gm.account_id = ? AND g.workspace_id = ? "
                                    "ORDER BY g.name"),
                     {account, seat.workspace})) {
            return tx.failed();
        }
        QList<GroupGrant> grants;
        QJsonArray groups;
        while (tx.query().next()) {
            GroupGrant grant;
            grant.groupId = tx.query().value(0).toLongLong();
            grant.name = tx.query().value(1).toString();
            grant.synced = tx.query().value(2).toString() == QLatin1String("synced");
            grants.append(grant);
            groups.append(QJsonObject{{QStringLiteral("name"), grant.name},
                                      {QStringLiteral("added_at"), isoTime(tx.query().value(3))}});
        }
        for (GroupGrant& grant : grants) {
            if (!tx.exec(QStringLiteral("SELECT permission FROM group_permissions WHERE group_id = ? ORDER BY permission"),
                         {grant.groupId.number()})) {
                return tx.failed();
            }
            while (tx.query().next()) {
                grant.permissions.append(tx.query().value(0).toString());
            }
        }
        QJsonArray permissions;
        for (const EffectivePermission& permission : effectivePermissions(seat.role, grants)) {
            permissions.append(QJsonObject{{QStringLiteral("permission"), permission.key},
                                           {QStringLiteral("from_role"), permission.fromRole},
                                           {QStringLiteral("from_groups"), QJsonArray::fromStringList(permission.groups)}});
        }
        seat.membership.insert(QStringLiteral("groups"), groups);
        seat.membership.insert(QStringLiteral("permissions"), permissions);
        memberships.append(seat.membership);
    }
    files.append({QStringLiteral("profile.json"),
                  QJsonDocument(QJsonObject{{QStringLiteral("profile"), profile},
                                            {QStringLiteral("memberships"), memberships},
                                            {QStringLiteral("workspaces_left_out"), report.workspacesLeftOut}})
                      .toJson(QJsonDocument::Indented)});
    if (!picture.isEmpty()) {
        files.append({QStringLiteral("picture.png"), picture});
    }
    step();

    const auto addCsv = [&](const QString& name, const QStringList& header, const QString& sql,
                            const QVariantList& binds, const QList<int>& times) {
        if (!tx.exec(sql, binds)) {
            return false;
        }
        files.append({name, csvOf(header, tx.query(), times)});
        step();
        return !stop.stopRequested();
    };
    const QString theirInvites = QStringLiteral("(account_id = ? OR email_key = ?)");
    if (!addCsv(QStringLiteral("sessions.csv"),
                {QStringLiteral("started"), QStringLiteral("last_activity"), QStringLiteral("ended"),
                 QStringLiteral("device"), QStringLiteral("browser"), QStringLiteral("ip"), QStringLiteral("location")},
                QStringLiteral("SELECT created_at, last_activity_at, revoked_at, device, browser, ip, location FROM sessions "
                               "WHERE account_id = ? AND workspace_id IN %1 ORDER BY created_at").arg(inVisible),
                {account}, {0, 1, 2})
        || !addCsv(QStringLiteral("sign-ins.csv"),
                   {QStringLiteral("at"), QStringLiteral("succeeded"), QStringLiteral("reason"), QStringLiteral("ip"),
                    QStringLiteral("device"), QStringLiteral("browser"), QStringLiteral("location")},
                   QStringLiteral("SELECT at, success, reason, ip, device, browser, location FROM login_events "
                                  "WHERE account_id = ? AND (workspace_id IS NULL OR workspace_id IN %1) ORDER BY at")
                       .arg(inVisible),
                   {account}, {0})
        || !addCsv(QStringLiteral("invitations.csv"),
                   {QStringLiteral("sent"), QStringLiteral("expires"), QStringLiteral("accepted"), QStringLiteral("cancelled"),
                    QStringLiteral("replaced"), QStringLiteral("address"), QStringLiteral("role"), QStringLiteral("message")},
                   QStringLiteral("SELECT created_at, expires_at, accepted_at, cancelled_at, superseded_at, email, role, message "
                                  "FROM invites WHERE %1 AND workspace_id IN %2 ORDER BY created_at")
                       .arg(theirInvites, inVisible),
                   {account, emailKey}, {0, 1, 2, 3, 4})
        || !addCsv(QStringLiteral("mails.csv"),
                   {QStringLiteral("queued"), QStringLiteral("status"), QStringLiteral("to"), QStringLiteral("subject"),
                    QStringLiteral("text")},
                   QStringLiteral("SELECT created_at, status, recipient, subject, body_text FROM outbox WHERE "
                                  "(lower(recipient) = ? OR invite_id IN (SELECT id FROM invites WHERE %1)) "
                                  "AND workspace_id IN %2 ORDER BY created_at")
                       .arg(theirInvites, inVisible),
                   {emailKey, account, emailKey}, {0})
        || !addCsv(QStringLiteral("waitlist.csv"),
                   {QStringLiteral("signed_up"), QStringLiteral("address"), QStringLiteral("source"), QStringLiteral("decision"),
                    QStringLiteral("decided")},
                   QStringLiteral("SELECT signed_up_at, email, source, decision, decided_at FROM waitlist "
                                  "WHERE email_key = ? AND workspace_id IN %1 ORDER BY signed_up_at").arg(inVisible),
                   {emailKey}, {0, 4})) {
        return stop.stopRequested() ? stopped() : tx.failed();
    }
    // Audit events about them and by them, with the names of the time.
    if (!tx.exec(auditSelect
                     + QStringLiteral("WHERE a.workspace_id IN %1 AND (a.actor_subject IN %2 OR a.target_subject IN %2 "
                                      "OR a.before_subject IN %2 OR a.after_subject IN %2) ORDER BY a.at, a.id")
                           .arg(inVisible, personsSubjectIds),
                 {account, emailKey, account, emailKey, account, emailKey, account, emailKey})) {
        return tx.failed();
    }
    QString audit = QStringLiteral("\uFEFF")
                    + csvRecord({QStringLiteral("at"), QStringLiteral("action"), QStringLiteral("by"), QStringLiteral("about"),
                                 QStringLiteral("reason"), QStringLiteral("before"), QStringLiteral("after")});
    while (tx.query().next()) {
        ++report.auditEvents;
        const AuditEvent event = auditFrom(tx.query());
        audit += csvRecord({event.at.toUTC().toString(Qt::ISODate), event.action, event.actorName, event.targetName,
                            event.reason, event.before, event.after});
    }
    files.append({QStringLiteral("audit.csv"), audit.toUtf8()});
    step();
    if (stop.stopRequested()) {
        return stopped();
    }

    const QString readme = Text::tr(
        "Everything Usher holds about %1, exported on %2 at their request.\n\n"
        "profile.json      Their profile (never their password: only whether they have one), and their membership\n"
        "                  of each workspace included: role, status, how they joined, when they were last seen,\n"
        "                  their groups, and every permission they have there with what grants it.\n"
        "picture.png       Their picture, when they have one.\n"
        "sessions.csv      Their sign-in sessions: device, browser, IP address, place, when.\n"
        "sign-ins.csv      Every sign-in attempt recorded: when, whether it succeeded and why not, from where.\n"
        "invitations.csv   The invitations sent to them or their address.\n"
        "mails.csv         The mails Usher sent or is sending them (links in them are never kept).\n"
        "waitlist.csv      Their requests to join through signup, and what was decided.\n"
        "audit.csv         The audit log's events about them and by them, with names as they were then.\n\n"
        "Workspaces included: %3. Workspaces left out (where whoever exported may not look): %4.\n"
        "Times are in UTC (ISO 8601). CSV files are UTF-8, comma-separated.\n")
                               .arg(profile.value(QStringLiteral("email")).toString(),
                                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                    report.workspaces.isEmpty() ? Text::tr("none") : report.workspaces.join(QStringLiteral(", ")))
                               .arg(report.workspacesLeftOut);
    files.prepend({QStringLiteral("README.txt"), readme.toUtf8()});
    for (const auto& [name, bytes] : std::as_const(files)) {
        report.files.append(name);
    }

    // Audited where they are seen, then written; a failure to write undoes the audit.
    for (const Seat& seat : std::as_const(seats)) {
        if (!tx.audit(seat.workspace, op.accountId, QStringLiteral("member.data_exported"), QStringLiteral("member"),
                      accountId, {}, {{QStringLiteral("files"), qint64(files.size())}})) {
            return tx.failed();
        }
    }
    if (const auto problem = writeZip(path, files)) {
        return tx.abandon({BackendError::Kind::Internal, Text::tr("“%1” could not be written: %2").arg(path, *problem), {}});
    }
    if (const auto error = tx.commit()) {
        QFile::remove(path);
        return *error;
    }
    promise.setProgressValue(parts);
    return report;
}

QFuture<Result<PersonalExport>> SqlBackend::exportPerson(const Operator& op, const Id& accountId, const QString& path,
                                                         const StopToken& stop)
{
    return run<PersonalExport>([=](SqlWorker& worker, QPromise<Result<PersonalExport>>& promise) -> Result<PersonalExport> {
        if (!worker.isOpen()) {
            return worker.notOpen();
        }
        WriteTransaction tx(worker, op.workspaceId, Text::tr("The personal data could not be exported."));
        return worker.exportPerson(tx, op, accountId, path, stop, promise);
    });
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
