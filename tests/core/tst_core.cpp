#include "core/clock.h"
#include "core/account.h"
#include "core/clamp.h"
#include "core/group.h"
#include "core/id.h"
#include "core/email.h"
#include "core/i18n.h"
#include "core/invitation.h"
#include "core/invitemail.h"
#include "core/lifecycle.h"
#include "core/permissions.h"
#include "core/role.h"
#include "core/signinhelp.h"
#include "core/sampledata.h"
#include "core/status.h"
#include "core/userquery.h"

#include <QLocale>
#include <QSet>
#include <QTranslator>
#include <QTest>

using namespace usher;

class TestCore : public QObject
{
    Q_OBJECT
private slots:
    void aRowMatchesAFilterAsTheListingWould();
    void diagnosisNamesWhatBlocksFirst();
    void diagnosisFixesFollowTheOperatorsRole();
    void callerChecksAndLinks();
    void roleKeysRoundTrip();
    void unknownKeysAreRejected_data();
    void unknownKeysAreRejected();
    void roleHierarchy();
    void canGrantRole_data();
    void canGrantRole();
    void statusAndSourceRoundTrip();
    void normalizedEmail_data();
    void normalizedEmail();
    void emailProblem_data();
    void emailProblem();
    void asciiFolded_data();
    void asciiFolded();
    void initials_data();
    void initials();
    void composeDisplayName();
    void clampToInt();
    void idsAreTheBackendsOwn();
    void memberDecisionsKeepTheLastAdmin();
    void memberDecisionsAskForCountsOnlyWhenARuleNeedsThem();
    void splitDisplayName_data();
    void splitDisplayName();
    void normalizedSearch();
    void filterEquality();
    void sampleDataIsDeterministic();
    void sampleDataCoversEveryRoleAndStatus();
    void sampleDataEmailsAreUniqueAndValid();
    void translationsLoad_data();
    void translationsLoad();
    void actionsByRole_data();
    void actionsByRole();
    void nobodyActsAboveThemselves();
    void grantingRoles_data();
    void grantingRoles();
    void lastAdminIsKept_data();
    void lastAdminIsKept();
    void seatCap_data();
    void seatCap();
    void pastedAddressesAreSplit_data();
    void pastedAddressesAreSplit();
    void domainAllowlist();
    void reviewJudgesEachAddressAndTheBatch();
    void mailRetriesBackOff();
    void signInSlowsDownWithFailures();
    void registrationLinksCarryTheToken();
    void invitationMailEscapesTheWelcomeMessage();
    void signupSettingsAreChecked();
    void groupChangesFollowRankAndRights_data();
    void groupChangesFollowRankAndRights();
    void invitationsAreIssuedOnlyWithinOnesRights();
    void copiedLinksStayWithinTheOperatorsRights_data();
    void copiedLinksStayWithinTheOperatorsRights();
    void sharedAccountsNeedRightsEverywhere();
    void passwordsAreNotChosenForOthers();
    void outcomesNameWhoTheyAreAbout();
    void theClockStopsAndMovesForTests();
};

void TestCore::roleKeysRoundTrip()
{
    QCOMPARE(allRoles().size(), 6);
    for (const Role role : allRoles()) {
        Role parsed = Role::Member;
        QVERIFY(roleFromKey(roleKey(role), &parsed));
        QCOMPARE(parsed, role);
        Role upper = Role::Member;
        QVERIFY(roleFromKey(QStringLiteral(" ") + roleKey(role).toUpper() + QStringLiteral(" "), &upper));
        QCOMPARE(upper, role);
        QVERIFY(!roleDisplayName(role).isEmpty());
    }
    QCOMPARE(roleKey(Role::Admin), QStringLiteral("admin"));
    QCOMPARE(roleKey(Role::Helpdesk), QStringLiteral("helpdesk"));
}

void TestCore::unknownKeysAreRejected_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("typo") << QStringLiteral("admn");
    QTest::newRow("display name with space") << QStringLiteral("directory sync");
    QTest::newRow("sql") << QStringLiteral("admin' OR '1'='1");
}

void TestCore::unknownKeysAreRejected()
{
    QFETCH(QString, key);
    Role role = Role::Editor;
    QVERIFY(!roleFromKey(key, &role));
    QCOMPARE(role, Role::Editor); // untouched
    Status status = Status::Disabled;
    QVERIFY(!statusFromKey(key, &status));
    QCOMPARE(status, Status::Disabled);
    Source source = Source::Sso;
    QVERIFY(!sourceFromKey(key, &source));
    QCOMPARE(source, Source::Sso);
}

void TestCore::roleHierarchy()
{
    QVERIFY(roleRank(Role::Admin) > roleRank(Role::Manager));
    QVERIFY(roleRank(Role::Manager) > roleRank(Role::Editor));
    QVERIFY(roleRank(Role::Editor) > roleRank(Role::Monitor));
    QVERIFY(roleRank(Role::Monitor) > roleRank(Role::Member));
    QCOMPARE(roleRank(Role::Helpdesk), roleRank(Role::Monitor));
}

void TestCore::canGrantRole_data()
{
    QTest::addColumn<Role>("op");
    QTest::addColumn<Role>("target");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("admin grants admin") << Role::Admin << Role::Admin << true;
    QTest::newRow("admin grants member") << Role::Admin << Role::Member << true;
    QTest::newRow("manager grants manager") << Role::Manager << Role::Manager << true;
    QTest::newRow("manager grants editor") << Role::Manager << Role::Editor << true;
    QTest::newRow("manager cannot grant admin") << Role::Manager << Role::Admin << false;
    QTest::newRow("editor grants nothing") << Role::Editor << Role::Member << false;
    QTest::newRow("monitor grants nothing") << Role::Monitor << Role::Member << false;
    QTest::newRow("helpdesk grants nothing") << Role::Helpdesk << Role::Member << false;
    QTest::newRow("member grants nothing") << Role::Member << Role::Member << false;
}

void TestCore::canGrantRole()
{
    QFETCH(Role, op);
    QFETCH(Role, target);
    QFETCH(bool, allowed);
    QCOMPARE(usher::canGrantRole(op, target), allowed);
}

void TestCore::statusAndSourceRoundTrip()
{
    QCOMPARE(allStatuses().size(), 4);
    for (const Status status : allStatuses()) {
        Status parsed = Status::Deleted;
        QVERIFY(statusFromKey(statusKey(status), &parsed));
        QCOMPARE(parsed, status);
    }
    QCOMPARE(allSources().size(), 6);
    QSet<QString> keys;
    for (const Source source : allSources()) {
        Source parsed = Source::Manual;
        QVERIFY(sourceFromKey(sourceKey(source), &parsed));
        QCOMPARE(parsed, source);
        keys.insert(sourceKey(source));
    }
    QCOMPARE(keys.size(), 6);
}

void TestCore::normalizedEmail_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("ada@example.org") << QStringLiteral("ada@example.org");
    QTest::newRow("case") << QStringLiteral("Ada@Example.ORG") << QStringLiteral("ada@example.org");
    QTest::newRow("spaces") << QStringLiteral("  ada@example.org\t") << QStringLiteral("ada@example.org");
    QTest::newRow("unicode case") << QStringLiteral("ÅSA@example.se") << QStringLiteral("åsa@example.se");
}

void TestCore::normalizedEmail()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(usher::normalizedEmail(input), expected);
}

void TestCore::emailProblem_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("simple") << QStringLiteral("ada@example.org") << true;
    QTest::newRow("plus and dots") << QStringLiteral("ada.l+test@mail.example.co.uk") << true;
    QTest::newRow("apostrophe") << QStringLiteral("sean.o'brien@example.ie") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no at") << QStringLiteral("ada.example.org") << false;
    QTest::newRow("two ats") << QStringLiteral("ada@lovelace@example.org") << false;
    QTest::newRow("no local part") << QStringLiteral("@example.org") << false;
    QTest::newRow("no domain") << QStringLiteral("ada@") << false;
    QTest::newRow("dotless domain") << QStringLiteral("ada@localhost") << false;
    QTest::newRow("space inside") << QStringLiteral("ada lovelace@example.org") << false;
    QTest::newRow("double dot") << QStringLiteral("ada..l@example.org") << false;
    QTest::newRow("trailing dot domain") << QStringLiteral("ada@example.org.") << false;
    QTest::newRow("control char") << QStringLiteral("ada\u0001@example.org") << false;
    QTest::newRow("too long") << (QString(250, QLatin1Char('a')) + QStringLiteral("@example.org")) << false;
}

void TestCore::emailProblem()
{
    QFETCH(QString, email);
    QFETCH(bool, acceptable);
    const QString problem = usher::emailProblem(email);
    QCOMPARE(problem.isEmpty(), acceptable);
}

void TestCore::asciiFolded_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("german") << QStringLiteral("Jürgen Groß") << QStringLiteral("Jurgen Gross");
    QTest::newRow("nordic") << QStringLiteral("Søren Åberg") << QStringLiteral("Soren Aberg");
    QTest::newRow("polish") << QStringLiteral("Łukasz Wójcik") << QStringLiteral("Lukasz Wojcik");
    QTest::newRow("turkish") << QStringLiteral("Yılmaz Şahin") << QStringLiteral("Yilmaz Sahin");
    QTest::newRow("vietnamese") << QStringLiteral("Nguyễn") << QStringLiteral("Nguyen");
    QTest::newRow("non-latin dropped") << QStringLiteral("田中") << QString();
}

void TestCore::asciiFolded()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(usher::asciiFolded(input), expected);
}

void TestCore::initials_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two words") << QStringLiteral("Ada Lovelace") << QStringLiteral("AL");
    QTest::newRow("three words") << QStringLiteral("Ludwig van Beethoven") << QStringLiteral("LB");
    QTest::newRow("one word") << QStringLiteral("cher") << QStringLiteral("C");
    QTest::newRow("empty") << QString() << QStringLiteral("?");
    QTest::newRow("cjk keeps one") << QStringLiteral("田中 美咲") << QStringLiteral("田");
    QTest::newRow("emoji whole") << QStringLiteral("🚀 Rocket") << QStringLiteral("🚀");
    QTest::newRow("arabic") << QStringLiteral("ليلى حداد") << QStringLiteral("لح");
}

void TestCore::initials()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(initialsOf(name), expected);
}

void TestCore::clampToInt()
{
    QCOMPARE(usher::clampToInt(5), 5);
    QCOMPARE(usher::clampToInt(3'000'000'000LL), INT_MAX);
    QCOMPARE(usher::clampToInt(-3'000'000'000LL), INT_MIN);
}

void TestCore::idsAreTheBackendsOwn()
{
    using usher::Id;
    using usher::Version;
    // A SQL backend's row numbers: 0 is none, the text is the number, the order numeric.
    QVERIFY(Id(0).isNull());
    QVERIFY(Id().isNull());
    QCOMPARE(Id(0), Id());
    QCOMPARE(Id(42).text(), QStringLiteral("42"));
    QCOMPARE(Id(42).number(), 42);
    QVERIFY(Id(9) < Id(10));
    QVERIFY(!(Id(10) < Id(9)));
    // A service's id is kept exactly as it wrote it, and never read as one of a database's rows.
    const Id scim = Id::fromText(QStringLiteral("2819c223-7f76-453a-919d-413861904646"));
    QVERIFY(!scim.isNull());
    QCOMPARE(scim.number(), 0);
    QCOMPARE(scim.text(), QStringLiteral("2819c223-7f76-453a-919d-413861904646"));
    QVERIFY(scim != Id::fromText(QStringLiteral("2819C223-7F76-453A-919D-413861904646"))); // case matters
    QCOMPARE(Id::fromText(QStringLiteral("7")), Id(7)); // the same id, however it arrived
    const QSet<Id> ids{scim, Id(1), Id::fromText(QStringLiteral("1"))};
    QCOMPARE(ids.size(), 2);
    // Through a QVariant, as the models hand them to the screens.
    QCOMPARE(QVariant::fromValue(scim).value<Id>(), scim);
    QVERIFY(!QVariant::fromValue(scim).canConvert<qlonglong>());

    // Versions: a counter or an ETag, compared only for equality; none means "as it is now".
    QVERIFY(Version(-1).isNull());
    QCOMPARE(Version(3).text(), QStringLiteral("3"));
    const Version etag = Version::fromText(QStringLiteral("W/\"a330bc54f0671c9\""));
    QCOMPARE(etag.number(), -1);
    QVERIFY(etag != Version::fromText(QStringLiteral("W/\"a330bc54f0671ca\"")));
    QCOMPARE(etag, Version::fromText(etag.text()));
}

void TestCore::memberDecisionsKeepTheLastAdmin()
{
    using usher::MemberDecision;
    using Verdict = MemberDecision::Verdict;
    // The workspace has two active Admins and one change disables both: the first goes, the
    // second would leave none and is refused, because the first one's effect was counted.
    usher::MemberChange demote;
    demote.operation = usher::MemberOperation::Disable;
    const usher::MemberState admin{usher::Role::Admin, usher::Status::Active, usher::Status::Active, 4};
    usher::WorkspaceCounts counts{true, 2, 10, std::nullopt};
    const MemberDecision first = usher::decideMemberChange(usher::Role::Admin, false, 2, demote, -1, admin, counts);
    QCOMPARE(first.verdict, Verdict::Apply);
    QCOMPARE(first.newStatus, usher::Status::Disabled);
    QCOMPARE(counts.activeAdmins, 1); // kept for the next member
    QCOMPARE(counts.seatsUsed, 9);
    const MemberDecision second = usher::decideMemberChange(usher::Role::Admin, false, 2, demote, -1, admin, counts);
    QCOMPARE(second.verdict, Verdict::Refused);
    QVERIFY(!second.why.isEmpty());
    QCOMPARE(counts.activeAdmins, 1); // a refusal changes nothing

    // A stale version is a conflict, before any count is needed.
    usher::WorkspaceCounts unread;
    QCOMPARE(usher::decideMemberChange(usher::Role::Admin, false, 1, demote, 3, admin, unread).verdict,
             Verdict::Conflict);
    QVERIFY(!unread.loaded);

    // The same with a service's ETags: a change made from another version is a conflict, from
    // the version the member has it goes on to the rules.
    usher::MemberState tagged = admin;
    tagged.version = usher::Version::fromText(QStringLiteral("W/\"2\""));
    QCOMPARE(usher::decideMemberChange(usher::Role::Admin, false, 1, demote,
                                       usher::Version::fromText(QStringLiteral("W/\"1\"")), tagged, unread)
                 .verdict,
             Verdict::Conflict);
    QCOMPARE(usher::decideMemberChange(usher::Role::Admin, false, 1, demote, tagged.version, tagged, unread).verdict,
             Verdict::NeedsCounts);
}

void TestCore::memberDecisionsAskForCountsOnlyWhenARuleNeedsThem()
{
    using Verdict = usher::MemberDecision::Verdict;
    usher::MemberChange change;
    change.operation = usher::MemberOperation::ChangeRole;
    change.role = usher::Role::Editor;
    const usher::MemberState member{usher::Role::Member, usher::Status::Active, usher::Status::Active, 1};
    usher::WorkspaceCounts counts;
    // A Member made Editor touches neither the Admins nor the seats: decided without counts.
    QCOMPARE(usher::decideMemberChange(usher::Role::Admin, false, 1, change, -1, member, counts).verdict,
             Verdict::Apply);
    // Already so: done without a write.
    change.role = usher::Role::Member;
    QCOMPARE(usher::decideMemberChange(usher::Role::Admin, false, 1, change, -1, member, counts).verdict,
             Verdict::Unchanged);
    // Reactivating takes a seat: the counts are asked for, then the cap decides.
    usher::MemberChange reactivate;
    reactivate.operation = usher::MemberOperation::Reactivate;
    const usher::MemberState disabled{usher::Role::Member, usher::Status::Disabled, usher::Status::Active, 1};
    QCOMPARE(usher::decideMemberChange(usher::Role::Admin, false, 1, reactivate, -1, disabled, counts).verdict,
             Verdict::NeedsCounts);
    counts = {true, 1, 5, 5};
    QCOMPARE(usher::decideMemberChange(usher::Role::Admin, false, 1, reactivate, -1, disabled, counts).verdict,
             Verdict::Refused);
    counts = {true, 1, 4, 5};
    QCOMPARE(usher::decideMemberChange(usher::Role::Admin, false, 1, reactivate, -1, disabled, counts).verdict,
             Verdict::Apply);
    QCOMPARE(counts.seatsUsed, 5);
    // Acting on yourself among others is refused first, whatever else holds.
    QCOMPARE(usher::decideMemberChange(usher::Role::Admin, true, 2, reactivate, -1, disabled, counts).verdict,
             Verdict::Refused);
}

void TestCore::splitDisplayName_data()
{
    QTest::addColumn<QString>("whole");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("two words") << "Ada Lovelace" << "Ada" << "Lovelace";
    QTest::newRow("particles") << "Ada de la Cruz" << "Ada" << "de la Cruz";
    QTest::newRow("dutch") << "Jan van der Berg" << "Jan" << "van der Berg";
    QTest::newRow("two first names") << "Mary Ann Smith" << "Mary Ann" << "Smith";
    QTest::newRow("comma") << "de la Cruz, Ada" << "Ada" << "de la Cruz";
    QTest::newRow("one word") << "Cher" << "Cher" << "";
    QTest::newRow("spaces") << "  Grace   Hopper " << "Grace" << "Hopper";
    QTest::newRow("capitalised particle") << "Ada De Vries" << "Ada" << "De Vries";
    QTest::newRow("particle as first name") << "Van Morrison" << "Van" << "Morrison";
    QTest::newRow("empty") << "" << "" << "";
}

void TestCore::splitDisplayName()
{
    QFETCH(QString, whole);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const usher::PersonName split = usher::splitDisplayName(whole);
    QCOMPARE(split.first, first);
    QCOMPARE(split.last, last);
    // Composing the parts again gives the name back, tidied.
    if (!whole.contains(QLatin1Char(','))) {
        QCOMPARE(usher::composeDisplayName(split.first, split.last), whole.simplified());
    }
}

void TestCore::composeDisplayName()
{
    QCOMPARE(usher::composeDisplayName(QStringLiteral(" Ada "), QStringLiteral("Lovelace")),
             QStringLiteral("Ada Lovelace"));
    QCOMPARE(usher::composeDisplayName(QStringLiteral("Ada"), QString()), QStringLiteral("Ada"));
    QCOMPARE(usher::composeDisplayName(QString(), QStringLiteral("Lovelace")), QStringLiteral("Lovelace"));
}

void TestCore::normalizedSearch()
{
    QCOMPARE(usher::normalizedSearch(QStringLiteral("  ada   love ")), QStringLiteral("ada love"));
    QCOMPARE(usher::normalizedSearch(QStringLiteral("%_\\'")), QStringLiteral("%_\\'"));
}

void TestCore::filterEquality()
{
    UserFilter a;
    UserFilter b;
    QVERIFY(a == b);
    b.search = QStringLiteral("x");
    QVERIFY(a != b);
    b.search.clear();
    b.status = Status::Active;
    QVERIFY(a != b);
    a.status = Status::Active;
    QVERIFY(a == b);
    a.workspaceId = 2;
    QVERIFY(a != b);
}

void TestCore::sampleDataIsDeterministic()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'764'000'000, Qt::UTC);
    SampleDataGenerator first(42, now);
    SampleDataGenerator second(42, now);
    SampleDataGenerator other(43, now);
    bool anyDifferent = false;
    for (int i = 0; i < 200; ++i) {
        const SamplePerson a = first.next();
        const SamplePerson b = second.next();
        const SamplePerson c = other.next();
        QCOMPARE(a.account.email, b.account.email);
        QCOMPARE(a.account.displayName, b.account.displayName);
        QCOMPARE(a.membership.role, b.membership.role);
        QCOMPARE(a.membership.lastSeenAt, b.membership.lastSeenAt);
        anyDifferent = anyDifferent || a.account.email != c.account.email;
    }
    QVERIFY2(anyDifferent, "another seed must give other people");
}

void TestCore::sampleDataCoversEveryRoleAndStatus()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'764'000'000, Qt::UTC);
    SampleDataGenerator generator(7, now);
    QSet<Role> roles;
    QSet<Status> statuses;
    QSet<Source> sources;
    int withGroups = 0;
    int withLogins = 0;
    int withSessions = 0;
    qint64 oldestSeen = now.toSecsSinceEpoch();
    for (int i = 0; i < 1000; ++i) {
        const SamplePerson person = generator.next();
        if (i < 2) {
            QCOMPARE(person.membership.role, Role::Admin);
            QCOMPARE(person.membership.status, Status::Active);
        }
        roles.insert(person.membership.role);
        statuses.insert(person.membership.status);
        sources.insert(person.membership.source);
        withGroups += person.groupIndexes.isEmpty() ? 0 : 1;
        withLogins += person.logins.isEmpty() ? 0 : 1;
        withSessions += person.sessions.isEmpty() ? 0 : 1;
        QVERIFY(!person.account.displayName.trimmed().isEmpty());
        QVERIFY(person.membership.joinedAt <= now);
        if (person.membership.status == Status::Invited) {
            QVERIFY(!person.membership.lastSeenAt.isValid());
        }
        if (person.membership.status == Status::Deleted) {
            QVERIFY(person.membership.deletedAt.isValid());
        }
        if (person.membership.lastSeenAt.isValid()) {
            QVERIFY(person.membership.lastSeenAt >= person.membership.joinedAt);
            oldestSeen = qMin(oldestSeen, person.membership.lastSeenAt.toSecsSinceEpoch());
        }
        for (const int group : person.groupIndexes) {
            QVERIFY(group >= 0 && group < SampleDataGenerator::groups().size());
        }
    }
    QCOMPARE(roles.size(), allRoles().size());
    QCOMPARE(statuses.size(), allStatuses().size());
    QCOMPARE(sources.size(), allSources().size());
    QVERIFY(withGroups > 500);
    QVERIFY(withLogins > 500);
    QVERIFY(withSessions > 100);
    // Last-seen times spread over (nearly) a year.
    QVERIFY(now.toSecsSinceEpoch() - oldestSeen > 300LL * 24 * 3600);
}

void TestCore::sampleDataEmailsAreUniqueAndValid()
{
    SampleDataGenerator generator;
    QSet<QString> emails;
    QSet<QString> scripts;
    for (int i = 0; i < 20000; ++i) {
        const SamplePerson person = generator.next();
        const QString key = usher::normalizedEmail(person.account.email);
        QVERIFY2(!emails.contains(key), qPrintable(person.account.email));
        emails.insert(key);
        QVERIFY2(usher::emailProblem(person.account.email).isEmpty(), qPrintable(person.account.email));
        const QChar first = person.account.displayName.at(0);
        scripts.insert(QString::number(int(first.script())));
    }
    QVERIFY2(scripts.size() >= 5, "people from several cultures and scripts");
}

void TestCore::translationsLoad_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QString>("admin");
    QTest::addColumn<QString>("oneUser");
    QTest::addColumn<QString>("twoUsers");
    QTest::newRow("dutch") << QStringLiteral("nl") << QStringLiteral("nl_NL") << QStringLiteral("Beheerder")
                           << QStringLiteral("1 gebruiker") << QStringLiteral("2 gebruikers");
    QTest::newRow("german") << QStringLiteral("de") << QStringLiteral("de_DE") << QStringLiteral("Administrator")
                            << QStringLiteral("1 Benutzer") << QStringLiteral("2 Benutzer");
    QTest::newRow("english") << QStringLiteral("en") << QStringLiteral("en") << QStringLiteral("Admin")
                             << QStringLiteral("1 user") << QStringLiteral("2 users");
    QTest::newRow("unsupported falls back to english")
        << QStringLiteral("fi") << QStringLiteral("en") << QStringLiteral("Admin") << QStringLiteral("1 user")
        << QStringLiteral("2 users");
}

void TestCore::translationsLoad()
{
    QFETCH(QString, language);
    QFETCH(QString, installed);
    QFETCH(QString, admin);
    QFETCH(QString, oneUser);
    QFETCH(QString, twoUsers);
    QCOMPARE(installTranslations(*QCoreApplication::instance(), language), installed);
    QCOMPARE(roleDisplayName(Role::Admin), admin);
    QCOMPARE(QCoreApplication::translate("usher::MainWindow", "%n user(s)", nullptr, 1), oneUser);
    QCOMPARE(QCoreApplication::translate("usher::MainWindow", "%n user(s)", nullptr, 2), twoUsers);
    // Leave no translator behind for the next row.
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
}

void TestCore::actionsByRole_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QList<Action>>("allowed");
    const QList<Action> everything{Action::ViewUsers,    Action::EditProfile,   Action::CreateUser,  Action::InviteUser,
                                   Action::ResendInvitation, Action::ChangeRole, Action::ChangeStatus, Action::DeleteUser,
                                   Action::ResetPassword, Action::ManageGroups, Action::ViewAudit,
                                   Action::ManageWorkspace};
    QTest::newRow("admin") << Role::Admin << everything;
    QTest::newRow("manager") << Role::Manager << everything.mid(0, everything.size() - 1);
    QTest::newRow("editor") << Role::Editor
                            << QList<Action>{Action::ViewUsers, Action::EditProfile, Action::ResendInvitation,
                                             Action::ViewAudit};
    QTest::newRow("helpdesk") << Role::Helpdesk
                              << QList<Action>{Action::ViewUsers, Action::ResendInvitation, Action::ResetPassword};
    QTest::newRow("monitor") << Role::Monitor << QList<Action>{Action::ViewUsers, Action::ViewAudit};
    QTest::newRow("member") << Role::Member << QList<Action>{};
}

void TestCore::actionsByRole()
{
    QFETCH(Role, role);
    QFETCH(QList<Action>, allowed);
    for (int a = int(Action::ViewUsers); a <= int(Action::ManageWorkspace); ++a) {
        const Action action = Action(a);
        const auto refused = refusal(role, action);
        QCOMPARE(!refused.has_value(), allowed.contains(action));
        if (refused) {
            QVERIFY2(refused->size() > 10, qPrintable(*refused)); // a sentence for the tooltip
        }
    }
}

void TestCore::nobodyActsAboveThemselves()
{
    QVERIFY(refusalOnTarget(Role::Manager, Role::Admin).has_value());
    QVERIFY(refusalOnTarget(Role::Manager, Role::Admin)->contains(QStringLiteral("above")));
    QVERIFY(!refusalOnTarget(Role::Manager, Role::Manager));
    QVERIFY(!refusalOnTarget(Role::Admin, Role::Admin));
    QVERIFY(refusalOnTarget(Role::Helpdesk, Role::Editor).has_value());
    QVERIFY(!refusalOnTarget(Role::Helpdesk, Role::Member));
}

void TestCore::grantingRoles_data()
{
    QTest::addColumn<Role>("op");
    QTest::addColumn<Role>("wanted");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("admin makes admin") << Role::Admin << Role::Admin << true;
    QTest::newRow("manager makes manager") << Role::Manager << Role::Manager << true;
    QTest::newRow("manager makes helpdesk") << Role::Manager << Role::Helpdesk << true;
    QTest::newRow("manager cannot make admin") << Role::Manager << Role::Admin << false;
    QTest::newRow("editor cannot grant") << Role::Editor << Role::Member << false;
    QTest::newRow("helpdesk cannot grant") << Role::Helpdesk << Role::Member << false;
}

void TestCore::grantingRoles()
{
    QFETCH(Role, op);
    QFETCH(Role, wanted);
    QFETCH(bool, allowed);
    QCOMPARE(!refusalToGrant(op, wanted).has_value(), allowed);
}

void TestCore::lastAdminIsKept_data()
{
    QTest::addColumn<qint64>("admins");
    QTest::addColumn<Role>("newRole");
    QTest::addColumn<Status>("newStatus");
    QTest::addColumn<bool>("refused");
    QTest::newRow("demote the only admin") << qint64(1) << Role::Manager << Status::Active << true;
    QTest::newRow("disable the only admin") << qint64(1) << Role::Admin << Status::Disabled << true;
    QTest::newRow("delete the only admin") << qint64(1) << Role::Admin << Status::Deleted << true;
    QTest::newRow("demote one of two") << qint64(2) << Role::Member << Status::Active << false;
    QTest::newRow("the only admin stays admin") << qint64(1) << Role::Admin << Status::Active << false;
}

void TestCore::lastAdminIsKept()
{
    QFETCH(qint64, admins);
    QFETCH(Role, newRole);
    QFETCH(Status, newStatus);
    QFETCH(bool, refused);
    const auto why = refusalForLastAdmin(admins, Role::Admin, Status::Active, newRole, newStatus);
    QCOMPARE(why.has_value(), refused);
    // Changing someone who is not an active Admin never trips the rule.
    QVERIFY(!refusalForLastAdmin(1, Role::Manager, Status::Active, newRole, newStatus));
    QVERIFY(!refusalForLastAdmin(1, Role::Admin, Status::Disabled, Role::Member, Status::Disabled));
}

void TestCore::seatCap_data()
{
    QTest::addColumn<qint64>("used");
    QTest::addColumn<int>("cap"); // -1: none
    QTest::addColumn<qint64>("adding");
    QTest::addColumn<bool>("refused");
    QTest::newRow("room left") << qint64(8) << 10 << qint64(2) << false;
    QTest::newRow("one too many") << qint64(8) << 10 << qint64(3) << true;
    QTest::newRow("full") << qint64(10) << 10 << qint64(1) << true;
    QTest::newRow("no cap") << qint64(100000) << -1 << qint64(500) << false;
    QTest::newRow("adding nobody") << qint64(12) << 10 << qint64(0) << false;
}

void TestCore::seatCap()
{
    QFETCH(qint64, used);
    QFETCH(int, cap);
    QFETCH(qint64, adding);
    QFETCH(bool, refused);
    const auto why = refusalForSeats(used, cap < 0 ? std::nullopt : std::optional<qint64>(cap), adding);
    QCOMPARE(why.has_value(), refused);
    if (why) {
        QVERIFY2(why->startsWith(QStringLiteral("Seat limit reached — upgrade to add more")), qPrintable(*why));
    }
    QVERIFY(holdsSeat(Status::Active) && holdsSeat(Status::Invited));
    QVERIFY(!holdsSeat(Status::Disabled) && !holdsSeat(Status::Deleted));
}

namespace {
QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts) {
        list.append(QString::fromUtf8(text));
    }
    return list;
}
} // namespace

void TestCore::pastedAddressesAreSplit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("emails");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("commas") << QStringLiteral("a@x.org, b@x.org,c@x.org")
                            << strings({"a@x.org", "b@x.org", "c@x.org"}) << strings({"", "", ""});
    QTest::newRow("semicolons and new lines") << QStringLiteral("a@x.org;b@x.org\r\nc@x.org\n\n")
                                              << strings({"a@x.org", "b@x.org", "c@x.org"}) << strings({"", "", ""});
    QTest::newRow("spreadsheet rows") << QStringLiteral("Ada\tLovelace\ta@x.org\nb@x.org\tBob\n\tc@x.org")
                                      << strings({"a@x.org", "b@x.org", "c@x.org"}) << strings({"Ada Lovelace", "Bob", ""});
    QTest::newRow("cells of addresses") << QStringLiteral("a@x.org\tb@x.org")
                                        << strings({"a@x.org", "b@x.org"}) << strings({"", ""});
    QTest::newRow("name and address") << QStringLiteral("Ada Lovelace <ada@x.org>, <bob@x.org>")
                                      << strings({"ada@x.org", "bob@x.org"}) << strings({"Ada Lovelace", ""});
    QTest::newRow("quoted name with comma") << QStringLiteral("\"Lovelace, Ada\" <ada@x.org>; b@x.org")
                                            << strings({"ada@x.org", "b@x.org"}) << strings({"Lovelace, Ada", ""});
    QTest::newRow("mailto and quotes") << QStringLiteral("mailto:ada@x.org, 'bob@x.org'")
                                       << strings({"ada@x.org", "bob@x.org"}) << strings({"", ""});
    QTest::newRow("stray quote ends at the line") << QStringLiteral("\"Ada <ada@x.org>\nbob@x.org")
                                                  << strings({"ada@x.org", "bob@x.org"}) << strings({"Ada", ""});
    QTest::newRow("nothing") << QStringLiteral(" ,; \n") << QStringList{} << QStringList{};
}

void TestCore::pastedAddressesAreSplit()
{
    QFETCH(QString, text);
    QFETCH(QStringList, emails);
    QFETCH(QStringList, names);
    const QList<InviteAddress> addresses = parseInviteAddresses(text);
    QStringList gotEmails;
    QStringList gotNames;
    for (const InviteAddress& address : addresses) {
        gotEmails.append(address.email);
        gotNames.append(address.name);
    }
    QCOMPARE(gotEmails, emails);
    QCOMPARE(gotNames, names);
}

void TestCore::domainAllowlist()
{
    const QStringList domains = parseDomainList(QStringLiteral("@Example.org, example.net;\n*.corp.example example.org"));
    QCOMPARE(domains, (strings({"example.org", "example.net", "corp.example"})));
    QVERIFY(!domainListProblem(domains));
    QVERIFY(domainListProblem({QStringLiteral("not_a domain")}));
    QVERIFY(domainListProblem({QStringLiteral("localhost")}));
    QVERIFY(domainAllowed(domains, QStringLiteral("Ada@EXAMPLE.org")));
    QVERIFY(!domainAllowed(domains, QStringLiteral("ada@eu.example.org"))); // subdomains are listed themselves
    QVERIFY(!domainAllowed(domains, QStringLiteral("ada@example.org.evil.test")));
    QVERIFY(domainAllowed({}, QStringLiteral("anyone@anywhere.test")));
}

void TestCore::reviewJudgesEachAddressAndTheBatch()
{
    InviteContext context;
    context.members.insert(QStringLiteral("max@x.org"), Status::Active);
    context.members.insert(QStringLiteral("ivy@x.org"), Status::Invited);
    context.members.insert(QStringLiteral("dot@x.org"), Status::Deleted);
    context.allowlist = {QStringLiteral("x.org")};
    context.seatsUsed = 8;
    context.seatCap = 10;
    const auto review = reviewInvitations(
        parseInviteAddresses(QStringLiteral("new@x.org, MAX@x.org, ivy@x.org, dot@x.org, bad, NEW@x.org, o@y.org, "
                                            "two@x.org")),
        context);
    const QList<InviteVerdict> verdicts{InviteVerdict::Ok,           InviteVerdict::AlreadyMember,
                                        InviteVerdict::AlreadyInvited, InviteVerdict::AlreadyMember,
                                        InviteVerdict::BadSyntax,    InviteVerdict::Duplicate,
                                        InviteVerdict::OutsideAllowlist, InviteVerdict::Ok};
    QCOMPARE(review.checks.size(), verdicts.size());
    for (int i = 0; i < verdicts.size(); ++i) {
        QCOMPARE(review.checks.at(i).verdict, verdicts.at(i));
        QCOMPARE(review.checks.at(i).why.isEmpty(), verdicts.at(i) == InviteVerdict::Ok);
    }
    QCOMPARE(review.acceptable, 2);
    QVERIFY(!review.seatRefusal); // two free seats, two invitations
    context.seatsUsed = 9;
    const auto full = reviewInvitations(parseInviteAddresses(QStringLiteral("a@x.org, b@x.org")), context);
    QVERIFY(full.seatRefusal);
    QVERIFY(full.seatRefusal->startsWith(QLatin1String("Seat limit reached")));
}

void TestCore::mailRetriesBackOff()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    QCOMPARE(nextMailAttempt(1, false, now), now.addSecs(60));
    QCOMPARE(nextMailAttempt(2, false, now), now.addSecs(5 * 60));
    QCOMPARE(nextMailAttempt(3, false, now), now.addSecs(30 * 60));
    QCOMPARE(nextMailAttempt(4, false, now), now.addSecs(120 * 60));
    QVERIFY(!nextMailAttempt(maxMailAttempts, false, now));
    QVERIFY(!nextMailAttempt(1, true, now)); // a permanent refusal is not retried
}

void TestCore::signInSlowsDownWithFailures()
{
    for (int failures = 0; failures < freeSignInFailures; ++failures) {
        QCOMPARE(signInDelaySeconds(failures), 0);
    }
    QCOMPARE(signInDelaySeconds(freeSignInFailures), 1);
    QCOMPARE(signInDelaySeconds(freeSignInFailures + 1), 2);
    QCOMPARE(signInDelaySeconds(freeSignInFailures + 2), 4);
    QCOMPARE(signInDelaySeconds(freeSignInFailures + 8), 256);
    QCOMPARE(signInDelaySeconds(freeSignInFailures + 9), maxSignInDelaySeconds);
    QCOMPARE(signInDelaySeconds(1'000'000), maxSignInDelaySeconds); // capped, never overflowing
    const QDateTime last = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    QVERIFY(!signInAllowedFrom(freeSignInFailures - 1, last).isValid());
    QCOMPARE(signInAllowedFrom(freeSignInFailures + 2, last), last.addSecs(4));
    QVERIFY(!signInAllowedFrom(freeSignInFailures + 2, QDateTime()).isValid());
}

void TestCore::registrationLinksCarryTheToken()
{
    // A page under the reserved .example domain is a placeholder nobody can open.
    QVERIFY(isPlaceholderJoinUrl(QStringLiteral("https://usher.example/join")));
    QVERIFY(isPlaceholderJoinUrl(QStringLiteral(" https://Portal.Example:8443/join?invite=abc ")));
    QVERIFY(!isPlaceholderJoinUrl(QStringLiteral("https://app.example.org/join")));
    QVERIFY(!isPlaceholderJoinUrl(QStringLiteral("https://example.com.evil.org/join")));
    QVERIFY(!isPlaceholderJoinUrl(QString()));
    const QString token = QStringLiteral("abc-DEF_123");
    QCOMPARE(registrationLink(QStringLiteral("https://app.example.org/join"), token),
             QStringLiteral("https://app.example.org/join?invite=abc-DEF_123"));
    QCOMPARE(registrationLink(QStringLiteral("https://app.example.org/join?lang=de"), token),
             QStringLiteral("https://app.example.org/join?lang=de&invite=abc-DEF_123"));
    QCOMPARE(tokenFromLink(QStringLiteral("https://app.example.org/join?lang=de&invite=abc-DEF_123")), token);
    QCOMPARE(tokenFromLink(QStringLiteral("  abc-DEF_123 ")), token);
    QCOMPARE(tokenFromLink(QStringLiteral("https://app.example.org/join")), QString());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    InviteLinkState link;
    link.workspaceName = QStringLiteral("Acme");
    link.expiresAt = now.addDays(1);
    QVERIFY(!refusalToAccept(link, now));
    link.expiresAt = now.addSecs(-1);
    QVERIFY(refusalToAccept(link, now)->contains(QLatin1String("expired")));
    link.supersededAt = now;
    QVERIFY(refusalToAccept(link, now)->contains(QLatin1String("newer")));
    link.cancelledAt = now;
    QVERIFY(refusalToAccept(link, now)->contains(QLatin1String("cancelled")));
    link.acceptedAt = now;
    QVERIFY(refusalToAccept(link, now)->contains(QLatin1String("works only once")));
}

void TestCore::invitationMailEscapesTheWelcomeMessage()
{
    InvitationMailFacts facts;
    facts.workspaceName = QStringLiteral("Acme & Co");
    facts.inviterName = QStringLiteral("Ada <Admin>");
    facts.inviteeName = QStringLiteral("Bob");
    facts.role = Role::Editor;
    facts.message = QStringLiteral("<script>alert(1)</script>\nSee you! {{usher-registration-link}}");
    facts.expiresAt = QDateTime(QDate(2026, 12, 8), QTime(14, 0), Qt::UTC);
    const ComposedMail composed = composeInvitationMail(facts);
    QCOMPARE(composed.subject, QStringLiteral("Ada <Admin> invited you to join Acme & Co"));
    QVERIFY(composed.text.contains(QLatin1String("Hello Bob,")));
    QVERIFY(composed.text.contains(QLatin1String("as Editor")));
    QVERIFY(composed.text.contains(QLatin1String("8 December 2026")));
    QVERIFY(!composed.html.contains(QLatin1String("<script>")));
    QVERIFY(composed.html.contains(QLatin1String("&lt;script&gt;")));
    QVERIFY(composed.html.contains(QLatin1String("Acme &amp; Co")));
    // The inviter's words cannot carry a placeholder of their own: the link appears once in
    // the text (its own line) and three times in the HTML (the button, the plain link and its text).
    const ComposedMail sent = withLink(composed, QStringLiteral("https://x.test/join?a=1&invite=T"));
    QCOMPARE(sent.text.count(QLatin1String("https://x.test/join?a=1&invite=T")), 1);
    QCOMPARE(sent.html.count(QLatin1String("https://x.test/join?a=1&amp;invite=T")), 3);
    QVERIFY(!sent.text.contains(registrationLinkPlaceholder()) && !sent.html.contains(registrationLinkPlaceholder()));
}

void TestCore::signupSettingsAreChecked()
{
    SignupSettings settings;
    settings.joinUrl = QStringLiteral("https://app.example.org/join");
    QVERIFY(!signupSettingsProblem(settings));
    SignupSettings bad = settings;
    bad.joinUrl = QStringLiteral("app.example.org");
    QVERIFY(signupSettingsProblem(bad)->startsWith(QLatin1String("Registration page")));
    bad = settings;
    bad.defaultRole = Role::Manager;
    QVERIFY(signupSettingsProblem(bad)->startsWith(QLatin1String("Default role")));
    bad = settings;
    bad.inviteExpiryDays = maxInviteExpiryDays + 1;
    QVERIFY(signupSettingsProblem(bad));
    bad = settings;
    bad.captchaProvider = QStringLiteral("homemade");
    QVERIFY(signupSettingsProblem(bad));
    bad = settings;
    bad.language = QStringLiteral("fr");
    QVERIFY(signupSettingsProblem(bad));
}

void TestCore::groupChangesFollowRankAndRights_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<QStringList>("grants");
    QTest::addColumn<bool>("add");
    QTest::addColumn<int>("target");
    QTest::addColumn<bool>("allowed");
    const QStringList view{QStringLiteral("users.view")};
    const QStringList billing{QStringLiteral("users.view"), QStringLiteral("billing.manage")};
    QTest::newRow("manager adds member") << int(Role::Manager) << view << true << int(Role::Member) << true;
    QTest::newRow("manager removes manager") << int(Role::Manager) << view << false << int(Role::Manager) << true;
    QTest::newRow("manager removes admin") << int(Role::Manager) << view << false << int(Role::Admin) << false;
    QTest::newRow("manager adds admin") << int(Role::Manager) << view << true << int(Role::Admin) << false;
    QTest::newRow("manager grants billing") << int(Role::Manager) << billing << true << int(Role::Member) << false;
    QTest::newRow("manager strips billing") << int(Role::Manager) << billing << false << int(Role::Member) << false;
    QTest::newRow("admin strips billing from admin") << int(Role::Admin) << billing << false << int(Role::Admin)
                                                     << true;
    QTest::newRow("helpdesk removes member") << int(Role::Helpdesk) << QStringList{} << false << int(Role::Member)
                                             << false;
}

void TestCore::groupChangesFollowRankAndRights()
{
    QFETCH(int, op);
    QFETCH(QStringList, grants);
    QFETCH(bool, add);
    QFETCH(int, target);
    QFETCH(bool, allowed);
    GroupSummary group;
    group.name = QStringLiteral("Team");
    group.permissions = grants;
    const auto why = refusalToChangeGroupMember(Role(op), group, add, Role(target));
    QCOMPARE(!why.has_value(), allowed);
    // Deleting the group takes from its members what it grants: the same ceiling, the same ranks.
    const auto deleting = refusalToDeleteGroup(Role(op), group, {Role(target)});
    if (!add) {
        QCOMPARE(!deleting.has_value(), allowed);
    }
}

void TestCore::invitationsAreIssuedOnlyWithinOnesRights()
{
    const QStringList billing{QStringLiteral("billing.manage")};
    QVERIFY(!refusalToIssueInvitation(Role::Admin, Role::Admin, billing));
    QVERIFY(!refusalToIssueInvitation(Role::Helpdesk, Role::Member, {}));
    QVERIFY(refusalToIssueInvitation(Role::Helpdesk, Role::Editor, {}));
    QVERIFY(refusalToIssueInvitation(Role::Helpdesk, Role::Member, {QStringLiteral("passwords.reset"),
                                                                    QStringLiteral("groups.manage")}));
    QVERIFY(refusalToIssueInvitation(Role::Manager, Role::Admin, {}));
    QVERIFY(refusalToIssueInvitation(Role::Manager, Role::Member, billing));
    // Changing what a group grants: neither adding nor stripping what one lacks.
    QVERIFY(refusalToChangeGroupPermissions(Role::Manager, {}, billing));
    QVERIFY(refusalToChangeGroupPermissions(Role::Manager, billing, {}));
    QVERIFY(!refusalToChangeGroupPermissions(Role::Manager, billing, billing + QStringList{QStringLiteral("users.view")}));
    QVERIFY(!refusalToChangeGroupPermissions(Role::Admin, billing, {}));
}

void TestCore::copiedLinksStayWithinTheOperatorsRights_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<bool>("allowed");
    auto row = [](const char* name, Role op, Role role, QStringList groups, bool allowed) {
        QTest::newRow(name) << int(op) << int(role) << groups << allowed;
    };
    row("admin any", Role::Admin, Role::Admin, {QStringLiteral("billing.manage")}, true);
    row("manager a manager", Role::Manager, Role::Manager, {}, true);
    row("manager an admin", Role::Manager, Role::Admin, {}, false);
    row("manager billing group", Role::Manager, Role::Member, {QStringLiteral("billing.manage")}, false);
    row("helpdesk a member", Role::Helpdesk, Role::Member, {}, true);
    row("helpdesk a helpdesk", Role::Helpdesk, Role::Helpdesk, {}, true);
    // Same rank, other permissions.
    row("helpdesk a monitor", Role::Helpdesk, Role::Monitor, {}, false);
    row("monitor a helpdesk", Role::Monitor, Role::Helpdesk, {}, false);
    row("helpdesk a member with audit group", Role::Helpdesk, Role::Member, {QStringLiteral("audit.view")}, false);
    row("editor a member", Role::Editor, Role::Member, {}, true);
    row("editor a monitor", Role::Editor, Role::Monitor, {}, true);
    row("editor a helpdesk", Role::Editor, Role::Helpdesk, {}, false);
}

void TestCore::copiedLinksStayWithinTheOperatorsRights()
{
    QFETCH(int, op);
    QFETCH(int, role);
    QFETCH(QStringList, groups);
    QFETCH(bool, allowed);
    const auto why = refusalToIssueInvitation(Role(op), Role(role), groups);
    QCOMPARE(!why.has_value(), allowed);
    if (why) {
        QVERIFY(!why->isEmpty());
    }
}

void TestCore::sharedAccountsNeedRightsEverywhere()
{
    const QString max = QStringLiteral("Max");
    QVERIFY(!refusalOnSharedAccount(max, Action::EditProfile, {}));
    QVERIFY(!refusalOnSharedAccount(max, Action::EditProfile,
                                    {{Role::Member, true, Role::Manager}, {Role::Admin, true, Role::Admin}}));
    // Not a member there, or not an active one.
    auto why = refusalOnSharedAccount(max, Action::EditProfile, {{Role::Member, false, Role::Admin}});
    QVERIFY(why && why->contains(max) && why->contains(QLatin1String("another workspace")));
    // Above the operator there.
    QVERIFY(refusalOnSharedAccount(max, Action::EditProfile,
                                   {{Role::Member, true, Role::Admin}, {Role::Admin, true, Role::Manager}}));
    // A role there that may not edit profiles at all.
    QVERIFY(refusalOnSharedAccount(max, Action::EditProfile, {{Role::Member, true, Role::Monitor}}));
    QVERIFY(refusalOnSharedAccount(max, Action::EditProfile, {{Role::Member, true, Role::Helpdesk}}));
    QVERIFY(!refusalOnSharedAccount(max, Action::ResetPassword, {{Role::Member, true, Role::Helpdesk}}));
}

void TestCore::passwordsAreNotChosenForOthers()
{
    const QString email = QStringLiteral("max@example.org");
    QVERIFY(!refusalToChoosePassword(email, false, false));
    for (const auto& [hasPassword, elsewhere] : {std::pair{true, false}, std::pair{false, true}, std::pair{true, true}}) {
        const auto why = refusalToChoosePassword(email, hasPassword, elsewhere);
        QVERIFY(why);
        QVERIFY(why->contains(email) && why->contains(QLatin1String("reset")));
    }
}

void TestCore::outcomesNameWhoTheyAreAbout()
{
    // Whatever a change to many answers, its report names people the same way.
    usher::MemberOutcome member;
    member.name = QStringLiteral("Ada Lovelace");
    QCOMPARE(member.label(), QStringLiteral("Ada Lovelace"));
    usher::InvitationOutcome invitation;
    invitation.email = QStringLiteral("ada@example.org");
    QCOMPARE(invitation.label(), QStringLiteral("ada@example.org")); // a new address has no name yet
    invitation.name = QStringLiteral("ada@example.org");
    QCOMPARE(invitation.label(), QStringLiteral("ada@example.org"));
    invitation.name = QStringLiteral("Ada Lovelace");
    QCOMPARE(invitation.label(), QStringLiteral("Ada Lovelace <ada@example.org>"));
    // Seen as any outcome, the fields every report reads are the same ones.
    invitation.why = QStringLiteral("Already a member.");
    const usher::Outcome& plain = invitation;
    QVERIFY(!plain.done && !plain.notReached);
    QCOMPARE(plain.why, QStringLiteral("Already a member."));
}

void TestCore::theClockStopsAndMovesForTests()
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    usher::clock::freezeForTesting(at);
    QCOMPARE(usher::clock::now(), at);
    QTest::qWait(20);
    QCOMPARE(usher::clock::now(), at); // stopped
    usher::clock::advanceForTesting(90);
    QCOMPARE(usher::clock::nowSecs(), qint64(1'800'000'090));
    usher::clock::resumeForTesting();
    QVERIFY(qAbs(usher::clock::now().msecsTo(QDateTime::currentDateTimeUtc())) < 1000);
    usher::clock::advanceForTesting(3600); // a running clock, an hour ahead
    QVERIFY(qAbs(usher::clock::now().secsTo(QDateTime::currentDateTimeUtc().addSecs(3600))) <= 1);
    usher::clock::resumeForTesting();
}

void TestCore::aRowMatchesAFilterAsTheListingWould()
{
    UserSummary row;
    row.accountId = Id::fromText(QStringLiteral("u-1"));
    row.displayName = QStringLiteral("Grace  Hopper");
    row.email = QStringLiteral("grace@example.org");
    row.role = Role::Editor;
    row.status = Status::Disabled;
    row.joined = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    UserFilter filter;
    QVERIFY(rowMatches(row, filter));
    filter.search = QStringLiteral("  grace   HOPPER ");
    QVERIFY(rowMatches(row, filter)); // spaces and capitals as the listing ignores them
    filter.search = QStringLiteral("g%r");
    QVERIFY(!rowMatches(row, filter)); // literally, no wildcards
    filter.search = QStringLiteral("EXAMPLE.org");
    QVERIFY(rowMatches(row, filter));
    filter.status = Status::Active;
    QVERIFY(!rowMatches(row, filter));
    filter.status = Status::Disabled;
    filter.role = Role::Editor;
    QVERIFY(rowMatches(row, filter));
    filter.role = Role::Admin;
    QVERIFY(!rowMatches(row, filter));
    filter.role.reset();
    filter.accountIds = QList<Id>{Id::fromText(QStringLiteral("u-2"))};
    QVERIFY(!rowMatches(row, filter));
    filter.accountIds->append(row.accountId);
    QVERIFY(rowMatches(row, filter));
    filter.joinedSince = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(rowMatches(row, filter)); // at or after
    filter.joinedBefore = filter.joinedSince;
    QVERIFY(!rowMatches(row, filter)); // before, not at
    // Nobody deleted unless asked for; never signed in counts as long ago.
    UserFilter plain;
    row.status = Status::Deleted;
    QVERIFY(!rowMatches(row, plain));
    row.status = Status::Active;
    plain.lastSeenBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(rowMatches(row, plain));
    plain.lastSeenBefore.reset();
    plain.lastSeenSince = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(!rowMatches(row, plain));
    row.lastSeen = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(rowMatches(row, plain));
}

void TestCore::diagnosisNamesWhatBlocksFirst()
{
    using namespace usher;
    const QDateTime now(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
    SignInFacts f;
    f.name = QStringLiteral("Nia");
    f.email = QStringLiteral("nia@example.org");
    f.hasPassword = true;
    f.lastSignIn = now.addDays(-2);
    QCOMPARE(diagnoseSignIn(f, Role::Admin, now).problem, SignInProblem::NothingWrong);
    // Each state added on top of the last: the one that blocks first wins.
    f.mustChangePassword = true;
    QCOMPARE(diagnoseSignIn(f, Role::Admin, now).problem, SignInProblem::TemporaryPassword);
    f.failedSignIns = 5;
    f.signInBlockedUntil = now.addSecs(90);
    const SignInDiagnosis locked = diagnoseSignIn(f, Role::Admin, now);
    QCOMPARE(locked.problem, SignInProblem::Locked);
    QVERIFY2(locked.summary.contains(QStringLiteral("in 2 minute")), qPrintable(locked.summary));
    // A lock that has run out blocks nothing.
    QCOMPARE(diagnoseSignIn(f, Role::Admin, now.addSecs(91)).problem, SignInProblem::TemporaryPassword);
    f.status = Status::Invited;
    f.invitationOpen = true;
    f.invitationExpires = now.addDays(3);
    QCOMPARE(diagnoseSignIn(f, Role::Admin, now).problem, SignInProblem::InvitationPending);
    f.invitationOpen = false;
    QCOMPARE(diagnoseSignIn(f, Role::Admin, now).problem, SignInProblem::InvitationExpired);
    f.status = Status::Disabled;
    QCOMPARE(diagnoseSignIn(f, Role::Admin, now).problem, SignInProblem::Disabled);
    f.seatCap = 10;
    f.seatsUsed = 10;
    QCOMPARE(diagnoseSignIn(f, Role::Admin, now).problem, SignInProblem::SeatCapReached);
    f.status = Status::Deleted;
    f.deletedAt = now.addDays(-3);
    const SignInDiagnosis deleted = diagnoseSignIn(f, Role::Admin, now);
    QCOMPARE(deleted.problem, SignInProblem::SeatCapReached); // restorable, but not into a full workspace
    QVERIFY(deleted.fixRefused.has_value());
    f.seatCap.reset();
    QCOMPARE(diagnoseSignIn(f, Role::Admin, now).problem, SignInProblem::Deleted);
    QCOMPARE(diagnoseSignIn(f, Role::Admin, now).fix, SignInFix::Restore);
    f.deletedAt = now.addDays(-(recoveryDays + 1));
    QCOMPARE(diagnoseSignIn(f, Role::Admin, now).fix, SignInFix::None);
    f.removedHere = true;
    QCOMPARE(diagnoseSignIn(f, Role::Admin, now).problem, SignInProblem::RemovedHere);
    // No password: never finished, signed in another way, or through their organisation.
    SignInFacts none;
    QCOMPARE(diagnoseSignIn(none, Role::Admin, now).summary, QStringLiteral("No password set"));
    none.lastSignIn = now.addDays(-30);
    QVERIFY(diagnoseSignIn(none, Role::Admin, now).summary.contains(QStringLiteral("another way")));
    none.source = Source::Sso;
    QVERIFY(diagnoseSignIn(none, Role::Admin, now).summary.contains(QStringLiteral("organisation")));
}

void TestCore::diagnosisFixesFollowTheOperatorsRole()
{
    using namespace usher;
    const QDateTime now(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
    SignInFacts f;
    f.hasPassword = true;
    f.failedSignIns = 4;
    f.signInBlockedUntil = now.addSecs(30);
    // Helpdesk unlocks a Member, not an Editor or an Admin; a Monitor nobody.
    QVERIFY(!diagnoseSignIn(f, Role::Helpdesk, now).fixRefused);
    for (const Role target : {Role::Editor, Role::Manager, Role::Admin}) {
        f.role = target;
        QVERIFY(diagnoseSignIn(f, Role::Helpdesk, now).fixRefused.has_value());
    }
    f.role = Role::Member;
    QVERIFY(diagnoseSignIn(f, Role::Monitor, now).fixRefused.has_value());
    // Reactivating is a Manager's; Helpdesk sees why not.
    f.status = Status::Disabled;
    QVERIFY(diagnoseSignIn(f, Role::Helpdesk, now).fixRefused.has_value());
    QVERIFY(!diagnoseSignIn(f, Role::Manager, now).fixRefused);
    // Nobody helps themselves from the panel; impersonation is an Admin's, never of an Admin.
    QVERIFY(refusalOfPasswordHelp(Role::Admin, Role::Admin, true).has_value());
    QVERIFY(!refusalOfPasswordHelp(Role::Admin, Role::Admin, false));
    QVERIFY(refusalOfImpersonation(Role::Manager, Role::Member, false).has_value());
    QVERIFY(refusalOfImpersonation(Role::Admin, Role::Admin, false).has_value());
    QVERIFY(!refusalOfImpersonation(Role::Admin, Role::Manager, false));
}

void TestCore::callerChecksAndLinks()
{
    using namespace usher;
    QVERIFY(verificationProblem({}).has_value());
    QVERIFY(verificationProblem({CallerCheck::Other, QStringLiteral(" ")}).has_value());
    QVERIFY(!verificationProblem({CallerCheck::Other, QStringLiteral("Badge seen")}));
    QVERIFY(verificationProblem({CallerCheck::InPerson, QString(501, QLatin1Char('x'))}).has_value());
    for (const CallerCheck check : callerChecks()) {
        CallerCheck back = CallerCheck::None;
        QVERIFY(callerCheckFromKey(callerCheckKey(check), &back));
        QCOMPARE(back, check);
    }
    const QString link = resetLink(QStringLiteral("https://app.example.org/join?invite=old&lang=de"), QStringLiteral("tok"));
    QCOMPARE(link, QStringLiteral("https://app.example.org/join?lang=de&reset=tok"));
    QCOMPARE(linkToken(link), std::pair(QStringLiteral("reset"), QStringLiteral("tok")));
    QCOMPARE(linkToken(impersonationLink(QStringLiteral("https://a.example/j"), QStringLiteral("x"))).first,
             QStringLiteral("impersonate"));
    QCOMPARE(linkToken(QStringLiteral(" abcDEF ")), std::pair(QString(), QStringLiteral("abcDEF")));
    QCOMPARE(linkToken(QStringLiteral("https://a.example/j?q=1")), std::pair(QString(), QString()));
    QCOMPARE(linkToken(QStringLiteral("not a link")), std::pair(QString(), QString()));
}

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
