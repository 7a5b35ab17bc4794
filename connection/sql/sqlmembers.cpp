// Changes to members (U4-U6, U9, R1, R2, T1, A1): every rule from core/, checked inside the
// change's transaction, and audited in it.
#include "connection/sql/sqlworker.h"
#include "connection/sql/usersql.h"

#include "connection/logging.h"
#include "core/clamp.h"
#include "core/clock.h"
#include "core/email.h"
#include "core/lifecycle.h"
#include "core/privacy.h"

#include <QJsonDocument>
#include <QLocale>

namespace usher::sql {

WriteTransaction::WriteTransaction(SqlWorker& worker, const Id& workspaceId, QString what)
    : m_worker(worker)
    , m_workspaceId(workspaceId.number())
    , m_what(std::move(what))
    , m_query(worker.database())
{
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

std::optional<BackendError> WriteTransaction::begin()
{
    const bool sqlite = m_worker.dialect() == Dialect::Sqlite;
    if (!m_query.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
        return m_worker.errorFrom(m_query.lastError(), m_what);
    }
    m_active = true;
    if (!sqlite
        && !execWith(m_query, QStringLiteral("SELECT pg_advisory_xact_lock(7311, CAST(? AS INTEGER))"),
                     {m_workspaceId})) {
        return failed();
    }
    return std::nullopt;
}

bool WriteTransaction::exec(const QString& sql, const QVariantList& binds)
{
    // A statement that changes with its arguments (an IN list) would fill the cache: at most
    // this many are kept, after which new texts use the transaction's own query.
    constexpr qsizetype kept = 64;
    auto found = m_prepared.find(sql);
    if (found == m_prepared.end()) {
        if (m_prepared.size() >= kept) {
            m_current->finish();
            m_current = &m_query;
            return execWith(m_query, sql, binds);
        }
        found = m_prepared.insert(sql, std::make_shared<QSqlQuery>(m_worker.database()));
    }
    QSqlQuery& query = **found;
    // Only the last statement stays open for reading, as with one query: a statement left
    // unfinished (a RETURNING read once) would hold its statement journal open around every
    // later one, each of which then walks it.
    if (m_current != &query) {
        m_current->finish();
    }
    m_current = &query;
    // A reading helper handed query() may have prepared something else on it since.
    if (query.lastQuery() != sql && !query.prepare(sql)) {
        return false;
    }
    for (const QVariant& value : binds) {
        query.addBindValue(value);
    }
    return query.exec();
}

void WriteTransaction::finishStatements()
{
    for (const auto& query : std::as_const(m_prepared)) {
        query->finish();
    }
    m_query.finish();
}

QString WriteTransaction::forUpdate(const QString& of) const
{
    if (m_worker.dialect() != Dialect::Postgres) {
        return {};
    }
    return of.isEmpty() ? QStringLiteral(" FOR UPDATE") : QStringLiteral(" FOR UPDATE OF ") + of;
}

BackendError WriteTransaction::failed()
{
    const BackendError error
        = m_worker.errorFrom(m_current->lastError(), m_what + QLatin1Char(' ') + Text::tr("Nothing was changed."));
    rollback();
    return error;
}

BackendError WriteTransaction::abandon(BackendError error)
{
    rollback();
    return error;
}

bool WriteTransaction::audit(const Id& workspaceId, const Id& actorId, const QString& action, const QString& targetType,
                             const Id& targetId, const QJsonObject& before, const QJsonObject& after,
                             const QString& reason, const QString& targetRef)
{
    return auditRows({{workspaceId, actorId, action, targetType, targetId, before, after, reason, targetRef}});
}

bool WriteTransaction::auditSubjects(const QList<AuditRow>& rows, QHash<std::pair<qint64, qint64>, qint64>* subjects)
{
    // Everyone the rows name: actors, and members as targets.
    QSet<std::pair<qint64, qint64>> named;
    QSet<qint64> accounts;
    for (const AuditRow& row : rows) {
        for (const qint64 account : {row.actorId.number(), row.targetType == QLatin1String("member") ? row.targetId.number() : 0}) {
            if (account > 0) {
                named.insert({row.workspaceId.number(), account});
                accounts.insert(account);
            }
        }
    }
    if (named.isEmpty()) {
        return true;
    }
    QStringList ids;
    for (const qint64 account : std::as_const(accounts)) {
        ids.append(QString::number(account));
    }
    // How they are named now, and their last subject in each workspace.
    QHash<qint64, std::pair<QString, QString>> current;
    if (!selectIn(QStringLiteral("SELECT id, display_name, email FROM accounts WHERE id IN"), ids,
                  [&](const QSqlQuery& q) { current.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()}); })) {
        return false;
    }
    struct Last
    {
        qint64 id = 0;
        std::pair<QString, QString> names;
    };
    QHash<std::pair<qint64, qint64>, Last> last;
    if (!selectIn(QStringLiteral("SELECT workspace_id, account_id, id, display_name, email, pseudonym FROM audit_subjects "
                                 "WHERE details IS NULL AND account_id IN"),
                  ids, [&](const QSqlQuery& q) {
                      const std::pair<qint64, qint64> key{q.value(0).toLongLong(), q.value(1).toLongLong()};
                      if (q.value(2).toLongLong() > last.value(key).id) {
                          last.insert(key, {q.value(2).toLongLong(), {q.value(3).toString(), q.value(4).toString()}});
                      }
                  })) {
        return false;
    }
    // A new subject where someone is named otherwise than last time (or never was).
    QList<QVariantList> fresh;
    const qint64 now = clock::nowSecs();
    for (const auto& key : std::as_const(named)) {
        const auto found = last.constFind(key);
        const auto names = current.constFind(key.second);
        if (found != last.constEnd() && (names == current.constEnd() || found->names == *names)) {
            subjects->insert(key, found->id); // unchanged, or no longer there to say otherwise
            continue;
        }
        const auto nullable = [](const QString& text) {
            return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
        };
        fresh.append({key.first > 0 ? QVariant(key.first) : QVariant(QMetaType::fromType<qint64>()), key.second,
                      names == current.constEnd() ? QVariant(QMetaType::fromType<QString>()) : nullable(names->first),
                      names == current.constEnd() ? QVariant(QMetaType::fromType<QString>()) : nullable(names->second), now});
    }
    return fresh.isEmpty()
        || insertRows(QStringLiteral("INSERT INTO audit_subjects (workspace_id, account_id, display_name, email, since)"),
                      QStringLiteral("(?, ?, ?, ?, ?)"), fresh, QStringLiteral(" RETURNING workspace_id, account_id, id"),
                      [&](const QSqlQuery& q) {
                          subjects->insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, q.value(2).toLongLong());
                      });
}

bool WriteTransaction::auditRows(const QList<AuditRow>& rows)
{
    auto json = [](const QJsonObject& object) {
        return object.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                : QVariant(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    };
    QHash<std::pair<qint64, qint64>, qint64> subjects;
    if (!auditSubjects(rows, &subjects)) {
        return false;
    }
    // The names and addresses a change shows go to subjects of their own (put back when read,
    // erased with the person), the rest stays in the row.
    QList<QJsonObject> before;
    QList<QJsonObject> after;
    QList<QVariantList> details;
    QList<std::pair<qsizetype, bool>> owners; // each detail's row, and whether it is its after
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (const bool isAfter : {false, true}) {
            QJsonObject rest = isAfter ? rows.at(i).after : rows.at(i).before;
            const QJsonObject personal = takePersonalFields(&rest);
            (isAfter ? after : before).append(rest);
            if (!personal.isEmpty()) {
                const Id& target = rows.at(i).targetId;
                const bool member = rows.at(i).targetType == QLatin1String("member") && target.number() > 0;
                details.append({rows.at(i).workspaceId.number() > 0 ? QVariant(rows.at(i).workspaceId.number())
                                                                    : QVariant(QMetaType::fromType<qint64>()),
                                member ? QVariant(target.number()) : QVariant(QMetaType::fromType<qint64>()),
                                personalName(personal), personal.value(QStringLiteral("email")).toString(),
                                QString::fromUtf8(QJsonDocument(personal).toJson(QJsonDocument::Compact))});
                owners.append({i, isAfter});
            }
        }
    }
    QList<qint64> detailIds;
    if (!details.isEmpty()) {
        // Ids taken first, so each subject is known to be its row's (a multi-row insert's
        // RETURNING need not keep the order of its rows).
        if (m_worker.dialect() == Dialect::Sqlite) {
            if (!exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_subjects")) || !query().next()) {
                return false;
            }
            const qint64 base = query().value(0).toLongLong();
            for (qsizetype i = 0; i < details.size(); ++i) {
                detailIds.append(base + 1 + i);
            }
        } else {
            if (!exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('audit_subjects', 'id')) "
                                     "FROM generate_series(1, ?)"),
                      {qint64(details.size())})) {
                return false;
            }
            while (query().next()) {
                detailIds.append(query().value(0).toLongLong());
            }
        }
        const qint64 now = clock::nowSecs();
        for (qsizetype i = 0; i < details.size(); ++i) {
            details[i].prepend(detailIds.value(i));
            details[i].append(now);
        }
        if (detailIds.size() != details.size()
            || !insertRows(QStringLiteral("INSERT INTO audit_subjects (id, workspace_id, account_id, display_name, email, "
                                          "details, since)"),
                           QStringLiteral("(?, ?, ?, ?, ?, ?, ?)"), details)) {
            return false;
        }
    }
    QHash<std::pair<qsizetype, bool>, qint64> detailOf;
    for (qsizetype i = 0; i < owners.size(); ++i) {
        detailOf.insert(owners.at(i), detailIds.at(i));
    }
    const auto detail = [&](qsizetype row, bool isAfter) {
        const qint64 id = detailOf.value({row, isAfter});
        return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
    };
    const auto subject = [&](const Id& workspaceId, qint64 account) {
        const qint64 id = account > 0 ? subjects.value({workspaceId.number(), account}) : 0;
        return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
    };
    const qint64 now = clock::nowSecs();
    QList<QVariantList> values;
    values.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const AuditRow& row = rows.at(i);
        values.append({row.workspaceId.number(), now,
                       row.actorId.number() > 0 ? QVariant(row.actorId.number()) : QVariant(QMetaType::fromType<qint64>()), row.action,
                       row.targetType, row.targetId.number(),
                       row.targetRef.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(row.targetRef),
                       json(before.at(i)), json(after.at(i)), textValue(row.reason.trimmed()),
                       subject(row.workspaceId, row.actorId.number()),
                       subject(row.workspaceId, row.targetType == QLatin1String("member") ? row.targetId.number() : 0),
                       detail(i, false), detail(i, true)});
    }
    return insertRows(QStringLiteral("INSERT INTO audit_log (workspace_id, at, actor_id, action, target_type, "
                                     "target_id, target_ref, before_json, after_json, reason, actor_subject, target_subject, "
                                     "before_subject, after_subject)"),
                      QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), values);
}

namespace {
/// Appends `value` to a JSON array being written: text, a whole number or null, as SQL sees it.
/// Written by hand: QJsonDocument's tree costs an import a tenth of its time.
void appendJson(QString* out, const QVariant& value)
{
    if (value.isNull()) {
        out->append(QLatin1String("null"));
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        out->append(QString::number(value.toLongLong()));
        return;
    default:
        break;
    }
    const QString text = value.toString();
    out->append(QLatin1Char('"'));
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out->append(QLatin1Char('\\'));
            out->append(c);
        } else if (c.unicode() < 0x20) {
            out->append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        } else {
            out->append(c);
        }
    }
    out->append(QLatin1Char('"'));
}
} // namespace

bool WriteTransaction::selectIn(const QString& select, const QStringList& values,
                                const std::function<void(const QSqlQuery&)>& each, const QVariantList& binds)
{
    const bool sqlite = m_worker.dialect() == Dialect::Sqlite;
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < values.size(); from += chunk) {
        const QStringList part = values.mid(from, chunk);
        QVariantList all = binds;
        if (sqlite) {
            QString array(QLatin1Char('['));
            for (const QString& value : part) {
                if (array.size() > 1) {
                    array.append(QLatin1Char(','));
                }
                appendJson(&array, value);
            }
            array.append(QLatin1Char(']'));
            all.append(array);
        } else {
            all.append(QVariantList(part.cbegin(), part.cend()));
        }
        const bool ran = exec(select
                                  + (sqlite ? QStringLiteral(" (SELECT value FROM json_each(?))")
                                            : QStringLiteral(" (")
                                                + QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','))
                                                + QLatin1Char(')')),
                              all);
        if (!ran) {
            return false;
        }
        while (query().next()) {
            each(query());
        }
    }
    return true;
}

bool WriteTransaction::insertRows(const QString& insert, const QString& tuple, const QList<QVariantList>& rows,
                                  const QString& suffix, const std::function<void(const QSqlQuery&)>& each)
{
    const qsizetype columns = qMax<qsizetype>(1, tuple.count(QLatin1Char('?')));
    const bool sqlite = m_worker.dialect() == Dialect::Sqlite;
    // SQLite: the rows travel as one JSON array bound to one parameter (its driver looks each
    // parameter up by name, so a statement with hundreds of them costs more to bind than to
    // run), 500 rows a statement. PostgreSQL: a VALUES list of at most 999 values.
    QString sql;
    qsizetype perStatement = 0;
    if (sqlite) {
        QString select = tuple.trimmed();
        select = select.mid(1, select.size() - 2); // without its parentheses
        int column = 0;
        QString expanded;
        for (const QChar c : std::as_const(select)) {
            if (c == QLatin1Char('?')) {
                expanded += QStringLiteral("r.value ->> %1").arg(column++);
            } else {
                expanded += c;
            }
        }
        // "WHERE true": an upsert after INSERT … SELECT needs it to be read as one.
        sql = insert + QStringLiteral(" SELECT ") + expanded + QStringLiteral(" FROM json_each(?) r WHERE true") + suffix;
        perStatement = 500;
    } else {
        perStatement = qMax<qsizetype>(1, 999 / columns);
    }
    for (qsizetype from = 0; from < rows.size(); from += perStatement) {
        const qsizetype count = qMin(perStatement, rows.size() - from);
        QVariantList binds;
        if (sqlite) {
            QString array;
            array.reserve(count * columns * 16);
            array.append(QLatin1Char('['));
            for (qsizetype i = from; i < from + count; ++i) {
                Q_ASSERT(rows.at(i).size() == columns);
                array.append(i == from ? QLatin1String("[") : QLatin1String(",["));
                for (qsizetype c = 0; c < columns; ++c) {
                    if (c > 0) {
                        array.append(QLatin1Char(','));
                    }
                    appendJson(&array, rows.at(i).at(c));
                }
                array.append(QLatin1Char(']'));
            }
            array.append(QLatin1Char(']'));
            binds.append(array);
        } else {
            binds.reserve(count * columns);
            for (qsizetype i = from; i < from + count; ++i) {
                Q_ASSERT(rows.at(i).size() == columns);
                binds.append(rows.at(i));
            }
            sql = insert + QStringLiteral(" VALUES ") + QStringList(count, tuple).join(QStringLiteral(", ")) + suffix;
        }
        if (!exec(sql, binds)) {
            return false;
        }
        if (each) {
            while (query().next()) {
                each(query());
            }
        }
    }
    return true;
}

std::optional<BackendError> WriteTransaction::commit()
{
    finishStatements();
    m_current = &m_query;
    if (!m_query.exec(QStringLiteral("COMMIT"))) {
        return failed();
    }
    m_active = false;
    m_worker.forgetCachedListing();
    return std::nullopt;
}

bool WriteTransaction::savepoint()
{
    finishStatements();
    m_current = &m_query;
    return m_query.exec(QStringLiteral("SAVEPOINT member_change"));
}

void WriteTransaction::rollbackToSavepoint()
{
    finishStatements();
    QSqlQuery(m_worker.database()).exec(QStringLiteral("ROLLBACK TO SAVEPOINT member_change"));
}

bool WriteTransaction::releaseSavepoint()
{
    finishStatements();
    m_current = &m_query;
    return m_query.exec(QStringLiteral("RELEASE SAVEPOINT member_change"));
}

void WriteTransaction::rollback()
{
    if (m_active) {
        finishStatements();
        QSqlQuery(m_worker.database()).exec(QStringLiteral("ROLLBACK"));
        m_active = false;
    }
}

bool readMember(WriteTransaction& tx, const Id& workspaceId, const Id& accountId, MemberRow* row)
{
    *row = MemberRow{};
    if (!tx.exec(QStringLiteral("SELECT m.id, m.role, m.status, m.version, a.display_name, m.updated_at, "
                                "(SELECT u.display_name FROM accounts u WHERE u.id = m.updated_by), "
                                "m.status_before_delete, a.email "
                                "FROM memberships m JOIN accounts a ON a.id = m.account_id "
                                "WHERE m.workspace_id = ? AND m.account_id = ?")
                     + tx.forUpdate(QStringLiteral("m")),
                 {workspaceId.number(), accountId.number()})) {
        return false;
    }
    QSqlQuery& query = tx.query();
    if (!query.next()) {
        return true;
    }
    row->membershipId = query.value(0).toLongLong();
    row->accountId = accountId.number();
    roleFromKey(query.value(1).toString(), &row->role);
    statusFromKey(query.value(2).toString(), &row->status);
    row->version = query.value(3).toInt();
    row->name = query.value(4).toString();
    row->updatedAt = timeFrom(query.value(5));
    row->updatedBy = query.value(6).toString();
    if (!statusFromKey(query.value(7).toString(), &row->statusBeforeDelete)) {
        row->statusBeforeDelete = Status::Active;
    }
    row->email = query.value(8).toString();
    if (row->name.isEmpty()) {
        row->name = row->email;
    }
    return true;
}

BackendError conflictWith(const MemberRow& row)
{
    return {BackendError::Kind::Conflict,
            Text::tr("%1 was changed by %2 at %3 after you opened it. Reload to see the change, then try again.")
                .arg(row.name, row.updatedBy.isEmpty() ? Text::tr("someone else") : row.updatedBy,
                     QLocale().toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat)),
            {}};
}

bool countAdminsAndSeats(QSqlQuery& query, const Id& workspaceId, qint64* admins, qint64* seats,
                         std::optional<qint64>* cap)
{
    if (!execWith(query,
                  QStringLiteral("SELECT %1, %2, (SELECT seat_cap FROM workspaces WHERE id = ?)")
                      .arg(activeAdminsSql(QStringLiteral("?")), seatsUsedSql(QStringLiteral("?"))),
                  {workspaceId.number(), workspaceId.number(), workspaceId.number()})
        || !query.next()) {
        return false;
    }
    *admins = query.value(0).toLongLong();
    *seats = query.value(1).toLongLong();
    *cap = query.value(2).isNull() ? std::nullopt : std::optional<qint64>(query.value(2).toLongLong());
    return true;
}

namespace {

QString operationText(MemberOperation operation)
{
    switch (operation) {
    case MemberOperation::ChangeRole:
        return Text::tr("The role could not be changed.");
    case MemberOperation::Disable:
        return Text::tr("The member could not be disabled.");
    case MemberOperation::Reactivate:
        return Text::tr("The member could not be reactivated.");
    case MemberOperation::Delete:
        return Text::tr("The member could not be deleted.");
    case MemberOperation::Restore:
        return Text::tr("The member could not be restored.");
    case MemberOperation::RemoveFromWorkspace:
        return Text::tr("The member could not be removed from the workspace.");
    }
    Q_UNREACHABLE();
}

QString auditAction(MemberOperation operation)
{
    switch (operation) {
    case MemberOperation::ChangeRole:
        return QStringLiteral("member.role_changed");
    case MemberOperation::Disable:
        return QStringLiteral("member.disabled");
    case MemberOperation::Reactivate:
        return QStringLiteral("member.reactivated");
    case MemberOperation::Delete:
        return QStringLiteral("member.deleted");
    case MemberOperation::Restore:
        return QStringLiteral("member.restored");
    case MemberOperation::RemoveFromWorkspace:
        return QStringLiteral("member.removed");
    }
    Q_UNREACHABLE();
}

/// Members' rows changed per transaction of a bulk change: small enough that other work
/// gets the database between them, large enough that a million members finish.
constexpr int bulkChunk = 250;

} // namespace

/// The counts a transaction's rules need, read once per transaction and kept up to date by
/// the changes it makes (the transaction holds the workspace's write lock).
Result<QList<qint64>> SqlWorker::matchingMembers(const UserFilter& filter)
{
    QVariantList binds;
    const SearchPath path = searchPath(filter);
    const QString from = searchesFromMatches(filter, m_dialect, path)
        ? listingPlan(filter, UserField::Name, m_dialect, path).from
        : QStringLiteral("memberships m");
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!execWith(query,
                  QStringLiteral("SELECT m.account_id FROM %1 WHERE ").arg(from)
                      + whereClause(filter, m_dialect, &binds, path),
                  binds)) {
        return errorFrom(query.lastError(), Text::tr("The matching members could not be listed."));
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

MemberOutcome SqlWorker::applyChange(WriteTransaction& tx, const Operator& op, const MemberChange& change,
                                     const MemberTarget& target, qsizetype targetCount, WorkspaceCounts& counts,
                                     QString* queryError)
{
    MemberOutcome outcome;
    outcome.accountId = target.accountId;
    const qint64 workspace = op.workspaceId.number();
    auto failedQuery = [&] {
        *queryError = tx.query().lastError().text();
        outcome.why = operationText(change.operation);
        return outcome;
    };
    auto refuse = [&](const QString& why) {
        outcome.why = why;
        return outcome;
    };
    MemberRow me;
    MemberRow who;
    if (!readMember(tx, workspace, op.accountId, &me) || !readMember(tx, workspace, target.accountId, &who)) {
        return failedQuery();
    }
    outcome.name = who.name;
    outcome.version = who.version;
    if (me.membershipId == 0 || me.status != Status::Active) {
        return refuse(Text::tr("You are not an active member of this workspace."));
    }
    if (who.membershipId == 0) {
        return refuse(Text::tr("This person is not a member of the workspace."));
    }
    // Chosen by a filter when the change started: someone changed since (reactivated while
    // "delete all disabled" runs) is left alone.
    std::optional<QString> unmatched;
    if (!stillMatches(tx, change.matching, workspace, who, &unmatched)) {
        return failedQuery();
    }
    if (unmatched) {
        return refuse(*unmatched);
    }
    // The rules are core's, the same for every backend; this one reads and writes.
    const MemberState member{who.role, who.status, who.statusBeforeDelete, who.version};
    const auto decide = [&] {
        return decideMemberChange(me.role, op.accountId == target.accountId, targetCount, change,
                                  target.expectedVersion, member, counts);
    };
    MemberDecision decision = decide();
    if (decision.verdict == MemberDecision::Verdict::NeedsCounts) {
        if (!countAdminsAndSeats(tx.query(), workspace, &counts.activeAdmins, &counts.seatsUsed, &counts.seatCap)) {
            return failedQuery();
        }
        counts.loaded = true;
        decision = decide();
    }
    switch (decision.verdict) {
    case MemberDecision::Verdict::Refused:
    case MemberDecision::Verdict::NeedsCounts: // not again: the counts are loaded
        return refuse(decision.why);
    case MemberDecision::Verdict::Conflict:
        outcome.conflict = true;
        return refuse(conflictWith(who).message);
    case MemberDecision::Verdict::Unchanged:
        outcome.done = true; // nothing to change
        return outcome;
    case MemberDecision::Verdict::Apply:
        break;
    }
    const Role newRole = decision.newRole;
    const Status newStatus = decision.newStatus;

    const qint64 now = clock::nowSecs();
    QJsonObject before{{QStringLiteral("role"), roleKey(who.role)}, {QStringLiteral("status"), statusKey(who.status)}};
    QJsonObject after{{QStringLiteral("role"), roleKey(newRole)}, {QStringLiteral("status"), statusKey(newStatus)}};
    auto revokeSessions = [&] {
        return tx.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE account_id = ? AND workspace_id = ? "
                                      "AND revoked_at IS NULL"),
                       {now, target.accountId.number(), workspace});
    };
    if (change.operation == MemberOperation::RemoveFromWorkspace) {
        after = {};
        if (!revokeSessions()
            || !tx.exec(QStringLiteral("DELETE FROM group_members WHERE account_id = ? AND group_id IN "
                                       "(SELECT id FROM groups WHERE workspace_id = ?)"),
                        {target.accountId.number(), workspace})
            || !tx.exec(QStringLiteral("DELETE FROM memberships WHERE id = ?"), {who.membershipId})
            || !closeOpenInvites(tx, workspace, target.accountId,
                                 Text::tr("The member was removed from the workspace."))) {
            return failedQuery();
        }
    } else {
        QString set = QStringLiteral("role = ?, status = ?");
        QVariantList binds{roleKey(newRole), statusKey(newStatus)};
        if (change.operation == MemberOperation::Delete) {
            set += QStringLiteral(", deleted_at = ?, status_before_delete = ?");
            binds << now << statusKey(who.status);
        } else if (change.operation == MemberOperation::Restore) {
            set += QStringLiteral(", deleted_at = NULL, status_before_delete = NULL");
        }
        binds << now << op.accountId.number() << who.membershipId << who.version;
        if (!tx.exec(QStringLiteral("UPDATE memberships SET %1, version = version + 1, updated_at = ?, updated_by = ? "
                                    "WHERE id = ? AND version = ?")
                         .arg(set),
                     binds)) {
            return failedQuery();
        }
        if (tx.query().numRowsAffected() != 1) {
            return refuse(Text::tr("Someone else changed %1 at the same time; reload and try again.").arg(who.name));
        }
        const bool endsSessions
            = change.operation == MemberOperation::Disable || change.operation == MemberOperation::Delete;
        if (endsSessions && !revokeSessions()) {
            return failedQuery();
        }
        if (endsSessions && tx.query().numRowsAffected() > 0) {
            after.insert(QStringLiteral("sessions_revoked"), tx.query().numRowsAffected());
        }
        outcome.version = who.version + 1;
    }
    if (!tx.audit(workspace, op.accountId, auditAction(change.operation), QStringLiteral("member"), target.accountId,
                  before, after, change.reason)) {
        return failedQuery();
    }
    outcome.done = true;
    return outcome;
}

bool SqlWorker::stillMatches(WriteTransaction& tx, const std::optional<UserFilter>& matching, const Id& workspaceId,
                             const MemberRow& who, std::optional<QString>* why)
{
    why->reset();
    if (!matching) {
        return true;
    }
    UserFilter filter = *matching;
    filter.workspaceId = workspaceId;
    QVariantList binds;
    const QString where = whereClause(filter, m_dialect, &binds, SearchPath::Scan);
    binds << who.accountId;
    if (!tx.exec(QStringLiteral("SELECT 1 FROM memberships m WHERE %1 AND m.account_id = ?").arg(where), binds)) {
        return false;
    }
    if (!tx.query().next()) {
        *why = noLongerMatches(who.name);
    }
    return true;
}

Result<QList<MemberTarget>> SqlWorker::targetsOf(const Id& workspaceId, const QList<MemberTarget>& targets,
                                                 const std::optional<UserFilter>& matching)
{
    if (!matching) {
        return targets;
    }
    UserFilter filter = *matching;
    filter.workspaceId = workspaceId;
    const Result<QList<qint64>> ids = matchingMembers(filter);
    if (!ids.ok()) {
        return ids.error();
    }
    QList<MemberTarget> matched;
    matched.reserve(ids.value().size());
    for (const qint64 id : ids.value()) {
        matched.append({id, -1});
    }
    return matched;
}

Result<QList<MemberOutcome>> SqlWorker::changeMembers(const Operator& op, const MemberChange& change,
                                                      QPromise<Result<QList<MemberOutcome>>>& promise)
{
    if (!m_open) {
        return notOpen();
    }
    const Result<QList<MemberTarget>> targets = targetsOf(op.workspaceId, change.targets, change.matching);
    if (!targets.ok()) {
        return targets.error();
    }
    WorkspaceCounts counts;
    const qsizetype targetCount = targets.value().size();
    return perMember(
        op.workspaceId, operationText(change.operation), targets.value(), promise, change.stop, [&] { counts = {}; },
        [&](WriteTransaction& tx, const MemberTarget& target, QString* queryError) {
            const WorkspaceCounts kept = counts;
            MemberOutcome outcome = applyChange(tx, op, change, target, targetCount, counts, queryError);
            if (!outcome.done) {
                counts = kept;
            }
            return outcome;
        });
}

template<typename Target, typename Outcome>
Result<QList<Outcome>> SqlWorker::inChunks(const Id& workspaceId, const QString& what, const QList<Target>& targets,
                                           QPromise<Result<QList<Outcome>>>& promise, const StopToken& stop,
                                           const ChunkStart& start,
                                           const std::function<Outcome(WriteTransaction&, const Target&, QString*)>& step,
                                           const std::function<Outcome(const Target&, const QString& why)>& unreached)
{
    promise.setProgressRange(0, clampToInt(targets.size()));
    QList<Outcome> outcomes;
    outcomes.reserve(targets.size());
    auto notReached = [&](qsizetype from, const QString& why) {
        for (qsizetype i = from; i < targets.size(); ++i) {
            Outcome outcome = unreached(targets[i], why);
            outcome.notReached = true;
            outcomes.append(outcome);
        }
    };
    for (qsizetype first = 0; first < targets.size(); first += bulkChunk) {
        if (stop.stopRequested() || promise.isCanceled() || closing) {
            notReached(first, Text::tr("Not changed: the change was stopped before reaching this person."));
            break;
        }
        WriteTransaction tx(*this, workspaceId, what);
        std::optional<BackendError> error = tx.begin();
        if (!error) {
            if (error = start(tx); error) {
                tx.abandon(*error);
            }
        }
        if (error) {
            if (first == 0) {
                return *error;
            }
            notReached(first, error->message);
            break;
        }
        QList<Outcome> chunk;
        QString queryError;
        const qsizetype end = qMin<qsizetype>(first + bulkChunk, targets.size());
        for (qsizetype i = first; i < end && queryError.isEmpty(); ++i) {
            if (!tx.savepoint()) {
                queryError = tx.query().lastError().text();
                break;
            }
            Outcome outcome = step(tx, targets[i], &queryError);
            if (!outcome.done) {
                tx.rollbackToSavepoint();
            }
            // Released either way, so a chunk holds one savepoint at a time, not hundreds.
            if (queryError.isEmpty() && !tx.releaseSavepoint()) {
                queryError = tx.query().lastError().text();
            }
            chunk.append(outcome);
        }
        if (!queryError.isEmpty()) {
            // The database failed under us: this chunk is undone as a whole, and nothing after it is tried.
            qCWarning(lcSql) << "A bulk change failed:" << queryError;
            const BackendError failure = tx.abandon(
                {BackendError::Kind::Internal, what + QLatin1Char(' ') + Text::tr("The database reported an error."),
                 queryError});
            if (first == 0 && targets.size() == 1) {
                return failure;
            }
            notReached(first, failure.message);
            break;
        }
        if (const auto failure = tx.commit()) {
            if (targets.size() == 1) {
                return *failure;
            }
            notReached(first, failure->message);
            break;
        }
        outcomes.append(chunk);
        promise.setProgressValue(clampToInt(end));
    }
    return outcomes;
}

template Result<QList<InvitationOutcome>> SqlWorker::inChunks<Id, InvitationOutcome>(
    const Id&, const QString&, const QList<Id>&, QPromise<Result<QList<InvitationOutcome>>>&, const StopToken&,
    const ChunkStart&, const std::function<InvitationOutcome(WriteTransaction&, const Id&, QString*)>&,
    const std::function<InvitationOutcome(const Id&, const QString&)>&);

Result<QList<MemberOutcome>> SqlWorker::perMember(const Id& workspaceId, const QString& what,
                                                  const QList<MemberTarget>& targets,
                                                  QPromise<Result<QList<MemberOutcome>>>& promise,
                                                  const StopToken& stop,
                                                  const std::function<void()>& newTransaction, const MemberStep& step)
{
    auto answer = inChunks<MemberTarget, MemberOutcome>(
        workspaceId, what, targets, promise, stop,
        [&](WriteTransaction&) {
            newTransaction();
            return std::optional<BackendError>();
        },
        step,
        [](const MemberTarget& target, const QString& why) {
            MemberOutcome outcome;
            outcome.accountId = target.accountId;
            outcome.why = why;
            return outcome;
        });
    if (!answer.ok()) {
        return answer;
    }
    // Names of the members not reached, so the report names everyone.
    QList<MemberOutcome> outcomes = answer.value();
    for (MemberOutcome& outcome : outcomes) {
        if (outcome.name.isEmpty()) {
            QSqlQuery query(database());
            if (execWith(query,
                         QStringLiteral("SELECT COALESCE(NULLIF(display_name, ''), email) FROM accounts WHERE id = ?"),
                         {outcome.accountId.number()})
                && query.next()) {
                outcome.name = query.value(0).toString();
            }
        }
    }
    return outcomes;
}

Result<Id> SqlWorker::createMember(const Operator& op, const NewMember& member)
{
    if (!m_open) {
        return notOpen();
    }
    if (const auto problem = profileProblem(member.firstName, member.lastName, member.email)) {
        return BackendError{BackendError::Kind::Invalid, *problem, {}};
    }
    WriteTransaction tx(*this, op.workspaceId, Text::tr("The member could not be created."));
    const auto me = beginAs(tx, op, Action::CreateUser);
    if (!me.ok()) {
        return me.error();
    }
    if (const auto why = refusalToGrant(me.value().role, member.role)) {
        return tx.abandon(refused(*why));
    }
    const QString email = member.email.trimmed();
    const QString key = normalizedEmail(email);
    if (!tx.exec(QStringLiteral("SELECT a.id, m.status FROM accounts a LEFT JOIN memberships m "
                                "ON m.account_id = a.id AND m.workspace_id = ? WHERE a.email_key = ?"),
                 {op.workspaceId.number(), key})) {
        return tx.failed();
    }
    qint64 accountId = 0;
    if (tx.query().next()) {
        accountId = tx.query().value(0).toLongLong();
        Status status;
        if (statusFromKey(tx.query().value(1).toString(), &status)) {
            return tx.abandon({BackendError::Kind::Invalid,
                               Text::tr("Email: %1 is already a member of this workspace (%2).")
                                   .arg(email, statusDisplayName(status).toLower()),
                               {}});
        }
    }
    qint64 admins = 0;
    qint64 seats = 0;
    std::optional<qint64> cap;
    if (!countAdminsAndSeats(tx.query(), op.workspaceId, &admins, &seats, &cap)) {
        return tx.failed();
    }
    if (const auto why = refusalForSeats(seats, cap, 1)) {
        return tx.abandon(refused(*why));
    }
    const qint64 now = clock::nowSecs();
    const bool newAccount = accountId == 0;
    if (newAccount) {
        if (!tx.exec(QStringLiteral("INSERT INTO accounts (email, email_key, first_name, last_name, display_name, "
                                    "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                     {email, key, textValue(member.firstName.trimmed()), textValue(member.lastName.trimmed()),
                      composeDisplayName(member.firstName.trimmed(), member.lastName.trimmed()), now})
            || !tx.query().next()) {
            return tx.failed();
        }
        accountId = tx.query().value(0).toLongLong();
    }
    if (!tx.exec(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, joined_at, "
                                "updated_at, updated_by) VALUES (?, ?, ?, 'active', 'manual', ?, ?, ?)"),
                 {accountId, op.workspaceId.number(), roleKey(member.role), now, now, op.accountId.number()})) {
        return tx.failed();
    }
    const QJsonObject after{{QStringLiteral("email"), email},
                            {QStringLiteral("role"), roleKey(member.role)},
                            {QStringLiteral("status"), statusKey(Status::Active)},
                            {QStringLiteral("existing_account"), !newAccount}};
    if (!tx.audit(op.workspaceId, op.accountId, QStringLiteral("member.created"), QStringLiteral("member"), accountId,
                  {}, after)) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return Id(accountId);
}

Result<std::pair<MemberRow, MemberRow>> SqlWorker::beginOnMember(WriteTransaction& tx, const Operator& op,
                                                                   const Id& accountId, Action action)
{
    if (const auto error = tx.begin()) {
        return *error;
    }
    MemberRow me;
    MemberRow who;
    if (!readMember(tx, op.workspaceId, op.accountId, &me) || !readMember(tx, op.workspaceId, accountId, &who)) {
        return tx.failed();
    }
    if (me.membershipId == 0 || me.status != Status::Active) {
        return tx.abandon(refused(Text::tr("You are not an active member of this workspace.")));
    }
    if (who.membershipId == 0) {
        return tx.abandon({BackendError::Kind::NotFound, Text::tr("This person is not a member of the workspace."), {}});
    }
    if (accountId != op.accountId) {
        for (const auto& why : {refusal(me.role, action), refusalOnTarget(me.role, who.role)}) {
            if (why) {
                return tx.abandon(refused(*why));
            }
        }
    }
    return std::pair<MemberRow, MemberRow>{me, who};
}

Result<Version> SqlWorker::updateProfile(const Operator& op, const Id& accountId, const ProfileEdit& edit,
                                          const Version& expectedVersion)
{
    if (!m_open) {
        return notOpen();
    }
    WriteTransaction tx(*this, op.workspaceId, Text::tr("The profile could not be saved."));
    const auto people = beginOnMember(tx, op, accountId, Action::EditProfile);
    if (!people.ok()) {
        return people.error();
    }
    const MemberRow& who = people.value().second;
    if (who.version != expectedVersion) {
        return tx.abandon(conflictWith(who));
    }
    // The account is shared by all its workspaces: the account's role in each of the others,
    // and the operator's there.
    QList<qint64> otherWorkspaces;
    QList<SharedMembership> elsewhere;
    if (!readSharedMemberships(tx, op, accountId, &elsewhere, &otherWorkspaces)) {
        return tx.failed();
    }
    if (accountId != op.accountId) {
        if (const auto why = refusalOnSharedAccount(who.name, Action::EditProfile, elsewhere)) {
            return tx.abandon(refused(*why));
        }
    }
    if (!tx.exec(QStringLiteral("SELECT first_name, last_name, email, avatar FROM accounts WHERE id = ?")
                     + tx.forUpdate(),
                 {accountId.number()})
        || !tx.query().next()) {
        return tx.failed();
    }
    const QString oldFirst = tx.query().value(0).toString();
    const QString oldLast = tx.query().value(1).toString();
    const QString oldEmail = tx.query().value(2).toString();
    const QByteArray oldAvatar = tx.query().value(3).toByteArray();
    const QString first = edit.firstName.value_or(oldFirst).trimmed();
    const QString last = edit.lastName.value_or(oldLast).trimmed();
    const QString email = edit.email.value_or(oldEmail).trimmed();
    const QByteArray avatar = edit.avatar.value_or(oldAvatar);
    if (const auto problem = profileProblem(first, last, email)) {
        return tx.abandon({BackendError::Kind::Invalid, *problem, {}});
    }
    if (avatar.size() > 1024 * 1024) {
        return tx.abandon({BackendError::Kind::Invalid, Text::tr("Picture: at most 1 MB after scaling."), {}});
    }
    if (edit.avatar && !avatar.isEmpty() && !avatar.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8))) {
        return tx.abandon({BackendError::Kind::Invalid, Text::tr("Picture: only PNG images are stored."), {}});
    }
    const QString key = normalizedEmail(email);
    if (key != normalizedEmail(oldEmail)) {
        if (!tx.exec(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email_key = ? AND id <> ?"), {key, accountId.number()})
            || !tx.query().next()) {
            return tx.failed();
        }
        if (tx.query().value(0).toLongLong() > 0) {
            return tx.abandon({BackendError::Kind::Invalid,
                               Text::tr("Email: %1 already belongs to another account.").arg(email), {}});
        }
    }
    QJsonObject before;
    QJsonObject after;
    auto note = [&](const char* field, const QString& from, const QString& to) {
        if (from != to) {
            before.insert(QLatin1String(field), from);
            after.insert(QLatin1String(field), to);
        }
    };
    note("first_name", oldFirst, first);
    note("last_name", oldLast, last);
    note("email", oldEmail, email);
    if (avatar != oldAvatar) {
        before.insert(QStringLiteral("avatar"), oldAvatar.isEmpty() ? QStringLiteral("none") : QStringLiteral("set"));
        after.insert(QStringLiteral("avatar"), avatar.isEmpty() ? QStringLiteral("none")
                                                                : (oldAvatar.isEmpty() ? QStringLiteral("set")
                                                                                       : QStringLiteral("replaced")));
    }
    if (before.isEmpty() && after.isEmpty()) {
        tx.abandon({});
        return Version(who.version);
    }
    const qint64 now = clock::nowSecs();
    if (!tx.exec(QStringLiteral("UPDATE accounts SET first_name = ?, last_name = ?, display_name = ?, email = ?, "
                                "email_key = ?, avatar = ? WHERE id = ?"),
                 {textValue(first), textValue(last), textValue(composeDisplayName(first, last)), email, key,
                  avatar.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(avatar), accountId.number()})) {
        return tx.failed();
    }
    // A changed address withdraws the password links sent or handed out for the old one, and
    // when someone else changed it, the old address hears of it (where mail goes out): an
    // address changed and then reset is how accounts are taken over.
    if (key != normalizedEmail(oldEmail)) {
        if (!closeResetLinks(tx, accountId.number(), QDateTime::fromSecsSinceEpoch(now, Qt::UTC))) {
            return tx.failed();
        }
        WorkspaceFacts facts;
        bool mailServer = false;
        if (accountId != op.accountId
            && (!readWorkspaceFacts(tx.query(), op.workspaceId, &facts)
                || !sendsMail(tx.query(), op.workspaceId, &mailServer))) {
            return tx.failed();
        }
        if (accountId != op.accountId && mailServer) {
            const PasswordMailFacts notice{facts.settings.language, facts.name, who.name == oldEmail ? QString() : who.name,
                                           op.displayName.isEmpty() ? op.email : op.displayName, {}};
            if (!queueMail(tx, op.workspaceId, QStringLiteral("email_notice"), oldEmail,
                           composeEmailChangedNotice(notice, email), QVariant(QMetaType::fromType<qlonglong>()))) {
                return tx.failed();
            }
        }
    }
    // The account is shared by all its workspaces: every membership's version moves, so an
    // admin of another workspace editing it at the same time is refused too.
    if (!tx.exec(QStringLiteral("UPDATE memberships SET version = version + 1, updated_at = ?, updated_by = ? "
                                "WHERE account_id = ?"),
                 {now, op.accountId.number(), accountId.number()})) {
        return tx.failed();
    }
    // Audited wherever the change shows.
    for (const qint64 workspace : QList<qint64>{op.workspaceId.number()} + otherWorkspaces) {
        if (!tx.audit(workspace, op.accountId, QStringLiteral("member.profile_changed"), QStringLiteral("member"),
                      accountId, before, after)) {
            return tx.failed();
        }
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return Version(who.version + 1);
}

Result<int> SqlWorker::revokeSessions(const Operator& op, const Id& accountId, const Id& sessionId)
{
    if (!m_open) {
        return notOpen();
    }
    WriteTransaction tx(*this, op.workspaceId, Text::tr("The sessions could not be revoked."));
    const auto people = beginOnMember(tx, op, accountId, Action::ChangeStatus);
    if (!people.ok()) {
        return people.error();
    }
    const qint64 now = clock::nowSecs();
    QString sql = QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE account_id = ? AND workspace_id = ? "
                                 "AND revoked_at IS NULL");
    QVariantList binds{now, accountId.number(), op.workspaceId.number()};
    if (sessionId.number() > 0) {
        sql += QStringLiteral(" AND id = ?");
        binds << sessionId.number();
    }
    if (!tx.exec(sql, binds)) {
        return tx.failed();
    }
    const int revoked = tx.query().numRowsAffected();
    if (revoked == 0) {
        tx.abandon({});
        return 0;
    }
    const QJsonObject after{{QStringLiteral("sessions_revoked"), revoked},
                            {QStringLiteral("session"), sessionId.number() > 0 ? QJsonValue(sessionId.number()) : QJsonValue()}};
    if (!tx.audit(op.workspaceId, op.accountId, QStringLiteral("member.sessions_revoked"), QStringLiteral("member"),
                  accountId, {}, after)) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return revoked;
}

Result<qint64> SqlWorker::purgeExpired(const QDateTime& now)
{
    if (!m_open) {
        return notOpen();
    }
    const qint64 cutoff = now.toSecsSinceEpoch() - qint64(recoveryDays) * 24 * 3600;
    QSqlQuery query(database());
    // One range of memberships_deleted: the expired rows only. (DISTINCT would let the planner
    // walk a whole index in workspace order instead, on every connect.)
    if (!execWith(query,
                  QStringLiteral("SELECT workspace_id FROM memberships WHERE status = 'deleted' AND deleted_at < ?"),
                  {cutoff})) {
        return errorFrom(query.lastError(), Text::tr("The expired deletions could not be looked up."));
    }
    QList<qint64> workspaces;
    while (query.next()) {
        if (const qint64 workspace = query.value(0).toLongLong(); !workspaces.contains(workspace)) {
            workspaces.append(workspace);
        }
    }
    qint64 purged = 0;
    for (const qint64 workspace : workspaces) {
        WriteTransaction tx(*this, workspace, Text::tr("The expired deletions could not be purged."));
        if (const auto error = tx.begin()) {
            return *error;
        }
        if (!tx.exec(QStringLiteral("SELECT m.id, m.account_id, m.deleted_at FROM memberships m "
                                    "WHERE m.workspace_id = ? AND m.status = 'deleted' AND m.deleted_at < ?")
                         + tx.forUpdate(QStringLiteral("m")),
                     {workspace, cutoff})) {
            return tx.failed();
        }
        struct Expired
        {
            qint64 membership;
            qint64 account;
            qint64 deletedAt;
        };
        QList<Expired> expired;
        while (tx.query().next()) {
            expired.append({tx.query().value(0).toLongLong(), tx.query().value(1).toLongLong(),
                            tx.query().value(2).toLongLong()});
        }
        for (const Expired& member : expired) {
            const QJsonObject before{{QStringLiteral("status"), statusKey(Status::Deleted)},
                                     {QStringLiteral("deleted_at"), member.deletedAt}};
            if (!tx.exec(QStringLiteral("DELETE FROM group_members WHERE account_id = ? AND group_id IN "
                                        "(SELECT id FROM groups WHERE workspace_id = ?)"),
                         {member.account, workspace})
                || !tx.exec(QStringLiteral("DELETE FROM sessions WHERE account_id = ? AND workspace_id = ?"),
                            {member.account, workspace})
                || !tx.exec(QStringLiteral("DELETE FROM login_events WHERE account_id = ? AND workspace_id = ?"),
                            {member.account, workspace})
                || !tx.exec(QStringLiteral("DELETE FROM memberships WHERE id = ?"), {member.membership})
                || !closeOpenInvites(tx, workspace, member.account, Text::tr("The member was purged."))
                // The account goes with its last membership; one that belongs elsewhere stays.
                || !tx.exec(QStringLiteral("DELETE FROM accounts WHERE id = ? AND NOT EXISTS "
                                           "(SELECT 1 FROM memberships WHERE account_id = ?)"),
                            {member.account, member.account})
                || !tx.audit(workspace, 0, QStringLiteral("member.purged"), QStringLiteral("member"), member.account,
                             before, {}, Text::tr("Deleted more than %n day(s) ago.", nullptr, recoveryDays))) {
                return tx.failed();
            }
        }
        if (const auto error = tx.commit()) {
            return *error;
        }
        purged += expired.size();
    }
    if (purged > 0) {
        qCInfo(lcSql) << "Purged" << purged << "members deleted more than" << recoveryDays << "days ago";
    }
    return purged;
}

} // namespace usher::sql
