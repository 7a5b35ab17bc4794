// Password help's contract (U10-U12, H1), through the interfaces alone, against every backend
// that offers it: SQLite and PostgreSQL today. Each state a caller can be in is reached the way it
// happens (wrong passwords typed, a temporary password given, an invitation left to expire,
// someone disabled, deleted or removed), never by writing the database, and diagnosed with
// core's diagnoseSignIn(). Time moves with the test clock. The one look at storage itself is
// the check that a temporary password's plain text is nowhere in it.
//   tst_passwordhelpcontract     SQLite
//   tst_passwordhelpcontract_pg  PostgreSQL (USHER_TEST_BACKEND=postgres)

#include "connection/backend.h"
#include "connection/sql/sqlbackend.h"
#include "core/clock.h"
#include "core/invitation.h"
#include "knownpeople.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace usher;
using namespace usher::test;
using Kind = BackendError::Kind;

namespace {

const CallerVerification calledBack{CallerCheck::CalledBack, QStringLiteral("Called 555-0100, the number on file")};
const QString chosenPassword = QStringLiteral("a long new password 42");

/// Messages logged while it lives, to show that no secret reaches the log.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString& text) {
            s_lines.append(text);
        });
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    static QStringList lines() { return s_lines; }

private:
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestPasswordHelpContract : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void everyStateIsDiagnosedWithItsFix();
    void anAccountOfAnotherWorkspaceIsNotShown();
    void theFixesOfTheDiagnosisWork();
    void aResetLinkWorksOnceAndUnlocks();
    void aNewerLinkOrExpiryEndsAnOlderOne();
    void aTemporaryPasswordMustBeChangedAndIsKeptNowhere();
    void everyRoleIsRefusedWhatItMayNotDo_data();
    void everyRoleIsRefusedWhatItMayNotDo();
    void aRoleChangedAfterLookingIsCheckedAgain();
    void theCallerCheckIsRequiredAndAudited();
    void aMailedResetCarriesTheOnlyWorkingLinkAndAnAdminIsTold();
    void impersonationIsSingleUseAndAdminsOnly();
    void operatorsChangeTemporaryPasswordsAndRedeemLinks();
    void forgotPasswordSaysTheSameForEveryone();
    void aChangedAddressWithdrawsLinksAndTellsTheOldOne();

private:
    Operator as(const QString& email) const { return m_people.as(email); }
    Id id(const QString& email) const { return m_people.id(email); }
    SignInDiagnosis diagnose(const QString& email, const QString& asEmail = QStringLiteral("ada@example.org"));
    /// `email` with a password of their own, chosen after a temporary one, as in the product.
    void givePassword(const QString& email, const QString& password = chosenPassword);
    void configureMail();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Backend> m_backend;
    PasswordHelp* m_help = nullptr;
    WebProduct* m_web = nullptr;
    KnownPeople m_people;
};

void TestPasswordHelpContract::initTestCase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow(usingPostgres() ? "PostgreSQL" : "SQLite") << QStringLiteral("sql");
}

void TestPasswordHelpContract::init()
{
    clock::freezeForTesting(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
    m_database = std::make_unique<TestDatabase>(QStringLiteral("passwordhelp"));
    m_database->seed({
        seeded("Ada Admin", "ada@example.org", Role::Admin),
        seeded("Dana Admin", "dana@example.org", Role::Admin),
        seeded("Mia Manager", "mia@example.org", Role::Manager),
        seeded("Eve Editor", "eve@example.org", Role::Editor),
        seeded("Hal Helpdesk", "hal@example.org", Role::Helpdesk),
        seeded("Mo Monitor", "mo@example.org", Role::Monitor),
        seeded("Max Member", "max@example.org", Role::Member),
        seeded("Nia Member", "nia@example.org", Role::Member),
        seeded("Dot Disabled", "dot@example.org", Role::Member, Status::Disabled),
        seeded("Rex Removed", "rex@example.org", Role::Member),
        seeded("Del Deleted", "del@example.org", Role::Member),
    });
    m_backend = m_database->backend();
    const auto opened = await(m_backend->open());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_help = m_backend->passwordHelp();
    QVERIFY2(m_help, "the backend offers no password help");
    m_web = dynamic_cast<WebProduct*>(m_backend.get());
    QVERIFY2(m_web, "the backend has no web product steps to test the flows with");
    QVERIFY(m_people.learn(m_backend->members()));
}

void TestPasswordHelpContract::cleanup()
{
    m_help = nullptr;
    m_web = nullptr;
    m_backend.reset();
    m_database.reset();
    m_people.clear();
    clock::resumeForTesting();
}

SignInDiagnosis TestPasswordHelpContract::diagnose(const QString& email, const QString& asEmail)
{
    const auto facts = await(m_help->signInFactsByEmail(as(asEmail), email));
    if (!facts.ok()) {
        qWarning() << "signInFactsByEmail:" << facts.error().message;
        return {};
    }
    return diagnoseSignIn(facts.value(), as(asEmail).role, clock::now());
}

void TestPasswordHelpContract::givePassword(const QString& email, const QString& password)
{
    const auto temporary = await(m_help->setTemporaryPassword(as(QStringLiteral("ada@example.org")),
                                                              {id(email), calledBack, false, false}));
    QVERIFY2(temporary.ok(), qPrintable(temporary.ok() ? QString() : temporary.error().message));
    const auto changed = await(m_web->changeWebPassword(1, email, temporary.value().temporaryPassword, password));
    QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message));
}

void TestPasswordHelpContract::configureMail()
{
    SmtpSettings smtp;
    smtp.host = QStringLiteral("127.0.0.1");
    smtp.port = 2525;
    smtp.security = SmtpSettings::Security::None;
    smtp.fromAddress = QStringLiteral("usher@example.org");
    const auto saved = await(m_backend->outbox()->saveMailServer(as(QStringLiteral("ada@example.org")), smtp));
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
}

void TestPasswordHelpContract::everyStateIsDiagnosedWithItsFix()
{
    const Operator ada = as(QStringLiteral("ada@example.org"));
    // Never chose a password.
    QCOMPARE(diagnose(QStringLiteral("max@example.org")).problem, SignInProblem::NoPassword);
    QCOMPARE(diagnose(QStringLiteral("max@example.org")).fix, SignInFix::SendResetLink);
    // Nothing wrong, with the last sign-in named.
    givePassword(QStringLiteral("nia@example.org"));
    const SignInDiagnosis fine = diagnose(QStringLiteral("nia@example.org"));
    QCOMPARE(fine.problem, SignInProblem::NothingWrong);
    QVERIFY2(fine.summary.contains(QStringLiteral("last signed in")), qPrintable(fine.summary));
    // Locked after wrong passwords typed in the web product, with the time left.
    for (int i = 0; i < freeSignInFailures; ++i) {
        QCOMPARE(await(m_web->signInToWeb(1, QStringLiteral("nia@example.org"), QStringLiteral("guess guess guess")))
                     .error()
                     .kind,
                 Kind::Authentication);
    }
    // Then even the right password waits.
    QCOMPARE(await(m_web->signInToWeb(1, QStringLiteral("nia@example.org"), chosenPassword)).error().kind, Kind::Refused);
    const auto facts = await(m_help->signInFacts(ada, id(QStringLiteral("nia@example.org"))));
    QVERIFY(facts.ok());
    QCOMPARE(facts.value().failedSignIns, freeSignInFailures);
    QCOMPARE(facts.value().recentFailures.size(), freeSignInFailures + 1);
    QCOMPARE(facts.value().recentFailures.first().reason, QStringLiteral("too_soon"));
    QCOMPARE(facts.value().recentFailures.last().reason, QStringLiteral("password"));
    const SignInDiagnosis locked = diagnoseSignIn(facts.value(), ada.role, clock::now());
    QCOMPARE(locked.problem, SignInProblem::Locked);
    QCOMPARE(locked.fix, SignInFix::Unlock);
    QVERIFY(!locked.fixRefused);
    QVERIFY2(locked.summary.contains(QStringLiteral("in ")), qPrintable(locked.summary));
    // A temporary password not changed yet.
    QVERIFY(await(m_help->setTemporaryPassword(ada, {id(QStringLiteral("max@example.org")), calledBack, false, false}))
                .ok());
    QCOMPARE(diagnose(QStringLiteral("max@example.org")).problem, SignInProblem::TemporaryPassword);
    // Disabled; and when every seat is taken, reactivating waits for one.
    QCOMPARE(diagnose(QStringLiteral("dot@example.org")).problem, SignInProblem::Disabled);
    QCOMPARE(diagnose(QStringLiteral("dot@example.org")).fix, SignInFix::Reactivate);
    const auto seats = await(m_help->signInFacts(ada, id(QStringLiteral("dot@example.org"))));
    m_database->setSeatCap(seats.value().seatsUsed);
    const SignInDiagnosis full = diagnose(QStringLiteral("dot@example.org"));
    QCOMPARE(full.problem, SignInProblem::SeatCapReached);
    QVERIFY(full.fixRefused.has_value());
    m_database->setSeatCap(std::nullopt);
    // Deleted, restorable until the end of the recovery window.
    MemberChange remove;
    remove.operation = MemberOperation::Delete;
    remove.targets = {{id(QStringLiteral("del@example.org")), {}}};
    QVERIFY(await(m_backend->members()->changeMembers(ada, remove)).ok());
    const SignInDiagnosis deleted = diagnose(QStringLiteral("del@example.org"));
    QCOMPARE(deleted.problem, SignInProblem::Deleted);
    QCOMPARE(deleted.fix, SignInFix::Restore);
    QVERIFY2(deleted.summary.contains(QStringLiteral("restorable until")), qPrintable(deleted.summary));
    // Removed from the workspace: found by address, with the way back.
    remove.operation = MemberOperation::RemoveFromWorkspace;
    remove.targets = {{id(QStringLiteral("rex@example.org")), {}}};
    QVERIFY(await(m_backend->members()->changeMembers(ada, remove)).ok());
    const SignInDiagnosis removed = diagnose(QStringLiteral("rex@example.org"));
    QCOMPARE(removed.problem, SignInProblem::RemovedHere);
    QCOMPARE(removed.fix, SignInFix::Invite);
    // Invited and not accepted yet; then the invitation expires.
    InvitationRequest invite;
    invite.addresses = {InviteAddress{QStringLiteral("Ina Invited"), QStringLiteral("ina@example.org"),
                                      QStringLiteral("ina@example.org")}};
    const auto invited = await(m_backend->invitations()->createInvitations(ada, invite));
    QVERIFY(invited.ok() && invited.value().first().done);
    QVERIFY(m_people.learn(m_backend->members()));
    const SignInDiagnosis pending = diagnose(QStringLiteral("ina@example.org"));
    QCOMPARE(pending.problem, SignInProblem::InvitationPending);
    QCOMPARE(pending.fix, SignInFix::ResendInvitation);
    clock::advanceForTesting(qint64(defaultInviteExpiryDays + 1) * 86400);
    QCOMPARE(diagnose(QStringLiteral("ina@example.org")).problem, SignInProblem::InvitationExpired);
    // And an address nobody here has: not found, with a sentence.
    const auto nobody = await(m_help->signInFactsByEmail(ada, QStringLiteral("who@example.org")));
    QCOMPARE(nobody.error().kind, Kind::NotFound);
    QVERIFY(!nobody.error().message.isEmpty());
}

void TestPasswordHelpContract::anAccountOfAnotherWorkspaceIsNotShown()
{
    // An account whose only link to this workspace is an expired address typed at the panel:
    // a member of another workspace is none of this workspace's helpdesk's business.
    const Operator ada = as(QStringLiteral("ada@example.org"));
    InvitationRequest invite;
    invite.addresses = {InviteAddress{{}, QStringLiteral("zed@example.org"), QStringLiteral("zed@example.org")}};
    QVERIFY(await(m_backend->invitations()->createInvitations(ada, invite)).ok());
    QVERIFY(m_people.learn(m_backend->members()));
    const auto found = await(m_help->signInFactsByEmail(ada, QStringLiteral("ZED@example.org ")));
    QVERIFY(found.ok());
    MemberChange remove;
    remove.operation = MemberOperation::RemoveFromWorkspace;
    remove.targets = {{id(QStringLiteral("zed@example.org")), {}}};
    // An invited person is removed by cancelling; either way, a removal is on record or nothing is shown.
    const auto changed = await(m_backend->members()->changeMembers(ada, remove));
    QVERIFY(changed.ok());
    const auto after = await(m_help->signInFactsByEmail(ada, QStringLiteral("zed@example.org")));
    if (changed.value().first().done) {
        QVERIFY(after.ok());
        QVERIFY(after.value().removedHere);
    } else {
        QVERIFY(after.ok());
        QVERIFY(!after.value().removedHere);
    }
}

void TestPasswordHelpContract::theFixesOfTheDiagnosisWork()
{
    // Locked → Unlock: the next sign-in is checked at once.
    givePassword(QStringLiteral("nia@example.org"));
    for (int i = 0; i < freeSignInFailures + 1; ++i) {
        await(m_web->signInToWeb(1, QStringLiteral("nia@example.org"), QStringLiteral("not her password")));
    }
    QCOMPARE(await(m_web->signInToWeb(1, QStringLiteral("nia@example.org"), chosenPassword)).error().kind, Kind::Refused);
    const Operator hal = as(QStringLiteral("hal@example.org"));
    QCOMPARE(diagnose(QStringLiteral("nia@example.org"), QStringLiteral("hal@example.org")).fixRefused, std::nullopt);
    const auto unlocked = await(m_help->unlockSignIn(hal, id(QStringLiteral("nia@example.org")), calledBack));
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.ok() ? QString() : unlocked.error().message));
    QVERIFY(await(m_web->signInToWeb(1, QStringLiteral("nia@example.org"), chosenPassword)).ok());
    QCOMPARE(diagnose(QStringLiteral("nia@example.org")).problem, SignInProblem::NothingWrong);
    // The same unlock twice: nothing left to forget, and no error.
    QVERIFY(await(m_help->unlockSignIn(hal, id(QStringLiteral("nia@example.org")), calledBack)).ok());
    // A Helpdesk operator sees the Reactivate fix refused with the reason, not offered.
    const SignInDiagnosis disabled = diagnose(QStringLiteral("dot@example.org"), QStringLiteral("hal@example.org"));
    QCOMPARE(disabled.fix, SignInFix::Reactivate);
    QVERIFY(disabled.fixRefused.has_value());
}

void TestPasswordHelpContract::aResetLinkWorksOnceAndUnlocks()
{
    givePassword(QStringLiteral("nia@example.org"));
    for (int i = 0; i < freeSignInFailures + 2; ++i) {
        await(m_web->signInToWeb(1, QStringLiteral("nia@example.org"), QStringLiteral("forgot it entirely")));
    }
    QCOMPARE(diagnose(QStringLiteral("nia@example.org")).problem, SignInProblem::Locked);
    const auto reset = await(m_help->sendPasswordReset(as(QStringLiteral("hal@example.org")),
                                                       {id(QStringLiteral("nia@example.org")), calledBack, false, false}));
    QVERIFY2(reset.ok(), qPrintable(reset.ok() ? QString() : reset.error().message));
    QVERIFY(reset.value().wasLocked);
    QVERIFY(!reset.value().mailed);
    QCOMPARE(reset.value().expires, clock::now().addSecs(qint64(defaultResetLinkMinutes) * 60));
    const auto [kind, token] = linkToken(reset.value().link);
    QCOMPARE(kind, QStringLiteral("reset"));
    QCOMPARE(token.size(), 43);
    // The reset unlocked sign-in: the old password works again until the link is used.
    QCOMPARE(diagnose(QStringLiteral("nia@example.org")).problem, SignInProblem::NothingWrong);
    QCOMPARE(diagnose(QStringLiteral("nia@example.org")).summary.contains(QStringLiteral("last")), true);
    // A too-short password is refused and the link stays usable.
    QCOMPARE(await(m_web->redeemPasswordReset(token, QStringLiteral("short"))).error().kind, Kind::Invalid);
    const auto redeemed = await(m_web->redeemPasswordReset(token, QStringLiteral("my brand new password")));
    QVERIFY2(redeemed.ok(), qPrintable(redeemed.ok() ? QString() : redeemed.error().message));
    QCOMPARE(redeemed.value(), id(QStringLiteral("nia@example.org")));
    QVERIFY(await(m_web->signInToWeb(1, QStringLiteral("nia@example.org"), QStringLiteral("my brand new password"))).ok());
    QCOMPARE(await(m_web->signInToWeb(1, QStringLiteral("nia@example.org"), chosenPassword)).error().kind,
             Kind::Authentication);
    // Used once: the same link again is refused, saying so.
    const auto again = await(m_web->redeemPasswordReset(token, QStringLiteral("someone else's password")));
    QCOMPARE(again.error().kind, Kind::Refused);
    QVERIFY2(again.error().message.contains(QStringLiteral("used")), qPrintable(again.error().message));
    QCOMPARE(await(m_web->redeemPasswordReset(QStringLiteral("not-a-token"), chosenPassword)).error().kind,
             Kind::NotFound);
}

void TestPasswordHelpContract::aNewerLinkOrExpiryEndsAnOlderOne()
{
    const Operator mia = as(QStringLiteral("mia@example.org"));
    const PasswordHelpRequest request{id(QStringLiteral("max@example.org")), calledBack, false, false};
    const auto first = await(m_help->sendPasswordReset(mia, request));
    const auto second = await(m_help->sendPasswordReset(mia, request));
    QVERIFY(first.ok() && second.ok());
    const auto older = await(m_web->redeemPasswordReset(linkToken(first.value().link).second, chosenPassword));
    QCOMPARE(older.error().kind, Kind::Refused);
    QVERIFY2(older.error().message.contains(QStringLiteral("newer")), qPrintable(older.error().message));
    // A workspace may choose a shorter life; the link dies with it.
    SignupSettings settings = await(m_backend->invitations()->signupSettings(1)).value();
    settings.resetLinkMinutes = 10;
    QVERIFY(await(m_backend->invitations()->saveSignupSettings(as(QStringLiteral("ada@example.org")), settings)).ok());
    const auto third = await(m_help->sendPasswordReset(mia, request));
    QCOMPARE(third.value().expires, clock::now().addSecs(600));
    clock::advanceForTesting(601);
    const auto late = await(m_web->redeemPasswordReset(linkToken(third.value().link).second, chosenPassword));
    QCOMPARE(late.error().kind, Kind::Refused);
    QVERIFY2(late.error().message.contains(QStringLiteral("expired")), qPrintable(late.error().message));
    settings.resetLinkMinutes = 2;
    QCOMPARE(await(m_backend->invitations()->saveSignupSettings(as(QStringLiteral("ada@example.org")), settings))
                 .error()
                 .kind,
             Kind::Invalid);
}

void TestPasswordHelpContract::aTemporaryPasswordMustBeChangedAndIsKeptNowhere()
{
    LogCapture log;
    const auto given = await(m_help->setTemporaryPassword(as(QStringLiteral("hal@example.org")),
                                                          {id(QStringLiteral("max@example.org")), calledBack, false, true}));
    QVERIFY2(given.ok(), qPrintable(given.ok() ? QString() : given.error().message));
    const QString temporary = given.value().temporaryPassword;
    // Readable: four groups of four, without look-alikes.
    QCOMPARE(temporary.size(), 19);
    QVERIFY(QRegularExpression(QStringLiteral("^([a-km-zA-HJ-NP-Z2-9]{4}-){3}[a-km-zA-HJ-NP-Z2-9]{4}$"))
                .match(temporary)
                .hasMatch());
    QVERIFY(!temporary.contains(QLatin1Char('0')) && !temporary.contains(QLatin1Char('O'))
            && !temporary.contains(QLatin1Char('l')) && !temporary.contains(QLatin1Char('1')));
    // Right, but temporary: nothing opens until they choose their own.
    const auto first = await(m_web->signInToWeb(1, QStringLiteral("max@example.org"), temporary));
    QCOMPARE(first.error().kind, Kind::PasswordChangeRequired);
    QCOMPARE(await(m_web->changeWebPassword(1, QStringLiteral("max@example.org"), temporary, temporary)).error().kind,
             Kind::Invalid);
    QCOMPARE(await(m_web->changeWebPassword(1, QStringLiteral("max@example.org"), QStringLiteral("wrong one here"),
                                            chosenPassword))
                 .error()
                 .kind,
             Kind::Authentication);
    const auto changed = await(m_web->changeWebPassword(1, QStringLiteral("max@example.org"), temporary, chosenPassword));
    QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message));
    QVERIFY(changed.value().number() > 0);
    QCOMPARE(await(m_web->signInToWeb(1, QStringLiteral("max@example.org"), temporary)).error().kind,
             Kind::Authentication);
    QVERIFY(await(m_web->signInToWeb(1, QStringLiteral("max@example.org"), chosenPassword)).ok());
    // A temporary password lasts as long as a reset link would.
    const auto late = await(m_help->setTemporaryPassword(as(QStringLiteral("hal@example.org")),
                                                         {id(QStringLiteral("nia@example.org")), calledBack, false, false}));
    QVERIFY(late.ok());
    QCOMPARE(late.value().expires, clock::now().addSecs(qint64(defaultResetLinkMinutes) * 60));
    clock::advanceForTesting(qint64(defaultResetLinkMinutes) * 60 + 1);
    QCOMPARE(await(m_web->signInToWeb(1, QStringLiteral("nia@example.org"), late.value().temporaryPassword)).error().kind,
             Kind::Refused);
    // Its plain text is nowhere: not in any row of any table, not in the log.
    DirectSql direct(*m_database);
    const QStringList tables{QStringLiteral("accounts"), QStringLiteral("audit_log"), QStringLiteral("outbox"),
                             QStringLiteral("password_resets"), QStringLiteral("login_events"),
                             QStringLiteral("sessions"), QStringLiteral("memberships"), QStringLiteral("workspaces")};
    int cells = 0;
    for (const QString& table : tables) {
        QSqlQuery rows(direct.db());
        QVERIFY(rows.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
        while (rows.next()) {
            for (int column = 0; column < rows.record().count(); ++column) {
                ++cells;
                QVERIFY2(!rows.value(column).toString().contains(temporary),
                         qPrintable(QStringLiteral("%1.%2").arg(table, rows.record().fieldName(column))));
            }
        }
    }
    QVERIFY(cells > 100);
    for (const QString& line : LogCapture::lines()) {
        QVERIFY2(!line.contains(temporary), qPrintable(line));
    }
}

void TestPasswordHelpContract::everyRoleIsRefusedWhatItMayNotDo_data()
{
    QTest::addColumn<QString>("helper");
    QTest::addColumn<QString>("person");
    QTest::newRow("Helpdesk on an Admin") << "hal@example.org" << "dana@example.org";
    QTest::newRow("Helpdesk on a Manager") << "hal@example.org" << "mia@example.org";
    QTest::newRow("Manager on an Admin") << "mia@example.org" << "dana@example.org";
    QTest::newRow("Editor on a Member") << "eve@example.org" << "max@example.org";
    QTest::newRow("Monitor on a Member") << "mo@example.org" << "max@example.org";
    QTest::newRow("Member on a Member") << "max@example.org" << "nia@example.org";
    QTest::newRow("Helpdesk on themselves") << "hal@example.org" << "hal@example.org";
}

void TestPasswordHelpContract::everyRoleIsRefusedWhatItMayNotDo()
{
    QFETCH(QString, helper);
    QFETCH(QString, person);
    const Operator op = as(helper);
    const PasswordHelpRequest request{id(person), calledBack, false, false};
    for (const auto& result : {await(m_help->sendPasswordReset(op, request)), await(m_help->setTemporaryPassword(op, request))}) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Kind::Refused);
        QVERIFY(!result.error().message.isEmpty());
    }
    QCOMPARE(await(m_help->unlockSignIn(op, id(person), calledBack)).error().kind, Kind::Refused);
    // The panel shows the same refusal before anyone tries.
    if (helper != person && op.role != Role::Member) {
        QVERIFY(refusalOfPasswordHelp(op.role, as(person).role, false).has_value());
    }
    // And nothing changed: the person has no password, no link.
    const auto facts = await(m_help->signInFacts(as(QStringLiteral("ada@example.org")), id(person)));
    QVERIFY(facts.ok());
    QVERIFY(!facts.value().hasPassword);
    QVERIFY(!facts.value().resetLinkExpires.isValid());
}

void TestPasswordHelpContract::aRoleChangedAfterLookingIsCheckedAgain()
{
    // Hal opens Max's case; meanwhile Ada makes Max a Manager. Hal's reset is refused then.
    const Operator hal = as(QStringLiteral("hal@example.org"));
    const auto looked = await(m_help->signInFacts(hal, id(QStringLiteral("max@example.org"))));
    QVERIFY(looked.ok());
    QVERIFY(!refusalOfPasswordHelp(hal.role, looked.value().role, false));
    MemberChange promote;
    promote.operation = MemberOperation::ChangeRole;
    promote.role = Role::Manager;
    promote.targets = {{id(QStringLiteral("max@example.org")), {}}};
    QVERIFY(await(m_backend->members()->changeMembers(as(QStringLiteral("ada@example.org")), promote)).ok());
    const auto reset = await(m_help->setTemporaryPassword(hal, {id(QStringLiteral("max@example.org")), calledBack, false, false}));
    QCOMPARE(reset.error().kind, Kind::Refused);
    // What Hal gave Nia before she was promoted stops working: the link he was to pass on, and a
    // temporary password.
    const auto link = await(m_help->sendPasswordReset(hal, {id(QStringLiteral("nia@example.org")), calledBack, false, false}));
    QVERIFY(link.ok());
    promote.role = Role::Manager;
    promote.targets = {{id(QStringLiteral("nia@example.org")), {}}};
    QVERIFY(await(m_backend->members()->changeMembers(as(QStringLiteral("ada@example.org")), promote)).ok());
    QCOMPARE(await(m_web->redeemPasswordReset(linkToken(link.value().link).second, chosenPassword)).error().kind,
             Kind::Refused);
    const auto eddy = id(QStringLiteral("eve@example.org"));
    promote.role = Role::Member;
    promote.targets = {{eddy, {}}};
    QVERIFY(await(m_backend->members()->changeMembers(as(QStringLiteral("ada@example.org")), promote)).ok());
    const auto temporary = await(m_help->setTemporaryPassword(hal, {eddy, calledBack, false, false}));
    QVERIFY2(temporary.ok(), qPrintable(temporary.ok() ? QString() : temporary.error().message));
    promote.role = Role::Editor;
    QVERIFY(await(m_backend->members()->changeMembers(as(QStringLiteral("ada@example.org")), promote)).ok());
    QCOMPARE(await(m_web->signInToWeb(1, QStringLiteral("eve@example.org"), temporary.value().temporaryPassword))
                 .error()
                 .kind,
             Kind::Refused);
    QCOMPARE(await(m_web->changeWebPassword(1, QStringLiteral("eve@example.org"), temporary.value().temporaryPassword,
                                            chosenPassword))
                 .error()
                 .kind,
             Kind::Refused);
    // And Hal demoted to Member can no longer help anyone.
    promote.targets = {{id(QStringLiteral("hal@example.org")), {}}};
    promote.role = Role::Member;
    QVERIFY(await(m_backend->members()->changeMembers(as(QStringLiteral("ada@example.org")), promote)).ok());
    QCOMPARE(await(m_help->unlockSignIn(hal, id(QStringLiteral("nia@example.org")), calledBack)).error().kind,
             Kind::Refused);
}

void TestPasswordHelpContract::theCallerCheckIsRequiredAndAudited()
{
    const Operator hal = as(QStringLiteral("hal@example.org"));
    const Id max = id(QStringLiteral("max@example.org"));
    QCOMPARE(await(m_help->sendPasswordReset(hal, {max, {}, false, false})).error().kind, Kind::Invalid);
    QCOMPARE(await(m_help->sendPasswordReset(hal, {max, {CallerCheck::Other, QStringLiteral("  ")}, false, false}))
                 .error()
                 .kind,
             Kind::Invalid);
    const auto reset = await(m_help->sendPasswordReset(
        hal, {max, {CallerCheck::Other, QStringLiteral("Knew the ticket number INC-42")}, false, false}));
    QVERIFY2(reset.ok(), qPrintable(reset.ok() ? QString() : reset.error().message));
    AuditQuery query;
    query.workspaceId = 1;
    query.viewerId = id(QStringLiteral("ada@example.org"));
    query.targetId = max;
    const auto events = await(m_backend->auditLog()->listAudit(query));
    QVERIFY(events.ok());
    QVERIFY(!events.value().isEmpty());
    const AuditEvent& event = events.value().first();
    QCOMPARE(event.action, QStringLiteral("member.password_reset_sent"));
    QCOMPARE(event.actorId, hal.accountId);
    QCOMPARE(event.reason, QStringLiteral("Knew the ticket number INC-42"));
    const QJsonObject after = QJsonDocument::fromJson(event.after.toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("verified_by")).toString(), QStringLiteral("other"));
    QCOMPARE(after.value(QStringLiteral("delivery")).toString(), QStringLiteral("copied"));
    // The link itself is not in the log.
    QVERIFY(!event.after.contains(linkToken(reset.value().link).second));
    QVERIFY2(auditChangeSummary(event).contains(callerCheckDisplayName(CallerCheck::Other)),
             qPrintable(auditChangeSummary(event)));
}

void TestPasswordHelpContract::aMailedResetCarriesTheOnlyWorkingLinkAndAnAdminIsTold()
{
    const Operator ada = as(QStringLiteral("ada@example.org"));
    // Without a mail server, nothing is mailed (and the reason says to copy instead).
    const auto unmailed = await(m_help->sendPasswordReset(ada, {id(QStringLiteral("dana@example.org")), calledBack, true, false}));
    QCOMPARE(unmailed.error().kind, Kind::Refused);
    configureMail();
    const auto mailed = await(m_help->sendPasswordReset(ada, {id(QStringLiteral("dana@example.org")), calledBack, true, false}));
    QVERIFY2(mailed.ok(), qPrintable(mailed.ok() ? QString() : mailed.error().message));
    QVERIFY(mailed.value().mailed);
    QVERIFY(mailed.value().link.isEmpty());
    QStringList subjects;
    QString link;
    for (int i = 0; i < 5; ++i) {
        const auto claimed = await(m_backend->outbox()->claimMail(ada, clock::now()));
        QVERIFY(claimed.ok());
        if (!claimed.value()) {
            break;
        }
        const OutgoingMail& mail = *claimed.value();
        QCOMPARE(mail.to, QStringLiteral("dana@example.org"));
        subjects << mail.subject;
        for (const QString& word : mail.text.split(QRegularExpression(QStringLiteral("\\s+")))) {
            if (word.contains(QStringLiteral("reset="))) {
                link = word;
            }
        }
        QVERIFY(await(m_backend->outbox()->finishMail(ada, mail.id, true, {}, false)).ok());
    }
    QCOMPARE(subjects.size(), 2); // the link, and the notice to the Admin
    QVERIFY2(subjects.join(QLatin1Char('|')).contains(QStringLiteral("was reset")), qPrintable(subjects.join(QLatin1Char('|'))));
    QVERIFY(!link.isEmpty());
    const auto redeemed = await(m_web->redeemPasswordReset(linkToken(link).second, chosenPassword));
    QVERIFY2(redeemed.ok(), qPrintable(redeemed.ok() ? QString() : redeemed.error().message));
    QVERIFY(await(m_web->signInToWeb(1, QStringLiteral("dana@example.org"), chosenPassword)).ok());
}

void TestPasswordHelpContract::impersonationIsSingleUseAndAdminsOnly()
{
    const Operator ada = as(QStringLiteral("ada@example.org"));
    QCOMPARE(await(m_help->impersonate(as(QStringLiteral("mia@example.org")), id(QStringLiteral("max@example.org")),
                                       QStringLiteral("Reproduce a bug")))
                 .error()
                 .kind,
             Kind::Refused);
    QCOMPARE(await(m_help->impersonate(ada, id(QStringLiteral("dana@example.org")), QStringLiteral("Look around")))
                 .error()
                 .kind,
             Kind::Refused);
    QCOMPARE(await(m_help->impersonate(ada, id(QStringLiteral("max@example.org")), QStringLiteral(" "))).error().kind,
             Kind::Invalid);
    const auto issued = await(m_help->impersonate(ada, id(QStringLiteral("max@example.org")),
                                                  QStringLiteral("Ticket 7: their dashboard is empty")));
    QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message));
    QCOMPARE(issued.value().expires, clock::now().addSecs(qint64(impersonationMinutes) * 60));
    const auto [kind, token] = linkToken(issued.value().link);
    QCOMPARE(kind, QStringLiteral("impersonate"));
    // Not a reset link: it sets no password.
    QCOMPARE(await(m_web->redeemPasswordReset(token, chosenPassword)).error().kind, Kind::NotFound);
    const auto session = await(m_web->redeemImpersonation(token));
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    QCOMPARE(await(m_web->redeemImpersonation(token)).error().kind, Kind::Refused);
    const auto details = await(m_backend->members()->memberDetails(1, id(QStringLiteral("max@example.org")), ada.accountId));
    QVERIFY(details.ok());
    QCOMPARE(details.value().sessions.size(), 1);
    QCOMPARE(details.value().sessions.first().id, session.value());
    // A link for someone promoted to Admin before it is used opens nothing.
    const auto forMia = await(m_help->impersonate(ada, id(QStringLiteral("mia@example.org")), QStringLiteral("Check")));
    QVERIFY(forMia.ok());
    MemberChange promote;
    promote.operation = MemberOperation::ChangeRole;
    promote.role = Role::Admin;
    promote.targets = {{id(QStringLiteral("mia@example.org")), {}}};
    QVERIFY(await(m_backend->members()->changeMembers(ada, promote)).ok());
    QCOMPARE(await(m_web->redeemImpersonation(linkToken(forMia.value().link).second)).error().kind, Kind::Refused);
    // Expired after 15 minutes.
    const auto later = await(m_help->impersonate(ada, id(QStringLiteral("max@example.org")), QStringLiteral("Again")));
    clock::advanceForTesting(qint64(impersonationMinutes) * 60 + 1);
    QCOMPARE(await(m_web->redeemImpersonation(linkToken(later.value().link).second)).error().kind, Kind::Refused);
}

void TestPasswordHelpContract::operatorsChangeTemporaryPasswordsAndRedeemLinks()
{
    OperatorSignIn* signIn = m_backend->operatorSignIn();
    QVERIFY(signIn);
    const Operator ada = as(QStringLiteral("ada@example.org"));
    // Hal, a colleague with no password yet, is given a temporary one and signs in to Usher.
    const auto given = await(m_help->setTemporaryPassword(ada, {id(QStringLiteral("hal@example.org")), calledBack, false, false}));
    QVERIFY(given.ok());
    const auto first = await(signIn->signIn(1, QStringLiteral("hal@example.org"), given.value().temporaryPassword));
    QCOMPARE(first.error().kind, Kind::PasswordChangeRequired);
    const auto changed = await(signIn->changePassword(1, QStringLiteral("hal@example.org"),
                                                      given.value().temporaryPassword, chosenPassword));
    QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message));
    QCOMPARE(changed.value().role, Role::Helpdesk);
    QVERIFY(await(signIn->signIn(1, QStringLiteral("hal@example.org"), chosenPassword)).ok());
    // Mia pastes the reset link she was given and chooses her password.
    const auto reset = await(m_help->sendPasswordReset(ada, {id(QStringLiteral("mia@example.org")), calledBack, false, false}));
    QVERIFY(reset.ok());
    QCOMPARE(await(signIn->redeemLink(1, QStringLiteral("https://elsewhere.example/nothing"), chosenPassword)).error().kind,
             Kind::Invalid);
    const auto mia = await(signIn->redeemLink(1, QStringLiteral("  ") + reset.value().link + QStringLiteral(" "),
                                              chosenPassword));
    QVERIFY2(mia.ok(), qPrintable(mia.ok() ? QString() : mia.error().message));
    QCOMPARE(mia.value().accountId, id(QStringLiteral("mia@example.org")));
    // A Member's link opens nothing in Usher, though their password is set.
    const auto memberReset = await(m_help->sendPasswordReset(ada, {id(QStringLiteral("max@example.org")), calledBack, false, false}));
    const auto member = await(signIn->redeemLink(1, memberReset.value().link, chosenPassword));
    QCOMPARE(member.error().kind, Kind::Refused);
}

void TestPasswordHelpContract::forgotPasswordSaysTheSameForEveryone()
{
    OperatorSignIn* signIn = m_backend->operatorSignIn();
    // No mail server: nothing can reach anyone, and it says so (for everyone alike).
    QCOMPARE(await(signIn->requestPasswordReset(1, QStringLiteral("mia@example.org"))).error().kind, Kind::Refused);
    QCOMPARE(await(signIn->requestPasswordReset(1, QStringLiteral("nobody@example.org"))).error().kind, Kind::Refused);
    configureMail();
    QVERIFY(await(signIn->requestPasswordReset(1, QStringLiteral("nobody@example.org"))).ok());
    QVERIFY(await(signIn->requestPasswordReset(1, QStringLiteral("dot@example.org"))).ok()); // disabled: no mail
    QVERIFY(await(signIn->requestPasswordReset(1, QStringLiteral("Mia@Example.org"))).ok());
    QVERIFY(await(signIn->requestPasswordReset(1, QStringLiteral("mia@example.org"))).ok()); // at once again: no second mail
    const Operator ada = as(QStringLiteral("ada@example.org"));
    QStringList recipients;
    while (true) {
        const auto claimed = await(m_backend->outbox()->claimMail(ada, clock::now()));
        QVERIFY(claimed.ok());
        if (!claimed.value()) {
            break;
        }
        recipients << claimed.value()->to;
        QVERIFY(await(m_backend->outbox()->finishMail(ada, claimed.value()->id, true, {}, false)).ok());
    }
    QCOMPARE(recipients, QStringList{QStringLiteral("mia@example.org")});
    // An Admin's reset mail goes only through the Usher of someone who could help an Admin: the
    // Helpdesk's leaves it queued, an Admin's sends it.
    QVERIFY(await(signIn->requestPasswordReset(1, QStringLiteral("dana@example.org"))).ok());
    const auto byHal = await(m_backend->outbox()->claimMail(as(QStringLiteral("hal@example.org")), clock::now()));
    QVERIFY(byHal.ok());
    QVERIFY(!byHal.value().has_value());
    const auto byAda = await(m_backend->outbox()->claimMail(ada, clock::now()));
    QVERIFY(byAda.ok() && byAda.value().has_value());
    QCOMPARE(byAda.value()->to, QStringLiteral("dana@example.org"));
}

void TestPasswordHelpContract::aChangedAddressWithdrawsLinksAndTellsTheOldOne()
{
    // Eve (an Editor, who may edit profiles but not help passwords) changes Max's address to one
    // she reads, then asks for his reset there: the old address is told, and the link Hal handed
    // out before the change no longer works.
    configureMail();
    const Operator ada = as(QStringLiteral("ada@example.org"));
    const auto handed = await(m_help->sendPasswordReset(as(QStringLiteral("hal@example.org")),
                                                        {id(QStringLiteral("max@example.org")), calledBack, false, false}));
    QVERIFY(handed.ok());
    const auto before = KnownPeople::find(m_backend->members(), QStringLiteral("max@example.org"));
    QVERIFY(before.has_value());
    ProfileEdit edit;
    edit.firstName = QStringLiteral("Max"); // seeded with a display name alone
    edit.email = QStringLiteral("max@eve.example");
    const auto changed = await(m_backend->members()->updateProfile(as(QStringLiteral("eve@example.org")),
                                                                    id(QStringLiteral("max@example.org")), edit,
                                                                    before->version));
    QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message));
    const auto old = await(m_web->redeemPasswordReset(linkToken(handed.value().link).second, chosenPassword));
    QCOMPARE(old.error().kind, Kind::Refused);
    QStringList sent;
    while (true) {
        const auto claimed = await(m_backend->outbox()->claimMail(ada, clock::now()));
        QVERIFY(claimed.ok());
        if (!claimed.value()) {
            break;
        }
        sent << claimed.value()->to + QLatin1Char(' ') + claimed.value()->subject;
        QVERIFY(claimed.value()->text.contains(QStringLiteral("max@eve.example")));
        QVERIFY(await(m_backend->outbox()->finishMail(ada, claimed.value()->id, true, {}, false)).ok());
    }
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().startsWith(QStringLiteral("max@example.org ")), qPrintable(sent.first()));
    // Changing one's own address tells nobody (they know), and withdraws their links all the same.
    const auto own = KnownPeople::find(m_backend->members(), QStringLiteral("nia@example.org"));
    edit.firstName = QStringLiteral("Nia");
    edit.email = QStringLiteral("nia@home.example");
    QVERIFY(await(m_backend->members()->updateProfile(as(QStringLiteral("nia@example.org")),
                                                       id(QStringLiteral("nia@example.org")), edit, own->version))
                .ok());
    const auto none = await(m_backend->outbox()->claimMail(ada, clock::now()));
    QVERIFY(none.ok() && !none.value().has_value());
}

QTEST_GUILESS_MAIN(TestPasswordHelpContract)
#include "tst_passwordhelpcontract.moc"
