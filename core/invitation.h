#pragma once

#include "core/group.h"
#include "core/outcome.h"
#include "core/role.h"
#include "core/status.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace usher {

// Invitations (I1-I3), signup settings (S1) and the waitlist (S2): the rules every backend
// applies inside its transaction, and the types it answers with.

/// Days an invitation link stays valid unless the workspace says otherwise.
constexpr int defaultInviteExpiryDays = 14;
/// The longest expiry a workspace may choose.
constexpr int maxInviteExpiryDays = 90;
/// An invitation not accepted after this many days is flagged in the Invitations view.
constexpr int staleInvitationDays = 3;
/// How many addresses one invitation batch may hold.
constexpr int maxInvitationBatch = 1000;

/// One address of an invitation list as typed or pasted.
struct InviteAddress
{
    QString name; ///< From "Name <a@b.c>"; may be empty.
    QString email; ///< Trimmed, as written.
    QString raw; ///< The entry as it was written, for messages.
};

/// Splits a pasted list into addresses: commas, semicolons, tabs (spreadsheet cells) and new
/// lines separate them; "Name <a@b.c>" and "\"Last, First\" <a@b.c>" are understood (a quoted
/// name may hold commas); "mailto:" prefixes and surrounding quotes are dropped.
QList<InviteAddress> parseInviteAddresses(const QString& text);

/// A domain allowlist as written in the settings (commas, spaces, semicolons or new lines
/// between domains; "@example.org" is read as "example.org"), lower-cased, without repeats.
QStringList parseDomainList(const QString& text);
/// Why a domain allowlist is not acceptable (which entry, why), or nothing.
std::optional<QString> domainListProblem(const QStringList& domains);
/// Whether `email` may join under `allowlist`: its domain is one of them (exactly: a
/// subdomain must be listed itself). An empty allowlist allows every domain.
bool domainAllowed(const QStringList& allowlist, const QString& email);

enum class InviteVerdict {
    Ok,
    BadSyntax,
    Duplicate, ///< Listed before in the same batch; invited once.
    AlreadyMember,
    AlreadyInvited,
    OutsideAllowlist,
};

/// What the workspace knows about the addresses of a batch, read by the backend.
struct InviteContext
{
    QHash<QString, Status> members; ///< By normalizedEmail(): the membership's status, Invited included.
    QStringList allowlist;
    qint64 seatsUsed = 0;
    std::optional<qint64> seatCap;
    int expiryDays = defaultInviteExpiryDays;
};

struct InviteCheck
{
    InviteAddress address;
    InviteVerdict verdict = InviteVerdict::Ok;
    QString why; ///< For every verdict but Ok: which rule, said for the person at the screen.
};

/// Every address of a batch with its verdict, and whether the batch fits the seat cap.
struct InviteReview
{
    QList<InviteCheck> checks;
    int acceptable = 0; ///< Addresses with verdict Ok.
    qint64 seatsUsed = 0;
    std::optional<qint64> seatCap;
    /// When the acceptable addresses outnumber the free seats: the batch is refused whole.
    std::optional<QString> seatRefusal;
    int expiryDays = defaultInviteExpiryDays;
};

/// Judges each address (syntax, repeated in the list, already a member, already invited,
/// outside the allowlist) and the batch against the seat cap.
InviteReview reviewInvitations(const QList<InviteAddress>& addresses, const InviteContext& context);

/// The translated name of a verdict, for a column ("Ready", "Already invited", ...).
QString inviteVerdictName(InviteVerdict verdict);

/// A batch of invitations (I1).
struct InvitationRequest
{
    QList<InviteAddress> addresses;
    Role role = Role::Member;
    QList<Id> groupIds; ///< Groups the invited people join at once.
    QString message; ///< Optional welcome message, in the mail.
    /// Queue a mail for each (SMTP configured); otherwise each outcome carries its link to copy.
    bool sendMail = false;
};

/// Why a welcome message is not acceptable, or nothing.
std::optional<QString> inviteMessageProblem(const QString& message);

/// What became of one address or invitation of a batch (create, resend, cancel, approve).
struct InvitationOutcome : Outcome
{
    QString email;
    Id inviteId;
    Id accountId;
    /// The registration link, only when no mail carries it (shown once: only its hash is kept).
    QString link;
    bool mailQueued = false;

    /// "Ada Lovelace <ada@example.org>", or the address alone.
    QString label() const;
};

enum class MailStatus { None, Queued, Sending, Sent, Failed };

/// A pending invitation, for the Invitations view.
struct Invitation
{
    Id id;
    Id accountId;
    QString email;
    QString name;
    Role role = Role::Member;
    QString source; ///< "invite", or "signup" for an approved waitlist entry.
    QString invitedBy;
    QDateTime createdAt;
    QDateTime expiresAt;
    MailStatus mailStatus = MailStatus::None;
    QString mailError; ///< The server's reason for the last failure.
    QDateTime mailSentAt;
    QDateTime nextAttemptAt; ///< When a failed mail is tried again; invalid: not again.
    int mailAttempts = 0;
};

/// Whether an invitation is past its expiry at `now`.
bool invitationExpired(const Invitation& invitation, const QDateTime& now);
/// Whether an invitation is older than staleInvitationDays at `now` and not accepted.
bool invitationStale(const Invitation& invitation, const QDateTime& now);

/// An invitation link's state as found by the acceptance step.
struct InviteLinkState
{
    QDateTime acceptedAt;
    QDateTime cancelledAt;
    QDateTime supersededAt;
    QDateTime expiresAt;
    QString workspaceName;
};

/// Why an invitation link cannot be accepted at `now` (used, cancelled, replaced by a newer
/// one, expired), saying what to do instead; or nothing.
std::optional<QString> refusalToAccept(const InviteLinkState& link, const QDateTime& now);
/// Why `op` may not hand someone an invitation (a copied link, or its mail from the outbox):
/// whoever holds the link chooses the password and gets what it grants. The invited member's
/// current `inviteRole` may not be above `op`'s, and `op`'s role must hold every permission that
/// role and the member's groups (`groupPermissions`) give: ranks alone do not do, since Helpdesk
/// and Monitor share one. Nothing when they may.
std::optional<QString> refusalToIssueInvitation(Role op, Role inviteRole, const QStringList& groupPermissions);
/// The message for a link that matches no invitation at all.
QString unknownInviteLinkMessage();
/// Why a new member's password is not acceptable, or nothing.
std::optional<QString> passwordProblem(const QString& password);
/// Fewest characters of a password.
constexpr int minPasswordLength = 12;

/// The web product's acceptance step: the token from the link and the new member's password.
struct InviteAcceptance
{
    QString token;
    QString password;
};

/// The registration link for `token` on the workspace's registration page `joinUrl`.
QString registrationLink(const QString& joinUrl, const QString& token);
/// Whether a registration page (or a link on it) is a placeholder nobody can open: a host under
/// the reserved .example domain, like the https://usher.example/join a new workspace starts with.
bool isPlaceholderJoinUrl(const QString& urlOrLink);
/// What to tell the person handed links on a placeholder page (isPlaceholderJoinUrl()).
QString placeholderLinksWarning();
/// The token in a registration link (or the token itself), or an empty string.
QString tokenFromLink(const QString& link);

/// A mail waiting in (or gone from) the outbox, ready to hand to the SMTP server. Its link
/// is real only in memory: the outbox keeps the placeholder.
struct OutgoingMail
{
    Id id;
    Id workspaceId;
    QString to;
    QString toName;
    QString subject;
    QString text;
    QString html;
    int attempt = 0; ///< 1 for the first try.
};

/// How many times a mail is tried before it stays failed.
constexpr int maxMailAttempts = 5;
/// When a mail that failed on attempt `attempt` is tried again: after 1, 5, 30 and 120
/// minutes; nothing after a permanent refusal (5xx) or the last attempt.
std::optional<QDateTime> nextMailAttempt(int attempt, bool permanent, const QDateTime& now);

/// Minutes a password reset link works (U10), by default and at most; each workspace chooses.
constexpr int defaultResetLinkMinutes = 60;
constexpr int minResetLinkMinutes = 5;
constexpr int maxResetLinkMinutes = 7 * 24 * 60;

/// The workspace's signup settings (S1). Captcha keys live in the keychain, not here.
struct SignupSettings
{
    bool publicSignup = false;
    bool waitlist = false;
    QStringList allowlist;
    Role defaultRole = Role::Member;
    QList<Id> defaultGroupIds;
    QString captchaProvider; ///< Empty: none; see captchaProviders().
    int inviteExpiryDays = defaultInviteExpiryDays;
    int resetLinkMinutes = defaultResetLinkMinutes; ///< How long a password reset link works (U10).
    QString joinUrl; ///< The web product's registration page; links add "?invite=<token>".
    QString language = QStringLiteral("en"); ///< The language of the workspace's mails.
};

/// The captcha providers Usher can configure ("" for none first).
QStringList captchaProviders();
QString captchaProviderName(const QString& provider);
/// The languages a workspace's mails can be written in.
QStringList mailLanguages();
/// Why signup settings are not acceptable (which field, why), or nothing.
std::optional<QString> signupSettingsProblem(const SignupSettings& settings);
/// Signup's default role is for people nobody vetted: at most Editor, never Helpdesk's rights.
std::optional<QString> refusalOfDefaultRole(Role role);
/// Why `group` may not be one of signup's default groups, set or applied by an operator with
/// role `op`: synced groups' members come from the directory, and a group may not grant what
/// the operator's role or signup's ceiling (Editor) lacks. Nothing when it may.
std::optional<QString> refusalOfDefaultGroup(Role op, const GroupSummary& group);

/// Someone waiting to join (S2).
struct WaitlistEntry
{
    Id id;
    QString email;
    QString source;
    QDateTime signedUpAt;
};

/// How many invitations are open and how many people wait to join: the side list's figures,
/// read without reading the lists themselves.
struct SignupCounts
{
    qint64 openInvitations = 0;
    qint64 waiting = 0;
};

} // namespace usher

Q_DECLARE_METATYPE(usher::InviteVerdict)
Q_DECLARE_METATYPE(usher::MailStatus)
