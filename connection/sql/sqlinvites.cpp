// Invitations (I1-I3), signup settings (S1) and the waitlist (S2) on the SQL backends: the
// rules of core/invitation.h applied inside each change's transaction, links kept only as
// SHA-256 hashes, and the outbox the mail sender works from.

#include "connection/mail/mailconfig.h"
#include "connection/passwordhash.h"
#include "connection/sql/sqlworker.h"
#include "connection/token.h"
#include "core/clock.h"
#include "core/email.h"
#include "core/invitation.h"
#include "core/invitemail.h"
#include "core/signinhelp.h"
#include "core/lifecycle.h"

#include <QJsonArray>

namespace usher::sql {

namespace {

constexpr qint64 day = 24 * 3600;
/// How long a claimed mail may stay "sending" before another sender takes it over (a crash):
/// well beyond the longest time a send may take (mailconfig.h's maxSmtpTimeoutSeconds).
constexpr qint64 sendingLease = 30 * 60;

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

} // namespace

bool readWorkspaceFacts(QSqlQuery& query, const Id& workspaceId, WorkspaceFacts* facts)
{
    if (!execWith(query,
                  QStringLiteral("SELECT name, signup_public, signup_waitlist, signup_domains, signup_default_role, "
                                 "captcha_provider, invite_expiry_days, locale, join_url, reset_link_minutes FROM workspaces "
                                 "WHERE id = ?"),
                  {workspaceId.number()})
        || !query.next()) {
        return false;
    }
    facts->name = query.value(0).toString();
    SignupSettings& s = facts->settings;
    s.publicSignup = query.value(1).toInt() != 0;
    s.waitlist = query.value(2).toInt() != 0;
    s.allowlist = parseDomainList(query.value(3).toString());
    roleFromKey(query.value(4).toString(), &s.defaultRole);
    s.captchaProvider = query.value(5).toString();
    s.inviteExpiryDays = query.value(6).toInt();
    s.language = query.value(7).toString();
    s.joinUrl = query.value(8).toString();
    s.resetLinkMinutes = query.value(9).toInt();
    if (!execWith(query,
                  QStringLiteral("SELECT s.group_id FROM signup_groups s JOIN groups g ON g.id = s.group_id "
                                 "WHERE s.workspace_id = ? ORDER BY g.name"),
                  {workspaceId.number()})) {
        return false;
    }
    while (query.next()) {
        s.defaultGroupIds.append(query.value(0).toLongLong());
    }
    return true;
}

/// The rules' view of a batch: the addresses' memberships, the allowlist and the seats.
static bool readInviteContext(QSqlQuery& query, const Id& workspaceId, const WorkspaceFacts& facts,
                       const QList<InviteAddress>& addresses, InviteContext* context)
{
    context->allowlist = facts.settings.allowlist;
    context->expiryDays = facts.settings.inviteExpiryDays;
    qint64 admins = 0;
    if (!countAdminsAndSeats(query, workspaceId, &admins, &context->seatsUsed, &context->seatCap)) {
        return false;
    }
    QStringList keys;
    for (const InviteAddress& address : addresses) {
        keys.append(normalizedEmail(address.email));
    }
    constexpr int chunk = 200;
    for (int from = 0; from < keys.size(); from += chunk) {
        const QStringList part = keys.mid(from, chunk);
        QVariantList binds{workspaceId.number()};
        for (const QString& key : part) {
            binds.append(key);
        }
        QStringList marks;
        marks.fill(QStringLiteral("?"), part.size());
        if (!execWith(query,
                      QStringLiteral("SELECT a.email_key, m.status FROM accounts a JOIN memberships m "
                                     "ON m.account_id = a.id AND m.workspace_id = ? WHERE a.email_key IN (%1)")
                          .arg(marks.join(QLatin1Char(','))),
                      binds)) {
            return false;
        }
        while (query.next()) {
            Status status;
            if (statusFromKey(query.value(1).toString(), &status)) {
                context->members.insert(query.value(0).toString(), status);
            }
        }
    }
    return true;
}

bool addInvitedMembers(WriteTransaction& tx, const Id& workspaceId, const QString& source, const Id& by,
                       QList<InvitedPerson>* members)
{
    if (members->isEmpty()) {
        return true;
    }
    const qint64 now = clock::nowSecs();
    // Their accounts, where they have one: read a few hundred addresses at a time.
    QHash<QString, qint64> accounts;
    QStringList keys;
    keys.reserve(members->size());
    for (const InvitedPerson& member : std::as_const(*members)) {
        keys.append(normalizedEmail(member.address.email));
    }
    if (!tx.selectIn(QStringLiteral("SELECT id, email_key FROM accounts WHERE email_key IN"), keys,
                     [&accounts](const QSqlQuery& query) {
                         accounts.insert(query.value(1).toString(), query.value(0).toLongLong());
                     })) {
        return false;
    }
    // Accounts for the others.
    QList<QVariantList> newAccounts;
    QSet<QString> made;
    for (qsizetype i = 0; i < members->size(); ++i) {
        const QString& key = keys.at(i);
        if (accounts.contains(key) || made.contains(key)) {
            continue;
        }
        made.insert(key);
        const InviteAddress& address = members->at(i).address;
        const auto [first, last] = members->at(i).names ? *members->at(i).names : splitDisplayName(address.name);
        const QString display = composeDisplayName(first, last);
        newAccounts.append({address.email.trimmed(), key, textValue(first), textValue(last),
                            display.isEmpty() ? address.email.trimmed() : display, now});
    }
    if (!tx.insertRows(QStringLiteral("INSERT INTO accounts (email, email_key, first_name, last_name, display_name, "
                                      "created_at)"),
                       QStringLiteral("(?, ?, ?, ?, ?, ?)"), newAccounts, QStringLiteral(" RETURNING id, email_key"),
                       [&accounts](const QSqlQuery& query) {
                           accounts.insert(query.value(1).toString(), query.value(0).toLongLong());
                       })) {
        return false;
    }
    QList<QVariantList> memberships;
    QList<QVariantList> groupMembers;
    memberships.reserve(members->size());
    for (qsizetype i = 0; i < members->size(); ++i) {
        InvitedPerson& member = (*members)[i];
        member.accountId = accounts.value(keys.at(i));
        if (member.accountId == 0) {
            return false; // not inserted, and not there: nothing to join
        }
        // A new membership starts afresh: no link from an earlier one may join it (an account
        // made just now has none).
        if (!made.contains(keys.at(i))
            && !closeOpenInvites(tx, workspaceId, member.accountId, Text::tr("The invitation was cancelled."))) {
            return false;
        }
        memberships.append({member.accountId, workspaceId.number(), roleKey(member.role), source, now, now,
                            by.number() > 0 ? QVariant(by.number()) : nullInt(), member.accountId, member.accountId});
        for (const Id& groupId : std::as_const(member.groupIds)) {
            groupMembers.append({groupId.number(), member.accountId, now});
        }
    }
    // The sort keys come along (the account's, as the insert trigger would set them): on SQLite
    // a membership inserted with them is written once instead of inserted and then updated.
    return tx.insertRows(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, "
                                        "joined_at, updated_at, updated_by, sort_name, email_key)"),
                         QStringLiteral("(?, ?, ?, 'invited', ?, ?, ?, ?, "
                                        "(SELECT lower(a.display_name) FROM accounts a WHERE a.id = ?), "
                                        "(SELECT a.email_key FROM accounts a WHERE a.id = ?))"),
                         memberships)
        && tx.insertRows(QStringLiteral("INSERT INTO group_members (group_id, account_id, added_at)"),
                         QStringLiteral("(?, ?, ?)"), groupMembers,
                         QStringLiteral(" ON CONFLICT (group_id, account_id) DO NOTHING"));
}

namespace {
/// What issueInvites answered for a person, into the outcome that names them.
void takeIssued(const InvitationOutcome& issued, InvitationOutcome* outcome)
{
    outcome->inviteId = issued.inviteId;
    outcome->accountId = issued.accountId;
    outcome->link = issued.link;
    outcome->mailQueued = issued.mailQueued;
}
} // namespace

bool issueInvite(WriteTransaction& tx, const Id& workspaceId, const WorkspaceFacts& facts, const InviteTerms& terms,
                 bool sendMail, InvitationOutcome* outcome)
{
    QList<InvitationOutcome> issued;
    if (!issueInvites(tx, workspaceId, facts, {terms}, sendMail, &issued) || issued.size() != 1) {
        return false;
    }
    takeIssued(issued.constFirst(), outcome);
    return true;
}

bool issueInvites(WriteTransaction& tx, const Id& workspaceId, const WorkspaceFacts& facts,
                  const QList<InviteTerms>& terms, bool sendMail, QList<InvitationOutcome>* outcomes)
{
    const qint64 now = clock::nowSecs();
    const qint64 expires = now + qint64(facts.settings.inviteExpiryDays) * day;
    QList<QString> secrets;
    QList<QVariantList> invites;
    secrets.reserve(terms.size());
    invites.reserve(terms.size());
    QHash<qint64, qsizetype> byAccount; // an account has one open invitation per workspace
    for (const InviteTerms& person : terms) {
        secrets.append(token::generate());
        byAccount.insert(person.accountId, invites.size());
        invites.append({workspaceId.number(), person.accountId, person.email, normalizedEmail(person.email),
                        roleKey(person.role), token::hashOf(secrets.constLast()), textValue(person.message),
                        person.createdBy > 0 ? QVariant(person.createdBy) : nullInt(), now, expires});
    }
    outcomes->clear();
    outcomes->resize(terms.size());
    if (!tx.insertRows(QStringLiteral("INSERT INTO invites (workspace_id, account_id, email, email_key, role, "
                                      "token_hash, message, created_by, created_at, expires_at)"),
                       QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), invites,
                       QStringLiteral(" RETURNING id, account_id"), [&](const QSqlQuery& query) {
                           const qsizetype i = byAccount.value(query.value(1).toLongLong(), -1);
                           if (i >= 0) {
                               (*outcomes)[i].inviteId = query.value(0).toLongLong();
                           }
                       })) {
        return false;
    }
    QList<QVariantList> mails;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const InviteTerms& person = terms.at(i);
        InvitationOutcome& outcome = (*outcomes)[i];
        if (outcome.inviteId == 0) {
            return false; // every invitation has its row
        }
        outcome.accountId = person.accountId;
        if (!sendMail) {
            outcome.link = registrationLink(facts.settings.joinUrl, secrets.at(i));
            continue;
        }
        InvitationMailFacts mailFacts;
        mailFacts.language = facts.settings.language;
        mailFacts.workspaceName = facts.name;
        mailFacts.inviterName = person.inviterName;
        mailFacts.inviteeName = person.name;
        mailFacts.role = person.role;
        mailFacts.message = person.message;
        mailFacts.expiresAt = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
        mailFacts.approval = person.approval;
        const ComposedMail mail = composeInvitationMail(mailFacts);
        mails.append({workspaceId.number(), person.approval ? QStringLiteral("approval") : QStringLiteral("invitation"),
                      person.email, mail.subject, mail.text, mail.html, outcome.inviteId.number(), now});
        outcome.mailQueued = true;
    }
    return tx.insertRows(QStringLiteral("INSERT INTO outbox (workspace_id, kind, recipient, subject, body_text, "
                                        "body_html, status, invite_id, created_at)"),
                         QStringLiteral("(?, ?, ?, ?, ?, ?, 'queued', ?, ?)"), mails);
}

namespace {

/// Stops the queued or retrying mails of an invitation: their link is no longer the one to use.
bool stopMails(WriteTransaction& tx, const Id& inviteId, const QString& why)
{
    return tx.exec(QStringLiteral("UPDATE outbox SET status = 'failed', last_error = ?, next_attempt_at = NULL "
                                  "WHERE invite_id = ? AND (status = 'queued' OR (status = 'failed' AND "
                                  "next_attempt_at IS NOT NULL))"),
                   {why, inviteId.number()});
}

QString noLongerOpen()
{
    return Text::tr("This invitation is no longer open: it was accepted, cancelled or sent again.");
}

/// An open invitation as a change sees it.
struct InviteRow
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString email;
    QString name;
    Role role = Role::Member; ///< The membership's role now (the invitation's when there is none).
    QString message;
    QString source;
    Status status = Status::Invited;
    bool member = false;
};

/// Reads an open invitation of the workspace (locked on PostgreSQL); id 0 when there is none.
/// `outcome` starts naming it, refused when it is no longer open. False on a query error.
bool readOpenInvite(WriteTransaction& tx, const Id& workspaceId, const Id& inviteId, InviteRow* row,
                    InvitationOutcome* outcome)
{
    *row = InviteRow{};
    *outcome = InvitationOutcome{};
    outcome->inviteId = inviteId;
    // The account's address as it is now: a corrected typo must not send the link to the old one.
    // The role is the membership's now: a change of role since the invitation does not update it.
    // A closed one is read too, so that the refusal names whom it was for.
    if (!tx.exec(QStringLiteral("SELECT i.id, i.account_id, a.email, a.display_name, COALESCE(m.role, i.role), "
                                "i.message, m.source, m.status, "
                                "CASE WHEN i.accepted_at IS NULL AND i.cancelled_at IS NULL AND i.superseded_at IS NULL "
                                "THEN 1 ELSE 0 END FROM invites i JOIN accounts a ON a.id = i.account_id "
                                "LEFT JOIN memberships m ON m.account_id = i.account_id AND m.workspace_id = i.workspace_id "
                                "WHERE i.id = ? AND i.workspace_id = ?")
                     + tx.forUpdate(QStringLiteral("i")),
                 {inviteId.number(), workspaceId.number()})) {
        return false;
    }
    QSqlQuery& query = tx.query();
    if (!query.next() || query.value(8).toInt() != 1) {
        if (query.isValid()) {
            outcome->email = query.value(2).toString();
            outcome->name = query.value(3).toString();
        }
        outcome->why = noLongerOpen();
        return true;
    }
    row->id = query.value(0).toLongLong();
    row->accountId = query.value(1).toLongLong();
    row->email = query.value(2).toString();
    row->name = query.value(3).toString();
    roleFromKey(query.value(4).toString(), &row->role);
    row->message = query.value(5).toString();
    row->source = query.value(6).toString();
    row->member = !query.value(7).isNull();
    statusFromKey(query.value(7).toString(), &row->status);
    outcome->email = row->email;
    outcome->name = row->name;
    return true;
}

QJsonObject inviteJson(const QString& email, Role role, const QString& delivery)
{
    return {{QStringLiteral("email"), email},
            {QStringLiteral("role"), roleKey(role)},
            {QStringLiteral("delivery"), delivery}};
}

BackendError invalid(const QString& why)
{
    return {BackendError::Kind::Invalid, why, {}};
}

} // namespace

bool closeOpenInvites(WriteTransaction& tx, const Id& workspaceId, const Id& accountId, const QString& why)
{
    const QString open = QStringLiteral("workspace_id = ? AND account_id = ? AND accepted_at IS NULL "
                                        "AND cancelled_at IS NULL AND superseded_at IS NULL");
    // From the person's invitations to their mails (indexes on both): a plan starting from the
    // mails' status would read every queued mail of every workspace, once per person.
    return tx.exec(QStringLiteral("UPDATE outbox SET status = 'failed', last_error = ?, next_attempt_at = NULL "
                                  "WHERE id IN (SELECT o.id FROM invites i JOIN outbox o ON o.invite_id = i.id "
                                  "WHERE i.%1 AND (o.status = 'queued' OR (o.status = 'failed' AND "
                                  "o.next_attempt_at IS NOT NULL)))")
                       .arg(QString(open).replace(QLatin1String(" AND "), QLatin1String(" AND i."))),
                   {why, workspaceId.number(), accountId.number()})
        && tx.exec(QStringLiteral("UPDATE invites SET cancelled_at = ? WHERE %1").arg(open),
                   {clock::nowSecs(), workspaceId.number(), accountId.number()});
}

Result<InviteReview> SqlWorker::reviewInvitations(const Id& workspaceId, const QList<InviteAddress>& addresses)
{
    return read<InviteReview>([&]() -> Result<InviteReview> {
        QSqlQuery query(database());
        WorkspaceFacts facts;
        InviteContext context;
        if (!readWorkspaceFacts(query, workspaceId, &facts)
            || !readInviteContext(query, workspaceId, facts, addresses, &context)) {
            return errorFrom(query.lastError(), Text::tr("The addresses could not be checked."));
        }
        return usher::reviewInvitations(addresses, context);
    });
}

Result<QList<InvitationOutcome>> SqlWorker::createInvitations(const Operator& op, const InvitationRequest& request)
{
    if (!m_open) {
        return notOpen();
    }
    if (request.addresses.isEmpty()) {
        return invalid(Text::tr("Addresses: enter at least one email address."));
    }
    if (request.addresses.size() > maxInvitationBatch) {
        return invalid(Text::tr("Addresses: invite at most %1 people at a time (this list has %2).")
                           .arg(maxInvitationBatch)
                           .arg(request.addresses.size()));
    }
    if (const auto problem = inviteMessageProblem(request.message)) {
        return invalid(*problem);
    }
    WriteTransaction tx(*this, op.workspaceId, Text::tr("The invitations could not be created."));
    const auto me = beginAs(tx, op, Action::InviteUser);
    if (!me.ok()) {
        return me.error();
    }
    const Role opRole = me.value().role;
    if (const auto why = refusalToGrant(opRole, request.role)) {
        return tx.abandon(refused(*why));
    }
    QStringList granted;
    QStringList groupNames;
    for (const Id& groupId : request.groupIds) {
        std::optional<GroupSummary> group;
        if (!readGroup(tx.query(), op.workspaceId, groupId, {}, &group)) {
            return tx.failed();
        }
        if (!group) {
            return tx.abandon({BackendError::Kind::NotFound, Text::tr("Groups: one of the groups no longer exists."), {}});
        }
        if (const auto why = refusalToEditGroup(opRole, *group)) {
            return tx.abandon(refused(*why));
        }
        granted += group->permissions;
        groupNames.append(group->name);
    }
    if (const auto why = refusalToGrantPermissions(opRole, granted)) {
        return tx.abandon(refused(*why));
    }
    WorkspaceFacts facts;
    InviteContext context;
    if (!readWorkspaceFacts(tx.query(), op.workspaceId, &facts)
        || !readInviteContext(tx.query(), op.workspaceId, facts, request.addresses, &context)) {
        return tx.failed();
    }
    const InviteReview review = usher::reviewInvitations(request.addresses, context);
    if (review.seatRefusal) {
        return tx.abandon(refused(*review.seatRefusal));
    }
    // Everyone the checks let through is invited together: a few statements for the list.
    QList<InvitationOutcome> outcomes;
    QList<qsizetype> invited; // their places in `outcomes`
    QList<InvitedPerson> members;
    for (const InviteCheck& check : review.checks) {
        InvitationOutcome outcome;
        outcome.email = check.address.email;
        outcome.name = check.address.name;
        if (check.verdict != InviteVerdict::Ok) {
            outcome.why = check.why;
        } else {
            invited.append(outcomes.size());
            members.append({check.address, std::nullopt, request.role, request.groupIds, 0});
        }
        outcomes.append(outcome);
    }
    if (!addInvitedMembers(tx, op.workspaceId, QStringLiteral("invite"), op.accountId, &members)) {
        return tx.failed();
    }
    QList<InviteTerms> terms;
    for (const InvitedPerson& member : std::as_const(members)) {
        InviteTerms person;
        person.accountId = member.accountId;
        person.email = member.address.email.trimmed();
        person.name = member.address.name;
        person.role = request.role;
        person.message = request.message.trimmed();
        person.inviterName = me.value().name;
        person.createdBy = op.accountId.number();
        terms.append(person);
    }
    QList<InvitationOutcome> issued;
    if (!issueInvites(tx, op.workspaceId, facts, terms, request.sendMail, &issued)) {
        return tx.failed();
    }
    const QString delivery = request.sendMail ? QStringLiteral("mail") : QStringLiteral("link");
    QList<WriteTransaction::AuditRow> audit;
    for (qsizetype i = 0; i < invited.size(); ++i) {
        InvitationOutcome& outcome = outcomes[invited.at(i)];
        takeIssued(issued.at(i), &outcome);
        outcome.done = true;
        QJsonObject after = inviteJson(terms.at(i).email, request.role, delivery);
        after.insert(QStringLiteral("groups"), QJsonArray::fromStringList(groupNames));
        after.insert(QStringLiteral("status"), statusKey(Status::Invited));
        audit.append({op.workspaceId, op.accountId, QStringLiteral("invite.created"), QStringLiteral("member"),
                      terms.at(i).accountId, {}, after, {}, {}});
    }
    if (!tx.auditRows(audit)) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return outcomes;
}

Result<QList<Invitation>> SqlWorker::listInvitations(const Id& workspaceId)
{
    return read<QList<Invitation>>([&]() -> Result<QList<Invitation>> {
        QSqlQuery query(database());
        if (!execWith(query,
                      QStringLiteral(
                          "SELECT i.id, i.account_id, a.email, a.display_name, i.role, m.source, "
                          "(SELECT u.display_name FROM accounts u WHERE u.id = i.created_by), m.joined_at, "
                          "i.expires_at, o.status, o.last_error, o.sent_at, o.next_attempt_at, o.attempts "
                          "FROM invites i JOIN accounts a ON a.id = i.account_id "
                          "JOIN memberships m ON m.account_id = i.account_id AND m.workspace_id = i.workspace_id "
                          "AND m.status = 'invited' "
                          "LEFT JOIN outbox o ON o.id = (SELECT MAX(x.id) FROM outbox x WHERE x.invite_id = i.id) "
                          "WHERE i.workspace_id = ? AND i.accepted_at IS NULL AND i.cancelled_at IS NULL "
                          "AND i.superseded_at IS NULL ORDER BY m.joined_at DESC, i.id DESC"),
                      {workspaceId.number()})) {
            return errorFrom(query.lastError(), Text::tr("The invitations could not be read."));
        }
        QList<Invitation> invitations;
        while (query.next()) {
            Invitation invitation;
            invitation.id = query.value(0).toLongLong();
            invitation.accountId = query.value(1).toLongLong();
            invitation.email = query.value(2).toString();
            invitation.name = query.value(3).toString();
            roleFromKey(query.value(4).toString(), &invitation.role);
            invitation.source = query.value(5).toString();
            invitation.invitedBy = query.value(6).toString();
            invitation.createdAt = timeFrom(query.value(7));
            invitation.expiresAt = timeFrom(query.value(8));
            const QString mail = query.value(9).toString();
            invitation.mailStatus = mail == QLatin1String("queued") ? MailStatus::Queued
                : mail == QLatin1String("sending")                  ? MailStatus::Sending
                : mail == QLatin1String("sent")                     ? MailStatus::Sent
                : mail == QLatin1String("failed")                   ? MailStatus::Failed
                                                                    : MailStatus::None;
            invitation.mailError = query.value(10).toString();
            invitation.mailSentAt = timeFrom(query.value(11));
            invitation.nextAttemptAt = invitation.mailStatus == MailStatus::Failed ? timeFrom(query.value(12))
                                                                                   : QDateTime();
            invitation.mailAttempts = query.value(13).toInt();
            invitations.append(invitation);
        }
        return invitations;
    });
}

namespace {

/// A query failed in one step of a change to many: the failure undoes the step's whole chunk.
InvitationOutcome failedStep(WriteTransaction& tx, QString* queryError, const InvitationOutcome& outcome)
{
    *queryError = tx.query().lastError().text();
    return outcome;
}

} // namespace

std::optional<BackendError> SqlWorker::resendStart(WriteTransaction& tx, const Operator& op, MemberRow* me,
                                                   WorkspaceFacts* facts)
{
    // The operator and the workspace again in every chunk: a role taken away meanwhile stops the rest.
    if (auto refusal = operatorStart(tx, op, Action::ResendInvitation, me)) {
        return refusal;
    }
    if (!readWorkspaceFacts(tx.query(), op.workspaceId, facts)) {
        return tx.failed();
    }
    return std::nullopt;
}

InvitationOutcome SqlWorker::resendOne(WriteTransaction& tx, const Operator& op, const MemberRow& me,
                                       const WorkspaceFacts& facts, const Id& inviteId, bool sendMail,
                                       QString* queryError)
{
    const qint64 now = clock::nowSecs();
    InviteRow invite;
    InvitationOutcome outcome;
    if (!readOpenInvite(tx, op.workspaceId, inviteId, &invite, &outcome)) {
        return failedStep(tx, queryError, outcome);
    }
    if (invite.id != 0 && (!invite.member || invite.status != Status::Invited)) {
        outcome.why = noLongerOpen(); // the membership changed under the invitation
    }
    if (!outcome.why.isEmpty()) {
        return outcome;
    }
    if (!domainAllowed(facts.settings.allowlist, invite.email)) {
        outcome.why = Text::tr("%1 is outside the allowed domains now (%2); cancel the invitation instead.")
                          .arg(invite.email, facts.settings.allowlist.join(QLatin1String(", ")));
        return outcome;
    }
    if (!sendMail) {
        // A copied link lets whoever holds it choose the password and take what it grants:
        // only for new accounts, and within the operator's own rights (the member's role
        // and groups as they are now).
        QList<GroupGrant> grants;
        bool hasPassword = false;
        bool elsewhere = false;
        if (!readGrants(tx.query(), op.workspaceId, invite.accountId, &grants)
            || !readAccountUse(tx.query(), invite.accountId, op.workspaceId, &hasPassword, &elsewhere)) {
            return failedStep(tx, queryError, outcome);
        }
        QStringList granted;
        for (const GroupGrant& grant : std::as_const(grants)) {
            granted += grant.permissions;
        }
        auto why = refusalToChoosePassword(invite.email, hasPassword, elsewhere);
        if (!why) {
            why = refusalToIssueInvitation(me.role, invite.role, granted);
        }
        if (why) {
            outcome.why = *why + QLatin1Char(' ')
                + Text::tr("Resend it by mail instead: the link then goes only to the invited person.");
            return outcome;
        }
    }
    if (!tx.exec(QStringLiteral("UPDATE invites SET superseded_at = ? WHERE id = ?"), {now, inviteId.number()})
        || !stopMails(tx, inviteId, Text::tr("Replaced by a newer invitation."))) {
        return failedStep(tx, queryError, outcome);
    }
    InviteTerms terms;
    terms.accountId = invite.accountId;
    terms.email = invite.email;
    terms.name = invite.name == invite.email ? QString() : invite.name;
    terms.role = invite.role;
    terms.message = invite.message;
    terms.inviterName = me.name;
    terms.createdBy = op.accountId.number();
    terms.approval = invite.source == QLatin1String("signup");
    if (!issueInvite(tx, op.workspaceId, facts, terms, sendMail, &outcome)) {
        return failedStep(tx, queryError, outcome);
    }
    const QString action = sendMail ? QStringLiteral("invite.resent") : QStringLiteral("invite.link_copied");
    if (!tx.audit(op.workspaceId, op.accountId, action, QStringLiteral("member"), invite.accountId, {},
                  inviteJson(invite.email, invite.role,
                             sendMail ? QStringLiteral("mail") : QStringLiteral("link")))) {
        return failedStep(tx, queryError, outcome);
    }
    outcome.done = true;
    return outcome;
}

Result<QList<InvitationOutcome>> SqlWorker::resendInvitations(const Operator& op, const QList<Id>& inviteIds,
                                                              bool sendMail,
                                                              QPromise<Result<QList<InvitationOutcome>>>& promise,
                                                              const StopToken& stop)
{
    if (!m_open) {
        return notOpen();
    }
    MemberRow me;
    WorkspaceFacts facts;
    return inChunks<Id, InvitationOutcome>(
        op.workspaceId, Text::tr("The invitations could not be sent again."), inviteIds, promise, stop,
        [&](WriteTransaction& tx) { return resendStart(tx, op, &me, &facts); },
        [&](WriteTransaction& tx, const Id& inviteId, QString* queryError) {
            return resendOne(tx, op, me, facts, inviteId, sendMail, queryError);
        },
        [&](const Id& inviteId, const QString& why) { return unreachedInvitation(op.workspaceId, inviteId, why); });
}

Result<QList<InvitationOutcome>> SqlWorker::resendInvitationsOf(const Operator& op, const QList<Id>& accountIds,
                                                                const std::optional<UserFilter>& matching,
                                                                bool sendMail,
                                                                QPromise<Result<QList<InvitationOutcome>>>& promise,
                                                                const StopToken& stop)
{
    if (!m_open) {
        return notOpen();
    }
    QList<Id> people = accountIds;
    if (matching) {
        // Of everyone a view matches, only the invited have an invitation to send again (the
        // others are not listed as refused, which in a view of everyone would be nearly all).
        UserFilter filter = *matching;
        filter.workspaceId = op.workspaceId;
        people.clear();
        if (!filter.status || *filter.status == Status::Invited) {
            filter.status = Status::Invited;
            const Result<QList<qint64>> ids = matchingMembers(filter);
            if (!ids.ok()) {
                return ids.error();
            }
            people = QList<Id>(ids.value().cbegin(), ids.value().cend());
        }
    }
    MemberRow me;
    WorkspaceFacts facts;
    return inChunks<Id, InvitationOutcome>(
        op.workspaceId, Text::tr("The invitations could not be sent again."), people, promise, stop,
        [&](WriteTransaction& tx) { return resendStart(tx, op, &me, &facts); },
        [&](WriteTransaction& tx, const Id& accountId, QString* queryError) {
            // The person's open invitation as it is now: another admin may have resent,
            // cancelled or seen it accepted since the table was read.
            InvitationOutcome failed;
            failed.accountId = accountId;
            if (!tx.exec(QStringLiteral("SELECT i.id FROM invites i WHERE i.workspace_id = ? AND i.account_id = ? "
                                        "AND i.accepted_at IS NULL AND i.cancelled_at IS NULL "
                                        "AND i.superseded_at IS NULL ORDER BY i.id DESC")
                             + tx.forUpdate(QStringLiteral("i")),
                         {op.workspaceId.number(), accountId.number()})) {
                return failedStep(tx, queryError, failed);
            }
            if (tx.query().next()) {
                const qint64 inviteId = tx.query().value(0).toLongLong();
                return resendOne(tx, op, me, facts, inviteId, sendMail, queryError);
            }
            MemberRow who;
            if (!readMember(tx, op.workspaceId, accountId, &who)) {
                return failedStep(tx, queryError, failed);
            }
            InvitationOutcome outcome = personOutcome(accountId, {});
            outcome.why = who.membershipId == 0
                ? Text::tr("This person is not a member of the workspace.")
                : Text::tr("This person has no open invitation (status: %1).").arg(statusDisplayName(who.status));
            return outcome;
        },
        [&](const Id& accountId, const QString& why) { return personOutcome(accountId, why); });
}

InvitationOutcome SqlWorker::personOutcome(const Id& accountId, const QString& why)
{
    InvitationOutcome outcome;
    outcome.accountId = accountId;
    outcome.why = why;
    QSqlQuery query(database());
    if (execWith(query, QStringLiteral("SELECT email, display_name FROM accounts WHERE id = ?"), {accountId.number()})
        && query.next()) {
        outcome.email = query.value(0).toString();
        outcome.name = query.value(1).toString();
    }
    return outcome;
}

Result<QList<InvitationOutcome>> SqlWorker::cancelInvitations(const Operator& op, const QList<Id>& inviteIds,
                                                              QPromise<Result<QList<InvitationOutcome>>>& promise,
                                                              const StopToken& stop)
{
    if (!m_open) {
        return notOpen();
    }
    MemberRow me;
    const qint64 now = clock::nowSecs();
    return inChunks<Id, InvitationOutcome>(
        op.workspaceId, Text::tr("The invitations could not be cancelled."), inviteIds, promise, stop,
        [&](WriteTransaction& tx) { return operatorStart(tx, op, Action::InviteUser, &me); },
        [&](WriteTransaction& tx, const Id& inviteId, QString* queryError) {
            InviteRow invite;
            InvitationOutcome outcome;
            if (!readOpenInvite(tx, op.workspaceId, inviteId, &invite, &outcome)) {
                return failedStep(tx, queryError, outcome);
            }
            if (const auto why = invite.id != 0 ? refusalOnTarget(me.role, invite.role) : std::nullopt) {
                outcome.why = *why;
            }
            if (!outcome.why.isEmpty()) {
                return outcome;
            }
            if (!tx.exec(QStringLiteral("UPDATE invites SET cancelled_at = ? WHERE id = ?"), {now, inviteId.number()})
                || !stopMails(tx, inviteId, Text::tr("The invitation was cancelled."))) {
                return failedStep(tx, queryError, outcome);
            }
            // The invited person leaves the workspace and its groups; their account stays.
            if (invite.member && invite.status == Status::Invited
                && (!tx.exec(QStringLiteral("DELETE FROM group_members WHERE account_id = ? AND group_id IN "
                                            "(SELECT id FROM groups WHERE workspace_id = ?)"),
                             {invite.accountId, op.workspaceId.number()})
                    || !tx.exec(QStringLiteral("DELETE FROM memberships WHERE account_id = ? AND workspace_id = ? "
                                               "AND status = 'invited'"),
                                {invite.accountId, op.workspaceId.number()}))) {
                return failedStep(tx, queryError, outcome);
            }
            if (!tx.audit(op.workspaceId, op.accountId, QStringLiteral("invite.cancelled"), QStringLiteral("member"),
                          invite.accountId, inviteJson(invite.email, invite.role, {}), {}, {}, invite.email)) {
                return failedStep(tx, queryError, outcome);
            }
            outcome.accountId = invite.accountId;
            outcome.done = true;
            return outcome;
        },
        [&](const Id& inviteId, const QString& why) { return unreachedInvitation(op.workspaceId, inviteId, why); });
}

std::optional<BackendError> SqlWorker::operatorStart(WriteTransaction& tx, const Operator& op, Action action,
                                                     MemberRow* me)
{
    auto who = operatorMay(tx, op, action);
    if (!who.ok()) {
        return who.error();
    }
    *me = who.value();
    return std::nullopt;
}

InvitationOutcome SqlWorker::unreachedInvitation(const Id& workspaceId, const Id& inviteId, const QString& why)
{
    InvitationOutcome outcome;
    outcome.inviteId = inviteId;
    outcome.why = why;
    QSqlQuery query(database());
    if (execWith(query,
                 QStringLiteral("SELECT a.email, a.display_name, a.id FROM invites i JOIN accounts a ON a.id = "
                                "i.account_id WHERE i.id = ? AND i.workspace_id = ?"),
                 {inviteId.number(), workspaceId.number()})
        && query.next()) {
        outcome.email = query.value(0).toString();
        outcome.name = query.value(1).toString();
        outcome.accountId = query.value(2).toLongLong();
    }
    return outcome;
}

Result<Id> SqlWorker::acceptInvitation(const InviteAcceptance& acceptance)
{
    if (!m_open) {
        return notOpen();
    }
    const QString secret = tokenFromLink(acceptance.token);
    if (secret.isEmpty()) {
        return BackendError{BackendError::Kind::NotFound, unknownInviteLinkMessage(), {}};
    }
    const QString hash = token::hashOf(secret);
    // Argon2id is slow on purpose: it runs before the workspace's write lock is taken, so an
    // acceptance page being hammered cannot hold up the workspace's other changes.
    qint64 workspaceId = 0;
    QString storedBefore;
    {
        QSqlQuery query(database());
        if (!execWith(query,
                      QStringLiteral("SELECT i.workspace_id, a.password_hash FROM invites i "
                                     "JOIN accounts a ON a.id = i.account_id WHERE i.token_hash = ?"),
                      {hash})) {
            return errorFrom(query.lastError(), Text::tr("The invitation could not be read."));
        }
        if (!query.next()) {
            return BackendError{BackendError::Kind::NotFound, unknownInviteLinkMessage(), {}};
        }
        workspaceId = query.value(0).toLongLong();
        storedBefore = query.value(1).toString();
    }
    QString newHash;
    bool passwordMatches = false;
    if (storedBefore.isEmpty()) {
        if (const auto problem = passwordProblem(acceptance.password)) {
            return invalid(*problem);
        }
        newHash = passwordhash::hash(acceptance.password);
        if (newHash.isEmpty()) {
            return BackendError{BackendError::Kind::Internal, Text::tr("The password could not be protected."), {}};
        }
    } else {
        passwordMatches = passwordhash::verify(storedBefore, acceptance.password);
    }
    WriteTransaction tx(*this, workspaceId, Text::tr("The invitation could not be accepted."));
    if (const auto error = tx.begin()) {
        return *error;
    }
    if (!tx.exec(QStringLiteral("SELECT i.id, i.account_id, i.accepted_at, i.cancelled_at, i.superseded_at, "
                                "i.expires_at, w.name, m.status, a.password_hash, a.email FROM invites i "
                                "JOIN workspaces w ON w.id = i.workspace_id JOIN accounts a ON a.id = i.account_id "
                                "LEFT JOIN memberships m ON m.account_id = i.account_id AND m.workspace_id = i.workspace_id "
                                "WHERE i.token_hash = ?")
                     + tx.forUpdate(QStringLiteral("i")),
                 {hash})) {
        return tx.failed();
    }
    if (!tx.query().next()) {
        return tx.abandon({BackendError::Kind::NotFound, unknownInviteLinkMessage(), {}});
    }
    const qint64 inviteId = tx.query().value(0).toLongLong();
    const qint64 accountId = tx.query().value(1).toLongLong();
    InviteLinkState link;
    link.acceptedAt = timeFrom(tx.query().value(2));
    link.cancelledAt = timeFrom(tx.query().value(3));
    link.supersededAt = timeFrom(tx.query().value(4));
    link.expiresAt = timeFrom(tx.query().value(5));
    link.workspaceName = tx.query().value(6).toString();
    const QString status = tx.query().value(7).toString();
    const QString storedPassword = tx.query().value(8).toString();
    const QString email = tx.query().value(9).toString();
    if (const auto why = refusalToAccept(link, clock::now())) {
        return tx.abandon(refused(*why));
    }
    if (status != statusKey(Status::Invited)) {
        return tx.abandon(refused(Text::tr("This invitation is no longer pending in %1: the membership was changed by "
                                           "an administrator.")
                                      .arg(link.workspaceName)));
    }
    if (storedPassword != storedBefore) {
        return tx.abandon({BackendError::Kind::Conflict,
                           Text::tr("The account's password changed just now; try again."), {}});
    }
    if (!storedBefore.isEmpty() && !passwordMatches) {
        return tx.abandon(refused(Text::tr("%1 already has an account: enter its password to join %2.")
                                      .arg(email, link.workspaceName)));
    }
    if (storedBefore.isEmpty()) {
        // Whoever holds the link chooses the password: never for an account in use elsewhere.
        if (auto refusal = refusalToChoosePasswordIn(tx, accountId, workspaceId, email)) {
            return *refusal;
        }
    }
    const qint64 now = clock::nowSecs();
    if (!tx.exec(QStringLiteral("UPDATE invites SET accepted_at = ? WHERE id = ?"), {now, inviteId})
        || !stopMails(tx, inviteId, Text::tr("The invitation was accepted."))
        || !tx.exec(QStringLiteral("UPDATE memberships SET status = 'active', joined_at = ?, version = version + 1, "
                                   "updated_at = ?, updated_by = ? WHERE account_id = ? AND workspace_id = ?"),
                    {now, now, accountId, accountId, workspaceId})
        || (!newHash.isEmpty()
            && !tx.exec(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ? AND password_hash IS NULL"),
                        {newHash, accountId}))) {
        return tx.failed();
    }
    if (!tx.audit(workspaceId, accountId, QStringLiteral("invite.accepted"), QStringLiteral("member"), accountId,
                  {{QStringLiteral("status"), statusKey(Status::Invited)}},
                  {{QStringLiteral("status"), statusKey(Status::Active)}})) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return Id(accountId);
}

Result<std::optional<OutgoingMail>> SqlWorker::claimMail(const Operator& op, const QDateTime& now)
{
    if (!m_open) {
        return notOpen();
    }
    const qint64 at = now.toSecsSinceEpoch();
    const auto dueIn = [](const QString& table) {
        return QStringLiteral("(%1status = 'queued' OR (%1status IN ('failed', 'sending') AND "
                              "%1next_attempt_at IS NOT NULL AND %1next_attempt_at <= ?))")
            .arg(table);
    };
    const QString due = dueIn(QString());
    const QString order = QStringLiteral("COALESCE(next_attempt_at, created_at)");
    // Mails this operator may not send stay queued for someone who may; the search goes on after
    // the last one passed over. A mail whose invitation closed meanwhile is set aside.
    std::optional<std::pair<qint64, qint64>> after;
    for (int tries = 0; tries < 1000; ++tries) {
        qint64 mailId = 0;
        {
            QSqlQuery query(database());
            QString sql = QStringLiteral("SELECT id, %1 FROM outbox WHERE workspace_id = ? AND ").arg(order) + due;
            QVariantList binds{op.workspaceId.number(), at};
            if (after) {
                sql += QStringLiteral(" AND (%1 > ? OR (%1 = ? AND id > ?))").arg(order);
                binds << after->first << after->first << after->second;
            }
            if (!execWith(query, sql + QStringLiteral(" ORDER BY %1, id LIMIT 1").arg(order), binds)) {
                return errorFrom(query.lastError(), Text::tr("The outbox could not be read."));
            }
            if (!query.next()) {
                return std::optional<OutgoingMail>();
            }
            mailId = query.value(0).toLongLong();
            after = std::pair{query.value(1).toLongLong(), mailId};
        }
        WriteTransaction tx(*this, op.workspaceId, Text::tr("The mail could not be taken from the outbox."));
        // The sender's role, as it is now: only operators who may send invitations send mail.
        const auto me = beginAs(tx, op, Action::ResendInvitation);
        if (!me.ok()) {
            return me.error();
        }
        if (!tx.exec(QStringLiteral("SELECT o.recipient, o.subject, o.body_text, o.body_html, o.attempts, o.invite_id, "
                                    "a.display_name, i.accepted_at, i.cancelled_at, i.superseded_at, i.expires_at, "
                                    "w.join_url, o.kind, a.email, m.status, w.signup_domains, i.role, i.account_id, "
                                    "o.reset_id, r.used_at, r.closed_at, r.expires_at, ra.email, rm.role "
                                    "FROM outbox o LEFT JOIN invites i ON i.id = o.invite_id "
                                    "LEFT JOIN password_resets r ON r.id = o.reset_id "
                                    "LEFT JOIN accounts ra ON ra.id = r.account_id "
                                    "LEFT JOIN memberships rm ON rm.account_id = r.account_id "
                                    "AND rm.workspace_id = o.workspace_id "
                                    "LEFT JOIN accounts a ON a.id = i.account_id "
                                    "LEFT JOIN memberships m ON m.account_id = i.account_id "
                                    "AND m.workspace_id = i.workspace_id "
                                    "LEFT JOIN workspaces w ON w.id = o.workspace_id "
                                    "WHERE o.id = ? AND o.workspace_id = ? AND ")
                         + dueIn(QStringLiteral("o.")) + tx.forUpdate(QStringLiteral("o")),
                     {mailId, op.workspaceId.number(), at})) {
            return tx.failed();
        }
        if (!tx.query().next()) {
            tx.abandon({}); // Another sender took it first.
            continue;
        }
        QSqlQuery& row = tx.query();
        OutgoingMail mail;
        mail.id = mailId;
        mail.workspaceId = op.workspaceId;
        mail.to = row.value(0).toString();
        mail.subject = row.value(1).toString();
        ComposedMail body{mail.subject, row.value(2).toString(), row.value(3).toString()};
        mail.attempt = row.value(4).toInt() + 1;
        const qint64 inviteId = row.value(5).isNull() ? 0 : row.value(5).toLongLong();
        InviteLinkState link;
        link.acceptedAt = timeFrom(row.value(7));
        link.cancelledAt = timeFrom(row.value(8));
        link.supersededAt = timeFrom(row.value(9));
        link.expiresAt = timeFrom(row.value(10));
        const QString joinUrl = row.value(11).toString();
        const QString kind = row.value(12).toString();
        const bool forInvitation = kind == QLatin1String("invitation") || kind == QLatin1String("approval");
        const QString currentEmail = row.value(13).toString();
        const QString memberStatus = row.value(14).toString();
        const QStringList allowlist = parseDomainList(row.value(15).toString());
        Role inviteRole = Role::Admin; // an invitation whose role cannot be read goes only through an Admin
        roleFromKey(row.value(16).toString(), &inviteRole);
        const qint64 inviteeId = row.value(17).toLongLong();
        const qint64 resetId = row.value(18).isNull() ? 0 : row.value(18).toLongLong();
        const bool resetUsed = !row.value(19).isNull();
        const bool resetClosed = !row.value(20).isNull();
        const QDateTime resetExpires = timeFrom(row.value(21));
        if (resetId != 0 && !row.value(22).toString().isEmpty()) {
            mail.to = row.value(22).toString(); // a reset goes to the account's address as it is now
        }
        Role resetFor = Role::Admin; // a reset whose person cannot be read goes only through an Admin
        roleFromKey(row.value(23).toString(), &resetFor);
        // Whoever sends a reset mail holds its working link for a moment: only an operator who
        // could help this person's password sends it; it stays queued for one who may.
        if (resetId != 0 && refusalOfPasswordHelp(me.value().role, resetFor, false)) {
            tx.abandon({});
            continue;
        }
        if (!currentEmail.isEmpty()) {
            mail.to = currentEmail; // a corrected address wins over the one queued
        }
        mail.toName = row.value(6).toString() == mail.to ? QString() : row.value(6).toString();
        if (inviteId != 0) {
            // Whoever sends the link hands on what it grants: only an operator who could issue this
            // invitation themselves (its role, and its groups' permissions as they are now) sends it.
            QList<GroupGrant> grants;
            if (!readGrants(tx.query(), op.workspaceId, inviteeId, &grants)) {
                return tx.failed();
            }
            QStringList granted;
            for (const GroupGrant& grant : std::as_const(grants)) {
                granted += grant.permissions;
            }
            if (refusalToIssueInvitation(me.value().role, inviteRole, granted)) {
                tx.abandon({}); // left as it is, link and all, for an operator who may send it
                continue;
            }
        }
        // Why this invitation mail must not go (any more), if it must not.
        std::optional<QString> stop;
        if (forInvitation && inviteId == 0) {
            stop = Text::tr("The invitation no longer exists.");
        } else if (kind == QLatin1String("password_reset")) {
            if (resetId == 0) {
                stop = Text::tr("The reset link no longer exists.");
            } else if (resetUsed) {
                stop = Text::tr("The reset link was used already.");
            } else if (resetClosed) {
                stop = Text::tr("A newer reset link or a temporary password replaced it.");
            } else if (resetExpires <= now) {
                stop = Text::tr("The reset link expired before it could be sent.");
            }
        } else if (inviteId != 0) {
            stop = refusalToAccept(link, now);
            if (!stop && memberStatus != statusKey(Status::Invited)) {
                stop = Text::tr("The person is no longer invited.");
            }
            if (!stop && !domainAllowed(allowlist, mail.to)) {
                stop = Text::tr("%1 is outside the allowed domains.").arg(mail.to);
            }
        }
        if (stop) {
            if (!tx.exec(QStringLiteral("UPDATE outbox SET status = 'failed', last_error = ?, next_attempt_at = NULL "
                                        "WHERE id = ?"),
                         {Text::tr("Not sent: %1").arg(*stop), mailId})) {
                return tx.failed();
            }
            if (const auto error = tx.commit()) {
                return *error;
            }
            continue;
        }
        if (inviteId != 0) {
            // The link is issued now, so the only usable link is the one this mail carries.
            const QString secret = token::generate();
            if (!tx.exec(QStringLiteral("UPDATE invites SET token_hash = ? WHERE id = ?"),
                         {token::hashOf(secret), inviteId})) {
                return tx.failed();
            }
            body = withLink(body, registrationLink(joinUrl, secret));
        }
        if (resetId != 0) {
            // Like an invitation's: the only link that works is the one this mail carries.
            const QString secret = token::generate();
            if (!tx.exec(QStringLiteral("UPDATE password_resets SET token_hash = ? WHERE id = ?"),
                         {token::hashOf(secret), resetId})) {
                return tx.failed();
            }
            body = withLink(body, resetLink(joinUrl, secret));
        }
        if (!tx.exec(QStringLiteral("UPDATE outbox SET status = 'sending', attempts = attempts + 1, recipient = ?, "
                                    "next_attempt_at = ? WHERE id = ?"),
                     {mail.to, at + sendingLease, mailId})) {
            return tx.failed();
        }
        if (const auto error = tx.commit()) {
            return *error;
        }
        mail.text = body.text;
        mail.html = body.html;
        return std::optional<OutgoingMail>(mail);
    }
    return std::optional<OutgoingMail>();
}

Result<Done> SqlWorker::finishMail(const Operator& op, const Id& mailId, bool sent, const QString& error,
                                   bool permanent)
{
    if (!m_open) {
        return notOpen();
    }
    WriteTransaction tx(*this, op.workspaceId, Text::tr("The outcome of the mail could not be recorded."));
    const auto me = beginAs(tx, op, Action::ResendInvitation);
    if (!me.ok()) {
        return me.error();
    }
    // Only mail of the operator's workspace that is being sent.
    if (!tx.exec(QStringLiteral("SELECT attempts FROM outbox WHERE id = ? AND workspace_id = ? AND status = 'sending'")
                     + tx.forUpdate(QString()),
                 {mailId.number(), op.workspaceId.number()})) {
        return tx.failed();
    }
    if (!tx.query().next()) {
        return tx.abandon({BackendError::Kind::NotFound, Text::tr("The mail is no longer in the outbox."), {}});
    }
    const int attempts = tx.query().value(0).toInt();
    const QDateTime now = clock::now();
    bool ok = false;
    if (sent) {
        ok = tx.exec(QStringLiteral("UPDATE outbox SET status = 'sent', sent_at = ?, last_error = '', "
                                    "next_attempt_at = NULL WHERE id = ? AND status = 'sending'"),
                     {now.toSecsSinceEpoch(), mailId.number()});
    } else {
        const auto next = nextMailAttempt(attempts, permanent, now);
        const QString reason = error.trimmed().isEmpty() ? Text::tr("The mail server gave no reason.") : error.trimmed();
        ok = tx.exec(QStringLiteral("UPDATE outbox SET status = 'failed', last_error = ?, next_attempt_at = ? "
                                    "WHERE id = ? AND status = 'sending'"),
                     {reason, next ? QVariant(next->toSecsSinceEpoch()) : nullInt(), mailId.number()});
    }
    if (!ok) {
        return tx.failed();
    }
    if (const auto failure = tx.commit()) {
        return *failure;
    }
    return Done{};
}

Result<SignupSettings> SqlWorker::signupSettings(const Id& workspaceId)
{
    return read<SignupSettings>([&]() -> Result<SignupSettings> {
        QSqlQuery query(database());
        WorkspaceFacts facts;
        if (!readWorkspaceFacts(query, workspaceId, &facts)) {
            return errorFrom(query.lastError(), Text::tr("The signup settings could not be read."));
        }
        return facts.settings;
    });
}

Result<Done> SqlWorker::saveSignupSettings(const Operator& op, const SignupSettings& settings)
{
    if (!m_open) {
        return notOpen();
    }
    if (const auto problem = signupSettingsProblem(settings)) {
        return invalid(*problem);
    }
    WriteTransaction tx(*this, op.workspaceId, Text::tr("The signup settings could not be saved."));
    const auto me = beginAs(tx, op, Action::ManageWorkspace);
    if (!me.ok()) {
        return me.error();
    }
    WorkspaceFacts before;
    if (!readWorkspaceFacts(tx.query(), op.workspaceId, &before)) {
        return tx.failed();
    }
    QStringList groupNames;
    for (const Id& groupId : settings.defaultGroupIds) {
        std::optional<GroupSummary> group;
        if (!readGroup(tx.query(), op.workspaceId, groupId, {}, &group)) {
            return tx.failed();
        }
        if (!group) {
            return tx.abandon({BackendError::Kind::NotFound, Text::tr("Default groups: one of the groups no longer "
                                                                      "exists."),
                               {}});
        }
        if (const auto why = refusalOfDefaultGroup(me.value().role, *group)) {
            return tx.abandon(refused(Text::tr("Default groups: %1").arg(*why)));
        }
        groupNames.append(group->name);
    }
    if (!tx.exec(QStringLiteral("UPDATE workspaces SET signup_public = ?, signup_waitlist = ?, signup_domains = ?, "
                                "signup_default_role = ?, captcha_provider = ?, invite_expiry_days = ?, locale = ?, "
                                "join_url = ?, reset_link_minutes = ? WHERE id = ?"),
                 {settings.publicSignup ? 1 : 0, settings.waitlist ? 1 : 0,
                  textValue(settings.allowlist.join(QLatin1String(", "))), roleKey(settings.defaultRole),
                  textValue(settings.captchaProvider), settings.inviteExpiryDays, settings.language,
                  settings.joinUrl.trimmed(), settings.resetLinkMinutes, op.workspaceId.number()})
        || !tx.exec(QStringLiteral("DELETE FROM signup_groups WHERE workspace_id = ?"), {op.workspaceId.number()})) {
        return tx.failed();
    }
    for (const Id& groupId : settings.defaultGroupIds) {
        if (!tx.exec(QStringLiteral("INSERT INTO signup_groups (workspace_id, group_id) VALUES (?, ?) "
                                    "ON CONFLICT (workspace_id, group_id) DO NOTHING"),
                     {op.workspaceId.number(), groupId.number()})) {
            return tx.failed();
        }
    }
    const auto json = [](const SignupSettings& s) {
        return QJsonObject{{QStringLiteral("public_signup"), s.publicSignup},
                           {QStringLiteral("waitlist"), s.waitlist},
                           {QStringLiteral("allowed_domains"), QJsonArray::fromStringList(s.allowlist)},
                           {QStringLiteral("default_role"), roleKey(s.defaultRole)},
                           {QStringLiteral("captcha"), s.captchaProvider},
                           {QStringLiteral("invite_expiry_days"), s.inviteExpiryDays},
                           {QStringLiteral("language"), s.language},
                           {QStringLiteral("join_url"), s.joinUrl.trimmed()},
                           {QStringLiteral("reset_link_minutes"), s.resetLinkMinutes}};
    };
    QJsonObject after = json(settings);
    after.insert(QStringLiteral("default_groups"), QJsonArray::fromStringList(groupNames));
    if (!tx.audit(op.workspaceId, op.accountId, QStringLiteral("workspace.signup_changed"), QStringLiteral("workspace"),
                  op.workspaceId, json(before.settings), after, {}, before.name)) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return Done{};
}

namespace {
/// The workspace's mail server, password left out; false on a query error.
bool readMailServer(QSqlQuery& query, const Id& workspaceId, SmtpSettings* settings)
{
    if (!execWith(query,
                  QStringLiteral("SELECT smtp_host, smtp_port, smtp_security, smtp_user, smtp_from_address, "
                                 "smtp_from_name, smtp_timeout_seconds FROM workspaces WHERE id = ?"),
                  {workspaceId.number()})
        || !query.next()) {
        return false;
    }
    settings->host = query.value(0).toString();
    settings->port = query.value(1).toInt();
    settings->security = smtpSecurityFromKey(query.value(2).toString());
    settings->user = query.value(3).toString();
    settings->password.clear();
    settings->fromAddress = query.value(4).toString();
    settings->fromName = query.value(5).toString();
    settings->timeoutSeconds = query.value(6).toInt();
    return true;
}

QJsonObject mailServerJson(const SmtpSettings& s)
{
    return {{QStringLiteral("smtp_host"), s.host},
            {QStringLiteral("smtp_port"), s.host.isEmpty() ? QString() : QString::number(s.port)},
            {QStringLiteral("smtp_security"), s.host.isEmpty() ? QString() : smtpSecurityKey(s.security)},
            {QStringLiteral("smtp_user"), s.user},
            {QStringLiteral("sender_address"), s.fromAddress},
            {QStringLiteral("sender_name"), s.fromName}};
}
} // namespace

Result<SmtpSettings> SqlWorker::mailServer(const Id& workspaceId)
{
    return read<SmtpSettings>([&]() -> Result<SmtpSettings> {
        QSqlQuery query(database());
        SmtpSettings settings;
        if (!readMailServer(query, workspaceId, &settings)) {
            return errorFrom(query.lastError(), Text::tr("The mail server settings could not be read."));
        }
        return settings;
    });
}

Result<Done> SqlWorker::saveMailServer(const Operator& op, const SmtpSettings& wanted)
{
    if (!m_open) {
        return notOpen();
    }
    SmtpSettings settings = wanted;
    settings.host = settings.host.trimmed();
    settings.user = settings.user.trimmed();
    settings.fromAddress = settings.fromAddress.trimmed();
    settings.fromName = settings.fromName.trimmed();
    settings.password.clear(); // never stored with the workspace
    if (settings.host.isEmpty()) {
        settings = SmtpSettings{}; // no mail server: links are copied by hand
    } else if (const auto problem = mailServerProblem(settings)) {
        return invalid(*problem);
    }
    WriteTransaction tx(*this, op.workspaceId, Text::tr("The mail server settings could not be saved."));
    const auto me = beginAs(tx, op, Action::ManageWorkspace);
    if (!me.ok()) {
        return me.error();
    }
    WorkspaceFacts facts;
    SmtpSettings before;
    if (!readWorkspaceFacts(tx.query(), op.workspaceId, &facts)
        || !readMailServer(tx.query(), op.workspaceId, &before)) {
        return tx.failed();
    }
    if (!tx.exec(QStringLiteral("UPDATE workspaces SET smtp_host = ?, smtp_port = ?, smtp_security = ?, smtp_user = ?, "
                                "smtp_from_address = ?, smtp_from_name = ?, smtp_timeout_seconds = ? WHERE id = ?"),
                 {textValue(settings.host), settings.port, smtpSecurityKey(settings.security), textValue(settings.user),
                  textValue(settings.fromAddress), textValue(settings.fromName), settings.timeoutSeconds,
                  op.workspaceId.number()})) {
        return tx.failed();
    }
    if (!tx.audit(op.workspaceId, op.accountId, QStringLiteral("workspace.mail_changed"), QStringLiteral("workspace"),
                  op.workspaceId, mailServerJson(before), mailServerJson(settings), {}, facts.name)) {
        return tx.failed();
    }
    if (const auto error = tx.commit()) {
        return *error;
    }
    return Done{};
}

QFuture<Result<QList<WaitlistEntry>>> SqlBackend::listWaitlist(const Id& workspaceId)
{
    return read<QList<WaitlistEntry>>([=](SqlWorker& worker) -> Result<QList<WaitlistEntry>> {
        QSqlQuery query(worker.database());
        if (!execWith(query,
                      QStringLiteral("SELECT id, email, source, signed_up_at FROM waitlist WHERE workspace_id = ? "
                                     "AND decision IS NULL ORDER BY signed_up_at, id"),
                      {workspaceId.number()})) {
            return worker.errorFrom(query.lastError(), Text::tr("The waitlist could not be read."));
        }
        QList<WaitlistEntry> entries;
        while (query.next()) {
            entries.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                            timeFrom(query.value(3))});
        }
        return entries;
    });
}

QFuture<Result<SignupCounts>> SqlBackend::countSignups(const Id& workspaceId)
{
    return read<SignupCounts>([=](SqlWorker& worker) -> Result<SignupCounts> {
        // Each invited member has one open invitation (a new link replaces the old one, accepting
        // makes them active, cancelling takes them out), so the kept count of invited members
        // is the open invitations' count: a few rows, however many are open.
        QSqlQuery query(worker.database());
        if (!execWith(query,
                      QStringLiteral("SELECT (SELECT CAST(COALESCE(SUM(members), 0) AS BIGINT) FROM membership_counts "
                                     "WHERE workspace_id = ? AND status = 'invited'), "
                                     "(SELECT COUNT(*) FROM waitlist WHERE workspace_id = ? AND decision IS NULL)"),
                      {workspaceId.number(), workspaceId.number()})
            || !query.next()) {
            return worker.errorFrom(query.lastError(), Text::tr("The invitations could not be counted."));
        }
        return SignupCounts{query.value(0).toLongLong(), query.value(1).toLongLong()};
    });
}

Result<Id> SqlWorker::joinWaitlist(const Id& workspaceId, const QString& email, const QString& source)
{
    if (!m_open) {
        return notOpen();
    }
    if (const QString problem = emailProblem(email); !problem.isEmpty()) {
        return invalid(Text::tr("Email: %1.").arg(problem));
    }
    WriteTransaction tx(*this, workspaceId, Text::tr("The signup could not be recorded."));
    if (const auto error = tx.begin()) {
        return *error;
    }
    WorkspaceFacts facts;
    if (!readWorkspaceFacts(tx.query(), workspaceId, &facts)) {
        return tx.failed();
    }
    if (!facts.settings.waitlist) {
        return tx.abandon(refused(Text::tr("%1 does not keep a waitlist.").arg(facts.name)));
    }
    if (!domainAllowed(facts.settings.allowlist, email)) {
        return tx.abandon(refused(Text::tr("%1 takes signups only from %2.")
                                      .arg(facts.name, facts.settings.allowlist.join(QLatin1String(", ")))));
    }
    const QString key = normalizedEmail(email);
    if (!tx.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM memberships m JOIN accounts a ON a.id = m.account_id "
                                "WHERE m.workspace_id = ? AND a.email_key = ?), "
                                "(SELECT COUNT(*) FROM waitlist WHERE workspace_id = ? AND email_key = ?)"),
                 {workspaceId.number(), key, workspaceId.number(), key})
        || !tx.query().next()) {
        return tx.failed();
    }
    if (tx.query().value(0).toLongLong() > 0) {
        return tx.abandon(invalid(Text::tr("%1 is already a member of %2.").arg(email.trimmed(), facts.name)));
    }
    if (tx.query().value(1).toLongLong() > 0) {
        return tx.abandon({BackendError::Kind::Conflict, Text::tr("%1 signed up before.").arg(email.trimmed()), {}});
    }
    if (!tx.exec(QStringLiteral("INSERT INTO waitlist (workspace_id, email, email_key, source, signed_up_at) "
                                "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                 {workspaceId.number(), email.trimmed(), key, textValue(source.trimmed()), clock::nowSecs()})
        || !tx.query().next()) {
        return tx.failed();
    }
    const qint64 id = tx.query().value(0).toLongLong();
    if (const auto error = tx.commit()) {
        return *error;
    }
    return Id(id);
}

Result<QList<InvitationOutcome>> SqlWorker::decideWaitlist(const Operator& op, const QList<Id>& entryIds,
                                                           bool approve, bool sendMail,
                                                           QPromise<Result<QList<InvitationOutcome>>>& promise,
                                                           const StopToken& stop)
{
    if (!m_open) {
        return notOpen();
    }
    MemberRow me;
    WorkspaceFacts facts;
    const qint64 now = clock::nowSecs();
    return inChunks<Id, InvitationOutcome>(
        op.workspaceId,
        approve ? Text::tr("The signups could not be approved.") : Text::tr("The signups could not be rejected."),
        entryIds, promise, stop,
        [&](WriteTransaction& tx) -> std::optional<BackendError> {
            // The operator, signup's settings and their groups again in every chunk.
            if (auto refusal = operatorStart(tx, op, Action::InviteUser, &me)) {
                return refusal;
            }
            if (!readWorkspaceFacts(tx.query(), op.workspaceId, &facts)) {
                return tx.failed();
            }
            const SignupSettings& settings = facts.settings;
            if (const auto why = approve ? refusalToGrant(me.role, settings.defaultRole) : std::nullopt) {
                return refused(*why);
            }
            for (const Id& groupId : approve ? settings.defaultGroupIds : QList<Id>()) {
                std::optional<GroupSummary> group;
                if (!readGroup(tx.query(), op.workspaceId, groupId, {}, &group)) {
                    return tx.failed();
                }
                if (const auto why = group ? refusalOfDefaultGroup(me.role, *group) : std::nullopt) {
                    return refused(
                        Text::tr("Signup's default groups: %1 Change them in Signup Settings.").arg(*why));
                }
            }
            return std::nullopt;
        },
        [&](WriteTransaction& tx, const Id& entryId, QString* queryError) {
            InvitationOutcome outcome;
            if (!tx.exec(QStringLiteral("SELECT email FROM waitlist WHERE id = ? AND workspace_id = ? AND decision IS NULL")
                             + tx.forUpdate(),
                         {entryId.number(), op.workspaceId.number()})) {
                return failedStep(tx, queryError, outcome);
            }
            if (!tx.query().next()) {
                outcome.why = Text::tr("This signup was decided already.");
                return outcome;
            }
            outcome.email = tx.query().value(0).toString();
            const SignupSettings& settings = facts.settings;
            if (approve) {
                InviteAddress address{{}, outcome.email, outcome.email};
                InviteContext context;
                if (!readInviteContext(tx.query(), op.workspaceId, facts, {address}, &context)) {
                    return failedStep(tx, queryError, outcome);
                }
                InviteReview review = usher::reviewInvitations({address}, context);
                if (review.checks.constFirst().verdict != InviteVerdict::Ok) {
                    outcome.why = review.checks.constFirst().why;
                } else if (review.seatRefusal) {
                    outcome.why = *refusalForSeats(context.seatsUsed, context.seatCap, 1);
                }
                if (!outcome.why.isEmpty()) {
                    return outcome;
                }
                InviteTerms terms;
                terms.email = outcome.email;
                terms.role = settings.defaultRole;
                terms.createdBy = op.accountId.number();
                terms.inviterName = me.name;
                terms.approval = true;
                QList<InvitedPerson> member{{address, std::nullopt, settings.defaultRole, settings.defaultGroupIds, 0}};
                if (!addInvitedMembers(tx, op.workspaceId, QStringLiteral("signup"), op.accountId, &member)) {
                    return failedStep(tx, queryError, outcome);
                }
                terms.accountId = member.constFirst().accountId;
                if (!issueInvite(tx, op.workspaceId, facts, terms, sendMail, &outcome)) {
                    return failedStep(tx, queryError, outcome);
                }
            }
            if (!tx.exec(QStringLiteral("UPDATE waitlist SET decision = ?, decided_at = ?, decided_by = ? WHERE id = ?"),
                         {approve ? QStringLiteral("approved") : QStringLiteral("rejected"), now, op.accountId.number(),
                          entryId.number()})) {
                return failedStep(tx, queryError, outcome);
            }
            const QJsonObject after{{QStringLiteral("email"), outcome.email},
                                    {QStringLiteral("decision"),
                                     approve ? QStringLiteral("approved") : QStringLiteral("rejected")}};
            if (!tx.audit(op.workspaceId, op.accountId,
                          approve ? QStringLiteral("waitlist.approved") : QStringLiteral("waitlist.rejected"),
                          approve ? QStringLiteral("member") : QStringLiteral("waitlist"),
                          approve ? outcome.accountId : entryId, {}, after, {}, outcome.email)) {
                return failedStep(tx, queryError, outcome);
            }
            outcome.done = true;
            return outcome;
        },
        [&](const Id& entryId, const QString& why) {
            InvitationOutcome outcome;
            outcome.why = why;
            QSqlQuery query(database());
            if (execWith(query, QStringLiteral("SELECT email FROM waitlist WHERE id = ? AND workspace_id = ?"),
                         {entryId.number(), op.workspaceId.number()})
                && query.next()) {
                outcome.email = query.value(0).toString();
            }
            return outcome;
        });
}

} // namespace usher::sql
