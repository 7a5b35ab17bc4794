// Operator sign-in's contract, checked through the interfaces alone (connection/backend.h)
// against every backend that keeps its own operators: SQLite and PostgreSQL today. A local
// file identifies its operator by email (requiresSignIn() false); a shared database asks for a
// password (true), and both are checked as they say they work. Nothing here reads SQL: people
// are read back through the member directory, and the sign-in delay is passed by moving the
// clock (core/clock.h), never by sleeping or rewriting the database.
//   tst_operatorsignincontract     SQLite
//   tst_operatorsignincontract_pg  PostgreSQL (USHER_TEST_BACKEND=postgres)

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

const QString fayPassword = QStringLiteral("correct horse battery staple");

/// A workspace at work: one active Admin, people of every status.
QList<SeedUser> workingPeople()
{
    return {
        seeded("Ada Admin", "ada@example.org", Role::Admin),
        seeded("Mia Manager", "mia@example.org", Role::Manager),
        seeded("Max Member", "max@example.org", Role::Member),
        seeded("Dana Admin", "dana@example.org", Role::Admin, Status::Disabled),
        seeded("Dot Deleted", "dot@example.org", Role::Manager, Status::Deleted),
        seeded("Ivy Invited", "ivy@example.org", Role::Manager, Status::Invited),
    };
}

/// A workspace whose only Admin is disabled: it needs its first (active) Admin.
QList<SeedUser> peopleWithoutAnAdmin()
{
    return {
        seeded("Mia Manager", "mia@example.org", Role::Manager),
        seeded("Max Member", "max@example.org", Role::Member),
        seeded("Dana Admin", "dana@example.org", Role::Admin, Status::Disabled),
    };
}

NewMember newAdmin(const char* first, const char* last, const char* email, const QString& password)
{
    NewMember admin;
    admin.firstName = QString::fromUtf8(first);
    admin.lastName = QString::fromUtf8(last);
    admin.email = QString::fromUtf8(email);
    admin.role = Role::Admin;
    admin.password = password;
    return admin;
}

} // namespace

class TestOperatorSignInContract : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void identifyAnswersAnActiveOperator();
    void identifyRefusesWhoMayNotWork_data();
    void identifyRefusesWhoMayNotWork();
    void identifyReadsThePersonAgainEachTime();
    void theFirstAdminIsSetUpOnce();
    void noFirstAdminWhileAnAdminIsActive();
    void twoFirstAdminsAtOnceMakeOne();
    void wrongPasswordsAreRefusedAndThenMadeToWait();
    void signInReadsThePersonAgainEachTime();
    void listWorkspacesListsThePersonsWorkspaces();

private:
    /// A fresh database holding `people`, opened, with everyone's id learnt.
    void openWith(const QList<SeedUser>& people);
    Operator as(const QString& email) const { return m_people.as(email); }
    Id id(const QString& email) const { return m_people.id(email); }
    /// The membership of `email` in workspace 1, whatever its status; nothing when there is none.
    std::optional<UserSummary> person(const QString& email) const;
    qint64 count(Status status, std::optional<Role> role = std::nullopt) const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Backend> m_backend;
    OperatorSignIn* m_signIn = nullptr;
    MemberDirectory* m_members = nullptr;
    KnownPeople m_people;
    OpenInfo m_opened;
};

void TestOperatorSignInContract::initTestCase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow(usingPostgres() ? "PostgreSQL" : "SQLite") << QStringLiteral("sql");
}

void TestOperatorSignInContract::init()
{
    openWith(workingPeople());
}

void TestOperatorSignInContract::openWith(const QList<SeedUser>& people)
{
    m_signIn = nullptr;
    m_members = nullptr;
    m_backend.reset();
    m_database = std::make_unique<TestDatabase>(QStringLiteral("signin-contract"));
    m_database->seed(people);
    m_backend = m_database->backend();
    const auto opened = await(m_backend->open());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_opened = opened.value();
    m_signIn = m_backend->operatorSignIn();
    QVERIFY2(m_signIn, "the backend keeps no operators of its own");
    m_members = m_backend->members();
    QVERIFY2(m_members, "the backend offers no member directory");
    QVERIFY(m_people.learn(m_members));
    QCOMPARE(m_people.size(), people.size());
}

void TestOperatorSignInContract::cleanup()
{
    m_signIn = nullptr;
    m_members = nullptr;
    m_backend.reset();
    m_database.reset();
    m_people.clear();
    clock::resumeForTesting();
}

std::optional<UserSummary> TestOperatorSignInContract::person(const QString& email) const
{
    return KnownPeople::find(m_members, email);
}

qint64 TestOperatorSignInContract::count(Status status, std::optional<Role> role) const
{
    UserFilter filter;
    filter.workspaceId = 1;
    filter.status = status;
    filter.role = role;
    const auto counted = await(m_members->countUsers(filter));
    return counted.ok() ? counted.value() : -1;
}

void TestOperatorSignInContract::identifyAnswersAnActiveOperator()
{
    // A local file is whoever holds it; a shared database is everyone's, so it asks for a password.
    if (m_backend->kindName() == QLatin1String("SQLite")) {
        QVERIFY(!m_signIn->requiresSignIn());
    } else if (m_backend->kindName() == QLatin1String("PostgreSQL")) {
        QVERIFY(m_signIn->requiresSignIn());
    }
    const auto ada = await(m_signIn->identify(1, QStringLiteral("ada@example.org")));
    if (m_signIn->requiresSignIn()) {
        // Nobody is let in by an address alone.
        QVERIFY(!ada.ok());
        QCOMPARE(ada.error().kind, Kind::Refused);
        QVERIFY(!ada.error().message.isEmpty());
        return;
    }
    QVERIFY2(ada.ok(), qPrintable(ada.ok() ? QString() : ada.error().message));
    QCOMPARE(ada.value().workspaceId, Id(1));
    QCOMPARE(ada.value().accountId, id(QStringLiteral("ada@example.org")));
    QCOMPARE(ada.value().role, Role::Admin);
    QCOMPARE(ada.value().email, QStringLiteral("ada@example.org"));
    QCOMPARE(ada.value().displayName, QStringLiteral("Ada Admin"));
    // Typed carelessly, the address is still hers.
    const auto typed = await(m_signIn->identify(1, QStringLiteral("  ADA@Example.org ")));
    QVERIFY(typed.ok());
    QCOMPARE(typed.value().accountId, id(QStringLiteral("ada@example.org")));
    const auto mia = await(m_signIn->identify(1, QStringLiteral("mia@example.org")));
    QVERIFY(mia.ok());
    QCOMPARE(mia.value().role, Role::Manager);
    QCOMPARE(mia.value().accountId, id(QStringLiteral("mia@example.org")));
}

void TestOperatorSignInContract::identifyRefusesWhoMayNotWork_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("kind"); // where identify() is offered (!requiresSignIn())
    QTest::newRow("nobody of the workspace") << QStringLiteral("nobody@example.org") << int(Kind::NotFound);
    QTest::newRow("a disabled Admin") << QStringLiteral("dana@example.org") << int(Kind::Refused);
    QTest::newRow("a deleted Manager") << QStringLiteral("dot@example.org") << int(Kind::Refused);
    QTest::newRow("an invited Manager") << QStringLiteral("ivy@example.org") << int(Kind::Refused);
    QTest::newRow("a Member (no role in Usher)") << QStringLiteral("max@example.org") << int(Kind::Refused);
}

void TestOperatorSignInContract::identifyRefusesWhoMayNotWork()
{
    QFETCH(QString, email);
    QFETCH(int, kind);
    const auto result = await(m_signIn->identify(1, email));
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(int(result.error().kind), m_signIn->requiresSignIn() ? int(Kind::Refused) : kind);
}

void TestOperatorSignInContract::identifyReadsThePersonAgainEachTime()
{
    if (m_signIn->requiresSignIn()) {
        QSKIP("Operators of this backend sign in with a password; identify() is not offered.");
    }
    // Mia was identified this morning; since then Ada made her an Editor, then disabled her.
    // Each identify() reads her as she is, not as she was.
    QCOMPARE(await(m_signIn->identify(1, QStringLiteral("mia@example.org"))).value().role, Role::Manager);
    MemberChange demote;
    demote.operation = MemberOperation::ChangeRole;
    demote.role = Role::Editor;
    demote.targets = {{id(QStringLiteral("mia@example.org")), -1}};
    QVERIFY(await(m_members->changeMembers(as(QStringLiteral("ada@example.org")), demote)).value().value(0).done);
    QCOMPARE(await(m_signIn->identify(1, QStringLiteral("mia@example.org"))).value().role, Role::Editor);
    MemberChange disable;
    disable.operation = MemberOperation::Disable;
    disable.targets = {{id(QStringLiteral("mia@example.org")), -1}};
    QVERIFY(await(m_members->changeMembers(as(QStringLiteral("ada@example.org")), disable)).value().value(0).done);
    const auto again = await(m_signIn->identify(1, QStringLiteral("mia@example.org")));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Kind::Refused);
}

void TestOperatorSignInContract::theFirstAdminIsSetUpOnce()
{
    openWith(peopleWithoutAnAdmin());
    QCOMPARE(m_opened.activeAdmins, qint64(0));
    QCOMPARE(count(Status::Active, Role::Admin), qint64(0));
    if (m_signIn->requiresSignIn()) {
        // Others sign in to a shared database too: no Admin without a password.
        const auto without = await(m_signIn->setUpFirstAdmin(1, newAdmin("Fay", "First", "fay@example.org", {})));
        QVERIFY(!without.ok());
        QCOMPARE(without.error().kind, Kind::Invalid);
        QVERIFY(!person(QStringLiteral("fay@example.org")));
    }
    const auto bad = await(m_signIn->setUpFirstAdmin(1, newAdmin("Fay", "First", "fay-at-example.org", fayPassword)));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, Kind::Invalid);
    QCOMPARE(count(Status::Active, Role::Admin), qint64(0));

    const auto fay = await(m_signIn->setUpFirstAdmin(1, newAdmin("Fay", "First", "fay@example.org", fayPassword)));
    QVERIFY2(fay.ok(), qPrintable(fay.ok() ? QString() : fay.error().message));
    QCOMPARE(fay.value().workspaceId, Id(1));
    QCOMPARE(fay.value().role, Role::Admin);
    QCOMPARE(fay.value().email, QStringLiteral("fay@example.org"));
    QCOMPARE(fay.value().displayName, QStringLiteral("Fay First"));
    const auto listed = person(QStringLiteral("fay@example.org"));
    QVERIFY(listed);
    QCOMPARE(listed->accountId, fay.value().accountId);
    QCOMPARE(listed->status, Status::Active);
    QCOMPARE(listed->role, Role::Admin);
    QCOMPARE(count(Status::Active, Role::Admin), qint64(1));

    // Once there is an Admin, nobody else becomes one this way, nor Fay a second time (a double click).
    const auto gus = await(m_signIn->setUpFirstAdmin(1, newAdmin("Gus", "Second", "gus@example.org", fayPassword)));
    QVERIFY(!gus.ok());
    QCOMPARE(gus.error().kind, Kind::Refused);
    QVERIFY(!gus.error().message.isEmpty());
    QVERIFY(!person(QStringLiteral("gus@example.org")));
    const auto twice = await(m_signIn->setUpFirstAdmin(1, newAdmin("Fay", "First", "fay@example.org", fayPassword)));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().kind, Kind::Refused);
    const auto mia = await(m_signIn->setUpFirstAdmin(1, newAdmin("Mia", "Manager", "mia@example.org", fayPassword)));
    QVERIFY(!mia.ok());
    QCOMPARE(person(QStringLiteral("mia@example.org"))->role, Role::Manager);
    QCOMPARE(count(Status::Active, Role::Admin), qint64(1));

    // The first Admin works from now on, as this backend's operators do.
    const auto signedIn = await(m_signIn->signIn(1, QStringLiteral("fay@example.org"), fayPassword));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().message));
    QCOMPARE(signedIn.value().accountId, fay.value().accountId);
    QCOMPARE(signedIn.value().role, Role::Admin);
    if (!m_signIn->requiresSignIn()) {
        QCOMPARE(await(m_signIn->identify(1, QStringLiteral("fay@example.org"))).value().accountId,
                 fay.value().accountId);
    }
}

void TestOperatorSignInContract::noFirstAdminWhileAnAdminIsActive()
{
    QVERIFY(m_opened.activeAdmins > 0);
    const auto fay = await(m_signIn->setUpFirstAdmin(1, newAdmin("Fay", "First", "fay@example.org", fayPassword)));
    QVERIFY(!fay.ok());
    QCOMPARE(fay.error().kind, Kind::Refused);
    QVERIFY(!person(QStringLiteral("fay@example.org")));
    // Nor may a disabled former Admin take the workspace back this way.
    const auto dana = await(m_signIn->setUpFirstAdmin(1, newAdmin("Dana", "Admin", "dana@example.org", fayPassword)));
    QVERIFY(!dana.ok());
    QCOMPARE(dana.error().kind, Kind::Refused);
    QCOMPARE(person(QStringLiteral("dana@example.org"))->status, Status::Disabled);
    QCOMPARE(count(Status::Active, Role::Admin), qint64(1));
}

void TestOperatorSignInContract::twoFirstAdminsAtOnceMakeOne()
{
    // Two people open the new workspace at the same moment and both set themselves up as its
    // first Admin, on their own connections: one of them is.
    openWith(peopleWithoutAnAdmin());
    std::unique_ptr<Backend> other = m_database->backend();
    QVERIFY(await(other->open()).ok());
    auto fay = m_signIn->setUpFirstAdmin(1, newAdmin("Fay", "First", "fay@example.org", fayPassword));
    auto gus = other->operatorSignIn()->setUpFirstAdmin(1, newAdmin("Gus", "Second", "gus@example.org", fayPassword));
    const auto fays = await(fay);
    const auto guss = await(gus);
    QVERIFY2(fays.ok() != guss.ok(), "exactly one first Admin");
    const auto& loser = fays.ok() ? guss : fays;
    QCOMPARE(loser.error().kind, Kind::Refused);
    other.reset();
    QCOMPARE(count(Status::Active, Role::Admin), qint64(1));
    QCOMPARE(person(fays.ok() ? QStringLiteral("fay@example.org") : QStringLiteral("gus@example.org"))->role,
             Role::Admin);
    QVERIFY(!person(fays.ok() ? QStringLiteral("gus@example.org") : QStringLiteral("fay@example.org")));
}

void TestOperatorSignInContract::wrongPasswordsAreRefusedAndThenMadeToWait()
{
    openWith(peopleWithoutAnAdmin());
    const auto fay = await(m_signIn->setUpFirstAdmin(1, newAdmin("Fay", "First", "fay@example.org", fayPassword)));
    QVERIFY2(fay.ok(), qPrintable(fay.ok() ? QString() : fay.error().message));
    // The clock stands still: the delay passes only when the test moves it.
    clock::freezeForTesting(QDateTime::currentDateTimeUtc());
    const auto signIn
        = [&](const QString& email, const QString& password) { return await(m_signIn->signIn(1, email, password)); };
    // An unknown address and a wrong password are refused alike: nobody learns who has an account.
    const auto unknown = signIn(QStringLiteral("nobody@example.org"), fayPassword);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, Kind::Authentication);
    for (int i = 0; i < freeSignInFailures; ++i) {
        const auto wrong = signIn(QStringLiteral("fay@example.org"), QStringLiteral("a wrong guess %1").arg(i));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, Kind::Authentication);
        QCOMPARE(wrong.error().message, unknown.error().message);
    }
    // After the free failures, even the right password waits, and a guess meanwhile is not
    // checked either.
    const auto early = signIn(QStringLiteral("fay@example.org"), fayPassword);
    QVERIFY(!early.ok());
    QCOMPARE(early.error().kind, Kind::Refused);
    QVERIFY(!early.error().message.isEmpty());
    const auto guess = signIn(QStringLiteral("fay@example.org"), QStringLiteral("another wrong guess"));
    QVERIFY(!guess.ok());
    QCOMPARE(guess.error().kind, Kind::Refused);
    const int delay = signInDelaySeconds(freeSignInFailures);
    QVERIFY(delay > 0);
    clock::advanceForTesting(delay - 1);
    QCOMPARE(signIn(QStringLiteral("fay@example.org"), fayPassword).error().kind, Kind::Refused); // a second short
    clock::advanceForTesting(1);
    const auto signedIn = signIn(QStringLiteral("fay@example.org"), fayPassword);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().message));
    QCOMPARE(signedIn.value().accountId, fay.value().accountId);
    QCOMPARE(signedIn.value().role, Role::Admin);
    QCOMPARE(signedIn.value().workspaceId, Id(1));
    // The right password starts the count afresh: one wrong guess costs nothing again.
    QCOMPARE(signIn(QStringLiteral("fay@example.org"), QStringLiteral("one more wrong guess")).error().kind,
             Kind::Authentication);
    QVERIFY(signIn(QStringLiteral("fay@example.org"), fayPassword).ok());
    // Someone who never chose a password is refused like a wrong password, whatever is tried.
    QCOMPARE(signIn(QStringLiteral("max@example.org"), fayPassword).error().kind, Kind::Authentication);
}

void TestOperatorSignInContract::signInReadsThePersonAgainEachTime()
{
    // Gus joined through an invitation and chose his password; since he last signed in, Fay made
    // him an Editor and then disabled him. Each sign-in answers him as he is now.
    openWith(peopleWithoutAnAdmin());
    auto* web = dynamic_cast<WebProduct*>(m_backend.get());
    Invitations* invitations = m_backend->invitations();
    if (!web || !invitations) {
        QSKIP("This backend has no invitation a person could choose a password through.");
    }
    const auto fay = await(m_signIn->setUpFirstAdmin(1, newAdmin("Fay", "First", "fay@example.org", fayPassword)));
    QVERIFY(fay.ok());
    InvitationRequest request;
    request.addresses = parseInviteAddresses(QStringLiteral("Gus Guest <gus@example.org>"));
    request.role = Role::Manager;
    const auto invited = await(invitations->createInvitations(fay.value(), request));
    QVERIFY(invited.ok() && invited.value().size() == 1 && invited.value().constFirst().done);
    const QString gusPassword = QStringLiteral("gus chose this one himself");
    const auto accepted = await(web->acceptInvitation({invited.value().constFirst().link, gusPassword}));
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
    const auto signIn = [&] { return await(m_signIn->signIn(1, QStringLiteral("gus@example.org"), gusPassword)); };
    QCOMPARE(signIn().value().role, Role::Manager);
    QCOMPARE(signIn().value().accountId, accepted.value());

    MemberChange change;
    change.operation = MemberOperation::ChangeRole;
    change.role = Role::Editor;
    change.targets = {{accepted.value(), -1}};
    QVERIFY(await(m_members->changeMembers(fay.value(), change)).value().value(0).done);
    QCOMPARE(signIn().value().role, Role::Editor);
    change.operation = MemberOperation::Disable;
    QVERIFY(await(m_members->changeMembers(fay.value(), change)).value().value(0).done);
    const auto disabled = signIn();
    QVERIFY(!disabled.ok());
    QCOMPARE(disabled.error().kind, Kind::Refused); // the right password, but not let in
    QVERIFY(!disabled.error().message.isEmpty());
    QCOMPARE(await(m_signIn->signIn(1, QStringLiteral("gus@example.org"), fayPassword)).error().kind,
             Kind::Authentication);
}

void TestOperatorSignInContract::listWorkspacesListsThePersonsWorkspaces()
{
    const auto ada = await(m_signIn->listWorkspaces(id(QStringLiteral("ada@example.org"))));
    QVERIFY2(ada.ok(), qPrintable(ada.ok() ? QString() : ada.error().message));
    QCOMPARE(ada.value().size(), 1);
    const WorkspaceSummary workspace = ada.value().constFirst();
    QCOMPARE(workspace.id, Id(1));
    QCOMPARE(workspace.id, m_opened.workspaceId);
    QCOMPARE(workspace.name, m_opened.workspaceName);
    QVERIFY(!workspace.name.isEmpty());
    QCOMPARE(workspace.role, Role::Admin);
    QCOMPARE(workspace.status, Status::Active);
    QCOMPARE(workspace.seatsUsed, count(Status::Active) + count(Status::Invited));
    QCOMPARE(workspace.seatsUsed, qint64(4)); // Ada, Mia, Max and the invited Ivy
    QCOMPARE(workspace.activeAdmins, qint64(1));
    QCOMPARE(workspace.activeAdmins, m_opened.activeAdmins);
    QVERIFY(!workspace.seatCap);
    // Each person sees their own role and status there.
    const auto dana = await(m_signIn->listWorkspaces(id(QStringLiteral("dana@example.org"))));
    QVERIFY(dana.ok() && dana.value().size() == 1);
    QCOMPARE(dana.value().constFirst().role, Role::Admin);
    QCOMPARE(dana.value().constFirst().status, Status::Disabled);
    const auto max = await(m_signIn->listWorkspaces(id(QStringLiteral("max@example.org"))));
    QVERIFY(max.ok() && max.value().size() == 1);
    QCOMPARE(max.value().constFirst().role, Role::Member);
    // Nobody (a stale or forged id) belongs nowhere.
    const auto nobody = await(m_signIn->listWorkspaces(987654));
    QVERIFY(nobody.ok());
    QVERIFY(nobody.value().isEmpty());
    // The figures are read as they are now: a seat freed, a cap set.
    MemberChange disable;
    disable.operation = MemberOperation::Disable;
    disable.targets = {{id(QStringLiteral("max@example.org")), -1}};
    QVERIFY(await(m_members->changeMembers(as(QStringLiteral("ada@example.org")), disable)).value().value(0).done);
    m_database->setSeatCap(10);
    const auto now = await(m_signIn->listWorkspaces(id(QStringLiteral("ada@example.org"))));
    QVERIFY(now.ok() && now.value().size() == 1);
    QCOMPARE(now.value().constFirst().seatsUsed, qint64(3));
    QVERIFY(now.value().constFirst().seatCap && *now.value().constFirst().seatCap == 10);
}

QTEST_GUILESS_MAIN(TestOperatorSignInContract)
#include "tst_operatorsignincontract.moc"
