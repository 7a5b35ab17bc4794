#pragma once

// Private to the SQL backend: the worker that owns the connection, and helpers shared by
// the files that implement it (sqlbackend.cpp: open and reads; sqlmembers.cpp: changes to
// members; sqlidentity.cpp: operators and sign-in).

#include "connection/backend.h"
#include "connection/connectionprofile.h"
#include "connection/logging.h"
#include "connection/sql/dialect.h"
#include "connection/sql/sqlbackend.h"
#include "connection/sql/usersql.h"
#include "core/invitemail.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>
#include <memory>
#include <functional>

namespace usher::sql {

/// Translation context of the SQL backend's messages.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::sql::SqlBackend)
};

QString nextConnectionName();
/// Maps a driver error to a typed error; `what` says what we were doing, for the person.
BackendError errorFrom(const QSqlError& error, const QString& what, Dialect dialect);
QVariant epochOrNull(const QDateTime& time);
QDateTime timeFrom(const QVariant& value);
/// A users-listing row read from its first nine columns: account id, display name, email,
/// role, status, source, last seen, joined, and the groups joined by the unit separator.
UserSummary userSummaryFrom(const QSqlQuery& query);
bool execWith(QSqlQuery& query, const QString& sql, const QVariantList& binds);
/// A text value for a NOT NULL column: a null QString would bind as NULL.
inline QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}
/// Whether a text column holds a literal part, whatever characters that part holds, in any
/// case: one bound value, the part as searchFolded() gives it. SQLite's own lower() folds ASCII
/// only, so there the column goes through the connection's usher_fold() (sqlitefold.h).
inline QString containsText(Dialect dialect, const QString& column)
{
    return (dialect == Dialect::Sqlite ? QStringLiteral("instr(usher_fold(%1), ?) > 0")
                                       : QStringLiteral("strpos(lower(%1), ?) > 0"))
        .arg(column);
}
/// A search text as containsText() compares it: trimmed and folded as the column will be.
inline QString searchFolded(Dialect dialect, const QString& text)
{
    return dialect == Dialect::Sqlite ? text.trimmed().toCaseFolded() : text.trimmed().toLower();
}
inline BackendError refused(const QString& why)
{
    return {BackendError::Kind::Refused, why, {}};
}

/// The groups `accountId` belongs to in `workspaceId`, by name, with what each grants.
bool readGrants(QSqlQuery& query, const Id& workspaceId, const Id& accountId, QList<GroupGrant>* grants);

class SqlWorker;

/// A change's transaction, holding the workspace's write lock from the start (SQLite: BEGIN
/// IMMEDIATE; PostgreSQL: an advisory lock per workspace), so that rules counting Admins or
/// seats see what the change will commit into, and two admins acting at once are serialised
/// (always in the same order, so they cannot deadlock). Rolled back unless committed.
/// The audit log's columns with the names of actor and target as they were at the time (their
/// audit subjects, a pseudonym once erased); `a` is audit_log, `ac` and `t` the subjects. A
/// read adds its WHERE and ORDER BY, and reads each row with auditFrom() (sqldetails.cpp).
extern const QString auditSelect;
/// One row of auditSelect, with the change's names and addresses put back into its JSON.
AuditEvent auditFrom(const QSqlQuery& query);

class WriteTransaction
{
public:
    /// `what` opens every failure message: "The role could not be changed."
    WriteTransaction(SqlWorker& worker, const Id& workspaceId, QString what);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    /// Nothing when the transaction and its lock were taken.
    std::optional<BackendError> begin();
    /// The statement `exec` ran last, for reading its rows (or one to hand to a reading helper).
    QSqlQuery& query() { return *m_current; }
    /// Runs `sql` with `binds`. Each text is prepared once per transaction: a bulk change (an
    /// import) runs the same few statements thousands of times, and preparing a statement whose
    /// table has triggers costs SQLite more than running it.
    bool exec(const QString& sql, const QVariantList& binds = {});
    /// " FOR UPDATE" on PostgreSQL, nothing on SQLite (whose lock covers the database).
    QString forUpdate(const QString& of = {}) const;
    /// The last query's error, after rolling back.
    BackendError failed();
    /// Rolls back and answers `error`.
    BackendError abandon(BackendError error);
    /// Writes an audit row (A1) in this transaction.
    /// `targetRef` names a target that has no account (a group), so the log can name it after it is gone.
    bool audit(const Id& workspaceId, const Id& actorId, const QString& action, const QString& targetType,
               const Id& targetId, const QJsonObject& before, const QJsonObject& after, const QString& reason = {},
               const QString& targetRef = {});
    /// One audit row, for auditRows.
    struct AuditRow
    {
        Id workspaceId;
        Id actorId;
        QString action;
        QString targetType;
        Id targetId;
        QJsonObject before;
        QJsonObject after;
        QString reason;
        QString targetRef;
    };
    /// Writes many audit rows in a few statements (a bulk change's).
    bool auditRows(const QList<AuditRow>& rows);
    /// The audit subject of each person `rows` name, by (workspace, account): their last one
    /// when they are named as then, else a new one with the names they have now.
    bool auditSubjects(const QList<AuditRow>& rows, QHash<std::pair<qint64, qint64>, qint64>* subjects);
    /// Inserts `rows` with a few multi-row statements: `insert` is "INSERT INTO t (a, b)",
    /// `tuple` one row's "(?, ?)" (literals allowed, without a question mark), `suffix` follows
    /// each statement (" RETURNING id"), and `each` reads the rows each statement returns. A
    /// bulk change runs one statement per few hundred rows instead of one per row.
    /// Runs `select` ("SELECT … WHERE x IN") for `values`, a few hundred at a time (one JSON
    /// parameter each time on SQLite, a parameter a value on PostgreSQL), and reads each
    /// answer row with `each`. `binds` are the values of the parameters before the list.
    bool selectIn(const QString& select, const QStringList& values, const std::function<void(const QSqlQuery&)>& each,
                  const QVariantList& binds = {});
    bool insertRows(const QString& insert, const QString& tuple, const QList<QVariantList>& rows,
                    const QString& suffix = {}, const std::function<void(const QSqlQuery&)>& each = {});
    std::optional<BackendError> commit();
    /// Savepoints, so one member of a bulk change can fail without undoing the others.
    bool savepoint();
    void rollbackToSavepoint();
    bool releaseSavepoint();

private:
    void rollback();
    /// Resets every prepared statement, so none holds a cursor across COMMIT, ROLLBACK or a savepoint.
    void finishStatements();
    SqlWorker& m_worker;
    qint64 m_workspaceId; ///< The SQL row number of the workspace locked.
    QString m_what;
    QSqlQuery m_query;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    QSqlQuery* m_current = &m_query;
    bool m_active = false;
};

/// A workspace's secret salt for pseudonyms (erasure, U7), made the first time one is needed
/// (sqlprivacy.cpp).
Result<QByteArray> erasureSalt(WriteTransaction& tx, qint64 workspaceId);

/// For a change that writes many thousands of rows at once (an import, a directory sync), made
/// before its transaction begins: on SQLite a larger page cache, temporary storage in memory and
/// fewer checkpoints while it runs, all restored when it ends. Nothing on PostgreSQL. (SQLite
/// copies the pages each statement with triggers changes to a statement journal, so one
/// failing statement can be undone alone; beyond 64 KiB that journal goes to a temporary file,
/// which cost nine tenths of an import's time in writes. Held in memory it lives one statement
/// at a time.)
class BulkWriteTuning
{
public:
    /// The page cache (KiB) a bulk change's random tokens and sort keys need: more index pages
    /// than the default 2 MB hold.
    static constexpr int defaultCacheKiB = 65536;
    explicit BulkWriteTuning(SqlWorker& worker, int cacheKiB = defaultCacheKiB);
    ~BulkWriteTuning();
    BulkWriteTuning(const BulkWriteTuning&) = delete;
    BulkWriteTuning& operator=(const BulkWriteTuning&) = delete;

private:
    SqlWorker& m_worker;
    QString m_cacheBefore;
};

/// A member as a change sees it, read (and on PostgreSQL locked) inside its transaction.
struct MemberRow
{
    qint64 membershipId = 0; ///< 0: not a member of the workspace.
    qint64 accountId = 0;
    Role role = Role::Member;
    Status status = Status::Active;
    Status statusBeforeDelete = Status::Active;
    int version = 0;
    QString name;
    QString email;
    QDateTime updatedAt;
    QString updatedBy;
};
/// Reads `accountId`'s membership of `workspaceId`; false on a query error.
bool readMember(WriteTransaction& tx, const Id& workspaceId, const Id& accountId, MemberRow* row);
/// The refusal of a stale version: "X was changed by Y at T after you opened it."
BackendError conflictWith(const MemberRow& row);
/// Counts with `query` (a change's transaction's, or a plain read's): active Admins, and seats
/// taken (invited + active).
bool countAdminsAndSeats(QSqlQuery& query, const Id& workspaceId, qint64* admins, qint64* seats,
                         std::optional<qint64>* cap);

/// What a change needs to know about its workspace.
struct WorkspaceFacts
{
    QString name;
    SignupSettings settings;
};

/// Reads the workspace's name and signup settings; false on a query error.
bool readWorkspaceFacts(QSqlQuery& query, const Id& workspaceId, WorkspaceFacts* facts);
/// A person joining by invitation, approval or import, for addInvitedMembers.
struct InvitedPerson
{
    InviteAddress address;
    /// First and last name as given (an import's columns); otherwise split from address.name.
    std::optional<PersonName> names;
    Role role = Role::Member;
    QList<Id> groupIds; ///< Their first groups.
    qint64 accountId = 0; ///< Filled in: their account, found or made.
};
/// People joining by invitation, approval or import: each one's account (made when there is
/// none), an invited membership from `source` made by `by`, and their first groups, in a few
/// statements for the whole list. The addresses must differ. False on a query error.
bool addInvitedMembers(WriteTransaction& tx, const Id& workspaceId, const QString& source, const Id& by,
                       QList<InvitedPerson>* members);
/// What an invitation is issued for.
struct InviteTerms
{
    qint64 accountId = 0;
    QString email;
    QString name;
    Role role = Role::Member;
    QString message;
    QString inviterName;
    qint64 createdBy = 0;
    bool approval = false;
};

/// Issues a new link: an invite row holding the token's hash, and its mail in the outbox (the
/// mail keeps a placeholder: the sender issues the real link when it sends) or the link in the
/// outcome. False on a query error.
bool issueInvite(WriteTransaction& tx, const Id& workspaceId, const WorkspaceFacts& facts, const InviteTerms& terms,
                 bool sendMail, InvitationOutcome* outcome);
/// issueInvite for many people at once, in a few statements; `outcomes` gets one per terms, in
/// their order (the invitation's id and link, or its queued mail).
bool issueInvites(WriteTransaction& tx, const Id& workspaceId, const WorkspaceFacts& facts,
                  const QList<InviteTerms>& terms, bool sendMail, QList<InvitationOutcome>* outcomes);
/// Closes `accountId`'s open invitations to `workspaceId` (marks them cancelled) and stops
/// their queued mails with `why`: their links must not work again, even after a new invitation.
/// False on a query error.
bool closeOpenInvites(WriteTransaction& tx, const Id& workspaceId, const Id& accountId, const QString& why);
/// Whether `accountId` has a password, and whether it belongs to a workspace other than
/// `workspaceId` beyond a pending invitation (active, disabled or deleted there). False on a
/// query error.
bool readAccountUse(QSqlQuery& query, const Id& accountId, const Id& workspaceId, bool* hasPassword,
                    bool* belongsElsewhere);
/// In `tx`: why a password may not be chosen for `accountId` (`email`) here, from its use
/// (refusalToChoosePassword()); rolls `tx` back and answers the refusal or the query's error.
/// Nothing when it may.
std::optional<BackendError> refusalToChoosePasswordIn(WriteTransaction& tx, const Id& accountId, const Id& workspaceId,
                                                      const QString& email);

/// Closes `accountId`'s reset links that still work (a newer link, a temporary password or a
/// password change replaces them); false on a query error.
bool closeResetLinks(WriteTransaction& tx, qint64 accountId, const QDateTime& now);
/// In `tx`: why a reset link or temporary password that `issuer` (an account id; NULL: the
/// person asked for it) gave for `accountId` in `workspaceId` no longer works, because the
/// issuer may no longer help that account (their role or the person's changed, or the account
/// joined a workspace where the issuer could not); rolls `tx` back with it. Nothing when it works.
std::optional<BackendError> refusalOfIssuerNow(WriteTransaction& tx, qint64 workspaceId, const QVariant& issuer,
                                               qint64 accountId);
/// In `tx`: `accountId`'s memberships of workspaces other than the operator's, with the
/// operator's role there (for refusalOnSharedAccount()), locked; their workspace ids in
/// `workspaceIds` when given. False on a query error.
bool readSharedMemberships(WriteTransaction& tx, const Operator& op, const Id& accountId,
                           QList<SharedMembership>* elsewhere, QList<qint64>* workspaceIds);

/// Whether the workspace has a mail server to send its mail through; false on a query error.
bool sendsMail(QSqlQuery& query, const Id& workspaceId, bool* sends);
/// Queues `mail` of `kind` to `to` in the workspace's outbox (`resetId`: its reset, or null).
bool queueMail(WriteTransaction& tx, const Id& workspaceId, const QString& kind, const QString& to,
               const ComposedMail& mail, const QVariant& resetId);

/// Who a password sign-in is for: an operator of Usher, or a person in the web product.
enum class SignInAs { Operator, WebUser };
/// A password sign-in that succeeded.
struct SignedIn
{
    Operator op; ///< SignInAs::Operator
    qint64 accountId = 0;
    qint64 sessionId = 0; ///< SignInAs::WebUser: the session opened.
};

/// Lives on the backend's worker thread and owns its connection.
class SqlWorker : public QObject
{
public:
    SqlWorker(ConnectionProfile profile, QString password)
        : m_profile(std::move(profile))
        , m_password(std::move(password))
        , m_dialect(m_profile.server() ? Dialect::Postgres : Dialect::Sqlite)
        , m_connectionName(nextConnectionName())
    {
    }

    ~SqlWorker() override { close(); }

    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }

    Result<OpenInfo> open();
    Result<OpenInfo> probe();
    Result<UserPage> listUsers(const UserPageRequest& request);
    Result<qint64> countUsers(const UserFilter& filter);
    Result<QList<GroupSummary>> listGroups(const Id& workspaceId);
    Result<GroupPage> listGroupPage(const GroupPageRequest& request);
    Result<GroupMembersPage> listGroupMembers(const GroupMembersRequest& request);
    Result<GroupDeleteImpact> groupDeleteImpact(const Id& workspaceId, const Id& groupId);
    Result<Id> createGroup(const Operator& op, const GroupEdit& edit);
    Result<Done> updateGroup(const Operator& op, const Id& groupId, const GroupEdit& edit);
    Result<Done> deleteGroup(const Operator& op, const Id& groupId);
    Result<QList<MemberOutcome>> changeGroupMembers(const Operator& op, const GroupMembersChange& change,
                                                    QPromise<Result<QList<MemberOutcome>>>& promise);
    Result<QList<MemberOutcome>> changeMembers(const Operator& op, const MemberChange& change,
                                               QPromise<Result<QList<MemberOutcome>>>& promise);
    Result<Id> createMember(const Operator& op, const NewMember& member);
    Result<Version> updateProfile(const Operator& op, const Id& accountId, const ProfileEdit& edit, const Version& expectedVersion);
    Result<int> revokeSessions(const Operator& op, const Id& accountId, const Id& sessionId);
    Result<MemberDetails> memberDetails(const Id& workspaceId, const Id& accountId, const Id& viewerId);
    Result<QList<AuditEvent>> listAudit(const AuditQuery& request);
    Result<QList<WorkspaceSummary>> listWorkspaces(const Id& accountId);
    Result<qint64> purgeExpired(const QDateTime& now);
    Result<Operator> identify(const Id& workspaceId, const QString& email);
    Result<Operator> setUpFirstAdmin(const Id& workspaceId, const NewMember& admin);
    Result<Operator> signIn(const Id& workspaceId, const QString& email, const QString& password);
    /// Checks a password (one Argon2id verification whatever the account, slowed down after
    /// wrong ones) and signs in: an operator (audited) or a web user (a new session). A
    /// temporary password is refused with Kind::PasswordChangeRequired unless `newPassword`
    /// (not null) replaces it; any password may be replaced so.
    Result<SignedIn> passwordSignIn(const Id& workspaceId, const QString& email, const QString& password, SignInAs as,
                                    const QString& newPassword);
    // Password help (sqlpasswordhelp.cpp).
    /// Begins `tx` and reads the operator and the person in it for password help: the
    /// verification, refusalOfPasswordHelp(), the person's status (`onlyActive`) and the
    /// shared account's other workspaces. Rolled back when it answers an error.
    Result<std::pair<MemberRow, MemberRow>> beginPasswordHelp(WriteTransaction& tx, const Operator& op,
                                                              const Id& accountId,
                                                              const CallerVerification& verification, bool onlyActive);
    /// A reset link (or, `temporary`, a temporary password) for request.accountId, in `tx`.
    Result<PasswordHelpOutcome> givePasswordHelp(WriteTransaction& tx, const Operator& op,
                                                 const PasswordHelpRequest& request, bool temporary);
    /// By account id, or (email not null) by address.
    Result<SignInFacts> signInFacts(const Operator& op, const Id& accountId, const QString& email);
    /// What erasing `accountId` removes, and with `apply` erases it, in the begun `tx`
    /// (sqlprivacy.cpp); `reference` is checked and kept only when applying.
    Result<ErasureCounts> erasure(WriteTransaction& tx, const Operator& op, const Id& accountId,
                                  const QString& reference, bool apply);
    /// Writes the subject-access export of `accountId` to `path`, audited in `tx` (sqlprivacy.cpp).
    Result<PersonalExport> exportPerson(WriteTransaction& tx, const Operator& op, const Id& accountId,
                                        const QString& path, const StopToken& stop,
                                        QPromise<Result<PersonalExport>>& promise);
    // Directory sync (sqlsync.cpp).
    Result<DirectorySource> syncSource(const Id& workspaceId);
    Result<Done> saveSyncSource(const Operator& op, const DirectorySource& source);
    Result<SyncReport> applySync(const Operator& op, const SyncRequest& request, QPromise<Result<SyncReport>>& promise);
    Result<qint64> redeemPasswordReset(const QString& token, const QString& newPassword);
    Result<qint64> redeemImpersonation(const QString& token);
    Result<Done> requestPasswordReset(const Id& workspaceId, const QString& email);
    /// With an operator, the application's Load Sample Data (checked and audited); without, the
    /// benchmark's and tests' generator.
    Result<qint64> loadSampleData(const std::optional<Operator>& op, int count, QPromise<Result<qint64>>& promise);
    /// Why `op` may not load `count` sample people now, read in the open transaction; nothing
    /// when they may. Internal errors come back as errors too.
    std::optional<BackendError> sampleDataRefusal(QSqlQuery& query, const Operator& op, int count);
    /// The benchmark's generator: `count` more of the sample people, on SQLite only, with the
    /// people tables' indexes and triggers set aside while the rows go in and rebuilt exactly as
    /// they were, all in one transaction (sqlbulkload.cpp). Answers how many were added.
    Result<qint64> generatePeopleInBulk(int count, QPromise<Result<qint64>>& promise);
    Result<InviteReview> reviewInvitations(const Id& workspaceId, const QList<InviteAddress>& addresses);
    Result<QList<InvitationOutcome>> createInvitations(const Operator& op, const InvitationRequest& request);
    Result<QList<Invitation>> listInvitations(const Id& workspaceId);
    Result<QList<InvitationOutcome>> resendInvitations(const Operator& op, const QList<Id>& inviteIds, bool sendMail,
                                                       QPromise<Result<QList<InvitationOutcome>>>& promise,
                                                       const StopToken& stop);
    Result<QList<InvitationOutcome>> resendInvitationsOf(const Operator& op, const QList<Id>& accountIds,
                                                         const std::optional<UserFilter>& matching, bool sendMail,
                                                         QPromise<Result<QList<InvitationOutcome>>>& promise,
                                                         const StopToken& stop);
    Result<QList<InvitationOutcome>> cancelInvitations(const Operator& op, const QList<Id>& inviteIds,
                                                       QPromise<Result<QList<InvitationOutcome>>>& promise,
                                                       const StopToken& stop);
    Result<Id> acceptInvitation(const InviteAcceptance& acceptance);
    Result<std::optional<OutgoingMail>> claimMail(const Operator& op, const QDateTime& now);
    Result<Done> finishMail(const Operator& op, const Id& mailId, bool sent, const QString& error, bool permanent);
    Result<SignupSettings> signupSettings(const Id& workspaceId);
    Result<Done> saveSignupSettings(const Operator& op, const SignupSettings& settings);
    Result<SmtpSettings> mailServer(const Id& workspaceId);
    Result<Done> saveMailServer(const Operator& op, const SmtpSettings& settings);
    Result<Id> joinWaitlist(const Id& workspaceId, const QString& email, const QString& source);
    Result<QList<InvitationOutcome>> decideWaitlist(const Operator& op, const QList<Id>& entryIds, bool approve,
                                                    bool sendMail, QPromise<Result<QList<InvitationOutcome>>>& promise,
                                                    const StopToken& stop);

    /// Called on the worker thread when another connection changed the data.
    std::function<void()> onChangedElsewhere;
    /// Jobs queued by the backend and not finished yet; background work waits while any are.
    std::atomic<int> foregroundJobs{0};
    /// The backend is going away: queued jobs are skipped, a running load stops at its next row.
    std::atomic<bool> closing{false};
    /// On the worker thread, after each job has answered: counts it off, and once nobody
    /// waits any more does the upkeep open() left for later (the operator role's rights, the
    /// purge of expired deletions), so the first page never waits for it.
    void jobFinished();

    void close()
    {
        delete m_poll;
        m_poll = nullptr;
        if (QSqlDatabase::contains(m_connectionName)) {
            QSqlDatabase::database(m_connectionName, false).close();
            QSqlDatabase::removeDatabase(m_connectionName);
        }
        m_open = false;
        m_listening = false;
        m_upkeep = Upkeep::None;
    }

    Dialect dialect() const { return m_dialect; }
    BackendError errorFrom(const QSqlError& error, const QString& what) const
    {
        return sql::errorFrom(error, what, m_dialect);
    }
    /// Forgets counts and anchors: the data changed.
    void forgetCachedListing();
    /// Runs a read; when it failed because the connection dropped, reconnects once and asks again.
    /// A feature file's reads go through this (see SqlBackend::run).
    template<typename T>
    Result<T> read(const std::function<Result<T>()>& query);
    bool isOpen() const { return m_open; }
    BackendError notOpen() const { return {BackendError::Kind::Unavailable, Text::tr("The database is not open."), {}}; }

    /// Reads a group of the workspace (`lock`: a FOR UPDATE suffix, or nothing); false on a
    /// query error, `group` empty when there is no such group.
    bool readGroup(QSqlQuery& query, const Id& workspaceId, const Id& groupId, const QString& lock,
                   std::optional<GroupSummary>* group);
    // The operator preludes a change begins with (in a feature file, through SqlBackend::write).
    /// The operator's membership, read in `tx`; refused unless they are an active member.
    Result<MemberRow> activeOperator(WriteTransaction& tx, const Operator& op);
    /// Begins `tx` and reads the operator in it: refused unless they are an active member
    /// whose role allows `action`. The transaction is rolled back when it answers an error.
    Result<MemberRow> beginAs(WriteTransaction& tx, const Operator& op, Action action);
    /// Reads the operator in the begun `tx`: refused unless they are an active member whose role
    /// allows `action`. The transaction is rolled back when it answers an error.
    Result<MemberRow> operatorMay(WriteTransaction& tx, const Operator& op, Action action);
    /// Begins `tx` and reads in it the operator and the member `accountId` they act on: refused
    /// unless the operator is an active member and, acting on someone else, their role allows
    /// `action` on that member's role; NotFound when `accountId` is not a member. The
    /// transaction is rolled back when it answers an error.
    Result<std::pair<MemberRow, MemberRow>> beginOnMember(WriteTransaction& tx, const Operator& op, const Id& accountId,
                                                          Action action);
    /// In `tx`: the active operator and the group, locked; or, after rolling back, why not.
    Result<std::pair<MemberRow, GroupSummary>> operatorAndGroup(WriteTransaction& tx, const Operator& op,
                                                                const Id& groupId);

private:
    Result<Done> probeReadOnly();
    Result<Done> openSqlite(bool* created);
    Result<Done> connectPostgres();
    void watchForChanges();

    ConnectionProfile m_profile;
    QString m_password;
    Dialect m_dialect;
    QString m_connectionName;
    qint64 m_workspaceId = 0;
    bool m_open = false;
    /// Upkeep after opening: due once open() has answered, done when a later job finds the
    /// queue empty.
    enum class Upkeep { None, AfterOpen, Due };
    Upkeep m_upkeep = Upkeep::None;
    QTimer* m_poll = nullptr;
    qint64 m_dataVersion = -1;
    bool m_listening = false;

    /// A row seen at a position of a listing: its sort key and membership id.
    struct Anchor
    {
        QVariant key;
        qint64 id = 0;
    };
    using Anchors = QMap<qint64, Anchor>; ///< By position.
    static constexpr int maxAnchors = 4096;
    static QString listingKey(const UserFilter& filter, const UserSort& sort);
    QHash<QString, Anchors> m_anchors; ///< Per filter and sort.
    /// Rows between two anchors laid by the walk (USHER_ANCHOR_SPACING overrides, for tests).
    int m_anchorSpacing = qEnvironmentVariableIsSet("USHER_ANCHOR_SPACING")
        ? qMax(2, qEnvironmentVariableIntValue("USHER_ANCHOR_SPACING"))
        : 5000;
    static constexpr qint64 maxWalk = 20'000'000;
    /// A search matching at least this many people scans the sort index instead
    /// (USHER_COMMON_SEARCH overrides, for tests).
    int m_commonSearch = qEnvironmentVariableIsSet("USHER_COMMON_SEARCH")
        ? qMax(1, qEnvironmentVariableIntValue("USHER_COMMON_SEARCH"))
        : 2000;
    QHash<QString, SearchPath> m_searchPaths; ///< Per search text, until the data changes.
    QString m_walking; ///< The listing whose anchors are being laid, if any.
    SearchPath searchPath(const UserFilter& filter);
public:
    /// How a listing is asked: index and sort key, WHERE clause and its values, direction.
    struct Listing
    {
        ListingPlan plan;
        QString where;
        QVariantList binds;
        bool ascending = true;
        QString direction;
    };
    Listing listingFor(const UserPageRequest& request);
    /// A search's page sorted by name, from the index whose rowids follow the name order
    /// (SQLite, migration 12); std::nullopt where that index does not serve the request.
    std::optional<Result<UserPage>> searchPageInNameOrder(const UserPageRequest& request);
    /// The anchors of a request's listing (all of them are forgotten once many listings have some).
    Anchors& anchorsOf(const UserPageRequest& request);
    /// The rows of pageRowsSql's answer, the first of them laid as the anchor at `offset`.
    UserPage readPage(QSqlQuery& query, qint64 offset, Anchors& anchors);
    /// The SELECT of a page's rows around `ids` (a subquery answering membership ids), sorted
    /// by `key` and the id in `direction`, as listUsers and searchPageInNameOrder read them.
    QString pageRowsSql(const QString& ids, const QString& key, const QString& direction) const;
    void startAnchorWalk(const UserPageRequest& request);
    void walkAnchors(const UserPageRequest& request, const QString& key);
    QHash<QString, qint64> m_counts; ///< Per filter, until the data changes.
    /// The number of members `filter` lists when it is known without counting them: counted
    /// before (and unchanged since), or kept by migration 0009.
    std::optional<qint64> knownCount(const UserFilter& filter);

private:

    /// The account ids of the members a filter matches (for changes to "all matching").
    Result<QList<qint64>> matchingMembers(const UserFilter& filter);
    /// `targets`, or every member `matching` matches now.
    Result<QList<MemberTarget>> targetsOf(const Id& workspaceId, const QList<MemberTarget>& targets,
                                          const std::optional<UserFilter>& matching);
    /// What starts each transaction of a bulk change, such as reading the operator again; an
    /// error refuses the whole change when it comes before the first chunk, and leaves the people
    /// after it not reached when it comes later.
    using ChunkStart = std::function<std::optional<BackendError>(WriteTransaction& tx)>;
    /// Runs `step` for every target, each inside a savepoint of its own, in transactions of
    /// bulkChunk targets (`start` opens each), so one refusal does not undo the others and a
    /// failed query undoes only its chunk (`step` reports it in `queryError`; the transaction is
    /// then beyond use). Reports progress on `promise` and stops between chunks when `stop` is
    /// requested, answering who was changed and, through `unreached`, who was not (a cancelled
    /// promise would drop that answer).
    template<typename Target, typename Outcome>
    Result<QList<Outcome>> inChunks(const Id& workspaceId, const QString& what, const QList<Target>& targets,
                                    QPromise<Result<QList<Outcome>>>& promise, const StopToken& stop,
                                    const ChunkStart& start,
                                    const std::function<Outcome(WriteTransaction&, const Target&, QString*)>& step,
                                    const std::function<Outcome(const Target&, const QString& why)>& unreached);
    /// One member's part of a bulk change; see inChunks().
    using MemberStep = std::function<MemberOutcome(WriteTransaction& tx, const MemberTarget& target,
                                                   QString* queryError)>;
    /// inChunks() for members, naming every member in the answer.
    Result<QList<MemberOutcome>> perMember(const Id& workspaceId, const QString& what, const QList<MemberTarget>& targets,
                                           QPromise<Result<QList<MemberOutcome>>>& promise, const StopToken& stop,
                                           const std::function<void()>& newTransaction, const MemberStep& step);
    /// For a change to "all matching": whether `who` still matches the filter now, read in `tx`,
    /// so someone changed since the change began is left alone (`why` says so). Without a
    /// filter, everyone does. False when the query failed.
    bool stillMatches(WriteTransaction& tx, const std::optional<UserFilter>& matching, const Id& workspaceId,
                      const MemberRow& who, std::optional<QString>* why);
    /// Applies one member's part of a change inside `tx`; a failed query is reported in
    /// `queryError` (the transaction is then beyond use).
    MemberOutcome applyChange(WriteTransaction& tx, const Operator& op, const MemberChange& change,
                              const MemberTarget& target, qsizetype targetCount, WorkspaceCounts& counts,
                              QString* queryError);
    Result<Operator> operatorFrom(QSqlQuery& query, const Id& workspaceId);
    /// The start of each chunk of a change to many invitations or signups: the operator read
    /// again into `me`, refused unless their role allows `action`.
    std::optional<BackendError> operatorStart(WriteTransaction& tx, const Operator& op, Action action, MemberRow* me);
    /// The start of each chunk of a resend: the operator (who must still be allowed to resend)
    /// into `me`, and the workspace's facts.
    std::optional<BackendError> resendStart(WriteTransaction& tx, const Operator& op, MemberRow* me,
                                            WorkspaceFacts* facts);
    /// One invitation sent again (a new link, the old one closed), or refused with why.
    InvitationOutcome resendOne(WriteTransaction& tx, const Operator& op, const MemberRow& me,
                                const WorkspaceFacts& facts, const Id& inviteId, bool sendMail, QString* queryError);
    /// A person a bulk change did not reach, or who could not be changed, named for its report.
    InvitationOutcome personOutcome(const Id& accountId, const QString& why);
    /// An invitation a bulk change did not reach, named for its report.
    InvitationOutcome unreachedInvitation(const Id& workspaceId, const Id& inviteId, const QString& why);
    /// The refusal (after rolling back) when another group of the workspace has the name.
    std::optional<BackendError> nameTaken(WriteTransaction& tx, const Id& workspaceId, const QString& name,
                                          const Id& exceptGroupId);
};


template<typename T>
Result<T> SqlWorker::read(const std::function<Result<T>()>& query)
{
    if (!m_open) {
        return notOpen();
    }
    Result<T> result = query();
    if (result.ok() || m_dialect != Dialect::Postgres) {
        return result;
    }
    // Was it the connection? Then reconnect once and ask again: reads are safe to repeat.
    QSqlQuery ping(database());
    if (ping.exec(QStringLiteral("SELECT 1"))) {
        return result;
    }
    qCInfo(lcSql) << "Connection lost; reconnecting to" << m_profile.location();
    database().close();
    if (const Result<Done> again = connectPostgres(); !again.ok()) {
        BackendError error = again.error();
        error.message = Text::tr("The connection to the server was lost and could not be restored.")
            + QLatin1Char(' ') + error.message;
        return error;
    }
    watchForChanges();
    // Notifications sent while the connection was down are lost: start from fresh counts and
    // positions, and tell the views to reload.
    forgetCachedListing();
    if (onChangedElsewhere) {
        onChangedElsewhere();
    }
    return query();
}


/// Defined here, where feature files see it: a feature file implements a SqlBackend call
/// directly as run<T>([=](SqlWorker& worker, auto& promise) { … }) on the worker's connection.
template<typename T>
QFuture<Result<T>> SqlBackend::run(std::function<Result<T>(SqlWorker&, QPromise<Result<T>>&)> job)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    ++m_worker->foregroundJobs;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, promise, job = std::move(job)] {
            if (!promise->isCanceled() && !worker->closing) {
                promise->addResult(job(*worker, *promise));
            }
            promise->finish();
            worker->jobFinished();
        },
        Qt::QueuedConnection);
    return future;
}

template<typename T>
QFuture<Result<T>> SqlBackend::read(std::function<Result<T>(SqlWorker&)> query)
{
    return run<T>([query = std::move(query)](SqlWorker& worker, QPromise<Result<T>>&) {
        return worker.read<T>([&]() { return query(worker); });
    });
}

template<typename T>
QFuture<Result<T>> SqlBackend::write(const Id& workspaceId, QString what,
                                     std::function<Result<T>(SqlWorker&, WriteTransaction&)> change)
{
    return run<T>([workspaceId, what = std::move(what), change = std::move(change)](
                      SqlWorker& worker, QPromise<Result<T>>&) -> Result<T> {
        if (!worker.isOpen()) {
            return worker.notOpen();
        }
        WriteTransaction tx(worker, workspaceId, what);
        return change(worker, tx);
    });
}

} // namespace usher::sql
