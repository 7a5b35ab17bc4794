// The invitations' contract (I1, I2, S1, S2), checked through the interfaces alone
// (connection/backend.h) against every backend that offers invitations: SQLite and PostgreSQL
// today. Nothing here reads SQL: what a change did is read back through listInvitations,
// countSignups, listWaitlist and the member directory, and a link is tried by the web product's
// own acceptance step where the backend has one (WebProduct; the cases that need it are
// skipped where it has not). A SCIM backend joins with a row in initTestCase_data().
//   tst_invitationscontract     SQLite
//   tst_invitationscontract_pg  PostgreSQL (USHER_TEST_BACKEND=postgres)

#include "connection/backend.h"
#include "connection/sql/sqlbackend.h"
#include "core/clock.h"
#include "core/invitation.h"
#include "knownpeople.h"
#include "testsupport.h"

#include <QTest>

#include <memory>

using namespace usher;
using namespace usher::test;
using Kind = BackendError::Kind;

namespace {

const QString password = QStringLiteral("correct horse battery staple");
constexpr qint64 day = 24 * 3600;

QList<SeedUser> invitationPeople()
{
    const auto person = [](const char* name, const char* email, Role role, Status status = Status::Active) {
        SeedUser user;
        user.name = QString::fromUtf8(name);
        user.email = QString::fromUtf8(email);
        user.role = role;
        user.status = status;
        return user;
    };
    // Six seats held: five active people and Ivy, who is invited.
    return {
        person("Ada Admin", "ada@example.org", Role::Admin),
        person("Mia Manager", "mia@example.org", Role::Manager),
        person("Eddie Editor", "eddie@example.org", Role::Editor),
        person("Hal Helpdesk", "hal@example.org", Role::Helpdesk),
        person("Max Member", "max@example.org", Role::Member),
        person("Ivy Invited", "ivy@example.org", Role::Member, Status::Invited),
        person("Dot Deleted", "dot@example.org", Role::Member, Status::Deleted),
    };
}

} // namespace

class TestInvitationsContract : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void everyAddressGetsItsVerdictAndNothingChanges();
    void aBatchInvitesEachAcceptableAddressInOrder();
    void aNewLinkReplacesTheOldOne();
    void anExpiredLinkIsRefusedButStillListed();
    void cancellingTakesThePersonOutAndIsSaidOnlyOnce();
    void theSeatCapRefusesTheWholeBatch();
    void rolesLimitWhoMayInviteAndCancel();
    void theWaitlistIsDecidedOnceEach();
    void aStoppedResendKeepsWhatItDidAndNamesTheRest();
    void anAddressInvitedSinceTheReviewIsNotInvitedTwice();
    void staleAndUnknownInvitationsAreRefusedEachByName();
    void twoOperatorsAtOnceChangeAnInvitationOnce();

private:
    Operator as(const QString& email) const { return m_people.as(email); }
    Id id(const QString& email) const { return m_people.id(email); }
    /// The web product's steps, where this backend has them.
    WebProduct* web() const { return dynamic_cast<WebProduct*>(m_backend.get()); }
    /// createInvitations with links to copy; the outcomes, or nothing (with a warning) on an error.
    QList<InvitationOutcome> invite(const Operator& op, const QString& addresses, Role role = Role::Member) const;
    QList<Invitation> open() const;
    /// The open invitation of `email`, if there is exactly one (more than one is a failure).
    std::optional<Invitation> openInvitationOf(const QString& email) const;
    /// The membership of `email` in workspace 1, whatever its status; nothing when there is none.
    std::optional<UserSummary> person(const QString& email) const;
    /// Where countSignups disagrees with listInvitations and listWaitlist; empty when they agree.
    QString signupsDisagree() const;
    Result<Id> accept(const QString& link) const { return await(web()->acceptInvitation({link, password})); }
    void saveSettings(const std::function<void(SignupSettings&)>& change);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Backend> m_backend;
    Invitations* m_invitations = nullptr;
    MemberDirectory* m_members = nullptr;
    KnownPeople m_people;
};

void TestInvitationsContract::initTestCase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow(usingPostgres() ? "PostgreSQL" : "SQLite") << QStringLiteral("sql");
}

void TestInvitationsContract::init()
{
    // The clock stands still (and moves only when a test moves it): expiries are exact and a
    // loaded machine cannot let time pass between two steps.
    clock::freezeForTesting(QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC));
    m_database = std::make_unique<TestDatabase>(QStringLiteral("invitations-contract"));
    m_database->seed(invitationPeople());
    m_backend = m_database->backend();
    const auto opened = await(m_backend->open());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_invitations = m_backend->invitations();
    QVERIFY2(m_invitations, "the backend offers no invitations");
    m_members = m_backend->members();
    QVERIFY2(m_members, "the backend offers no member directory");
    QVERIFY(m_people.learn(m_members));
    QCOMPARE(m_people.size(), invitationPeople().size());
}

void TestInvitationsContract::cleanup()
{
    m_invitations = nullptr;
    m_members = nullptr;
    m_backend.reset();
    m_database.reset();
    m_people.clear();
    clock::resumeForTesting();
}

QList<InvitationOutcome> TestInvitationsContract::invite(const Operator& op, const QString& addresses, Role role) const
{
    InvitationRequest request;
    request.addresses = parseInviteAddresses(addresses);
    request.role = role;
    const auto result = await(m_invitations->createInvitations(op, request));
    if (!result.ok()) {
        qWarning() << "createInvitations failed:" << result.error().message;
        return {};
    }
    return result.value();
}

QList<Invitation> TestInvitationsContract::open() const
{
    const auto listed = await(m_invitations->listInvitations(1));
    if (!listed.ok()) {
        qWarning() << "listInvitations failed:" << listed.error().message;
        return {};
    }
    return listed.value();
}

std::optional<Invitation> TestInvitationsContract::openInvitationOf(const QString& email) const
{
    std::optional<Invitation> found;
    for (const Invitation& invitation : open()) {
        if (invitation.email.compare(email, Qt::CaseInsensitive) == 0) {
            if (found) {
                qWarning() << email << "has more than one open invitation";
                return std::nullopt;
            }
            found = invitation;
        }
    }
    return found;
}

std::optional<UserSummary> TestInvitationsContract::person(const QString& email) const
{
    return KnownPeople::find(m_members, email);
}

QString TestInvitationsContract::signupsDisagree() const
{
    const auto counts = await(m_invitations->countSignups(1));
    const auto invitations = await(m_invitations->listInvitations(1));
    const auto waiting = await(m_invitations->listWaitlist(1));
    if (!counts.ok() || !invitations.ok() || !waiting.ok()) {
        return QStringLiteral("the counts or the lists could not be read");
    }
    if (counts.value().openInvitations != invitations.value().size()) {
        return QStringLiteral("%1 open invitations counted, %2 listed")
            .arg(counts.value().openInvitations)
            .arg(invitations.value().size());
    }
    if (counts.value().waiting != waiting.value().size()) {
        return QStringLiteral("%1 waiting counted, %2 listed").arg(counts.value().waiting).arg(waiting.value().size());
    }
    return {};
}

void TestInvitationsContract::saveSettings(const std::function<void(SignupSettings&)>& change)
{
    const auto settings = await(m_invitations->signupSettings(1));
    QVERIFY(settings.ok());
    SignupSettings changed = settings.value();
    change(changed);
    const auto saved = await(m_invitations->saveSignupSettings(as(QStringLiteral("ada@example.org")), changed));
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
}

void TestInvitationsContract::everyAddressGetsItsVerdictAndNothingChanges()
{
    const QList<Invitation> before = open();
    const QString pasted = QStringLiteral("New One <new1@example.org>, max@example.org; not-an-address\n"
                                          "NEW1@example.org\nivy@example.org");
    const auto review = await(m_invitations->reviewInvitations(1, parseInviteAddresses(pasted)));
    QVERIFY2(review.ok(), qPrintable(review.ok() ? QString() : review.error().message));
    const QList<InviteVerdict> expected{InviteVerdict::Ok, InviteVerdict::AlreadyMember, InviteVerdict::BadSyntax,
                                        InviteVerdict::Duplicate, InviteVerdict::AlreadyInvited};
    QCOMPARE(review.value().checks.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const InviteCheck& check = review.value().checks.at(i);
        QCOMPARE(check.verdict, expected.at(i));
        QCOMPARE(check.why.isEmpty(), check.verdict == InviteVerdict::Ok);
    }
    QCOMPARE(review.value().checks.at(0).address.email, QStringLiteral("new1@example.org"));
    QCOMPARE(review.value().checks.at(0).address.name, QStringLiteral("New One"));
    QCOMPARE(review.value().acceptable, 1);
    QCOMPARE(review.value().seatsUsed, qint64(6));
    QVERIFY(!review.value().seatCap);
    QVERIFY(!review.value().seatRefusal);
    // A review writes nothing: nobody is invited, and asking again answers the same.
    QVERIFY(!person(QStringLiteral("new1@example.org")));
    QCOMPARE(open().size(), before.size());
    const auto again = await(m_invitations->reviewInvitations(1, parseInviteAddresses(pasted)));
    QCOMPARE(again.value().checks.at(0).verdict, InviteVerdict::Ok);
    QCOMPARE(again.value().acceptable, 1);
    QVERIFY2(signupsDisagree().isEmpty(), qPrintable(signupsDisagree()));
}

void TestInvitationsContract::aBatchInvitesEachAcceptableAddressInOrder()
{
    const QDateTime now = clock::now();
    const int expiryDays = await(m_invitations->signupSettings(1)).value().inviteExpiryDays;
    const QString pasted = QStringLiteral("New One <new1@example.org>, max@example.org; not-an-address\n"
                                          "NEW1@example.org\nivy@example.org\n\"Lovelace, Ada\" <ada.l@example.org>");
    const QList<InviteAddress> addresses = parseInviteAddresses(pasted);
    const QList<InvitationOutcome> outcomes = invite(as(QStringLiteral("ada@example.org")), pasted, Role::Editor);
    QCOMPARE(outcomes.size(), addresses.size());
    for (int i = 0; i < outcomes.size(); ++i) {
        const InvitationOutcome& outcome = outcomes.at(i);
        QCOMPARE(outcome.email, addresses.at(i).email);
        QVERIFY(!outcome.notReached);
        const bool shouldBeDone = i == 0 || i == 5;
        QVERIFY2(outcome.done == shouldBeDone, qPrintable(outcome.email + QStringLiteral(": ") + outcome.why));
        if (outcome.done) {
            QVERIFY(!outcome.inviteId.isNull() && !outcome.accountId.isNull());
            QVERIFY2(!tokenFromLink(outcome.link).isEmpty(), qPrintable(outcome.link)); // no mail: a link to copy
            QVERIFY(!outcome.mailQueued);
        } else {
            QVERIFY(!outcome.why.isEmpty());
            QVERIFY(outcome.link.isEmpty());
        }
    }
    QVERIFY(outcomes.at(0).link != outcomes.at(5).link);
    // Listed as open invitations, with what they were invited as.
    const auto listed = openInvitationOf(QStringLiteral("new1@example.org"));
    QVERIFY(listed);
    QCOMPARE(listed->id, outcomes.at(0).inviteId);
    QCOMPARE(listed->accountId, outcomes.at(0).accountId);
    QCOMPARE(listed->name, QStringLiteral("New One"));
    QCOMPARE(listed->role, Role::Editor);
    QCOMPARE(listed->source, QStringLiteral("invite"));
    QCOMPARE(listed->invitedBy, QStringLiteral("Ada Admin"));
    QCOMPARE(listed->expiresAt, now.addSecs(expiryDays * day));
    QVERIFY(!invitationExpired(*listed, now));
    QVERIFY(openInvitationOf(QStringLiteral("ada.l@example.org")));
    // Members of the workspace now, invited, in the member directory too.
    const auto member = person(QStringLiteral("new1@example.org"));
    QVERIFY(member);
    QCOMPARE(member->accountId, outcomes.at(0).accountId);
    QCOMPARE(member->status, Status::Invited);
    QCOMPARE(member->role, Role::Editor);
    QCOMPARE(person(QStringLiteral("ada.l@example.org"))->displayName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(person(QStringLiteral("max@example.org"))->status, Status::Active); // untouched
    // And the next review says so.
    const auto again
        = await(m_invitations->reviewInvitations(1, parseInviteAddresses(QStringLiteral("new1@example.org"))));
    QCOMPARE(again.value().checks.constFirst().verdict, InviteVerdict::AlreadyInvited);
    QCOMPARE(again.value().seatsUsed, qint64(8));
    QVERIFY2(signupsDisagree().isEmpty(), qPrintable(signupsDisagree()));
    QCOMPARE(await(m_invitations->countSignups(1)).value().openInvitations, qint64(3)); // Ivy and the two
}

void TestInvitationsContract::aNewLinkReplacesTheOldOne()
{
    const QList<InvitationOutcome> made
        = invite(as(QStringLiteral("ada@example.org")), QStringLiteral("again@example.org"));
    QCOMPARE(made.size(), 1);
    QVERIFY(made.constFirst().done);
    clock::advanceForTesting(day); // sent again a day later: the new link gets a new expiry
    const int expiryDays = await(m_invitations->signupSettings(1)).value().inviteExpiryDays;
    const auto resent = await(
        m_invitations->resendInvitations(as(QStringLiteral("ada@example.org")), {made.constFirst().inviteId}, false));
    QVERIFY2(resent.ok(), qPrintable(resent.ok() ? QString() : resent.error().message));
    QCOMPARE(resent.value().size(), 1);
    const InvitationOutcome outcome = resent.value().constFirst();
    QVERIFY2(outcome.done, qPrintable(outcome.why));
    QCOMPARE(outcome.email, QStringLiteral("again@example.org"));
    QCOMPARE(outcome.accountId, made.constFirst().accountId);
    QVERIFY(!tokenFromLink(outcome.link).isEmpty());
    QVERIFY(outcome.link != made.constFirst().link);
    // One open invitation still, the new one, with the new expiry.
    const auto listed = openInvitationOf(QStringLiteral("again@example.org"));
    QVERIFY(listed);
    QCOMPARE(listed->id, outcome.inviteId);
    QVERIFY(listed->id != made.constFirst().inviteId);
    QCOMPARE(listed->expiresAt, clock::now().addSecs(expiryDays * day));
    QVERIFY2(signupsDisagree().isEmpty(), qPrintable(signupsDisagree()));

    if (!web()) {
        QSKIP("This backend has no acceptance step to try the links with.");
    }
    const auto old = accept(made.constFirst().link);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().kind, Kind::Refused);
    QVERIFY(!old.error().message.isEmpty());
    QCOMPARE(person(QStringLiteral("again@example.org"))->status, Status::Invited);
    const auto accepted = accept(outcome.link);
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
    QCOMPARE(accepted.value(), made.constFirst().accountId);
    QCOMPARE(person(QStringLiteral("again@example.org"))->status, Status::Active);
    QVERIFY(!openInvitationOf(QStringLiteral("again@example.org")));
    // The link works once: pressed again (a reload of the page), refused and nothing changes.
    const auto twice = accept(outcome.link);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().kind, Kind::Refused);
    QCOMPARE(person(QStringLiteral("again@example.org"))->status, Status::Active);
    // A link nobody issued.
    const auto unknown
        = accept(QStringLiteral("https://usher.example/join?invite=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    QCOMPARE(unknown.error().kind, Kind::NotFound);
    QVERIFY2(signupsDisagree().isEmpty(), qPrintable(signupsDisagree()));
}

void TestInvitationsContract::anExpiredLinkIsRefusedButStillListed()
{
    const QList<InvitationOutcome> made
        = invite(as(QStringLiteral("ada@example.org")), QStringLiteral("late@example.org"));
    QCOMPARE(made.size(), 1);
    const int expiryDays = await(m_invitations->signupSettings(1)).value().inviteExpiryDays;
    clock::advanceForTesting(expiryDays * day + 60);
    const auto listed = openInvitationOf(QStringLiteral("late@example.org"));
    QVERIFY2(listed, "an expired invitation stays open, to be sent again or cancelled");
    QVERIFY(invitationExpired(*listed, clock::now()));
    if (!web()) {
        QSKIP("This backend has no acceptance step to try the link with.");
    }
    const auto result = accept(made.constFirst().link);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Kind::Refused);
    QCOMPARE(person(QStringLiteral("late@example.org"))->status, Status::Invited);
    // Sent again, it works.
    const auto resent
        = await(m_invitations->resendInvitations(as(QStringLiteral("ada@example.org")), {listed->id}, false));
    QVERIFY(resent.ok() && resent.value().constFirst().done);
    QVERIFY(accept(resent.value().constFirst().link).ok());
    QCOMPARE(person(QStringLiteral("late@example.org"))->status, Status::Active);
}

void TestInvitationsContract::cancellingTakesThePersonOutAndIsSaidOnlyOnce()
{
    const QList<InvitationOutcome> made
        = invite(as(QStringLiteral("ada@example.org")), QStringLiteral("gone@example.org, stays@example.org"));
    QCOMPARE(made.size(), 2);
    const qint64 openBefore = await(m_invitations->countSignups(1)).value().openInvitations;
    const auto cancelled
        = await(m_invitations->cancelInvitations(as(QStringLiteral("mia@example.org")), {made.at(0).inviteId}));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.ok() ? QString() : cancelled.error().message));
    QCOMPARE(cancelled.value().size(), 1);
    QVERIFY2(cancelled.value().constFirst().done, qPrintable(cancelled.value().constFirst().why));
    QCOMPARE(cancelled.value().constFirst().email, QStringLiteral("gone@example.org"));
    // The person leaves the workspace; the other invitation stays.
    QVERIFY(!openInvitationOf(QStringLiteral("gone@example.org")));
    QVERIFY(!person(QStringLiteral("gone@example.org")));
    QVERIFY(openInvitationOf(QStringLiteral("stays@example.org")));
    QCOMPARE(await(m_invitations->countSignups(1)).value().openInvitations, openBefore - 1);
    const auto review
        = await(m_invitations->reviewInvitations(1, parseInviteAddresses(QStringLiteral("gone@example.org"))));
    QCOMPARE(review.value().checks.constFirst().verdict, InviteVerdict::Ok); // may be invited afresh
    // Cancelled again (a second window, a double click): said, not done, nothing else changes.
    const auto twice
        = await(m_invitations->cancelInvitations(as(QStringLiteral("ada@example.org")), {made.at(0).inviteId}));
    QVERIFY2(twice.ok(), qPrintable(twice.ok() ? QString() : twice.error().message));
    QCOMPARE(twice.value().size(), 1);
    QVERIFY(!twice.value().constFirst().done);
    QVERIFY(!twice.value().constFirst().notReached);
    QVERIFY(!twice.value().constFirst().why.isEmpty());
    QCOMPARE(await(m_invitations->countSignups(1)).value().openInvitations, openBefore - 1);
    QVERIFY(openInvitationOf(QStringLiteral("stays@example.org")));
    QVERIFY2(signupsDisagree().isEmpty(), qPrintable(signupsDisagree()));
    if (web()) {
        const auto result = accept(made.at(0).link);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Kind::Refused);
        QVERIFY(!person(QStringLiteral("gone@example.org")));
    }
}

void TestInvitationsContract::theSeatCapRefusesTheWholeBatch()
{
    m_database->setSeatCap(8); // six held: two free
    const QList<Invitation> before = open();
    const QString three = QStringLiteral("s1@example.org, s2@example.org, s3@example.org, max@example.org");
    const auto review = await(m_invitations->reviewInvitations(1, parseInviteAddresses(three)));
    QVERIFY(review.ok());
    QCOMPARE(review.value().acceptable, 3);
    QCOMPARE(review.value().seatsUsed, qint64(6));
    QVERIFY(review.value().seatCap && *review.value().seatCap == 8);
    QVERIFY(review.value().seatRefusal);
    QVERIFY(!review.value().seatRefusal->isEmpty());

    InvitationRequest request;
    request.addresses = parseInviteAddresses(three);
    const auto refused = await(m_invitations->createInvitations(as(QStringLiteral("ada@example.org")), request));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Kind::Refused);
    QVERIFY(!refused.error().message.isEmpty());
    // Nobody of the batch was invited, not even the first two who would have fitted.
    QCOMPARE(open().size(), before.size());
    for (const char* email : {"s1@example.org", "s2@example.org", "s3@example.org"}) {
        QVERIFY2(!person(QString::fromLatin1(email)), email);
    }
    QVERIFY2(signupsDisagree().isEmpty(), qPrintable(signupsDisagree()));

    // Two fit exactly; the member in the list needs no seat.
    const QList<InvitationOutcome> fits = invite(as(QStringLiteral("ada@example.org")),
                                                 QStringLiteral("s1@example.org, s2@example.org, max@example.org"));
    QCOMPARE(fits.size(), 3);
    QVERIFY(fits.at(0).done && fits.at(1).done && !fits.at(2).done);
    const auto full
        = await(m_invitations->reviewInvitations(1, parseInviteAddresses(QStringLiteral("s3@example.org"))));
    QVERIFY(full.value().seatRefusal);
    request.addresses = parseInviteAddresses(QStringLiteral("s3@example.org"));
    QCOMPARE(await(m_invitations->createInvitations(as(QStringLiteral("ada@example.org")), request)).error().kind,
             Kind::Refused);
    QVERIFY(!person(QStringLiteral("s3@example.org")));
    // A cancelled invitation gives its seat back.
    QVERIFY(await(m_invitations->cancelInvitations(as(QStringLiteral("ada@example.org")), {fits.at(0).inviteId}))
                .value()
                .constFirst()
                .done);
    const auto freed
        = await(m_invitations->reviewInvitations(1, parseInviteAddresses(QStringLiteral("s3@example.org"))));
    QCOMPARE(freed.value().seatsUsed, qint64(7));
    QVERIFY(!freed.value().seatRefusal);
    QVERIFY(invite(as(QStringLiteral("ada@example.org")), QStringLiteral("s3@example.org")).value(0).done);
}

void TestInvitationsContract::rolesLimitWhoMayInviteAndCancel()
{
    const QList<Invitation> before = open();
    InvitationRequest request;
    request.addresses = parseInviteAddresses(QStringLiteral("someone@example.org"));
    // An Editor and a Member invite nobody; a Manager invites nobody above a Manager.
    for (const char* who : {"eddie@example.org", "max@example.org"}) {
        const auto result = await(m_invitations->createInvitations(as(QString::fromLatin1(who)), request));
        QVERIFY2(!result.ok(), who);
        QCOMPARE(result.error().kind, Kind::Refused);
        QVERIFY(!result.error().message.isEmpty());
    }
    request.role = Role::Admin;
    const auto tooHigh = await(m_invitations->createInvitations(as(QStringLiteral("mia@example.org")), request));
    QVERIFY(!tooHigh.ok());
    QCOMPARE(tooHigh.error().kind, Kind::Refused);
    QVERIFY(!person(QStringLiteral("someone@example.org")));
    QCOMPARE(open().size(), before.size());

    // Helpdesk and Editors send invitations again but cancel none.
    const auto ivy = openInvitationOf(QStringLiteral("ivy@example.org"));
    QVERIFY(ivy);
    for (const char* who : {"hal@example.org", "eddie@example.org"}) {
        const auto result = await(m_invitations->cancelInvitations(as(QString::fromLatin1(who)), {ivy->id}));
        QVERIFY2(!result.ok(), who);
        QCOMPARE(result.error().kind, Kind::Refused);
    }
    QCOMPARE(openInvitationOf(QStringLiteral("ivy@example.org"))->id, ivy->id);
    // A Member cannot even send one again.
    const auto byMember
        = await(m_invitations->resendInvitations(as(QStringLiteral("max@example.org")), {ivy->id}, false));
    QVERIFY(!byMember.ok());
    QCOMPARE(byMember.error().kind, Kind::Refused);
    QCOMPARE(openInvitationOf(QStringLiteral("ivy@example.org"))->id, ivy->id);

    // A Manager may not cancel the invitation of someone invited above a Manager.
    request.addresses = parseInviteAddresses(QStringLiteral("boss@example.org"));
    const auto boss = await(m_invitations->createInvitations(as(QStringLiteral("ada@example.org")), request));
    QVERIFY(boss.ok() && boss.value().constFirst().done);
    const auto byManager = await(
        m_invitations->cancelInvitations(as(QStringLiteral("mia@example.org")), {boss.value().constFirst().inviteId}));
    QVERIFY(byManager.ok());
    QVERIFY(!byManager.value().constFirst().done);
    QVERIFY(!byManager.value().constFirst().why.isEmpty());
    QVERIFY(openInvitationOf(QStringLiteral("boss@example.org")));
    QCOMPARE(person(QStringLiteral("boss@example.org"))->role, Role::Admin);
    QVERIFY2(signupsDisagree().isEmpty(), qPrintable(signupsDisagree()));
}

void TestInvitationsContract::theWaitlistIsDecidedOnceEach()
{
    if (!web()) {
        QSKIP("This backend has no signup step to fill the waitlist with.");
    }
    const auto closed = await(web()->joinWaitlist(1, QStringLiteral("w1@example.org"), QStringLiteral("landing page")));
    QVERIFY(!closed.ok()); // the waitlist is off
    QCOMPARE(closed.error().kind, Kind::Refused);
    saveSettings([](SignupSettings& s) {
        s.waitlist = true;
        s.allowlist = {QStringLiteral("example.org")};
        s.defaultRole = Role::Editor;
    });
    QList<Id> ids;
    for (const char* email : {"w1@example.org", "w2@example.org", "w3@example.org"}) {
        const auto joined = await(web()->joinWaitlist(1, QString::fromLatin1(email), QStringLiteral("landing page")));
        QVERIFY2(joined.ok(), qPrintable(joined.ok() ? QString() : joined.error().message));
        ids.append(joined.value());
        clock::advanceForTesting(60);
    }
    // Careless or hostile signups: the same address again, another domain, a member.
    QVERIFY(!await(web()->joinWaitlist(1, QStringLiteral("W1@example.org"), {})).ok());
    QVERIFY(!await(web()->joinWaitlist(1, QStringLiteral("x@elsewhere.com"), {})).ok());
    QVERIFY(!await(web()->joinWaitlist(1, QStringLiteral("max@example.org"), {})).ok());
    const auto waiting = await(m_invitations->listWaitlist(1));
    QVERIFY(waiting.ok());
    QCOMPARE(waiting.value().size(), 3);
    for (int i = 0; i < 3; ++i) { // oldest first
        QCOMPARE(waiting.value().at(i).id, ids.at(i));
        QCOMPARE(waiting.value().at(i).email, QStringLiteral("w%1@example.org").arg(i + 1));
        QCOMPARE(waiting.value().at(i).source, QStringLiteral("landing page"));
    }
    QVERIFY(waiting.value().at(0).signedUpAt < waiting.value().at(1).signedUpAt);
    QVERIFY2(signupsDisagree().isEmpty(), qPrintable(signupsDisagree()));

    // Helpdesk decides nothing.
    const auto byHelpdesk
        = await(m_invitations->decideWaitlist(as(QStringLiteral("hal@example.org")), ids, true, false));
    QVERIFY(!byHelpdesk.ok());
    QCOMPARE(byHelpdesk.error().kind, Kind::Refused);
    QCOMPARE(await(m_invitations->listWaitlist(1)).value().size(), 3);

    // Approved: an invited member with signup's role, and a link to choose a password.
    const auto approved
        = await(m_invitations->decideWaitlist(as(QStringLiteral("mia@example.org")), {ids.at(0)}, true, false));
    QVERIFY2(approved.ok(), qPrintable(approved.ok() ? QString() : approved.error().message));
    QCOMPARE(approved.value().size(), 1);
    QVERIFY2(approved.value().constFirst().done, qPrintable(approved.value().constFirst().why));
    QVERIFY(!tokenFromLink(approved.value().constFirst().link).isEmpty());
    const auto w1 = person(QStringLiteral("w1@example.org"));
    QVERIFY(w1);
    QCOMPARE(w1->status, Status::Invited);
    QCOMPARE(w1->role, Role::Editor);
    QCOMPARE(w1->source, Source::Signup);
    const auto listed = openInvitationOf(QStringLiteral("w1@example.org"));
    QVERIFY(listed);
    QCOMPARE(listed->source, QStringLiteral("signup"));
    // Rejected: gone from the list, and nobody joins.
    const auto rejected
        = await(m_invitations->decideWaitlist(as(QStringLiteral("ada@example.org")), {ids.at(1)}, false, false));
    QVERIFY(rejected.ok() && rejected.value().size() == 1);
    QVERIFY2(rejected.value().constFirst().done, qPrintable(rejected.value().constFirst().why));
    QVERIFY(!person(QStringLiteral("w2@example.org")));
    const auto left = await(m_invitations->listWaitlist(1));
    QCOMPARE(left.value().size(), 1);
    QCOMPARE(left.value().constFirst().id, ids.at(2));
    QVERIFY2(signupsDisagree().isEmpty(), qPrintable(signupsDisagree()));
    // Decided entries are not decided twice, either way: said, and nothing changes.
    for (const bool approve : {true, false}) {
        for (const Id& entry : {ids.at(0), ids.at(1)}) {
            const auto again
                = await(m_invitations->decideWaitlist(as(QStringLiteral("ada@example.org")), {entry}, approve, false));
            QVERIFY(again.ok() && again.value().size() == 1);
            QVERIFY(!again.value().constFirst().done);
            QVERIFY(!again.value().constFirst().why.isEmpty());
        }
    }
    QCOMPARE(person(QStringLiteral("w1@example.org"))->status, Status::Invited);
    QVERIFY(!person(QStringLiteral("w2@example.org")));
    QCOMPARE(openInvitationOf(QStringLiteral("w1@example.org"))->id, listed->id);
    // The approved person chooses a password through the link and is in.
    QVERIFY(accept(approved.value().constFirst().link).ok());
    QCOMPARE(person(QStringLiteral("w1@example.org"))->status, Status::Active);
    QVERIFY2(signupsDisagree().isEmpty(), qPrintable(signupsDisagree()));
}

void TestInvitationsContract::aStoppedResendKeepsWhatItDidAndNamesTheRest()
{
    // Enough invitations that a resend takes more than one step; Stop is pressed as soon as the
    // first progress is reported, as a person watching it would.
    constexpr int people = 600;
    QStringList addresses;
    for (int i = 0; i < people; ++i) {
        addresses.append(QStringLiteral("bulk%1@example.org").arg(i));
    }
    const QList<InvitationOutcome> made
        = invite(as(QStringLiteral("ada@example.org")), addresses.join(QLatin1Char('\n')));
    QCOMPARE(made.size(), people);
    QList<Id> ids;
    for (const InvitationOutcome& outcome : made) {
        QVERIFY(outcome.done);
        ids.append(outcome.inviteId);
    }
    StopToken stop;
    auto future = m_invitations->resendInvitations(as(QStringLiteral("ada@example.org")), ids, false, stop);
    QVERIFY(stopAtFirstProgress(future, stop));
    QVERIFY2(!future.isCanceled() && future.resultCount() == 1, "a Stop must not lose the report");
    const auto result = future.result();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().size(), people);
    int done = 0;
    int notReached = 0;
    int firstDone = -1;
    int firstNotReached = -1;
    for (int i = 0; i < people; ++i) {
        const InvitationOutcome& outcome = result.value().at(i);
        QCOMPARE(outcome.email, addresses.at(i)); // in order, everyone named
        QVERIFY2(outcome.done != outcome.notReached, qPrintable(outcome.email + QStringLiteral(": ") + outcome.why));
        if (outcome.done) {
            ++done;
            firstDone = firstDone < 0 ? i : firstDone;
            QVERIFY(!tokenFromLink(outcome.link).isEmpty());
        } else {
            ++notReached;
            firstNotReached = firstNotReached < 0 ? i : firstNotReached;
            QVERIFY(!outcome.why.isEmpty());
            QVERIFY(outcome.link.isEmpty());
        }
    }
    QVERIFY2(done > 0, "nothing was done before the Stop");
    QVERIFY2(notReached > 0, "the Stop came too late to test anything");
    // What was done is kept (a new invitation each), the rest is as it was.
    QHash<QString, Id> openIds;
    for (const Invitation& invitation : open()) {
        openIds.insert(invitation.email, invitation.id);
    }
    QCOMPARE(openIds.size(), people + 1); // and Ivy
    for (int i = 0; i < people; ++i) {
        const InvitationOutcome& outcome = result.value().at(i);
        const Id expected = outcome.done ? outcome.inviteId : ids.at(i);
        QVERIFY2(openIds.value(addresses.at(i)) == expected, qPrintable(addresses.at(i)));
        QVERIFY(!outcome.done || outcome.inviteId != ids.at(i));
    }
    QVERIFY2(signupsDisagree().isEmpty(), qPrintable(signupsDisagree()));
    if (web()) {
        QCOMPARE(accept(made.at(firstDone).link).error().kind, Kind::Refused); // replaced
        QVERIFY(accept(result.value().at(firstDone).link).ok());
        QVERIFY(accept(made.at(firstNotReached).link).ok()); // never replaced
    }
}

void TestInvitationsContract::anAddressInvitedSinceTheReviewIsNotInvitedTwice()
{
    // Ada reviews a list; before she presses Invite, Mia invites one of its people.
    const QString list = QStringLiteral("late@example.org, fresh@example.org");
    const auto review = await(m_invitations->reviewInvitations(1, parseInviteAddresses(list)));
    QCOMPARE(review.value().acceptable, 2);
    const QList<InvitationOutcome> byMia
        = invite(as(QStringLiteral("mia@example.org")), QStringLiteral("late@example.org"));
    QVERIFY(byMia.value(0).done);
    const QList<InvitationOutcome> byAda = invite(as(QStringLiteral("ada@example.org")), list, Role::Editor);
    QCOMPARE(byAda.size(), 2);
    QVERIFY(!byAda.at(0).done);
    QVERIFY(!byAda.at(0).why.isEmpty());
    QVERIFY(byAda.at(0).link.isEmpty());
    QVERIFY(byAda.at(1).done);
    // Mia's invitation stands as it was: one invitation, hers, with her role.
    const auto late = openInvitationOf(QStringLiteral("late@example.org"));
    QVERIFY(late);
    QCOMPARE(late->id, byMia.constFirst().inviteId);
    QCOMPARE(late->invitedBy, QStringLiteral("Mia Manager"));
    QCOMPARE(person(QStringLiteral("late@example.org"))->role, Role::Member);
    // The same batch twice (a double click): nobody is invited twice, the second says why.
    const QList<InvitationOutcome> twice = invite(as(QStringLiteral("ada@example.org")), list, Role::Editor);
    QCOMPARE(twice.size(), 2);
    QVERIFY(!twice.at(0).done && !twice.at(1).done);
    QVERIFY(!twice.at(1).why.isEmpty());
    QCOMPARE(openInvitationOf(QStringLiteral("fresh@example.org"))->id, byAda.at(1).inviteId);
    QVERIFY2(signupsDisagree().isEmpty(), qPrintable(signupsDisagree()));
    if (web()) {
        QVERIFY(accept(byAda.at(1).link).ok()); // the first link is still the one
    }
}

void TestInvitationsContract::staleAndUnknownInvitationsAreRefusedEachByName()
{
    const QList<InvitationOutcome> made
        = invite(as(QStringLiteral("ada@example.org")), QStringLiteral("old@example.org, kept@example.org"));
    QCOMPARE(made.size(), 2);
    QVERIFY(await(m_invitations->cancelInvitations(as(QStringLiteral("ada@example.org")), {made.at(0).inviteId}))
                .value()
                .constFirst()
                .done);
    // A list read before the cancel, and an id nobody issued: each answered on its own, in order.
    const QList<Id> chosen{made.at(0).inviteId, 987654, made.at(1).inviteId};
    const auto resent = await(m_invitations->resendInvitations(as(QStringLiteral("ada@example.org")), chosen, false));
    QVERIFY2(resent.ok(), qPrintable(resent.ok() ? QString() : resent.error().message));
    QCOMPARE(resent.value().size(), 3);
    QVERIFY(!resent.value().at(0).done && !resent.value().at(0).why.isEmpty());
    QCOMPARE(resent.value().at(0).email, QStringLiteral("old@example.org")); // named, though closed
    QVERIFY(resent.value().at(0).link.isEmpty());
    QVERIFY(!resent.value().at(1).done && !resent.value().at(1).why.isEmpty());
    QVERIFY(resent.value().at(1).link.isEmpty());
    QVERIFY2(resent.value().at(2).done, qPrintable(resent.value().at(2).why));
    QCOMPARE(resent.value().at(2).email, QStringLiteral("kept@example.org"));
    // The cancelled person did not come back.
    QVERIFY(!person(QStringLiteral("old@example.org")));
    QVERIFY(!openInvitationOf(QStringLiteral("old@example.org")));
    // The replaced id is stale now too: sending it again is refused, the new one stays.
    const auto stale
        = await(m_invitations->resendInvitations(as(QStringLiteral("ada@example.org")), {made.at(1).inviteId}, false));
    QVERIFY(stale.ok() && !stale.value().constFirst().done);
    QCOMPARE(openInvitationOf(QStringLiteral("kept@example.org"))->id, resent.value().at(2).inviteId);
    const auto cancelUnknown = await(m_invitations->cancelInvitations(as(QStringLiteral("ada@example.org")), {987654}));
    QVERIFY(cancelUnknown.ok() && cancelUnknown.value().size() == 1);
    QVERIFY(!cancelUnknown.value().constFirst().done && !cancelUnknown.value().constFirst().why.isEmpty());
    QVERIFY2(signupsDisagree().isEmpty(), qPrintable(signupsDisagree()));
}

void TestInvitationsContract::twoOperatorsAtOnceChangeAnInvitationOnce()
{
    // Ada sends an invitation again while Mia, on another connection, cancels it: one of them
    // gets there first, the other is told, and the invitation ends up in one state.
    const QList<InvitationOutcome> made
        = invite(as(QStringLiteral("ada@example.org")), QStringLiteral("race@example.org"));
    QCOMPARE(made.size(), 1);
    const Id inviteId = made.constFirst().inviteId;
    std::unique_ptr<Backend> other = m_database->backend();
    QVERIFY(await(other->open()).ok());
    auto resend = m_invitations->resendInvitations(as(QStringLiteral("ada@example.org")), {inviteId}, false);
    auto cancel = other->invitations()->cancelInvitations(as(QStringLiteral("mia@example.org")), {inviteId});
    const auto resent = await(resend);
    const auto cancelled = await(cancel);
    QVERIFY2(resent.ok(), qPrintable(resent.ok() ? QString() : resent.error().message));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.ok() ? QString() : cancelled.error().message));
    QCOMPARE(resent.value().size(), 1);
    QCOMPARE(cancelled.value().size(), 1);
    const bool resentFirst = resent.value().constFirst().done;
    const bool cancelledFirst = cancelled.value().constFirst().done;
    QVERIFY2(resentFirst != cancelledFirst, "exactly one of the two changes the invitation");
    const InvitationOutcome& loser = resentFirst ? cancelled.value().constFirst() : resent.value().constFirst();
    QVERIFY(!loser.why.isEmpty());
    const auto listed = openInvitationOf(QStringLiteral("race@example.org"));
    if (resentFirst) {
        QVERIFY(listed);
        QCOMPARE(listed->id, resent.value().constFirst().inviteId);
        QCOMPARE(person(QStringLiteral("race@example.org"))->status, Status::Invited);
    } else {
        QVERIFY(!listed);
        QVERIFY(!person(QStringLiteral("race@example.org")));
    }
    other.reset();
    QVERIFY2(signupsDisagree().isEmpty(), qPrintable(signupsDisagree()));
}

QTEST_GUILESS_MAIN(TestInvitationsContract)
#include "tst_invitationscontract.moc"
