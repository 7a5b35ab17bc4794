#pragma once

#include "connection/backend.h"
#include "connection/connectionprofile.h"
#include "connection/sql/dialect.h"

#include <QPromise>
#include <QThread>
#include <functional>
#include <memory>

namespace usher::sql {

class SqlWorker;
class StatementStop;
class WriteTransaction;

/// Backend over a SQL database: a SQLite file or a PostgreSQL server, with the same
/// schema, migrations and behaviour. All queries run on one worker thread that owns the
/// connection; calls are queued there in order and answered through futures.
class SqlBackend : public Backend,
                   public MemberDirectory,
                   public GroupDirectory,
                   public Invitations,
                   public Outbox,
                   public AuditLog,
                   public OperatorSignIn,
                   public PasswordHelp,
                   public Maintenance,
                   public PeopleImport,
                   public PeopleExport,
                   public PersonalData,
                   public DirectorySync,
                   public WebProduct
{
    Q_OBJECT
public:
    /// `password` is held in memory only, for PostgreSQL profiles.
    explicit SqlBackend(ConnectionProfile profile, QString password = {}, QObject* parent = nullptr);
    ~SqlBackend() override;

    QString kindName() const override;
    QString location() const override;
    const ConnectionProfile& profile() const { return m_profile; }

    QFuture<Result<OpenInfo>> open() override;
    QFuture<Result<OpenInfo>> probe() override;

    // A SQL database Usher owns offers every feature.
    MemberDirectory* members() override { return this; }
    GroupDirectory* groups() override { return this; }
    Invitations* invitations() override { return this; }
    Outbox* outbox() override { return this; }
    AuditLog* auditLog() override { return this; }
    OperatorSignIn* operatorSignIn() override { return this; }
    PasswordHelp* passwordHelp() override { return this; }
    Maintenance* maintenance() override { return this; }
    PeopleImport* peopleImport() override { return this; }
    PeopleExport* peopleExport() override { return this; }
    PersonalData* personalData() override { return this; }
    DirectorySync* directorySync() override { return this; }

    // DirectorySync (sqlsync.cpp)
    QFuture<Result<DirectorySource>> syncSource(const Id& workspaceId) override;
    QFuture<Result<Done>> saveSyncSource(const Operator& op, const DirectorySource& source) override;
    QFuture<Result<SyncReport>> applySync(const Operator& op, const SyncRequest& request) override;

    QFuture<Result<QList<ImportOutcome>>> importPeople(const Operator& op, const ImportRequest& request) override;
    QFuture<Result<qint64>> exportUsers(const UserExportRequest& request) override;

    QFuture<Result<UserPage>> listUsers(const UserPageRequest& request) override;
    QFuture<Result<qint64>> countUsers(const UserFilter& filter) override;
    QFuture<Result<QList<GroupSummary>>> listGroups(const Id& workspaceId) override;
    bool offersSampleData() const override;
    QFuture<Result<qint64>> loadSampleData(const Operator& op, int count) override;
    /// For the benchmark and the tests only, never offered by the application: adds `count`
    /// generated people to the workspace without an operator, checks or audit, on either database.
    QFuture<Result<qint64>> addGeneratedPeople(int count);
    /// For the benchmark and the tests only: adds `count` generated people (the same people as
    /// addGeneratedPeople) to a SQLite file in bulk, with its indexes and triggers rebuilt
    /// afterwards: about a minute per million people on a 2-core machine. Refused on PostgreSQL.
    QFuture<Result<qint64>> generatePeopleInBulk(int count);
    bool requiresSignIn() const override;
    QFuture<Result<Operator>> identify(const Id& workspaceId, const QString& email) override;
    QFuture<Result<Operator>> setUpFirstAdmin(const Id& workspaceId, const NewMember& admin) override;
    QFuture<Result<Operator>> signIn(const Id& workspaceId, const QString& email, const QString& password) override;
    QFuture<Result<QList<WorkspaceSummary>>> listWorkspaces(const Id& accountId) override;
    QFuture<Result<MemberDetails>> memberDetails(const Id& workspaceId, const Id& accountId, const Id& viewerId) override;
    QFuture<Result<Id>> createMember(const Operator& op, const NewMember& member) override;
    QFuture<Result<Version>> updateProfile(const Operator& op, const Id& accountId, const ProfileEdit& edit,
                                       const Version& expectedVersion) override;
    QFuture<Result<QList<MemberOutcome>>> changeMembers(const Operator& op, const MemberChange& change) override;
    QFuture<Result<int>> revokeSessions(const Operator& op, const Id& accountId, const Id& sessionId) override;
    QFuture<Result<Done>> unlockSignIn(const Operator& op, const Id& accountId,
                                       const CallerVerification& verification) override;
    QFuture<Result<SignInFacts>> signInFacts(const Operator& op, const Id& accountId) override;
    QFuture<Result<SignInFacts>> signInFactsByEmail(const Operator& op, const QString& email) override;

    // PersonalData (sqlprivacy.cpp)
    QFuture<Result<ErasureCounts>> erasurePreview(const Operator& op, const Id& accountId) override;
    QFuture<Result<ErasureCounts>> erasePerson(const Operator& op, const Id& accountId, const QString& reference) override;
    QFuture<Result<PersonalExport>> exportPerson(const Operator& op, const Id& accountId, const QString& path,
                                                 const StopToken& stop) override;
    QFuture<Result<PasswordHelpOutcome>> sendPasswordReset(const Operator& op,
                                                           const PasswordHelpRequest& request) override;
    QFuture<Result<PasswordHelpOutcome>> setTemporaryPassword(const Operator& op,
                                                              const PasswordHelpRequest& request) override;
    QFuture<Result<PasswordHelpOutcome>> impersonate(const Operator& op, const Id& accountId,
                                                     const QString& reason) override;
    QFuture<Result<Operator>> changePassword(const Id& workspaceId, const QString& email,
                                             const QString& currentPassword, const QString& newPassword) override;
    QFuture<Result<Operator>> redeemLink(const Id& workspaceId, const QString& link,
                                         const QString& newPassword) override;
    QFuture<Result<Done>> requestPasswordReset(const Id& workspaceId, const QString& email) override;
    QFuture<Result<Id>> signInToWeb(const Id& workspaceId, const QString& email, const QString& password) override;
    QFuture<Result<Id>> changeWebPassword(const Id& workspaceId, const QString& email,
                                          const QString& currentPassword, const QString& newPassword) override;
    QFuture<Result<Id>> redeemPasswordReset(const QString& token, const QString& newPassword) override;
    QFuture<Result<Id>> redeemImpersonation(const QString& token) override;
    QFuture<Result<QList<AuditEvent>>> listAudit(const AuditQuery& query) override;
    QFuture<Result<qint64>> purgeExpired(const QDateTime& now) override;
    QFuture<Result<GroupPage>> listGroupPage(const GroupPageRequest& request) override;
    QFuture<Result<InviteReview>> reviewInvitations(const Id& workspaceId, const QList<InviteAddress>& addresses) override;
    QFuture<Result<QList<InvitationOutcome>>> createInvitations(const Operator& op,
                                                                const InvitationRequest& request) override;
    QFuture<Result<QList<Invitation>>> listInvitations(const Id& workspaceId) override;
    QFuture<Result<QList<InvitationOutcome>>> resendInvitations(const Operator& op, const QList<Id>& inviteIds,
                                                                bool sendMail, const StopToken& stop = {}) override;
    QFuture<Result<QList<InvitationOutcome>>> resendInvitationsOf(const Operator& op, const QList<Id>& accountIds,
                                                                  const std::optional<UserFilter>& matching,
                                                                  bool sendMail, const StopToken& stop) override;
    QFuture<Result<QList<InvitationOutcome>>> cancelInvitations(const Operator& op, const QList<Id>& inviteIds,
                                                                const StopToken& stop = {}) override;
    QFuture<Result<Id>> acceptInvitation(const InviteAcceptance& acceptance) override;
    QFuture<Result<std::optional<OutgoingMail>>> claimMail(const Operator& op, const QDateTime& now) override;
    QFuture<Result<Done>> finishMail(const Operator& op, const Id& mailId, bool sent, const QString& error,
                                     bool permanent) override;
    QFuture<Result<SignupSettings>> signupSettings(const Id& workspaceId) override;
    QFuture<Result<Done>> saveSignupSettings(const Operator& op, const SignupSettings& settings) override;
    QFuture<Result<SmtpSettings>> mailServer(const Id& workspaceId) override;
    QFuture<Result<Done>> saveMailServer(const Operator& op, const SmtpSettings& settings) override;
    QFuture<Result<QList<WaitlistEntry>>> listWaitlist(const Id& workspaceId) override;
    QFuture<Result<SignupCounts>> countSignups(const Id& workspaceId) override;
    QFuture<Result<Id>> joinWaitlist(const Id& workspaceId, const QString& email, const QString& source) override;
    QFuture<Result<QList<InvitationOutcome>>> decideWaitlist(const Operator& op, const QList<Id>& entryIds,
                                                             bool approve, bool sendMail,
                                                             const StopToken& stop = {}) override;
    QFuture<Result<GroupMembersPage>> listGroupMembers(const GroupMembersRequest& request) override;
    QFuture<Result<Id>> createGroup(const Operator& op, const GroupEdit& group) override;
    QFuture<Result<Done>> updateGroup(const Operator& op, const Id& groupId, const GroupEdit& edit) override;
    QFuture<Result<GroupDeleteImpact>> groupDeleteImpact(const Id& workspaceId, const Id& groupId) override;
    QFuture<Result<Done>> deleteGroup(const Operator& op, const Id& groupId) override;
    QFuture<Result<QList<MemberOutcome>>> changeGroupMembers(const Operator& op,
                                                             const GroupMembersChange& change) override;

    /// How often a SQLite backend looks for changes made by other programs.
    static constexpr int sqlitePollMs = 400;

private:
    /// Runs `job` on the worker thread and answers its result through the returned future.
    template<typename T>
    QFuture<Result<T>> run(std::function<Result<T>(SqlWorker&, QPromise<Result<T>>&)> job);
    /// Runs a read on the worker thread, asked again once should the connection have dropped.
    /// A feature file implements a new read call with this alone: the interface's declaration,
    /// the override's declaration above, and its body in the feature file are the three edits.
    template<typename T>
    QFuture<Result<T>> read(std::function<Result<T>(SqlWorker&)> query);
    /// Runs a change on the worker thread in a write transaction of `workspaceId`, which
    /// `change` begins through one of the worker's operator preludes (beginAs, beginOnMember…)
    /// and commits; `what` opens every failure message. New changes are written with this the
    /// same three edits as a read.
    template<typename T>
    QFuture<Result<T>> write(const Id& workspaceId, QString what,
                             std::function<Result<T>(SqlWorker&, WriteTransaction&)> change);

    /// Stops the statement of `ticket` (a StatementStop::Running on the worker) once `future`
    /// is cancelled.
    template<typename T> void stopWhenCancelled(const QFuture<T>& future, quint64 ticket);

    ConnectionProfile m_profile;
    QThread m_thread;
    SqlWorker* m_worker = nullptr;
    std::shared_ptr<StatementStop> m_statementStop; ///< Shared with the jobs that may be stopped.
    quint64 m_stoppableTickets = 0;
};

} // namespace usher::sql
