#pragma once

#include "connection/mail/smtpclient.h"
#include "connection/result.h"
#include "core/directorysync.h"
#include "core/group.h"
#include "core/invitation.h"
#include "core/lifecycle.h"
#include "core/signinhelp.h"
#include "core/stoptoken.h"
#include "core/userexport.h"
#include "core/userimport.h"
#include "core/userquery.h"

#include <QFuture>
#include <QObject>

#include <optional>

namespace usher {

/// What open() learned about the database or service it connected to.
struct OpenInfo
{
    int schemaVersion = 0; ///< As found (probe) or after migrating (open); 0: empty database.
    int latestVersion = 0; ///< What this Usher would bring it to.
    bool created = false; ///< The database was new and has just been set up.
    Id workspaceId;
    QString workspaceName;
    qint64 activeAdmins = 0; ///< 0: the workspace needs its first Admin (open() only).
    /// Who the connection itself acts as, where the backend offers no operator sign-in (a
    /// service's token names its holder). Empty where operators sign in (OperatorSignIn).
    std::optional<Operator> connectedAs;
    /// What the connection found out about the service, one sentence each, for Test Connection
    /// ("Sorting: yes.", "Search: by the start of names and addresses."). Empty for a database.
    QStringList findings;
};

/// What a member directory can list and change, for a backend that cannot do all Usher can (a
/// SCIM service): the screens offer exactly this and say why the rest is missing. A database
/// Usher owns can do everything (the defaults).
struct DirectoryAbilities
{
    /// Columns the backend sorts on; the others (and all, when empty) stay in its own order.
    QList<UserField> sortable {UserField::Name,   UserField::Email,    UserField::Role,   UserField::Groups,
                               UserField::Status, UserField::LastSeen, UserField::Source, UserField::Joined};
    /// Why the other columns do not sort; empty when all do.
    QString sortLimit;
    /// The statuses its members can have; the status filter offers only these.
    QList<Status> statuses = allStatuses();
    /// The columns it has data for; the others are hidden (a service does not say who signed
    /// in when, and "Never" would be wrong).
    QList<UserField> columns {UserField::Name,   UserField::Email,    UserField::Role,   UserField::Groups,
                              UserField::Status, UserField::LastSeen, UserField::Source, UserField::Joined};
    /// The saved views it can answer; the others are left out of the side list.
    QList<SavedView> views = allSavedViews();
    /// What can be done to members; the other actions are disabled with `operationLimit`.
    QList<MemberOperation> operations {MemberOperation::ChangeRole, MemberOperation::Disable,
                                       MemberOperation::Reactivate, MemberOperation::Delete,
                                       MemberOperation::Restore,    MemberOperation::RemoveFromWorkspace};
    QString operationLimit;
    /// Delete removes people at once and for good (a service that keeps no Deleted view to
    /// restore them from), and is confirmed as such.
    bool deletesForGood = false;
    /// Set when search finds less than every name and address containing the text, said beside
    /// the search box ("This service only finds names and addresses that start with the text.").
    QString searchLimit;
    /// Set once the backend has seen its order change between pages: the list may show someone
    /// twice or miss someone while it is scrolled.
    QString orderLimit;
    /// Whether names, email and picture can be edited, and members created directly.
    bool editsProfiles = true;
    bool createsMembers = true;
    bool editsPictures = true;
    /// Why not, when they cannot.
    QString profileLimit;
};

// The feature interfaces. A backend offers those it can do (Backend::members() and the
// others answer it, or nullptr); the screens show pages and actions by what is offered and
// never find out by trying. Every call returns at once with a future; the work runs
// elsewhere, so the GUI thread never waits on I/O. Continue with whenDone()
// (connection/whendone.h), which delivers the result on the receiver's thread.
//
// Changes name their operator. The backend re-reads the operator's role and applies every
// rule of core/permissions.h, core/lifecycle.h and core/group.h inside the change's
// transaction, audits it there, and refuses with Kind::Refused (a rule), Kind::Conflict (a
// stale version) or Kind::Invalid (bad input).

/// The members of a workspace: listing, details and their lifecycle (U1-U6, U9, R1, R2, T1, W1, A1).
class MemberDirectory
{
public:
    virtual ~MemberDirectory() = default;

    /// One page of members, sorted and filtered by the backend.
    virtual QFuture<Result<UserPage>> listUsers(const UserPageRequest& request) = 0;
    /// How many members match the filter.
    virtual QFuture<Result<qint64>> countUsers(const UserFilter& filter) = 0;
    /// Everything the details panel shows about a member. Their audit events only when `viewerId`
    /// (the operator looking) is an active member whose role may view the audit log; otherwise
    /// MemberDetails::auditWithheld says why there are none.
    virtual QFuture<Result<MemberDetails>> memberDetails(const Id& workspaceId, const Id& accountId, const Id& viewerId) = 0;
    /// Creates an active member directly; answers the account id. Within the seat cap.
    virtual QFuture<Result<Id>> createMember(const Operator& op, const NewMember& member) = 0;
    /// Changes names, email or picture; answers the membership's new version.
    virtual QFuture<Result<Version>> updateProfile(const Operator& op, const Id& accountId, const ProfileEdit& edit,
                                               const Version& expectedVersion) = 0;
    /// Applies a change to each target on its own, so one refusal does not stop the others;
    /// answers one outcome per member. Progress (members done) is reported on the future;
    /// cancelling stops before the next member, keeping what was done (and saying so).
    virtual QFuture<Result<QList<MemberOutcome>>> changeMembers(const Operator& op, const MemberChange& change) = 0;
    /// Revokes one session (`sessionId`) or all of them (no id); answers how many.
    virtual QFuture<Result<int>> revokeSessions(const Operator& op, const Id& accountId, const Id& sessionId) = 0;
    /// What this directory can list and change (everything, unless the backend says less).
    /// May grow more limited while connected (Backend::abilitiesChanged()).
    virtual DirectoryAbilities abilities() const { return {}; }

protected:
    MemberDirectory() = default;
    Q_DISABLE_COPY_MOVE(MemberDirectory)
};

/// Groups and the permissions they grant (G1-G4).
class GroupDirectory
{
public:
    virtual ~GroupDirectory() = default;

    /// The groups of a workspace, by name, with their member counts.
    virtual QFuture<Result<QList<GroupSummary>>> listGroups(const Id& workspaceId) = 0;
    /// One page of the workspace's groups, sorted and searched.
    virtual QFuture<Result<GroupPage>> listGroupPage(const GroupPageRequest& request) = 0;
    /// One page of a group's members, by name, with the time each joined it.
    virtual QFuture<Result<GroupMembersPage>> listGroupMembers(const GroupMembersRequest& request) = 0;
    /// Creates a native group; answers its id.
    virtual QFuture<Result<Id>> createGroup(const Operator& op, const GroupEdit& group) = 0;
    /// Renames a group, or changes its description or permissions.
    virtual QFuture<Result<Done>> updateGroup(const Operator& op, const Id& groupId, const GroupEdit& edit) = 0;
    /// Who would lose which permission if the group were deleted now.
    virtual QFuture<Result<GroupDeleteImpact>> groupDeleteImpact(const Id& workspaceId, const Id& groupId) = 0;
    /// Deletes a group: its members lose what it granted, unless their role or another group grants it.
    virtual QFuture<Result<Done>> deleteGroup(const Operator& op, const Id& groupId) = 0;
    /// Adds people to a group or removes them, each on their own, like changeMembers().
    virtual QFuture<Result<QList<MemberOutcome>>> changeGroupMembers(const Operator& op,
                                                                     const GroupMembersChange& change) = 0;

protected:
    GroupDirectory() = default;
    Q_DISABLE_COPY_MOVE(GroupDirectory)
};

/// Invitations, signup and the waitlist (I1, I2, S1, S2). Links are secrets: only their
/// SHA-256 is stored, and the outbox keeps a placeholder for them.
class Invitations
{
public:
    virtual ~Invitations() = default;

    /// Each address's verdict, and whether the batch fits the seat cap; changes nothing.
    virtual QFuture<Result<InviteReview>> reviewInvitations(const Id& workspaceId,
                                                            const QList<InviteAddress>& addresses) = 0;
    /// Invites every acceptable address of the batch, or nobody when the batch exceeds the seat
    /// cap; answers one outcome per address. Mails are queued in the outbox (request.sendMail),
    /// or each outcome carries its link to copy.
    virtual QFuture<Result<QList<InvitationOutcome>>> createInvitations(const Operator& op,
                                                                        const InvitationRequest& request) = 0;
    /// The workspace's open invitations (not accepted, cancelled or replaced), with their mail.
    virtual QFuture<Result<QList<Invitation>>> listInvitations(const Id& workspaceId) = 0;
    /// How many invitations are open and how many people wait, as listInvitations and
    /// listWaitlist would count them, without the work of reading either list (the figures
    /// shown before those lists are opened).
    virtual QFuture<Result<SignupCounts>> countSignups(const Id& workspaceId) = 0;
    /// A new link with a new expiry for each invitation; the old link stops working. Mailed, or
    /// answered in the outcome to copy when !sendMail ("Copy registration link"). Like every
    /// change to many people below: each on its own, with progress, and `stop` ends it between
    /// steps with the report of who was changed and who was not reached.
    virtual QFuture<Result<QList<InvitationOutcome>>> resendInvitations(const Operator& op,
                                                                        const QList<Id>& inviteIds, bool sendMail,
                                                                        const StopToken& stop = {}) = 0;
    /// resendInvitations for people instead of invitations (B4, from the users table): each
    /// person's open invitation to the workspace, looked up inside the change, or those of
    /// the invited people `matching` matches then. A chosen person without one is named in the
    /// report, with why.
    virtual QFuture<Result<QList<InvitationOutcome>>> resendInvitationsOf(const Operator& op,
                                                                          const QList<Id>& accountIds,
                                                                          const std::optional<UserFilter>& matching,
                                                                          bool sendMail,
                                                                          const StopToken& stop = {}) = 0;
    /// Cancels invitations: their links stop working and the invited people leave the workspace.
    virtual QFuture<Result<QList<InvitationOutcome>>> cancelInvitations(const Operator& op,
                                                                        const QList<Id>& inviteIds,
                                                                        const StopToken& stop = {}) = 0;
    virtual QFuture<Result<SignupSettings>> signupSettings(const Id& workspaceId) = 0;
    virtual QFuture<Result<Done>> saveSignupSettings(const Operator& op, const SignupSettings& settings) = 0;
    /// The people waiting to join, oldest first.
    virtual QFuture<Result<QList<WaitlistEntry>>> listWaitlist(const Id& workspaceId) = 0;
    /// Approves entries (each becomes a member with signup's default role and groups, within the
    /// seat cap, and gets a link to choose a password) or rejects them; each on its own.
    virtual QFuture<Result<QList<InvitationOutcome>>> decideWaitlist(const Operator& op, const QList<Id>& entryIds,
                                                                     bool approve, bool sendMail,
                                                                     const StopToken& stop = {}) = 0;

protected:
    Invitations() = default;
    Q_DISABLE_COPY_MOVE(Invitations)
};

/// The mail waiting to go out, and the workspace's mail server (I3). MailSender works on it.
class Outbox
{
public:
    virtual ~Outbox() = default;

    /// Takes the next mail due (queued, or failed and due for another try) of the operator's
    /// workspace that the operator may send, marks it as being sent and answers it with its real
    /// link; nothing when none is due. The operator is re-read in the transaction: they must be an
    /// active member whose role may resend invitations, and an invitation's mail is only theirs to
    /// send when they could issue that invitation themselves (refusalToIssueInvitation()); other
    /// mail stays queued for someone who may. An invitation's link is issued afresh at this
    /// moment, so the only usable link is the one in the mail.
    virtual QFuture<Result<std::optional<OutgoingMail>>> claimMail(const Operator& op, const QDateTime& now) = 0;
    /// Records what the mail server said about a mail the operator claimed: sent, or failed with
    /// its reason (tried again later with backoff unless `permanent` or out of attempts).
    virtual QFuture<Result<Done>> finishMail(const Operator& op, const Id& mailId, bool sent, const QString& error,
                                             bool permanent) = 0;
    /// The workspace's mail server, shared by everyone who sends its mail. The password is not
    /// kept with it: it stays in the keychain of whoever configured it (or is asked for).
    virtual QFuture<Result<SmtpSettings>> mailServer(const Id& workspaceId) = 0;
    /// Saves the workspace's mail server, password left out; Admins only (Action::ManageWorkspace),
    /// audited.
    virtual QFuture<Result<Done>> saveMailServer(const Operator& op, const SmtpSettings& settings) = 0;

protected:
    Outbox() = default;
    Q_DISABLE_COPY_MOVE(Outbox)
};

/// Who changed what, when (A1).
class AuditLog
{
public:
    virtual ~AuditLog() = default;
    virtual QFuture<Result<QList<AuditEvent>>> listAudit(const AuditQuery& query) = 0;

protected:
    AuditLog() = default;
    Q_DISABLE_COPY_MOVE(AuditLog)
};

/// Who the person at the keyboard is, where the backend keeps its own operators (a database
/// Usher owns). A backend without it names its operator in OpenInfo::connectedAs.
class OperatorSignIn
{
public:
    virtual ~OperatorSignIn() = default;

    /// Whether operators sign in with a password (shared databases), or are identified by
    /// email alone (a local file, which whoever holds it controls anyway).
    virtual bool requiresSignIn() const = 0;
    /// The active member `email` of the workspace as operator (where !requiresSignIn()).
    virtual QFuture<Result<Operator>> identify(const Id& workspaceId, const QString& email) = 0;
    /// Creates the workspace's first Admin and answers them as operator; refused once the
    /// workspace has an active Admin. A password is required where requiresSignIn().
    virtual QFuture<Result<Operator>> setUpFirstAdmin(const Id& workspaceId, const NewMember& admin) = 0;
    /// Checks an operator's password, one Argon2id verification whether or not the account exists
    /// (and outside the write lock); after freeSignInFailures wrong passwords in a row, each
    /// further attempt waits signInDelaySeconds() and is refused unchecked before then.
    virtual QFuture<Result<Operator>> signIn(const Id& workspaceId, const QString& email, const QString& password) = 0;
    /// The workspaces `accountId` belongs to, with seats and Admin counts.
    virtual QFuture<Result<QList<WorkspaceSummary>>> listWorkspaces(const Id& accountId) = 0;
    /// Replaces a password that must be changed (a temporary one, signIn() refused it with
    /// Kind::PasswordChangeRequired) or any password the operator knows, and signs them in.
    virtual QFuture<Result<Operator>> changePassword(const Id& workspaceId, const QString& email,
                                                     const QString& currentPassword, const QString& newPassword) = 0;
    /// An invitation or reset link pasted by an operator (or its token), with the password they
    /// choose: accepts the invitation or redeems the reset, then signs them in.
    virtual QFuture<Result<Operator>> redeemLink(const Id& workspaceId, const QString& link,
                                                 const QString& newPassword) = 0;
    /// "Forgot password?": queues a reset link to `email` when it is an active member of the
    /// workspace and the workspace sends mail; answers the same whether or not it is, so the
    /// answer does not tell who is a member.
    virtual QFuture<Result<Done>> requestPasswordReset(const Id& workspaceId, const QString& email) = 0;

protected:
    OperatorSignIn() = default;
    Q_DISABLE_COPY_MOVE(OperatorSignIn)
};

/// Helping members who cannot sign in (U10-U12, H1). Every call re-reads the operator and
/// the person inside its transaction, applies refusalOfPasswordHelp() (or
/// refusalOfImpersonation()) and refusalOnSharedAccount() (a password is the account's, shared
/// by all its workspaces), and records the help in the audit log with how the caller was
/// checked (CallerVerification, required: verificationProblem()).
class PasswordHelp
{
public:
    virtual ~PasswordHelp() = default;

    /// Everything the helpdesk panel shows about `accountId` in the operator's workspace: a
    /// member, or an account that was removed from it (SignInFacts::removedHere). Read by anyone
    /// whose role may view users.
    virtual QFuture<Result<SignInFacts>> signInFacts(const Operator& op, const Id& accountId) = 0;
    /// The account whose email is `email` (exactly, in any case), for a pasted address that the
    /// member listing does not find (someone removed from the workspace); NotFound otherwise.
    virtual QFuture<Result<SignInFacts>> signInFactsByEmail(const Operator& op, const QString& email) = 0;
    /// Forgets a member's wrong passwords, so their next sign-in is checked at once; audited
    /// with the verification.
    virtual QFuture<Result<Done>> unlockSignIn(const Operator& op, const Id& accountId,
                                               const CallerVerification& verification) = 0;
    /// A single-use reset link, valid for the workspace's reset minutes, stored as its hash:
    /// mailed through the outbox (request.sendMail) or answered to copy. Earlier links stop
    /// working; sign-in is unlocked; sessions are revoked when asked. Resetting an Admin tells
    /// them by mail.
    virtual QFuture<Result<PasswordHelpOutcome>> sendPasswordReset(const Operator& op,
                                                                   const PasswordHelpRequest& request) = 0;
    /// A generated temporary password (answered once, stored as Argon2id), which must be
    /// changed at the next sign-in; unlocks, closes reset links, revokes sessions when asked.
    virtual QFuture<Result<PasswordHelpOutcome>> setTemporaryPassword(const Operator& op,
                                                                      const PasswordHelpRequest& request) = 0;
    /// A single-use sign-in as the person for impersonationMinutes, for the web product (its
    /// session is flagged as impersonated); Admins only, audited with `reason`.
    virtual QFuture<Result<PasswordHelpOutcome>> impersonate(const Operator& op, const Id& accountId,
                                                             const QString& reason) = 0;

protected:
    PasswordHelp() = default;
    Q_DISABLE_COPY_MOVE(PasswordHelp)
};

/// Bringing many people in at once from a checked list (B1): the import wizard and
/// `usher csv import`.
class PeopleImport
{
public:
    virtual ~PeopleImport() = default;

    /// Imports `request.rows` as ImportRequest describes: new addresses invited, members
    /// updated, each row checked with planImportRow() against the workspace as it is inside
    /// the import's transaction, and the new people against the seat cap first (a file that
    /// does not fit is refused whole). One outcome per row, in order; progress counts rows;
    /// `request.stop` ends it between rows. A dry run answers exactly what the real run would
    /// and changes nothing.
    virtual QFuture<Result<QList<ImportOutcome>>> importPeople(const Operator& op, const ImportRequest& request) = 0;

protected:
    PeopleImport() = default;
    Q_DISABLE_COPY_MOVE(PeopleImport)
};

/// Writing the members a filter lists to a CSV file (B3): the export dialog and
/// `usher users export`.
class PeopleExport
{
public:
    virtual ~PeopleExport() = default;

    /// Streams the members `request.filter` lists, in its order, to `request.path` (all or
    /// nothing: a Stop or an error leaves no file), reading them once from the directory and
    /// holding only a row at a time. Answers how many were written; progress counts rows.
    virtual QFuture<Result<qint64>> exportUsers(const UserExportRequest& request) = 0;

protected:
    PeopleExport() = default;
    Q_DISABLE_COPY_MOVE(PeopleExport)
};

/// What erasing a person removes, counted (U7): shown before, and reported after.
struct ErasureCounts
{
    QString name; ///< As they were named; kept only in memory, for the confirmation and report.
    QString email;
    QStringList workspaces; ///< The workspaces they belonged to.
    qint64 groups = 0;
    qint64 invitations = 0;
    qint64 sessions = 0;
    qint64 signIns = 0;
    qint64 passwordResets = 0;
    qint64 mails = 0;
    qint64 waitlist = 0;
    qint64 auditEvents = 0; ///< Events that name them: kept, with the pseudonym instead.
    QString pseudonym; ///< After the erasure: who they are in the operator's workspace's log.
};

/// What a subject-access export wrote (U8).
struct PersonalExport
{
    QStringList files; ///< In the ZIP, README first.
    QStringList workspaces; ///< Those whose data it holds (where the operator is an Admin).
    qint64 workspacesLeftOut = 0; ///< Where the person belongs and the operator may not look.
    qint64 auditEvents = 0;
};

/// A person's data as the law lets them ask for it (U7, U8).
class PersonalData
{
public:
    virtual ~PersonalData() = default;

    /// Writes everything held about `accountId`, in every workspace where the operator is an
    /// Admin, to the ZIP file `path` (JSON and CSV files and a README describing each; all or
    /// nothing: a failure or `stop` leaves no file), and audits it. Progress counts the parts read.
    virtual QFuture<Result<PersonalExport>> exportPerson(const Operator& op, const Id& accountId, const QString& path,
                                                         const StopToken& stop) = 0;

    /// What erasing `accountId` would remove; Refused (with core's reason, the reference aside)
    /// when the operator may not erase them.
    virtual QFuture<Result<ErasureCounts>> erasurePreview(const Operator& op, const Id& accountId) = 0;
    /// Erases `accountId` everywhere, irreversibly: the account, its memberships, group
    /// memberships, invitations, sessions, sign-ins, password resets, mails and waitlist
    /// entries; in every audit row that names them a pseudonym takes their names; the erasure
    /// is audited and kept in the erasure log with `reference`, without personal data.
    virtual QFuture<Result<ErasureCounts>> erasePerson(const Operator& op, const Id& accountId,
                                                       const QString& reference) = 0;

protected:
    PersonalData() = default;
    Q_DISABLE_COPY_MOVE(PersonalData)
};

/// A sync of the workspace with its directory (G5), as one reading of the directory found it.
struct SyncRequest
{
    DirectorySnapshot snapshot;
    /// Decide everything inside the backend, as the real run would, and change nothing.
    bool dryRun = true;
    /// How many people the operator agreed to disable after a preview that stopped at the
    /// threshold (SyncPlan::massDisable); the sync stops and asks again if it would disable more.
    /// -1: none agreed, the threshold applies.
    qint64 confirmedDisables = -1;
    /// Who the preview showed would be disabled (external ids): with confirmedDisables, the sync
    /// stops and asks again when it would disable anyone else. Empty: the count alone is confirmed.
    QStringList previewedDisables;
    /// The settings the snapshot was read with: the sync is refused (Conflict) when the
    /// workspace's settings are no longer the same (sameDirectory()). Not configured: unchecked.
    DirectorySource readWith;
    StopToken stop;
};

/// The workspace's directory and the syncs that follow it (G5). Settings and syncs are the
/// Admins' (Action::ManageWorkspace). Reading the directory is the connection layer's
/// (LdapReader); the backend decides with core's planDirectorySync() against the workspace as
/// it is inside the sync's transaction and applies it there.
class DirectorySync
{
public:
    virtual ~DirectorySync() = default;

    /// The workspace's directory (not configured() when it has none).
    virtual QFuture<Result<DirectorySource>> syncSource(const Id& workspaceId) = 0;
    /// Saves it, or with an empty url removes it; audited. The bind password is not kept here.
    virtual QFuture<Result<Done>> saveSyncSource(const Operator& op, const DirectorySource& source) = 0;
    /// Plans the sync of `request.snapshot` and, unless a dry run or a disable beyond the
    /// threshold not yet confirmed (SyncReport::needsConfirmation), applies it in one
    /// transaction with every change audited; Stop keeps what was done and names who was not
    /// reached. Progress counts people and groups.
    virtual QFuture<Result<SyncReport>> applySync(const Operator& op, const SyncRequest& request) = 0;

protected:
    DirectorySync() = default;
    Q_DISABLE_COPY_MOVE(DirectorySync)
};

/// Looking after the data itself.
class Maintenance
{
public:
    virtual ~Maintenance() = default;

    /// Whether loadSampleData() may be offered at all (a local file, never a shared database).
    virtual bool offersSampleData() const = 0;
    /// Adds `count` generated people to the operator's workspace in one transaction, audited.
    /// Only into a local file whose workspace has no members besides the operator, an active
    /// Admin, and only once; refused otherwise and within the seat cap. Reports progress
    /// (people added) on the future; cancelling it rolls everything back.
    virtual QFuture<Result<qint64>> loadSampleData(const Operator& op, int count) = 0;
    /// Purges members deleted more than recoveryDays before `now`, in every workspace;
    /// answers how many.
    virtual QFuture<Result<qint64>> purgeExpired(const QDateTime& now) = 0;

protected:
    Maintenance() = default;
    Q_DISABLE_COPY_MOVE(Maintenance)
};

/// The web product's own steps, which people take in a browser, not admins in Usher. Not on
/// the admin interface: the tests and the command line reach them on the backends that have them.
class WebProduct
{
public:
    virtual ~WebProduct() = default;

    /// The link's token and a password make the invited person an active member. Answers the
    /// account id; refuses used, cancelled, replaced and expired links, saying which.
    virtual QFuture<Result<Id>> acceptInvitation(const InviteAcceptance& acceptance) = 0;
    /// Signup while the waitlist is on; answers the entry's id.
    virtual QFuture<Result<Id>> joinWaitlist(const Id& workspaceId, const QString& email, const QString& source) = 0;
    /// Signing in to the web product: opens a session and answers its id. Refused with
    /// Kind::PasswordChangeRequired for a temporary password (changeWebPassword() next), and
    /// slowed down after wrong passwords like an operator's sign-in.
    virtual QFuture<Result<Id>> signInToWeb(const Id& workspaceId, const QString& email, const QString& password) = 0;
    /// Replaces the password (a temporary one included) and opens a session; answers its id.
    virtual QFuture<Result<Id>> changeWebPassword(const Id& workspaceId, const QString& email,
                                                  const QString& currentPassword, const QString& newPassword) = 0;
    /// A reset link's token and a new password: sets it, unlocks sign-in, and answers the
    /// account id. Refuses used, replaced and expired links, saying which.
    virtual QFuture<Result<Id>> redeemPasswordReset(const QString& token, const QString& newPassword) = 0;
    /// An impersonation link's token: opens a session flagged as impersonated by the Admin who
    /// issued it; answers its id. Single use, for impersonationMinutes.
    virtual QFuture<Result<Id>> redeemImpersonation(const QString& token) = 0;

protected:
    WebProduct() = default;
    Q_DISABLE_COPY_MOVE(WebProduct)
};

/// The one door from the application to its data, whatever is behind it (SQLite file,
/// PostgreSQL server, SCIM REST API): it connects, and offers the features it has.
class Backend : public QObject
{
    Q_OBJECT
public:
    /// The features a backend may offer, to ask why one is absent.
    enum class Feature {
        Members,
        Groups,
        Invitations,
        Outbox,
        AuditLog,
        OperatorSignIn,
        PasswordHelp,
        Maintenance,
        Import,
        Export,
        PersonalData,
        DirectorySync,
    };

    using QObject::QObject;
    ~Backend() override = default;

    /// "SQLite", "PostgreSQL": for titles and messages.
    virtual QString kindName() const = 0;
    /// The file path or server address, for titles and messages.
    virtual QString location() const = 0;

    /// Connects, checks that the data is ours and readable, and brings the schema up to date.
    /// No other call may be made before this one has succeeded.
    virtual QFuture<Result<OpenInfo>> open() = 0;
    /// Connects and looks, changing nothing (no migration, no new file): for "Test
    /// Connection". The backend is not open afterwards.
    virtual QFuture<Result<OpenInfo>> probe() = 0;

    // What this backend offers; nullptr where it does not (absence() says why).
    virtual MemberDirectory* members() { return nullptr; }
    virtual GroupDirectory* groups() { return nullptr; }
    virtual Invitations* invitations() { return nullptr; }
    virtual Outbox* outbox() { return nullptr; }
    virtual AuditLog* auditLog() { return nullptr; }
    virtual OperatorSignIn* operatorSignIn() { return nullptr; }
    virtual PasswordHelp* passwordHelp() { return nullptr; }
    virtual Maintenance* maintenance() { return nullptr; }
    virtual PeopleImport* peopleImport() { return nullptr; }
    virtual PeopleExport* peopleExport() { return nullptr; }
    virtual PersonalData* personalData() { return nullptr; }
    virtual DirectorySync* directorySync() { return nullptr; }

    /// Whether the accessor of `feature` answers an interface.
    bool offers(Feature feature);
    /// Why `feature` is not offered, as a sentence for a disabled action's tooltip or an
    /// empty page ("This SCIM server keeps no audit log."). Asked only when it is absent.
    virtual QString absence(Feature feature) const;

signals:
    /// Someone else (another admin, another program) changed the data; views should
    /// reload what they show. Within about a second of the change being committed.
    void changedElsewhere();
    /// What a directory can do has changed (members()->abilities()): a service was found
    /// to change its order between pages, for example.
    void abilitiesChanged();
    /// The connection's secret was refused after it had opened (a token revoked or expired):
    /// nothing more will work until it is given again. `message` says what the service said.
    void secretRefused(const QString& message);
};

} // namespace usher
