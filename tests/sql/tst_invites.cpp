#include "connection/mail/mailsender.h"
#include "connection/sql/sqlbackend.h"
#include "connection/token.h"
#include "core/invitation.h"
#include "mailparse.h"
#include "scriptedsmtp.h"
#include "testsupport.h"

#include <QFutureWatcher>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace usher;
using namespace usher::test;
using Kind = BackendError::Kind;

/// Invitations, signup settings and the waitlist through the backend, on both SQL backends:
/// every address judged before anything is sent, links kept only as hashes and refused once
/// used, cancelled, replaced or expired; mails delivered to a real SMTP sink from the outbox,
/// and servers that refuse or never answer leaving the mail failed with the reason.
class TestInvites : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyAddressGetsItsVerdict();
    void linksAreStoredOnlyAsHashes();
    void seatCapCoversTheWholeBatch();
    void linksWorkOnceAndRefuseClosedInvitations();
    void rolesGateInvitations();
    void signupSettingsAreValidatedAndAudited();
    void waitlistApprovalStaysWithinTheCap();
    void mailsGoThroughTheOutboxToTheSink();
    void refusingAndSilentServersLeaveMailFailed();
    void mailsOfClosedInvitationsAreNotSent();
    void onlyAnOperatorWhoMayIssueAnInvitationSendsItsMail();
    void mailServerBelongsToTheWorkspace();
    void sharedAccountsCannotBeClaimedThroughALink();
    void copiedLinksUseTheMembersRoleNow();
    void copiedLinksNeedEveryPermissionTheyGrant();
    void removalAndPurgeCloseOpenInvitations();
    void theCountsAgreeWithTheLists();
    void stopKeepsTheReportOfInvitationChanges_data();
    void stopKeepsTheReportOfInvitationChanges();
    void invitedPeopleAreInvitedAgainFromTheUsersTable();

private:
    qint64 idOf(const QString& email);
    QVariant scalar(const QString& sql, const QVariantList& binds = {});
    Operator as(const QString& email);
    QList<InvitationOutcome> invite(const QString& op, const QString& addresses, Role role = Role::Member,
                                    bool sendMail = false, const QList<Id>& groups = {});
    qint64 inviteIdOf(const QString& email);
    /// A second workspace with Ada as its Admin.
    qint64 addWorkspace(const QString& name);
    qint64 queued(qint64 workspaceId);
    Result<Id> accept(const QString& link, const QString& password = QStringLiteral("correct horse battery"));
    void saveSettings(const std::function<void(SignupSettings&)>& change);
    SmtpSettings sinkSettings() const;
    /// The mails in the sink to `address`, oldest first.
    QList<ParsedMail> mailsTo(const QString& address) const;
    QString linkIn(const ParsedMail& mail) const;
    /// Runs the sender until it is idle again.
    void drain(MailSender& sender);
    /// A second workspace, made directly, with nobody of this one in it; answers its id.
    qint64 addBareWorkspace(const QString& name);
    /// Makes `email` (an account made when there is none) a member of `workspaceId` directly.
    qint64 addMembership(const QString& email, qint64 workspaceId, const QString& role, const QString& status);
    /// How many invitations of `email` are still open (neither accepted, cancelled nor replaced).
    int openInvites(const QString& email);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sql::SqlBackend> m_backend;
    QString m_tag; ///< Makes this run's addresses unique in the shared sink.
};

void TestInvites::init()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("invites"));
    auto person = [](const char* name, const char* email, Role role, Status status = Status::Active) {
        return SeedUser{QString::fromUtf8(name), QString::fromUtf8(email), role, status, Source::Invite,
                        1'700'000'000, 0, {}};
    };
    m_db->seed({
        person("Ada Admin", "ada@example.org", Role::Admin),
        person("Mia Manager", "mia@example.org", Role::Manager),
        person("Eddie Editor", "eddie@example.org", Role::Editor),
        person("Hal Helpdesk", "hal@example.org", Role::Helpdesk),
        person("Max Member", "max@example.org", Role::Member),
        person("Ivy Invited", "ivy@example.org", Role::Member, Status::Invited),
        person("Dot Deleted", "dot@example.org", Role::Member, Status::Deleted),
    });
    m_backend = m_db->openedBackend();
    m_tag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36)
        + (m_db->isPostgres() ? QStringLiteral("pg") : QStringLiteral("lite"));
}

void TestInvites::cleanup()
{
    m_backend.reset();
    if (m_db) {
        // Whatever the test did, the kept member counts still agree with the members.
        const QStringList drift = DirectSql(*m_db).countsDrift();
        m_db.reset();
        QVERIFY2(drift.isEmpty(), qPrintable(drift.join(QStringLiteral("; "))));
    }
}

qint64 TestInvites::idOf(const QString& email)
{
    return scalar(QStringLiteral("SELECT id FROM accounts WHERE email_key = ?"), {email.toLower()}).toLongLong();
}

QVariant TestInvites::scalar(const QString& sql, const QVariantList& binds)
{
    DirectSql direct(*m_db);
    return direct.scalar(sql, binds);
}

Operator TestInvites::as(const QString& email)
{
    Operator op;
    op.workspaceId = 1;
    op.accountId = idOf(email);
    return op;
}

QList<InvitationOutcome> TestInvites::invite(const QString& op, const QString& addresses, Role role, bool sendMail,
                                             const QList<Id>& groups)
{
    InvitationRequest request;
    request.addresses = parseInviteAddresses(addresses);
    request.role = role;
    request.sendMail = sendMail;
    request.groupIds = groups;
    request.message = QStringLiteral("Welcome aboard!\nSee you Monday.");
    const auto result = await(m_backend->invitations()->createInvitations(as(op), request));
    if (!result.ok()) {
        qWarning() << "createInvitations failed:" << result.error().message << result.error().detail;
        return {};
    }
    return result.value();
}

qint64 TestInvites::inviteIdOf(const QString& email)
{
    return scalar(QStringLiteral("SELECT id FROM invites WHERE email_key = ? AND accepted_at IS NULL "
                                 "AND cancelled_at IS NULL AND superseded_at IS NULL"),
                  {email.toLower()})
        .toLongLong();
}

qint64 TestInvites::addWorkspace(const QString& name)
{
    DirectSql direct(*m_db);
    direct.exec(QStringLiteral("INSERT INTO workspaces (name, slug, created_at) VALUES (?, ?, 0)"),
                {name, name.toLower()});
    const qint64 id = direct.scalar(QStringLiteral("SELECT id FROM workspaces WHERE name = ?"), {name}).toLongLong();
    direct.exec(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, joined_at, "
                               "updated_at) VALUES (?, ?, 'admin', 'active', 'invite', 0, 0)"),
                {idOf(QStringLiteral("ada@example.org")), id});
    return id;
}

qint64 TestInvites::queued(qint64 workspaceId)
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE workspace_id = ? AND status = 'queued'"),
                  {workspaceId})
        .toLongLong();
}

Result<Id> TestInvites::accept(const QString& link, const QString& password)
{
    return await(m_backend->acceptInvitation({link, password}));
}

void TestInvites::saveSettings(const std::function<void(SignupSettings&)>& change)
{
    auto settings = await(m_backend->invitations()->signupSettings(1));
    QVERIFY(settings.ok());
    SignupSettings changed = settings.value();
    change(changed);
    const auto saved = await(m_backend->invitations()->saveSignupSettings(as(QStringLiteral("ada@example.org")), changed));
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
}

SmtpSettings TestInvites::sinkSettings() const
{
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = qEnvironmentVariableIntValue("USHER_SMTP_PORT");
    settings.security = SmtpSettings::Security::None;
    settings.fromAddress = QStringLiteral("usher@example.org");
    settings.fromName = QStringLiteral("Usher");
    settings.timeoutSeconds = 10;
    return settings;
}

QList<ParsedMail> TestInvites::mailsTo(const QString& address) const
{
    QList<ParsedMail> found;
    for (const ParsedMail& mail : readMaildir(qEnvironmentVariable("USHER_MAILDIR"))) {
        if (mail.to.contains(address, Qt::CaseInsensitive)) {
            found.append(mail);
        }
    }
    return found;
}

QString TestInvites::linkIn(const ParsedMail& mail) const
{
    static const QRegularExpression link(QStringLiteral(R"(https://\S+\?invite=[A-Za-z0-9_-]+)"));
    return link.match(mail.text).captured(0);
}

void TestInvites::drain(MailSender& sender)
{
    sender.kick();
    QTRY_VERIFY_WITH_TIMEOUT(!sender.isBusy(), 30'000);
}

qint64 TestInvites::addBareWorkspace(const QString& name)
{
    DirectSql direct(*m_db);
    if (!direct.exec(QStringLiteral("INSERT INTO workspaces (name, slug, created_at) VALUES (?, ?, 0)"),
                     {name, name.toLower()})) {
        return 0;
    }
    return direct.scalar(QStringLiteral("SELECT id FROM workspaces WHERE slug = ?"), {name.toLower()}).toLongLong();
}

qint64 TestInvites::addMembership(const QString& email, qint64 workspaceId, const QString& role, const QString& status)
{
    DirectSql direct(*m_db);
    if (scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email_key = ?"), {email.toLower()}).toInt() == 0
        && !direct.exec(QStringLiteral("INSERT INTO accounts (email, email_key, display_name, created_at) "
                                       "VALUES (?, ?, ?, 0)"),
                        {email, email.toLower(), email})) {
        return 0;
    }
    const qint64 account = idOf(email);
    if (!direct.exec(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, "
                                    "joined_at) VALUES (?, ?, ?, ?, 'manual', 0)"),
                     {account, workspaceId, role, status})) {
        return 0;
    }
    return account;
}

int TestInvites::openInvites(const QString& email)
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM invites i JOIN accounts a ON a.id = i.account_id "
                                 "WHERE a.email_key = ? AND i.accepted_at IS NULL AND i.cancelled_at IS NULL "
                                 "AND i.superseded_at IS NULL"),
                  {email.toLower()})
        .toInt();
}

void TestInvites::everyAddressGetsItsVerdict()
{
    saveSettings([](SignupSettings& s) { s.allowlist = {QStringLiteral("example.org")}; });
    const QString pasted = QStringLiteral("New One <new1@example.org>, max@example.org; ivy@example.org\n"
                                          "not-an-address; NEW1@example.org\nout@elsewhere.com\n"
                                          "\"Lovelace, Ada\" <ada.l@example.org>\ndot@example.org");
    const auto review = await(m_backend->invitations()->reviewInvitations(1, parseInviteAddresses(pasted)));
    QVERIFY(review.ok());
    const QList<InviteVerdict> expected{InviteVerdict::Ok,           InviteVerdict::AlreadyMember,
                                        InviteVerdict::AlreadyInvited, InviteVerdict::BadSyntax,
                                        InviteVerdict::Duplicate,    InviteVerdict::OutsideAllowlist,
                                        InviteVerdict::Ok,           InviteVerdict::AlreadyMember};
    QCOMPARE(review.value().checks.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(review.value().checks.at(i).verdict, expected.at(i));
    }
    QCOMPARE(review.value().acceptable, 2);
    QVERIFY(review.value().checks.at(5).why.contains(QLatin1String("elsewhere.com")));
    QVERIFY(review.value().checks.at(7).why.contains(QLatin1String("restore")));

    const auto outcomes = invite(QStringLiteral("ada@example.org"), pasted, Role::Editor);
    QCOMPARE(outcomes.size(), expected.size());
    QStringList done;
    for (const InvitationOutcome& outcome : outcomes) {
        if (outcome.done) {
            done.append(outcome.email);
            QVERIFY(outcome.link.startsWith(QLatin1String("https://usher.example/join?invite=")));
        } else {
            QVERIFY(!outcome.why.isEmpty());
            QVERIFY(outcome.link.isEmpty());
        }
    }
    QCOMPARE(done, (QStringList{QStringLiteral("new1@example.org"), QStringLiteral("ada.l@example.org")}));
    QCOMPARE(scalar(QStringLiteral("SELECT m.status || '/' || m.role || '/' || m.source FROM memberships m "
                                   "JOIN accounts a ON a.id = m.account_id WHERE a.email_key = 'new1@example.org'"))
                 .toString(),
             QStringLiteral("invited/editor/invite"));
    QCOMPARE(scalar(QStringLiteral("SELECT first_name || ' ' || last_name FROM accounts WHERE email_key = ?"),
                    {QStringLiteral("ada.l@example.org")})
                 .toString(),
             QStringLiteral("Ada Lovelace"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'invite.created'")).toInt(), 2);
    // The list now says they are invited.
    const auto again = await(m_backend->invitations()->reviewInvitations(1, parseInviteAddresses(QStringLiteral("new1@example.org"))));
    QCOMPARE(again.value().checks.constFirst().verdict, InviteVerdict::AlreadyInvited);
}

void TestInvites::linksAreStoredOnlyAsHashes()
{
    const auto outcomes = invite(QStringLiteral("ada@example.org"), QStringLiteral("secret@example.org"));
    QCOMPARE(outcomes.size(), 1);
    const QString secret = tokenFromLink(outcomes.constFirst().link);
    QVERIFY(secret.size() >= 43); // 32 bytes, base64url
    QVERIFY(!secret.contains(QLatin1Char('=')) && !secret.contains(QLatin1Char('+')) && !secret.contains(QLatin1Char('/')));
    QCOMPARE(scalar(QStringLiteral("SELECT token_hash FROM invites WHERE email_key = 'secret@example.org'")).toString(),
             token::hashOf(secret));
    // Nowhere in the database, in any form.
    for (const QString& sql : {QStringLiteral("SELECT COUNT(*) FROM invites WHERE token_hash = ? OR message = ?"),
                               QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%' || ? || '%' "
                                              "OR before_json LIKE '%' || ? || '%'"),
                               QStringLiteral("SELECT COUNT(*) FROM outbox WHERE body_text LIKE '%' || ? || '%' "
                                              "OR body_html LIKE '%' || ? || '%'")}) {
        QCOMPARE(scalar(sql, {secret, secret}).toInt(), 0);
    }
}

void TestInvites::seatCapCoversTheWholeBatch()
{
    DirectSql direct(*m_db);
    const qint64 used = scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status IN ('invited', 'active')"))
                            .toLongLong();
    QVERIFY(direct.exec(QStringLiteral("UPDATE workspaces SET seat_cap = ?"), {used + 2}));
    const QString three = QStringLiteral("s1@example.org, s2@example.org, s3@example.org, max@example.org");
    const auto review = await(m_backend->invitations()->reviewInvitations(1, parseInviteAddresses(three)));
    QVERIFY(review.value().seatRefusal);
    QVERIFY(review.value().seatRefusal->contains(QLatin1String("Seat limit reached")));

    InvitationRequest request;
    request.addresses = parseInviteAddresses(three);
    const auto refused = await(m_backend->invitations()->createInvitations(as(QStringLiteral("ada@example.org")), request));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Kind::Refused);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM invites WHERE email_key <> 'ivy@example.org'")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email LIKE 's_@example.org'")).toInt(), 0);

    // Two fit exactly; the member already in the list does not need a seat.
    const auto outcomes = invite(QStringLiteral("ada@example.org"), QStringLiteral("s1@example.org, s2@example.org, "
                                                                                    "max@example.org"));
    QCOMPARE(outcomes.size(), 3);
    QVERIFY(outcomes.at(0).done && outcomes.at(1).done && !outcomes.at(2).done);
    const auto full = await(m_backend->invitations()->reviewInvitations(1, parseInviteAddresses(QStringLiteral("s3@example.org"))));
    QVERIFY(full.value().seatRefusal);
}

void TestInvites::linksWorkOnceAndRefuseClosedInvitations()
{
    const auto outcomes = invite(QStringLiteral("ada@example.org"),
                                 QStringLiteral("once@example.org, gone@example.org, again@example.org, "
                                                "late@example.org"));
    QCOMPARE(outcomes.size(), 4);
    QHash<QString, QString> links;
    for (const auto& outcome : outcomes) {
        QVERIFY(outcome.done);
        links.insert(outcome.email, outcome.link);
    }

    // A short password is refused and the link stays usable.
    auto result = accept(links.value(QStringLiteral("once@example.org")), QStringLiteral("short"));
    QCOMPARE(result.error().kind, Kind::Invalid);
    result = accept(links.value(QStringLiteral("once@example.org")));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value(), idOf(QStringLiteral("once@example.org")));
    QCOMPARE(scalar(QStringLiteral("SELECT m.status FROM memberships m JOIN accounts a ON a.id = m.account_id "
                                   "WHERE a.email_key = 'once@example.org'"))
                 .toString(),
             QStringLiteral("active"));
    QVERIFY(scalar(QStringLiteral("SELECT password_hash FROM accounts WHERE email_key = 'once@example.org'"))
                .toString()
                .startsWith(QLatin1String("$argon2id$")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'invite.accepted'")).toInt(), 1);
    // The same link again: used.
    result = accept(links.value(QStringLiteral("once@example.org")));
    QCOMPARE(result.error().kind, Kind::Refused);
    QVERIFY(result.error().message.contains(QLatin1String("works only once")));

    // Cancelled: the link is refused and the invited person leaves the workspace.
    const auto cancelled = await(
        m_backend->invitations()->cancelInvitations(as(QStringLiteral("ada@example.org")), {inviteIdOf(QStringLiteral("gone@example.org"))}));
    QVERIFY(cancelled.ok() && cancelled.value().constFirst().done);
    result = accept(links.value(QStringLiteral("gone@example.org")));
    QCOMPARE(result.error().kind, Kind::Refused);
    QVERIFY(result.error().message.contains(QLatin1String("cancelled")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships m JOIN accounts a ON a.id = m.account_id "
                                   "WHERE a.email_key = 'gone@example.org'"))
                 .toInt(),
             0);

    // Sent again ("Copy registration link"): the old link is replaced, the new one works.
    const auto resent = await(m_backend->invitations()->resendInvitations(as(QStringLiteral("hal@example.org")),
                                                           {inviteIdOf(QStringLiteral("again@example.org"))}, false));
    QVERIFY(resent.ok() && resent.value().constFirst().done);
    const QString newLink = resent.value().constFirst().link;
    QVERIFY(!newLink.isEmpty() && newLink != links.value(QStringLiteral("again@example.org")));
    result = accept(links.value(QStringLiteral("again@example.org")));
    QCOMPARE(result.error().kind, Kind::Refused);
    QVERIFY(result.error().message.contains(QLatin1String("newer invitation")));
    QVERIFY(accept(newLink).ok());

    // Expired.
    DirectSql direct(*m_db);
    QVERIFY(direct.exec(QStringLiteral("UPDATE invites SET expires_at = ? WHERE email_key = 'late@example.org'"),
                        {QDateTime::currentSecsSinceEpoch() - 60}));
    result = accept(links.value(QStringLiteral("late@example.org")));
    QCOMPARE(result.error().kind, Kind::Refused);
    QVERIFY(result.error().message.contains(QLatin1String("expired")));
    const auto listed = await(m_backend->invitations()->listInvitations(1));
    QVERIFY(listed.ok());
    bool seenLate = false;
    for (const Invitation& invitation : listed.value()) {
        if (invitation.email == QLatin1String("late@example.org")) {
            seenLate = true;
            QVERIFY(invitationExpired(invitation, QDateTime::currentDateTimeUtc()));
        }
        QVERIFY(invitation.email != QLatin1String("once@example.org")); // accepted: not open any more
    }
    QVERIFY(seenLate);

    // A link nobody issued.
    result = accept(QStringLiteral("https://usher.example/join?invite=") + token::generate());
    QCOMPARE(result.error().kind, Kind::NotFound);
    QVERIFY(result.error().message.contains(QLatin1String("not known")));
}

void TestInvites::rolesGateInvitations()
{
    InvitationRequest request;
    request.addresses = parseInviteAddresses(QStringLiteral("someone@example.org"));
    auto result = await(m_backend->invitations()->createInvitations(as(QStringLiteral("eddie@example.org")), request));
    QCOMPARE(result.error().kind, Kind::Refused);
    request.role = Role::Admin;
    result = await(m_backend->invitations()->createInvitations(as(QStringLiteral("mia@example.org")), request));
    QCOMPARE(result.error().kind, Kind::Refused);

    // A group granting what a Manager lacks is refused for a Manager.
    GroupEdit billing;
    billing.name = QStringLiteral("Billing");
    billing.permissions = QStringList{QStringLiteral("billing.manage")};
    const auto group = await(m_backend->groups()->createGroup(as(QStringLiteral("ada@example.org")), billing));
    QVERIFY(group.ok());
    request.role = Role::Member;
    request.groupIds = {group.value()};
    result = await(m_backend->invitations()->createInvitations(as(QStringLiteral("mia@example.org")), request));
    QCOMPARE(result.error().kind, Kind::Refused);
    result = await(m_backend->invitations()->createInvitations(as(QStringLiteral("ada@example.org")), request));
    QVERIFY(result.ok() && result.value().constFirst().done);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members WHERE group_id = ? AND account_id = ?"),
                    {group.value().number(), idOf(QStringLiteral("someone@example.org"))})
                 .toInt(),
             1);

    // Helpdesk resends but does not cancel; and a link in hand (copied) only for people whose
    // role and groups stay within the operator's own rights, or whoever holds it takes them.
    const qint64 id = inviteIdOf(QStringLiteral("someone@example.org"));
    const auto cancel = await(m_backend->invitations()->cancelInvitations(as(QStringLiteral("hal@example.org")), {id}));
    QCOMPARE(cancel.error().kind, Kind::Refused);
    auto copy = await(m_backend->invitations()->resendInvitations(as(QStringLiteral("hal@example.org")), {id}, false));
    QVERIFY(copy.ok() && !copy.value().constFirst().done);
    QVERIFY(copy.value().constFirst().link.isEmpty());
    QVERIFY(copy.value().constFirst().why.contains(QLatin1String("by mail")));
    const auto mailed = await(m_backend->invitations()->resendInvitations(as(QStringLiteral("hal@example.org")), {id}, true));
    QVERIFY(mailed.ok() && mailed.value().constFirst().done && mailed.value().constFirst().mailQueued);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'invite.resent'")).toInt(), 1);

    request.groupIds.clear();
    request.role = Role::Admin;
    request.addresses = parseInviteAddresses(QStringLiteral("boss@example.org"));
    QVERIFY(await(m_backend->invitations()->createInvitations(as(QStringLiteral("ada@example.org")), request)).ok());
    const qint64 boss = inviteIdOf(QStringLiteral("boss@example.org"));
    for (const char* who : {"hal@example.org", "mia@example.org"}) {
        copy = await(m_backend->invitations()->resendInvitations(as(QString::fromLatin1(who)), {boss}, false));
        QVERIFY(copy.ok() && !copy.value().constFirst().done && copy.value().constFirst().link.isEmpty());
    }
    copy = await(m_backend->invitations()->resendInvitations(as(QStringLiteral("ada@example.org")), {boss}, false));
    QVERIFY(copy.ok() && copy.value().constFirst().done && !copy.value().constFirst().link.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'invite.link_copied'")).toInt(), 1);
}

void TestInvites::signupSettingsAreValidatedAndAudited()
{
    auto settings = await(m_backend->invitations()->signupSettings(1)).value();
    QCOMPARE(settings.inviteExpiryDays, defaultInviteExpiryDays);
    SignupSettings bad = settings;
    bad.allowlist = {QStringLiteral("not a domain")};
    auto saved = await(m_backend->invitations()->saveSignupSettings(as(QStringLiteral("ada@example.org")), bad));
    QCOMPARE(saved.error().kind, Kind::Invalid);
    QVERIFY(saved.error().message.contains(QLatin1String("Allowed domains")));
    bad = settings;
    bad.defaultRole = Role::Admin;
    QCOMPARE(await(m_backend->invitations()->saveSignupSettings(as(QStringLiteral("ada@example.org")), bad)).error().kind, Kind::Invalid);
    bad = settings;
    bad.inviteExpiryDays = 0;
    QCOMPARE(await(m_backend->invitations()->saveSignupSettings(as(QStringLiteral("ada@example.org")), bad)).error().kind, Kind::Invalid);
    QCOMPARE(await(m_backend->invitations()->saveSignupSettings(as(QStringLiteral("mia@example.org")), settings)).error().kind,
             Kind::Refused);

    GroupEdit starters;
    starters.name = QStringLiteral("Starters");
    const Id group = await(m_backend->groups()->createGroup(as(QStringLiteral("ada@example.org")), starters)).value();
    saveSettings([group](SignupSettings& s) {
        s.publicSignup = true;
        s.waitlist = true;
        s.allowlist = parseDomainList(QStringLiteral("@Example.org, example.net"));
        s.defaultRole = Role::Editor;
        s.defaultGroupIds = {group};
        s.captchaProvider = QStringLiteral("hcaptcha");
        s.inviteExpiryDays = 7;
        s.language = QStringLiteral("de");
        s.joinUrl = QStringLiteral("https://app.example.org/join");
    });
    settings = await(m_backend->invitations()->signupSettings(1)).value();
    QVERIFY(settings.publicSignup && settings.waitlist);
    QCOMPARE(settings.allowlist, (QStringList{QStringLiteral("example.org"), QStringLiteral("example.net")}));
    QCOMPARE(settings.defaultRole, Role::Editor);
    QCOMPARE(settings.defaultGroupIds, QList<Id>{group});
    QCOMPARE(settings.captchaProvider, QStringLiteral("hcaptcha"));
    QCOMPARE(settings.inviteExpiryDays, 7);
    QCOMPARE(settings.language, QStringLiteral("de"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'workspace.signup_changed'")).toInt(), 1);

    // The expiry applies to the next invitation.
    const auto outcomes = invite(QStringLiteral("ada@example.org"), QStringLiteral("week@example.org"));
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.constFirst().link.startsWith(QLatin1String("https://app.example.org/join?invite=")));
    const qint64 span = scalar(QStringLiteral("SELECT expires_at - created_at FROM invites WHERE email_key = "
                                              "'week@example.org'"))
                            .toLongLong();
    QCOMPARE(span, qint64(7 * 24 * 3600));
}

void TestInvites::waitlistApprovalStaysWithinTheCap()
{
    auto joined = await(m_backend->joinWaitlist(1, QStringLiteral("w1@example.org"), QStringLiteral("landing page")));
    QCOMPARE(joined.error().kind, Kind::Refused); // the waitlist is off
    // Signup's groups stay within what signup may give (at most an Editor's rights).
    GroupEdit billing;
    billing.name = QStringLiteral("Billing");
    billing.permissions = QStringList{QStringLiteral("billing.manage")};
    const Id billingId = await(m_backend->groups()->createGroup(as(QStringLiteral("ada@example.org")), billing)).value();
    SignupSettings tooMuch = await(m_backend->invitations()->signupSettings(1)).value();
    tooMuch.defaultGroupIds = {billingId};
    const auto refusedGroup = await(m_backend->invitations()->saveSignupSettings(as(QStringLiteral("ada@example.org")), tooMuch));
    QCOMPARE(refusedGroup.error().kind, Kind::Refused);
    QVERIFY(refusedGroup.error().message.contains(QLatin1String("Billing")));
    GroupEdit starters;
    starters.name = QStringLiteral("Starters");
    const Id group = await(m_backend->groups()->createGroup(as(QStringLiteral("ada@example.org")), starters)).value();
    saveSettings([group](SignupSettings& s) {
        s.waitlist = true;
        s.allowlist = {QStringLiteral("example.org")};
        s.defaultRole = Role::Editor;
        s.defaultGroupIds = {group};
    });
    for (const char* email : {"w1@example.org", "w2@example.org", "w3@example.org", "w4@example.org"}) {
        QVERIFY(await(m_backend->joinWaitlist(1, QString::fromLatin1(email), QStringLiteral("landing page"))).ok());
    }
    QCOMPARE(await(m_backend->joinWaitlist(1, QStringLiteral("W1@example.org"), {})).error().kind, Kind::Conflict);
    QCOMPARE(await(m_backend->joinWaitlist(1, QStringLiteral("x@elsewhere.com"), {})).error().kind, Kind::Refused);
    QCOMPARE(await(m_backend->joinWaitlist(1, QStringLiteral("max@example.org"), {})).error().kind, Kind::Invalid);

    const auto waiting = await(m_backend->invitations()->listWaitlist(1));
    QVERIFY(waiting.ok());
    QCOMPARE(waiting.value().size(), 4);
    QCOMPARE(waiting.value().constFirst().source, QStringLiteral("landing page"));
    QList<Id> ids;
    for (const WaitlistEntry& entry : waiting.value()) {
        ids.append(entry.id);
    }

    DirectSql direct(*m_db);
    const qint64 used = scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status IN ('invited', 'active')"))
                            .toLongLong();
    QVERIFY(direct.exec(QStringLiteral("UPDATE workspaces SET seat_cap = ?"), {used + 2}));
    // Helpdesk may not decide.
    QCOMPARE(await(m_backend->invitations()->decideWaitlist(as(QStringLiteral("hal@example.org")), ids, true, false)).error().kind,
             Kind::Refused);
    const auto approved = await(m_backend->invitations()->decideWaitlist(as(QStringLiteral("mia@example.org")), ids.mid(0, 3), true,
                                                          false));
    QVERIFY(approved.ok());
    QCOMPARE(approved.value().size(), 3);
    QVERIFY(approved.value().at(0).done && approved.value().at(1).done);
    QVERIFY(!approved.value().at(2).done);
    QVERIFY(approved.value().at(2).why.contains(QLatin1String("Seat limit reached")));
    QVERIFY(!approved.value().at(0).link.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT m.role || '/' || m.source || '/' || m.status FROM memberships m JOIN "
                                   "accounts a ON a.id = m.account_id WHERE a.email_key = 'w1@example.org'"))
                 .toString(),
             QStringLiteral("editor/signup/invited"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members WHERE group_id = ?"), {group.number()}).toInt(), 2);
    // The approved person sets a password through the link and is in.
    QVERIFY(accept(approved.value().at(0).link).ok());

    const auto rejected = await(m_backend->invitations()->decideWaitlist(as(QStringLiteral("ada@example.org")), ids.mid(2), false,
                                                          false));
    QVERIFY(rejected.ok());
    QVERIFY(rejected.value().at(0).done && rejected.value().at(1).done);
    QCOMPARE(await(m_backend->invitations()->listWaitlist(1)).value().size(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'waitlist.approved'")).toInt(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'waitlist.rejected'")).toInt(), 2);
    // Decided entries are not decided twice.
    const auto twice = await(m_backend->invitations()->decideWaitlist(as(QStringLiteral("ada@example.org")), {ids.first()}, true, false));
    QVERIFY(twice.ok() && !twice.value().constFirst().done);
}

void TestInvites::mailsGoThroughTheOutboxToTheSink()
{
    QVERIFY2(qEnvironmentVariableIsSet("USHER_SMTP_PORT") && qEnvironmentVariableIsSet("USHER_MAILDIR"),
             "Needs the SMTP sink that scripts/test starts (USHER_SMTP_PORT, USHER_MAILDIR).");
    saveSettings([](SignupSettings& s) { s.language = QStringLiteral("de"); });
    const QString anna = QStringLiteral("anna.%1@example.org").arg(m_tag);
    const QString bert = QStringLiteral("bert.%1@example.org").arg(m_tag);
    const auto outcomes = invite(QStringLiteral("ada@example.org"),
                                 QStringLiteral("Anna Ahrens <%1>, %2").arg(anna, bert), Role::Member, true);
    QCOMPARE(outcomes.size(), 2);
    QVERIFY(outcomes.at(0).mailQueued && outcomes.at(0).link.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'queued'")).toInt(), 2);
    // The queued mail holds a placeholder, not a link.
    QVERIFY(scalar(QStringLiteral("SELECT body_text FROM outbox WHERE recipient = ?"), {anna})
                .toString()
                .contains(QLatin1String("{{usher-registration-link}}")));

    MailSender sender;
    sender.setBackend(m_backend.get());
    sender.setOperator(as(QStringLiteral("ada@example.org")));
    sender.setSettings(sinkSettings());
    QTRY_VERIFY_WITH_TIMEOUT(!sender.isBusy(), 30'000);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")).toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(anna).size(), 1, 10'000);
    const ParsedMail mail = mailsTo(anna).constFirst();
    QCOMPARE(mail.subject, QStringLiteral("Ada Admin hat Sie zu %1 eingeladen")
                               .arg(scalar(QStringLiteral("SELECT name FROM workspaces")).toString()));
    QVERIFY(mail.text.contains(QLatin1String("Hallo Anna Ahrens")));
    QVERIFY(mail.text.contains(QLatin1String("Welcome aboard!")));
    const QString link = linkIn(mail);
    QVERIFY2(!link.isEmpty(), qPrintable(mail.text));
    QVERIFY(mail.html.contains(link.toHtmlEscaped()));
    // The stored mail still has no link in it.
    QVERIFY(!scalar(QStringLiteral("SELECT body_text FROM outbox WHERE recipient = ?"), {anna})
                 .toString()
                 .contains(tokenFromLink(link)));
    QVERIFY(accept(link).ok());

    // Sent again: a new mail with a new link; the first mail's link is refused.
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(bert).size(), 1, 10'000);
    const QString firstLink = linkIn(mailsTo(bert).constFirst());
    const qint64 bertInvite = inviteIdOf(bert);
    // The address had a typo: corrected, the new mail goes to the corrected one.
    const QString berta = QStringLiteral("berta.%1@example.org").arg(m_tag);
    ProfileEdit corrected;
    corrected.email = berta;
    corrected.firstName = QStringLiteral("Berta");
    const int version = scalar(QStringLiteral("SELECT m.version FROM memberships m JOIN accounts a ON a.id = "
                                              "m.account_id WHERE a.email_key = ?"),
                               {bert.toLower()})
                            .toInt();
    const auto edited = await(m_backend->members()->updateProfile(as(QStringLiteral("ada@example.org")), idOf(bert), corrected,
                                                       version));
    QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : edited.error().message));
    const auto resent = await(m_backend->invitations()->resendInvitations(as(QStringLiteral("ada@example.org")), {bertInvite}, true));
    QVERIFY(resent.ok() && resent.value().constFirst().mailQueued);
    QCOMPARE(resent.value().constFirst().email, berta);
    drain(sender);
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(berta).size(), 1, 10'000);
    QCOMPARE(mailsTo(bert).size(), 1);
    const QString secondLink = linkIn(mailsTo(berta).constFirst());
    QVERIFY(!secondLink.isEmpty() && secondLink != firstLink);
    QVERIFY(accept(firstLink).error().message.contains(QLatin1String("newer invitation")));
    QVERIFY(accept(secondLink).ok());
}

void TestInvites::refusingAndSilentServersLeaveMailFailed()
{
    const QString carl = QStringLiteral("carl.%1@example.org").arg(m_tag);
    QCOMPARE(invite(QStringLiteral("ada@example.org"), carl, Role::Member, true).size(), 1);
    MailSender sender;
    sender.setBackend(m_backend.get());
    sender.setOperator(as(QStringLiteral("ada@example.org")));
    {
        ScriptedSmtpServer refusing({{"RCPT", "550 5.1.1 <" + carl.toUtf8() + ">: Recipient address rejected"}});
        SmtpSettings settings = sinkSettings();
        settings.port = refusing.port();
        sender.setSettings(settings);
        QTRY_VERIFY_WITH_TIMEOUT(!sender.isBusy(), 30'000);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM outbox")).toString(), QStringLiteral("failed"));
    QVERIFY(scalar(QStringLiteral("SELECT last_error FROM outbox")).toString().contains(QLatin1String("Recipient address "
                                                                                                      "rejected")));
    QVERIFY(scalar(QStringLiteral("SELECT next_attempt_at FROM outbox")).isNull()); // 5xx: not tried again
    const auto listed = await(m_backend->invitations()->listInvitations(1)).value();
    const auto failed = std::find_if(listed.cbegin(), listed.cend(), [&](const Invitation& i) { return i.email == carl; });
    QVERIFY(failed != listed.cend());
    QCOMPARE(failed->mailStatus, MailStatus::Failed);
    QVERIFY(failed->mailError.contains(QLatin1String("550")));

    // A server that never answers: failed with the reason, and tried again later.
    const auto resent = await(m_backend->invitations()->resendInvitations(as(QStringLiteral("ada@example.org")), {inviteIdOf(carl)}, true));
    QVERIFY(resent.ok());
    {
        ScriptedSmtpServer silent({{"greeting", ""}});
        SmtpSettings settings = sinkSettings();
        settings.port = silent.port();
        settings.timeoutSeconds = 2;
        sender.setSettings(settings);
        QTRY_VERIFY_WITH_TIMEOUT(!sender.isBusy(), 30'000);
    }
    const QString latest = QStringLiteral("SELECT %1 FROM outbox WHERE id = (SELECT MAX(id) FROM outbox)");
    QCOMPARE(scalar(latest.arg(QStringLiteral("status"))).toString(), QStringLiteral("failed"));
    QVERIFY(!scalar(latest.arg(QStringLiteral("last_error"))).toString().isEmpty());
    QVERIFY(!scalar(latest.arg(QStringLiteral("next_attempt_at"))).isNull());

    // Nothing is lost: once due, the real server gets it, and its link works.
    DirectSql direct(*m_db);
    QVERIFY(direct.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE next_attempt_at IS NOT NULL"),
                        {QDateTime::currentSecsSinceEpoch() - 1}));
    if (!qEnvironmentVariableIsSet("USHER_SMTP_PORT")) {
        QFAIL("Needs the SMTP sink that scripts/test starts (USHER_SMTP_PORT, USHER_MAILDIR).");
    }
    sender.setSettings(sinkSettings());
    QTRY_VERIFY_WITH_TIMEOUT(!sender.isBusy(), 30'000);
    QCOMPARE(scalar(latest.arg(QStringLiteral("status"))).toString(), QStringLiteral("sent"));
    QCOMPARE(scalar(latest.arg(QStringLiteral("attempts"))).toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(carl).size(), 1, 10'000);
    QVERIFY(accept(linkIn(mailsTo(carl).constFirst())).ok());
}

void TestInvites::mailsOfClosedInvitationsAreNotSent()
{
    QVERIFY2(qEnvironmentVariableIsSet("USHER_SMTP_PORT") && qEnvironmentVariableIsSet("USHER_MAILDIR"),
             "Needs the SMTP sink that scripts/test starts (USHER_SMTP_PORT, USHER_MAILDIR).");
    const QString dana = QStringLiteral("dana.%1@example.org").arg(m_tag);
    const QString emil = QStringLiteral("emil.%1@example.org").arg(m_tag);
    QCOMPARE(invite(QStringLiteral("ada@example.org"), dana + QStringLiteral(", ") + emil, Role::Member, true).size(), 2);
    // Dana is deleted and Emil's address falls outside a new allowlist before the mails go.
    MemberChange remove;
    remove.operation = MemberOperation::Delete;
    remove.targets = {MemberTarget{idOf(dana), -1}};
    const auto removed = await(m_backend->members()->changeMembers(as(QStringLiteral("ada@example.org")), remove));
    QVERIFY(removed.ok() && removed.value().constFirst().done);
    saveSettings([](SignupSettings& s) { s.allowlist = {QStringLiteral("example.com")}; });

    MailSender sender;
    sender.setBackend(m_backend.get());
    sender.setOperator(as(QStringLiteral("ada@example.org")));
    sender.setSettings(sinkSettings());
    QTRY_VERIFY_WITH_TIMEOUT(!sender.isBusy(), 30'000);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'failed' AND next_attempt_at IS NULL"))
                 .toInt(),
             2);
    QVERIFY(scalar(QStringLiteral("SELECT last_error FROM outbox WHERE recipient = ?"), {dana})
                .toString()
                .contains(QLatin1String("no longer invited")));
    QVERIFY(scalar(QStringLiteral("SELECT last_error FROM outbox WHERE recipient = ?"), {emil})
                .toString()
                .contains(QLatin1String("allowed domains")));
    QTest::qWait(300);
    QVERIFY(mailsTo(dana).isEmpty() && mailsTo(emil).isEmpty());
}

void TestInvites::onlyAnOperatorWhoMayIssueAnInvitationSendsItsMail()
{
    QVERIFY2(qEnvironmentVariableIsSet("USHER_SMTP_PORT") && qEnvironmentVariableIsSet("USHER_MAILDIR"),
             "Needs the SMTP sink that scripts/test starts (USHER_SMTP_PORT, USHER_MAILDIR).");
    const QString ada = QStringLiteral("ada@example.org");
    const QString plain = QStringLiteral("plain.%1@example.org").arg(m_tag);
    const QString boss = QStringLiteral("boss.%1@example.org").arg(m_tag);
    const QString payer = QStringLiteral("payer.%1@example.org").arg(m_tag);
    const QString elsewhere = QStringLiteral("elsewhere.%1@example.org").arg(m_tag);
    GroupEdit finance;
    finance.name = QStringLiteral("Finance");
    finance.permissions = QStringList{QStringLiteral("billing.manage")};
    const auto group = await(m_backend->groups()->createGroup(as(ada), finance));
    QVERIFY(group.ok());
    QCOMPARE(invite(ada, plain, Role::Member, true).size(), 1);
    QCOMPARE(invite(ada, boss, Role::Admin, true).size(), 1);
    QCOMPARE(invite(ada, payer, Role::Member, true, {group.value()}).size(), 1);
    // Mail of another workspace, queued by its Admin.
    const qint64 other = addWorkspace(QStringLiteral("Other"));
    Operator adaThere = as(ada);
    adaThere.workspaceId = other;
    InvitationRequest request;
    request.addresses = parseInviteAddresses(elsewhere);
    request.sendMail = true;
    QVERIFY(await(m_backend->invitations()->createInvitations(adaThere, request)).ok());
    QCOMPARE(queued(1), 3);
    QCOMPARE(queued(other), 1);
    const QVariant bossHash = scalar(QStringLiteral("SELECT token_hash FROM invites WHERE email_key = ?"), {boss});

    // Nobody signed in: a configured sender sends nothing.
    MailSender sender;
    sender.setBackend(m_backend.get());
    sender.setSettings(sinkSettings());
    drain(sender);
    QCOMPARE(queued(1), 3);
    QCOMPARE(queued(other), 1);

    // Whoever may not resend invitations, or is no longer active, claims nothing.
    for (const char* who : {"max@example.org", "dot@example.org"}) {
        const auto claimed = await(m_backend->outbox()->claimMail(as(QString::fromLatin1(who)), QDateTime::currentDateTimeUtc()));
        QVERIFY2(!claimed.ok() || !claimed.value(), who);
    }
    QCOMPARE(queued(1), 3);
    // Nor does anyone claim another workspace's mail by naming it: Hal is not a member there.
    Operator halThere = as(QStringLiteral("hal@example.org"));
    halThere.workspaceId = other;
    const auto foreign = await(m_backend->outbox()->claimMail(halThere, QDateTime::currentDateTimeUtc()));
    QVERIFY(!foreign.ok() || !foreign.value());
    QCOMPARE(queued(other), 1);

    // A Helpdesk operator with their own mail server sends only what they could issue
    // themselves: the Member's invitation, not the Admin's, not the one granting billing, and
    // nothing of the other workspace. The others' links are not even reissued.
    sender.setOperator(as(QStringLiteral("hal@example.org")));
    drain(sender);
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(plain).size(), 1, 10'000);
    QCOMPARE(queued(1), 2);
    QCOMPARE(queued(other), 1);
    QVERIFY(mailsTo(boss).isEmpty() && mailsTo(payer).isEmpty() && mailsTo(elsewhere).isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT token_hash FROM invites WHERE email_key = ?"), {boss}), bossHash);
    QCOMPARE(scalar(QStringLiteral("SELECT attempts FROM outbox WHERE recipient = ?"), {boss}).toInt(), 0);
    const auto nothing = await(m_backend->outbox()->claimMail(as(QStringLiteral("hal@example.org")), QDateTime::currentDateTimeUtc()));
    QVERIFY(nothing.ok() && !nothing.value());
    // Nor can they record an outcome for mail they did not claim.
    const qint64 bossMail = scalar(QStringLiteral("SELECT id FROM outbox WHERE recipient = ?"), {boss}).toLongLong();
    QVERIFY(!await(m_backend->outbox()->finishMail(as(QStringLiteral("hal@example.org")), bossMail, false, QStringLiteral("no"),
                                         true))
                 .ok());
    QCOMPARE(queued(1), 2);

    // The Admin sends the rest of their workspace's mail, and only that.
    sender.setOperator(as(ada));
    drain(sender);
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(boss).size(), 1, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(payer).size(), 1, 10'000);
    QCOMPARE(queued(1), 0);
    QCOMPARE(queued(other), 1);
    QVERIFY(accept(linkIn(mailsTo(boss).constFirst())).ok());
    sender.setOperator(adaThere);
    drain(sender);
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(elsewhere).size(), 1, 10'000);
    QCOMPARE(queued(other), 0);

    // Signed out: nothing more goes, also when asked to.
    QCOMPARE(invite(ada, QStringLiteral("late.%1@example.org").arg(m_tag), Role::Member, true).size(), 1);
    sender.setOperator(std::nullopt);
    drain(sender);
    QCOMPARE(queued(1), 1);
}

void TestInvites::mailServerBelongsToTheWorkspace()
{
    const auto empty = await(m_backend->outbox()->mailServer(1));
    QVERIFY2(empty.ok(), qPrintable(empty.ok() ? QString() : empty.error().message));
    QVERIFY(!empty.value().isConfigured());

    SmtpSettings wanted = sinkSettings();
    wanted.host = QStringLiteral("smtp.example.org");
    wanted.security = SmtpSettings::Security::Tls;
    wanted.port = 465;
    wanted.user = QStringLiteral("usher");
    wanted.password = QStringLiteral("never-stored-%1").arg(m_tag);
    // Only Admins choose where the workspace's mail goes.
    for (const char* who : {"hal@example.org", "mia@example.org", "eddie@example.org", "dot@example.org"}) {
        const auto refused = await(m_backend->outbox()->saveMailServer(as(QString::fromLatin1(who)), wanted));
        QVERIFY2(!refused.ok() && refused.error().kind == Kind::Refused, who);
    }
    QVERIFY(!await(m_backend->outbox()->mailServer(1)).value().isConfigured());
    // Settings that could not be used are refused, naming the field.
    SmtpSettings plainText = wanted;
    plainText.security = SmtpSettings::Security::None;
    QCOMPARE(await(m_backend->outbox()->saveMailServer(as(QStringLiteral("ada@example.org")), plainText)).error().kind,
             Kind::Invalid);
    SmtpSettings noSender = wanted;
    noSender.fromAddress = QStringLiteral("not an address");
    QCOMPARE(await(m_backend->outbox()->saveMailServer(as(QStringLiteral("ada@example.org")), noSender)).error().kind,
             Kind::Invalid);

    const auto saved = await(m_backend->outbox()->saveMailServer(as(QStringLiteral("ada@example.org")), wanted));
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    // A second connection (another operator's Usher) reads the same settings, without a password.
    const auto otherUsher = m_db->openedBackend();
    const SmtpSettings read = await(otherUsher->mailServer(1)).value();
    QCOMPARE(read.host, wanted.host);
    QCOMPARE(read.port, 465);
    QCOMPARE(read.security, SmtpSettings::Security::Tls);
    QCOMPARE(read.user, wanted.user);
    QCOMPARE(read.fromAddress, wanted.fromAddress);
    QCOMPARE(read.fromName, wanted.fromName);
    QCOMPARE(read.timeoutSeconds, wanted.timeoutSeconds);
    QVERIFY(read.password.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'workspace.mail_changed'")).toInt(), 1);
    // The password is nowhere in the database.
    QVERIFY(!scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'workspace.mail_changed'"))
                 .toString()
                 .contains(wanted.password));
    // Another workspace has its own (none yet).
    const qint64 other = addWorkspace(QStringLiteral("Other"));
    QVERIFY(!await(m_backend->outbox()->mailServer(other)).value().isConfigured());
}

void TestInvites::sharedAccountsCannotBeClaimedThroughALink()
{
    // Boss is an active Admin of another workspace and has never chosen a password.
    const qint64 other = addBareWorkspace(QStringLiteral("Elsewhere"));
    const qint64 boss = addMembership(QStringLiteral("boss@example.org"), other, QStringLiteral("admin"),
                                      QStringLiteral("active"));
    QVERIFY(other > 0 && boss > 0);
    // A Manager here invites them without a mail and keeps the link...
    auto outcomes = invite(QStringLiteral("mia@example.org"), QStringLiteral("boss@example.org"));
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.constFirst().done);
    const QString link = outcomes.constFirst().link;
    // ...and accepts it with a password of their own: refused, nothing changes.
    auto result = accept(link, QStringLiteral("mallory chose this"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::Refused);
    QVERIFY2(result.error().message.contains(QLatin1String("another workspace")), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QLatin1String("reset")), qPrintable(result.error().message));
    QVERIFY(scalar(QStringLiteral("SELECT password_hash FROM accounts WHERE id = ?"), {boss}).isNull());
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM memberships WHERE account_id = ? AND workspace_id = 1"), {boss})
                 .toString(),
             QStringLiteral("invited"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'invite.accepted'")).toInt(), 0);

    // Copying a fresh link for them is refused, whoever asks; by mail it goes to their own mailbox.
    const qint64 id = inviteIdOf(QStringLiteral("boss@example.org"));
    for (const char* who : {"mia@example.org", "ada@example.org"}) {
        const auto copy = await(m_backend->invitations()->resendInvitations(as(QString::fromLatin1(who)), {id}, false));
        QVERIFY(copy.ok());
        QVERIFY2(!copy.value().constFirst().done, who);
        QVERIFY(copy.value().constFirst().link.isEmpty());
        QVERIFY(copy.value().constFirst().why.contains(QLatin1String("by mail")));
    }
    const auto mailed = await(m_backend->invitations()->resendInvitations(as(QStringLiteral("ada@example.org")), {id}, true));
    QVERIFY(mailed.ok() && mailed.value().constFirst().done && mailed.value().constFirst().link.isEmpty());

    // An account with a password keeps it: a link needs that password, and is never copied.
    outcomes = invite(QStringLiteral("mia@example.org"), QStringLiteral("keyholder@example.org"));
    QVERIFY(outcomes.value(0).done);
    const qint64 keyholder = idOf(QStringLiteral("keyholder@example.org"));
    const QString theirs = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$placeholder");
    {
        DirectSql direct(*m_db);
        QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"), {theirs, keyholder}));
    }
    result = accept(outcomes.constFirst().link, QStringLiteral("mallory chose this"));
    QVERIFY(!result.ok());
    QCOMPARE(scalar(QStringLiteral("SELECT password_hash FROM accounts WHERE id = ?"), {keyholder}).toString(), theirs);
    const auto copy = await(m_backend->invitations()->resendInvitations(as(QStringLiteral("ada@example.org")),
                                                         {inviteIdOf(QStringLiteral("keyholder@example.org"))}, false));
    QVERIFY(copy.ok());
    QVERIFY(!copy.value().constFirst().done);
    QVERIFY(copy.value().constFirst().link.isEmpty());
}

void TestInvites::copiedLinksUseTheMembersRoleNow()
{
    // Invited as a Member, then made a Manager: the link would now make its holder a Manager.
    QVERIFY(invite(QStringLiteral("ada@example.org"), QStringLiteral("rising@example.org")).value(0).done);
    MemberChange promote;
    promote.operation = MemberOperation::ChangeRole;
    promote.role = Role::Manager;
    promote.targets = {{idOf(QStringLiteral("rising@example.org")), -1}};
    const auto promoted = await(m_backend->members()->changeMembers(as(QStringLiteral("ada@example.org")), promote));
    QVERIFY(promoted.ok() && promoted.value().constFirst().done);
    auto copy = await(m_backend->invitations()->resendInvitations(as(QStringLiteral("hal@example.org")),
                                                   {inviteIdOf(QStringLiteral("rising@example.org"))}, false));
    QVERIFY(copy.ok());
    QVERIFY2(!copy.value().constFirst().done, "a Helpdesk copied a link that makes a Manager");
    QVERIFY(copy.value().constFirst().link.isEmpty());
    // Sent again by mail, the invitation says what it grants now.
    const auto mailed = await(m_backend->invitations()->resendInvitations(as(QStringLiteral("ada@example.org")),
                                                           {inviteIdOf(QStringLiteral("rising@example.org"))}, true));
    QVERIFY(mailed.ok() && mailed.value().constFirst().done);
    QCOMPARE(scalar(QStringLiteral("SELECT role FROM invites WHERE id = ?"),
                    {inviteIdOf(QStringLiteral("rising@example.org"))})
                 .toString(),
             QStringLiteral("manager"));
}

void TestInvites::copiedLinksNeedEveryPermissionTheyGrant()
{
    // Helpdesk and Monitor share a rank, not their permissions: a Helpdesk cannot hand out the audit log.
    QVERIFY(invite(QStringLiteral("ada@example.org"), QStringLiteral("watcher@example.org"), Role::Monitor)
                .value(0)
                .done);
    const qint64 watcher = inviteIdOf(QStringLiteral("watcher@example.org"));
    auto copy = await(m_backend->invitations()->resendInvitations(as(QStringLiteral("hal@example.org")), {watcher}, false));
    QVERIFY(copy.ok());
    QVERIFY2(!copy.value().constFirst().done, "a Helpdesk copied a Monitor's link");
    QVERIFY2(copy.value().constFirst().why.contains(QLatin1String("audit log")),
             qPrintable(copy.value().constFirst().why));
    copy = await(m_backend->invitations()->resendInvitations(as(QStringLiteral("ada@example.org")), {watcher}, false));
    QVERIFY(copy.ok() && copy.value().constFirst().done && !copy.value().constFirst().link.isEmpty());
    // A plain Member's link stays within a Helpdesk's rights.
    QVERIFY(invite(QStringLiteral("ada@example.org"), QStringLiteral("plain@example.org")).value(0).done);
    copy = await(m_backend->invitations()->resendInvitations(as(QStringLiteral("hal@example.org")),
                                              {inviteIdOf(QStringLiteral("plain@example.org"))}, false));
    QVERIFY(copy.ok() && copy.value().constFirst().done);
}

void TestInvites::removalAndPurgeCloseOpenInvitations()
{
    // Removed from the workspace: the invitation closes with the membership and its mail stays unsent.
    const auto leaver = invite(QStringLiteral("ada@example.org"), QStringLiteral("leaver@example.org"));
    QVERIFY(leaver.value(0).done);
    QVERIFY(invite(QStringLiteral("ada@example.org"), QStringLiteral("mailed@example.org"), Role::Member, true)
                .value(0)
                .done);
    const qint64 mailedInvite = inviteIdOf(QStringLiteral("mailed@example.org"));
    MemberChange remove;
    remove.operation = MemberOperation::RemoveFromWorkspace;
    remove.targets = {{idOf(QStringLiteral("leaver@example.org")), -1}, {idOf(QStringLiteral("mailed@example.org")), -1}};
    const auto removed = await(m_backend->members()->changeMembers(as(QStringLiteral("mia@example.org")), remove));
    QVERIFY(removed.ok() && removed.value().size() == 2);
    QVERIFY(removed.value().at(0).done && removed.value().at(1).done);
    QCOMPARE(openInvites(QStringLiteral("leaver@example.org")), 0);
    QCOMPARE(openInvites(QStringLiteral("mailed@example.org")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE invite_id = ? AND (status = 'queued' OR "
                                   "next_attempt_at IS NOT NULL)"),
                    {mailedInvite})
                 .toInt(),
             0);
    // Invited again: only the new link works.
    const auto again = invite(QStringLiteral("ada@example.org"), QStringLiteral("leaver@example.org"));
    QVERIFY(again.value(0).done);
    auto result = accept(leaver.constFirst().link);
    QVERIFY2(!result.ok(), "a link from before the removal worked again");
    QCOMPARE(result.error().kind, Kind::Refused);
    QVERIFY(accept(again.constFirst().link).ok());

    // Purged 30 days after deletion, while the account stays for another workspace it was invited to.
    const qint64 other = addBareWorkspace(QStringLiteral("Elsewhere"));
    QVERIFY(addMembership(QStringLiteral("faded@example.org"), other, QStringLiteral("member"),
                          QStringLiteral("invited"))
            > 0);
    const auto faded = invite(QStringLiteral("ada@example.org"), QStringLiteral("faded@example.org"));
    QVERIFY(faded.value(0).done);
    MemberChange erase;
    erase.operation = MemberOperation::Delete;
    erase.targets = {{idOf(QStringLiteral("faded@example.org")), -1}};
    const auto deleted = await(m_backend->members()->changeMembers(as(QStringLiteral("ada@example.org")), erase));
    QVERIFY(deleted.ok() && deleted.value().constFirst().done);
    const auto purged = await(m_backend->maintenance()->purgeExpired(QDateTime::currentDateTimeUtc().addDays(recoveryDays + 1)));
    QVERIFY(purged.ok() && purged.value() >= 1);
    QVERIFY(idOf(QStringLiteral("faded@example.org")) > 0);
    QCOMPARE(openInvites(QStringLiteral("faded@example.org")), 0);
    const auto back = invite(QStringLiteral("ada@example.org"), QStringLiteral("faded@example.org"));
    QVERIFY(back.value(0).done);
    result = accept(faded.constFirst().link);
    QVERIFY2(!result.ok(), "a link from before the purge worked again");
    QCOMPARE(result.error().kind, Kind::Refused);
    result = accept(back.constFirst().link);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
}

void TestInvites::theCountsAgreeWithTheLists()
{
    // The side list shows countSignups until the Invitations page is opened, and the page's
    // lists after: the two must agree whatever happened to the invitations, or the figure
    // jumps when the page opens. countSignups reads kept counts, not the lists.
    const Operator ada = as(QStringLiteral("ada@example.org"));
    int step = 0;
    const auto agree = [&](const char* what) {
        ++step;
        const auto counts = await(m_backend->invitations()->countSignups(1));
        const auto invitations = await(m_backend->invitations()->listInvitations(1));
        const auto waiting = await(m_backend->invitations()->listWaitlist(1));
        QVERIFY(counts.ok() && invitations.ok() && waiting.ok());
        const QString where = QStringLiteral("step %1 (%2): ").arg(step).arg(QLatin1String(what));
        QVERIFY2(counts.value().openInvitations == invitations.value().size(),
                 qPrintable(where + QStringLiteral("%1 counted, %2 listed").arg(counts.value().openInvitations)
                                        .arg(invitations.value().size())));
        QVERIFY2(counts.value().waiting == waiting.value().size(),
                 qPrintable(where + QStringLiteral("%1 counted waiting, %2 listed").arg(counts.value().waiting)
                                        .arg(waiting.value().size())));
    };
    agree("as seeded");
    QCOMPARE(await(m_backend->invitations()->countSignups(1)).value().openInvitations, qint64(1)); // Ivy

    const auto invited = invite(QStringLiteral("ada@example.org"),
                                QStringLiteral("c1@example.org, c2@example.org, c3@example.org, c4@example.org"));
    QCOMPARE(invited.size(), 4);
    agree("four invited");
    // The same people again: a second invitation replaces the first rather than adding one.
    invite(QStringLiteral("ada@example.org"), QStringLiteral("c1@example.org"));
    agree("invited twice");
    QVERIFY(await(m_backend->invitations()->resendInvitations(ada, {inviteIdOf(QStringLiteral("c2@example.org"))}, false)).ok());
    agree("sent again");
    QVERIFY(await(m_backend->invitations()->cancelInvitations(ada, {inviteIdOf(QStringLiteral("c3@example.org"))})).ok());
    agree("cancelled");
    QVERIFY(accept(invited.at(3).link).ok());
    agree("accepted");

    MemberChange change;
    change.targets = {{idOf(QStringLiteral("c1@example.org")), -1}};
    change.operation = MemberOperation::Delete;
    QVERIFY(await(m_backend->members()->changeMembers(ada, change)).value().constFirst().done);
    agree("an invited member deleted");
    change.operation = MemberOperation::Restore;
    QVERIFY(await(m_backend->members()->changeMembers(ada, change)).value().constFirst().done);
    agree("and restored");
    change.targets = {{idOf(QStringLiteral("ivy@example.org")), -1}};
    change.operation = MemberOperation::Disable;
    await(m_backend->members()->changeMembers(ada, change)); // whatever the rules say of it
    agree("an invited member disabled");
    change.operation = MemberOperation::RemoveFromWorkspace;
    QVERIFY(await(m_backend->members()->changeMembers(ada, change)).value().constFirst().done);
    agree("removed from the workspace");

    // Another workspace's invitations are not this one's.
    const qint64 other = addWorkspace(QStringLiteral("Elsewhere"));
    InvitationRequest elsewhere;
    elsewhere.addresses = parseInviteAddresses(QStringLiteral("o1@example.org, o2@example.org"));
    Operator adaElsewhere = ada;
    adaElsewhere.workspaceId = other;
    QVERIFY(await(m_backend->invitations()->createInvitations(adaElsewhere, elsewhere)).ok());
    agree("invited elsewhere");
    QCOMPARE(await(m_backend->invitations()->countSignups(other)).value().openInvitations, qint64(2));

    saveSettings([](SignupSettings& settings) {
        settings.waitlist = true;
        settings.allowlist = {QStringLiteral("example.org")};
    });
    for (const char* email : {"w1@example.org", "w2@example.org", "w3@example.org"}) {
        QVERIFY(await(m_backend->joinWaitlist(1, QString::fromLatin1(email), {})).ok());
    }
    agree("three waiting");
    const auto entries = await(m_backend->invitations()->listWaitlist(1)).value();
    QVERIFY(await(m_backend->invitations()->decideWaitlist(ada, {entries.at(0).id}, true, false)).ok());
    agree("one approved");
    QVERIFY(await(m_backend->invitations()->decideWaitlist(ada, {entries.at(1).id}, false, false)).ok());
    agree("one rejected");
    QCOMPARE(await(m_backend->invitations()->countSignups(1)).value().waiting, qint64(1));
}

void TestInvites::stopKeepsTheReportOfInvitationChanges_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("cancel invitations") << QStringLiteral("cancel");
    QTest::newRow("send invitations again") << QStringLiteral("resend");
    QTest::newRow("approve signups") << QStringLiteral("approve");
    QTest::newRow("reject signups") << QStringLiteral("reject");
}

void TestInvites::stopKeepsTheReportOfInvitationChanges()
{
    // 600 invitations or signups, more than two chunks; Stop pressed once the first chunk is
    // reported, as a person would. The report names all 600, and it agrees with the database
    // and the audit log about exactly who was changed.
    QFETCH(QString, change);
    const bool waitlist = change == QLatin1String("approve") || change == QLatin1String("reject");
    constexpr int people = 600;
    QList<Id> ids;
    if (waitlist) {
        saveSettings([](SignupSettings& s) {
            s.publicSignup = true;
            s.waitlist = true;
        });
        for (int i = 0; i < people; ++i) {
            const auto joined = await(m_backend->joinWaitlist(1, QStringLiteral("wait%1@example.org").arg(i), {}));
            QVERIFY(joined.ok());
            ids.append(joined.value());
        }
    } else {
        QStringList addresses;
        for (int i = 0; i < people; ++i) {
            addresses.append(QStringLiteral("new%1@example.org").arg(i));
        }
        const QList<InvitationOutcome> invited
            = invite(QStringLiteral("ada@example.org"), addresses.join(QLatin1Char('\n')));
        QCOMPARE(invited.size(), people);
        for (const InvitationOutcome& outcome : invited) {
            QVERIFY(outcome.done);
            ids.append(outcome.inviteId);
        }
    }
    const Operator ada = as(QStringLiteral("ada@example.org"));
    StopToken stop;
    QFuture<Result<QList<InvitationOutcome>>> future = change == QLatin1String("cancel")
        ? m_backend->invitations()->cancelInvitations(ada, ids, stop)
        : change == QLatin1String("resend")
        ? m_backend->invitations()->resendInvitations(ada, ids, true, stop)
        : m_backend->invitations()->decideWaitlist(ada, ids, change == QLatin1String("approve"), false, stop);
    QVERIFY(stopAtFirstProgress(future, stop));
    QVERIFY2(!future.isCanceled() && future.resultCount() == 1, "a Stop must not lose the report");
    const Result<QList<InvitationOutcome>> result = future.result();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().size(), people);
    QSet<QString> done;
    int notReached = 0;
    for (const InvitationOutcome& outcome : result.value()) {
        QVERIFY2(!outcome.email.isEmpty(), "everyone in the report is named");
        QVERIFY(!(outcome.done && outcome.notReached));
        QVERIFY2(outcome.done || outcome.notReached, qPrintable(outcome.why));
        if (outcome.done) {
            done.insert(outcome.email);
        }
        notReached += outcome.notReached ? 1 : 0;
    }
    QVERIFY(done.size() >= 250);
    QVERIFY2(notReached > 0, "the Stop came too late to test anything");
    QCOMPARE(done.size() + notReached, people);

    const QString changedSql = waitlist
        ? QStringLiteral("SELECT email FROM waitlist WHERE decision IS NOT NULL")
        : QStringLiteral("SELECT a.email FROM invites i JOIN accounts a ON a.id = i.account_id WHERE %1 IS NOT NULL")
              .arg(change == QLatin1String("cancel") ? QStringLiteral("i.cancelled_at")
                                                     : QStringLiteral("i.superseded_at"));
    const QString action = change == QLatin1String("cancel") ? QStringLiteral("invite.cancelled")
        : change == QLatin1String("resend")                  ? QStringLiteral("invite.resent")
        : change == QLatin1String("approve")                 ? QStringLiteral("waitlist.approved")
                                                             : QStringLiteral("waitlist.rejected");
    DirectSql direct(*m_db);
    QSqlQuery query(direct.db());
    QVERIFY(query.exec(changedSql));
    QSet<QString> changed;
    while (query.next()) {
        changed.insert(query.value(0).toString());
    }
    QCOMPARE(changed, done);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action}).toInt(),
             done.size());
}

void TestInvites::invitedPeopleAreInvitedAgainFromTheUsersTable()
{
    // B4: "Send Invitation Again" on people chosen in the users table. The table was read a
    // while ago: meanwhile another admin cancelled one invitation, one of the chosen is an
    // active member, one id is of a person in another workspace only (a forged or stale id).
    const QList<InvitationOutcome> made
        = invite(QStringLiteral("ada@example.org"), QStringLiteral("new1@example.org, new2@example.org"));
    QCOMPARE(made.size(), 2);
    const qint64 new1 = idOf(QStringLiteral("new1@example.org"));
    const qint64 new2 = idOf(QStringLiteral("new2@example.org"));
    const qint64 firstInvite = inviteIdOf(QStringLiteral("new1@example.org"));
    const qint64 elsewhere = addBareWorkspace(QStringLiteral("Elsewhere"));
    const qint64 stranger = addMembership(QStringLiteral("stranger@example.org"), elsewhere, QStringLiteral("member"),
                                          QStringLiteral("invited"));
    QVERIFY(stranger > 0);
    const auto cancelled = await(m_backend->invitations()->cancelInvitations(
        as(QStringLiteral("mia@example.org")), {inviteIdOf(QStringLiteral("new2@example.org"))}));
    QVERIFY(cancelled.ok() && cancelled.value().constFirst().done);
    const qint64 queuedBefore = queued(1);

    const QList<Id> chosen{new1, new2, idOf(QStringLiteral("max@example.org")), idOf(QStringLiteral("ivy@example.org")),
                               stranger};
    auto sent = await(m_backend->invitations()->resendInvitationsOf(as(QStringLiteral("ada@example.org")), chosen,
                                                                     std::nullopt, true));
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QCOMPARE(sent.value().size(), chosen.size());
    QHash<QString, InvitationOutcome> byEmail;
    for (const InvitationOutcome& outcome : sent.value()) {
        QVERIFY2(!outcome.email.isEmpty(), "everyone in the report is named");
        byEmail.insert(outcome.email, outcome);
    }
    QVERIFY(byEmail.value(QStringLiteral("new1@example.org")).done);
    QVERIFY(byEmail.value(QStringLiteral("ivy@example.org")).done);
    QVERIFY2(!byEmail.value(QStringLiteral("new2@example.org")).done
                 && byEmail.value(QStringLiteral("new2@example.org")).why.contains(QLatin1String("not a member")),
             qPrintable(byEmail.value(QStringLiteral("new2@example.org")).why));
    QVERIFY2(!byEmail.value(QStringLiteral("max@example.org")).done
                 && byEmail.value(QStringLiteral("max@example.org")).why.contains(QLatin1String("no open invitation")),
             qPrintable(byEmail.value(QStringLiteral("max@example.org")).why));
    QVERIFY2(!byEmail.value(QStringLiteral("stranger@example.org")).done
                 && byEmail.value(QStringLiteral("stranger@example.org")).why.contains(QLatin1String("not a member")),
             qPrintable(byEmail.value(QStringLiteral("stranger@example.org")).why));
    // The old link is replaced, one mail each is queued, the other workspace is untouched.
    QCOMPARE(openInvites(QStringLiteral("new1@example.org")), 1);
    QVERIFY(inviteIdOf(QStringLiteral("new1@example.org")) != firstInvite);
    QVERIFY(!scalar(QStringLiteral("SELECT superseded_at FROM invites WHERE id = ?"), {firstInvite}).isNull());
    QCOMPARE(queued(1), queuedBefore + 2);
    QCOMPARE(openInvites(QStringLiteral("new2@example.org")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM invites WHERE account_id = ?"), {stranger}).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'invite.resent'")).toInt(), 2);

    // The same action twice: a newer link again, still one open invitation.
    sent = await(m_backend->invitations()->resendInvitationsOf(as(QStringLiteral("ada@example.org")), {new1},
                                                                std::nullopt, true));
    QVERIFY(sent.ok() && sent.value().constFirst().done);
    QCOMPARE(openInvites(QStringLiteral("new1@example.org")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM invites WHERE account_id = ?"), {new1}).toInt(), 3);

    // Everyone the Invited view matches now, as Select All in that view sends it.
    UserFilter invitedView;
    invitedView.status = Status::Invited;
    sent = await(m_backend->invitations()->resendInvitationsOf(as(QStringLiteral("ada@example.org")), {},
                                                                invitedView, true));
    QVERIFY(sent.ok());
    const int invitedNow = scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE workspace_id = 1 "
                                                 "AND status = 'invited'"))
                               .toInt();
    QCOMPARE(sent.value().size(), invitedNow);
    for (const InvitationOutcome& outcome : sent.value()) {
        QVERIFY2(outcome.done, qPrintable(outcome.email + QStringLiteral(": ") + outcome.why));
    }

    // Everyone (no status chosen): only the invited are sent one, nobody else is listed; a view
    // of active members sends nothing.
    sent = await(m_backend->invitations()->resendInvitationsOf(as(QStringLiteral("ada@example.org")), {},
                                                                UserFilter{}, true));
    QVERIFY(sent.ok());
    QCOMPARE(sent.value().size(), invitedNow);
    UserFilter activeView;
    activeView.status = Status::Active;
    sent = await(m_backend->invitations()->resendInvitationsOf(as(QStringLiteral("ada@example.org")), {},
                                                                activeView, true));
    QVERIFY(sent.ok() && sent.value().isEmpty());

    // Someone whose role does not send invitations changes nothing.
    const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM invites")).toLongLong();
    const auto refused = await(m_backend->invitations()->resendInvitationsOf(as(QStringLiteral("max@example.org")),
                                                                              {new1}, std::nullopt, true));
    QVERIFY(!refused.ok());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM invites")).toLongLong(), before);
}

QTEST_GUILESS_MAIN(TestInvites)
#include "tst_invites.moc"
