// The SCIM backend against a real SCIM service of an independent implementation (SCIMMY and
// scimmy-routers, tests/scim/server.mjs), with its fault layer switched on where a test plays
// an awkward or failing server. Every answer is checked against what the service then holds.

#include "connection/scim/scimbackend.h"
#include "scimserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace usher;
using namespace usher::test;
using usher::scim::ScimBackend;

namespace {

constexpr int people = 10'000;

UserFilter everyone()
{
    UserFilter filter;
    filter.workspaceId = ScimBackend::workspace();
    return filter;
}

UserPageRequest page(qint64 offset, int limit, const UserFilter& filter = everyone())
{
    UserPageRequest request;
    request.filter = filter;
    request.offset = offset;
    request.limit = limit;
    return request;
}

} // namespace

class TestScimBackend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void discoveryFindsWhatTheServiceOffers();
    void aWrongTokenIsASignInProblem();
    void nothingListensAtTheAddress();
    void pagesThroughEveryoneToTheEnd();
    void aServiceThatCapsCountIsPagedOn();
    void searchFindsByPartOfNameOrAddress();
    void aServiceWithoutContainsSearchesByStartAndSaysSo();
    void sortIsOfferedOnlyWhereTheServiceSorts();
    void anUnstableOrderIsNoticedAndSaid();
    void disableSendsTheVersionItWasReadAt();
    void aChangeMadeElsewhereBetweenReadAndWriteIsAConflict();
    void aStaleVersionFromTheScreenIsAConflict();
    void disablingEveryoneAFilterShowsLeavesTheOperatorOut();
    void aServiceThatMisreadsFiltersChangesNobodyElse();
    void aSelectionCheckedWithinASearchFindsOnlyThoseChosen();
    void stopHalfwayReportsWhoWasNotReached();
    void withoutVersionsAChangeToManyGoesAsBulkWithEachOutcome();
    void aBulkRequestWithoutAnAnswerSaysItMayHaveBeenMade();
    void groupMembersGoAsBulkTooEachAnswered();
    void aRoleKeptInAnExtensionAttributeIsReadAndWrittenThere();
    void deleteIsForGoodWithItsVersionAndUshersRules();
    void createAndEditAPerson();
    void aTakenAddressIsAConflictWithTheServicesDetail();
    void rateLimitIsWaitedOutOrReported();
    void serverErrorsAreRetriedOnlyForReads();
    void anErrorWithoutStatusStillSaysWhatHappened();
    void aSlowServiceTimesOut();
    void aDroppedConnectionIsReported();
    void groupsAreListedWithTheirMemberCounts();
    void aServiceWithoutFiltersStillDisablesAndReactivatesSafely();
    void searchTextIsNeverFilterSyntax();
    void anOAuthClientGetsAndRenewsItsTokens();
    void aCountAskedWithItsFirstPageCostsNoSecondRequest();
    void membersAreAddedAndRemovedEachOnTheirOwn();
    void aGroupIsCreatedRenamedAndDeleted();

private:
    std::unique_ptr<ScimBackend> openBackend(int timeoutSeconds = 10);
    /// The person at `path` as the service holds them now.
    QJsonObject held(const QString& id);

    std::unique_ptr<ScimServer> m_server;
    QString m_me;
};

void TestScimBackend::initTestCase()
{
    m_server = std::make_unique<ScimServer>();
    QVERIFY2(m_server->isRunning(), "the SCIM test server (node tests/scim/server.mjs) must start");
}

void TestScimBackend::init()
{
    m_me = m_server->reset(people, 3);
    QVERIFY(!m_me.isEmpty());
}

std::unique_ptr<ScimBackend> TestScimBackend::openBackend(int timeoutSeconds)
{
    auto backend = std::make_unique<ScimBackend>(m_server->profile(timeoutSeconds), ScimServer::token());
    const Result<OpenInfo> opened = await(backend->open());
    if (!opened.ok()) {
        qWarning("open() failed: %s", qPrintable(opened.error().message));
        return nullptr;
    }
    return backend;
}

QJsonObject TestScimBackend::held(const QString& id)
{
    return m_server->request("GET", QStringLiteral("/Users/") + id).second;
}

void TestScimBackend::discoveryFindsWhatTheServiceOffers()
{
    ScimBackend backend(m_server->profile(), ScimServer::token());
    const Result<OpenInfo> opened = await(backend.open());
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    const scim::Discovery found = backend.discovery();
    QVERIFY(found.patch);
    QVERIFY(found.etag);
    QVERIFY(found.filter && found.filterEq && found.filterSw && found.filterCo);
    QVERIFY(found.sort);
    QVERIFY(found.roles);
    QVERIFY(found.groups);
    QVERIFY(found.me);
    QCOMPARE(found.users, people);
    // The token's holder acts: the service's /Me, an Admin by their roles.
    QVERIFY(opened.value().connectedAs);
    QCOMPARE(opened.value().connectedAs->accountId, Id::fromText(m_me));
    QCOMPARE(opened.value().connectedAs->role, Role::Admin);
    QCOMPARE(opened.value().connectedAs->email, QStringLiteral("ada.lovelace.0@example.org"));
    const QString findings = opened.value().findings.join(QLatin1Char('\n'));
    QVERIFY2(findings.contains(QStringLiteral("containing the text")), qPrintable(findings));
    QVERIFY2(findings.contains(QStringLiteral("10,000")), qPrintable(findings));
    // What a service lacks is absent, with the reason.
    QVERIFY(backend.members());
    QVERIFY(!backend.invitations() && !backend.auditLog() && !backend.passwordHelp() && !backend.operatorSignIn());
    QVERIFY(backend.absence(Backend::Feature::AuditLog).contains(QStringLiteral("audit log")));
    const DirectoryAbilities can = backend.abilities();
    QVERIFY(!can.views.contains(SavedView::Inactive90Days)); // SCIM does not say who signed in when
    QVERIFY(!can.views.contains(SavedView::PendingInvitations));
    QVERIFY(can.operations.contains(MemberOperation::Delete) && can.deletesForGood);
    QVERIFY(!can.operations.contains(MemberOperation::Restore));
    // SCIMMY's filters tell capitals apart (against RFC 7644): found by the probe, and said.
    QVERIFY(found.caseExact);
    QVERIFY2(can.searchLimit.contains(QStringLiteral("capitals")), qPrintable(can.searchLimit));
    QVERIFY2(findings.contains(QStringLiteral("Capitals")), qPrintable(findings));
}

void TestScimBackend::aWrongTokenIsASignInProblem()
{
    ScimBackend backend(m_server->profile(), QStringLiteral("not-the-token"));
    const Result<OpenInfo> opened = await(backend.open());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, BackendError::Kind::Authentication);
    QVERIFY2(opened.error().message.contains(QStringLiteral("bearer token is missing or wrong")),
             qPrintable(opened.error().message)); // the service's own detail
}

void TestScimBackend::nothingListensAtTheAddress()
{
    ConnectionProfile profile = m_server->profile();
    ScimService service = *profile.scim();
    service.baseUrl = QStringLiteral("http://127.0.0.1:1/scim/v2");
    profile.target = service;
    ScimBackend backend(profile, ScimServer::token());
    const Result<OpenInfo> opened = await(backend.open());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, BackendError::Kind::Unavailable);
    QVERIFY2(opened.error().message.contains(QStringLiteral("nothing accepts connections")),
             qPrintable(opened.error().message));
}

void TestScimBackend::pagesThroughEveryoneToTheEnd()
{
    auto backend = openBackend();
    QVERIFY(backend);
    const Result<qint64> count = await(backend->countUsers(everyone()));
    QVERIFY(count.ok());
    QCOMPARE(count.value(), people);
    QSet<Id> seen;
    QString previous;
    for (qint64 offset = 0; offset < people; offset += 500) {
        const Result<UserPage> answer = await(backend->listUsers(page(offset, 500)));
        QVERIFY2(answer.ok(), qPrintable(answer.error().message));
        QCOMPARE(answer.value().offset, offset);
        QCOMPARE(answer.value().rows.size(), 500);
        for (const UserSummary& row : answer.value().rows) {
            QVERIFY(!row.accountId.isNull());
            QVERIFY(!row.version.isNull());
            seen.insert(row.accountId);
        }
    }
    QCOMPARE(seen.size(), people);
    // Past the end: nothing, and no endless asking.
    const Result<UserPage> after = await(backend->listUsers(page(people, 200)));
    QVERIFY(after.ok());
    QVERIFY(after.value().rows.isEmpty());
    QVERIFY(backend->abilities().orderLimit.isEmpty());
}

void TestScimBackend::aServiceThatCapsCountIsPagedOn()
{
    auto backend = openBackend();
    QVERIFY(backend);
    const Result<UserPage> whole = await(backend->listUsers(page(1000, 200)));
    QVERIFY(whole.ok());
    m_server->setFaults({{QStringLiteral("capCount"), 30}});
    const Result<UserPage> capped = await(backend->listUsers(page(1000, 200)));
    QVERIFY2(capped.ok(), qPrintable(capped.error().message));
    QCOMPARE(capped.value().rows.size(), 200); // seven requests, not one page of 30 taken as the end
    for (int i = 0; i < 200; ++i) {
        QCOMPARE(capped.value().rows.at(i).accountId, whole.value().rows.at(i).accountId);
    }
    QVERIFY(m_server->stats().value(QStringLiteral("GET /Users")).toInt() >= 7);
}

void TestScimBackend::searchFindsByPartOfNameOrAddress()
{
    auto backend = openBackend();
    QVERIFY(backend);
    UserFilter filter = everyone();
    filter.search = QStringLiteral("  Lovel ");
    const Result<qint64> count = await(backend->countUsers(filter));
    QVERIFY(count.ok());
    QVERIFY(count.value() > 0 && count.value() < people);
    const Result<UserPage> found = await(backend->listUsers(page(0, 1000, filter)));
    QVERIFY(found.ok());
    QCOMPARE(found.value().rows.size(), count.value());
    for (const UserSummary& row : found.value().rows) {
        QVERIFY2(row.displayName.contains(QStringLiteral("Lovel"), Qt::CaseInsensitive)
                     || row.email.contains(QStringLiteral("lovel"), Qt::CaseInsensitive),
                 qPrintable(row.displayName));
    }
    // Typed in other capitals on a service that tells them apart: the same people, found by
    // their names as written and their addresses in small letters.
    for (const char* typed : {"LOVEL", "lovel", "lOVEL"}) {
        UserFilter other = everyone();
        other.search = QString::fromLatin1(typed);
        QCOMPARE(await(backend->countUsers(other)).value(), count.value());
    }
    // Quotes and backslashes are text, not filter syntax.
    filter.search = QStringLiteral("x\" or userName pr or \"\\");
    const Result<qint64> hostile = await(backend->countUsers(filter));
    // SCIMMY's parser does not take escaped quotes and refuses the filter; a service that does
    // finds nobody. Never everyone ("userName pr" stays text).
    QVERIFY2(hostile.ok() ? hostile.value() == 0 : hostile.error().kind == BackendError::Kind::Invalid,
             qPrintable(hostile.ok() ? QString::number(hostile.value()) : hostile.error().message));
    // A status view is the service's active flag.
    UserFilter disabled = everyone();
    disabled.status = Status::Disabled;
    const Result<qint64> off = await(backend->countUsers(disabled));
    QVERIFY(off.ok());
    QCOMPARE(off.value(), qint64(people / 17 + (people % 17 ? 1 : 0) - 1)); // every 17th but the first
    UserFilter invited = everyone();
    invited.status = Status::Invited;
    QCOMPARE(await(backend->countUsers(invited)).value(), 0); // a service has no invitations
}

void TestScimBackend::aServiceWithoutContainsSearchesByStartAndSaysSo()
{
    m_server->setFaults({{QStringLiteral("rejectOperators"), QJsonArray {QStringLiteral("co")}}});
    auto backend = openBackend();
    QVERIFY(backend);
    QVERIFY(!backend->discovery().filterCo);
    QVERIFY(backend->discovery().filterSw);
    QVERIFY(backend->abilities().searchLimit.contains(QStringLiteral("start with")));
    UserFilter filter = everyone();
    filter.search = QStringLiteral("Grace");
    const Result<UserPage> found = await(backend->listUsers(page(0, 50, filter)));
    QVERIFY2(found.ok(), qPrintable(found.error().message)); // never sends the operator that fails
    QVERIFY(!found.value().rows.isEmpty());
    for (const UserSummary& row : found.value().rows) {
        QVERIFY(row.displayName.startsWith(QStringLiteral("Grace")));
    }
}

void TestScimBackend::sortIsOfferedOnlyWhereTheServiceSorts()
{
    auto backend = openBackend();
    QVERIFY(backend);
    QVERIFY(backend->abilities().sortable.contains(UserField::Name));
    // The service's collation is its own: descending from the top is ascending from the end, reversed.
    UserPageRequest request = page(0, 300);
    request.sort = {UserField::Email, Qt::DescendingOrder};
    const Result<UserPage> descending = await(backend->listUsers(request));
    request = page(people - 300, 300);
    request.sort = {UserField::Email, Qt::AscendingOrder};
    const Result<UserPage> ascending = await(backend->listUsers(request));
    QVERIFY(descending.ok() && ascending.ok());
    QCOMPARE(descending.value().rows.size(), 300);
    for (int i = 0; i < 300; ++i) {
        QCOMPARE(descending.value().rows.at(i).email, ascending.value().rows.at(299 - i).email);
    }
    QVERIFY(descending.value().rows.first().email != ascending.value().rows.first().email);
    m_server->setFaults({{QStringLiteral("ignoreSort"), true}});
    auto ignoring = openBackend();
    QVERIFY(ignoring);
    QVERIFY(ignoring->discovery().sortAnnounced);
    QVERIFY(!ignoring->discovery().sort); // announced, and ignored: found out, not trusted
    QVERIFY(ignoring->abilities().sortable.isEmpty());
    QVERIFY(!ignoring->abilities().sortLimit.isEmpty());
}

void TestScimBackend::anUnstableOrderIsNoticedAndSaid()
{
    auto backend = openBackend();
    QVERIFY(backend);
    QSignalSpy changed(backend.get(), &Backend::abilitiesChanged);
    m_server->setFaults({{QStringLiteral("shuffle"), true}});
    QVERIFY(await(backend->listUsers(page(0, 100))).ok());
    QVERIFY(backend->abilities().orderLimit.isEmpty());
    QVERIFY(await(backend->listUsers(page(100, 100))).ok());
    QVERIFY(!backend->abilities().orderLimit.isEmpty());
    QTRY_COMPARE(changed.count(), 1);
}

void TestScimBackend::disableSendsTheVersionItWasReadAt()
{
    auto backend = openBackend();
    QVERIFY(backend);
    const UserSummary row = await(backend->listUsers(page(5, 1))).value().rows.first();
    QCOMPARE(row.status, Status::Active);
    const Operator op = *await(backend->open()).value().connectedAs;
    MemberChange change;
    change.operation = MemberOperation::Disable;
    change.targets = {{row.accountId, row.version}};
    const Result<QList<MemberOutcome>> outcomes = await(backend->changeMembers(op, change));
    QVERIFY(outcomes.ok());
    QCOMPARE(outcomes.value().size(), 1);
    QVERIFY2(outcomes.value().first().done, qPrintable(outcomes.value().first().why));
    QCOMPARE(outcomes.value().first().name, row.displayName);
    const QJsonObject now = held(row.accountId.text());
    QCOMPARE(now.value(QStringLiteral("active")).toBool(true), false);
    QCOMPARE(outcomes.value().first().version.text(), now.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toString());
    QVERIFY(outcomes.value().first().version != row.version);
    // The same change again, from the version it now has: already so, nothing written.
    const int patchesBefore = m_server->stats().value(QStringLiteral("PATCH /Users")).toInt();
    change.targets = {{row.accountId, outcomes.value().first().version}};
    const Result<QList<MemberOutcome>> again = await(backend->changeMembers(op, change));
    QVERIFY(again.ok());
    QVERIFY2(!again.value().first().done, "disabling a disabled person is refused by core's rule");
    QCOMPARE(m_server->stats().value(QStringLiteral("PATCH /Users")).toInt(), patchesBefore);
}

void TestScimBackend::aChangeMadeElsewhereBetweenReadAndWriteIsAConflict()
{
    auto backend = openBackend();
    QVERIFY(backend);
    const Operator op = *await(backend->open()).value().connectedAs;
    const UserSummary row = await(backend->listUsers(page(7, 1))).value().rows.first();
    // Another admin changes the person after Usher read them and before its write arrives.
    m_server->setFaults({{QStringLiteral("bumpBeforeWrite"), true}});
    MemberChange change;
    change.operation = MemberOperation::ChangeRole;
    change.role = Role::Editor;
    change.targets = {{row.accountId, {}}};
    const Result<QList<MemberOutcome>> outcomes = await(backend->changeMembers(op, change));
    QVERIFY(outcomes.ok());
    const MemberOutcome& outcome = outcomes.value().first();
    QVERIFY(!outcome.done);
    QVERIFY(outcome.conflict);
    QVERIFY2(outcome.why.contains(QStringLiteral("Reload")), qPrintable(outcome.why));
    QVERIFY2(outcome.why.contains(QStringLiteral("has changed")), qPrintable(outcome.why)); // the service's detail
    m_server->setFaults({});
    QVERIFY(held(row.accountId.text()).value(QStringLiteral("roles")).toArray().first().toObject().value(QStringLiteral("value"))
            != QStringLiteral("editor") || row.role == Role::Editor);

    // A profile edit the same way: refused by the service's 412, said as a conflict.
    m_server->setFaults({{QStringLiteral("bumpBeforeWrite"), true}});
    ProfileEdit edit;
    edit.firstName = QStringLiteral("Renamed");
    const Result<Version> saved = await(backend->updateProfile(op, row.accountId, edit, row.version));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, BackendError::Kind::Conflict);
    m_server->setFaults({});
    QVERIFY(held(row.accountId.text()).value(QStringLiteral("name")).toObject().value(QStringLiteral("givenName")).toString()
            != QStringLiteral("Renamed"));
}

void TestScimBackend::aStaleVersionFromTheScreenIsAConflict()
{
    auto backend = openBackend();
    QVERIFY(backend);
    const Operator op = *await(backend->open()).value().connectedAs;
    const UserSummary row = await(backend->listUsers(page(9, 1))).value().rows.first();
    // Someone renames them after the list was loaded.
    const auto [status, body] = m_server->request(
        "PATCH", QStringLiteral("/Users/") + row.accountId.text(),
        {{QStringLiteral("schemas"), QJsonArray {QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
         {QStringLiteral("Operations"), QJsonArray {QJsonObject {{QStringLiteral("op"), QStringLiteral("replace")},
                                                                 {QStringLiteral("path"), QStringLiteral("displayName")},
                                                                 {QStringLiteral("value"), QStringLiteral("Someone Else")}}}}});
    QCOMPARE(status, 200);
    MemberChange change;
    change.operation = MemberOperation::Disable;
    change.targets = {{row.accountId, row.version}};
    const MemberOutcome outcome = await(backend->changeMembers(op, change)).value().first();
    QVERIFY(!outcome.done);
    QVERIFY(outcome.conflict);
    QVERIFY(held(row.accountId.text()).value(QStringLiteral("active")).toBool());
    ProfileEdit edit;
    edit.lastName = QStringLiteral("Changed");
    const Result<Version> saved = await(backend->updateProfile(op, row.accountId, edit, row.version));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, BackendError::Kind::Conflict);
}

void TestScimBackend::disablingEveryoneAFilterShowsLeavesTheOperatorOut()
{
    auto backend = openBackend();
    QVERIFY(backend);
    const Operator op = *await(backend->open()).value().connectedAs;
    UserFilter lovelaces = everyone();
    lovelaces.search = QStringLiteral("ada.lovelace");
    lovelaces.status = Status::Active;
    const qint64 matching = await(backend->countUsers(lovelaces)).value();
    QVERIFY(matching >= 2);
    MemberChange change;
    change.operation = MemberOperation::Disable;
    change.matching = lovelaces;
    const QList<MemberOutcome> outcomes = await(backend->changeMembers(op, change)).value();
    QCOMPARE(outcomes.size(), matching);
    int done = 0;
    for (const MemberOutcome& outcome : outcomes) {
        if (outcome.accountId == op.accountId) {
            QVERIFY(!outcome.done);
            QVERIFY2(outcome.why.contains(QStringLiteral("checked before asking the service")), qPrintable(outcome.why));
        } else {
            QVERIFY2(outcome.done, qPrintable(outcome.why));
            ++done;
        }
    }
    QCOMPARE(done, matching - 1);
    QVERIFY(held(m_me).value(QStringLiteral("active")).toBool());
    QCOMPARE(await(backend->countUsers(lovelaces)).value(), 1);
}

void TestScimBackend::aServiceThatMisreadsFiltersChangesNobodyElse()
{
    // "Disable everyone found by 'Hopper'" on a service that answers every listing as if no
    // filter were given (a parser that misreads the filter): each person is checked against the
    // filter as read just before the change, so only Hoppers change; the rest are said.
    QVERIFY(!m_server->reset(60).isEmpty());
    auto backend = openBackend();
    QVERIFY(backend);
    const Operator op = *await(backend->open()).value().connectedAs;
    UserFilter hoppers = everyone();
    hoppers.search = QStringLiteral("HOPPER"); // in other capitals, too
    hoppers.status = Status::Active;
    const qint64 meant = await(backend->countUsers(hoppers)).value();
    QVERIFY(meant >= 2 && meant < 60);
    UserFilter disabled = everyone();
    disabled.status = Status::Disabled;
    UserFilter disabledHoppers = hoppers;
    disabledHoppers.status = Status::Disabled;
    const auto othersDisabled = [&] {
        return await(backend->countUsers(disabled)).value() - await(backend->countUsers(disabledHoppers)).value();
    };
    const qint64 othersBefore = othersDisabled();
    m_server->setFaults({{QStringLiteral("ignoreFilter"), true}});
    MemberChange change;
    change.operation = MemberOperation::Disable;
    change.matching = hoppers;
    const QList<MemberOutcome> outcomes = await(backend->changeMembers(op, change)).value();
    m_server->setFaults({});
    QVERIFY(outcomes.size() > meant); // the service listed more than the filter means
    int done = 0;
    int leftAlone = 0;
    for (const MemberOutcome& outcome : outcomes) {
        if (outcome.done) {
            QVERIFY2(outcome.name.contains(QStringLiteral("Hopper")), qPrintable(outcome.name));
            ++done;
        } else if (outcome.why.contains(QStringLiteral("no longer matches"))) {
            ++leftAlone;
        }
    }
    QCOMPARE(done, meant);
    QVERIFY(leftAlone > 0);
    QCOMPARE(othersDisabled(), othersBefore); // nobody else disabled
}

void TestScimBackend::aSelectionCheckedWithinASearchFindsOnlyThoseChosen()
{
    // The table asks which chosen people a search still lists (one Grace, one Alan): the
    // search and the ids together find the Grace alone, not every Grace, and are never refused.
    auto backend = openBackend();
    QVERIFY(backend);
    UserFilter graces = everyone();
    graces.search = QStringLiteral("Grace");
    const UserSummary grace = await(backend->listUsers(page(0, 1, graces))).value().rows.first();
    UserFilter alans = everyone();
    alans.search = QStringLiteral("Alan Turing");
    const UserSummary alan = await(backend->listUsers(page(0, 1, alans))).value().rows.first();
    for (const QList<Id>& chosen : {QList<Id>{grace.accountId}, QList<Id>{grace.accountId, alan.accountId}}) {
        UserFilter within = graces;
        within.accountIds = chosen;
        const Result<UserPage> found = await(backend->listUsers(page(0, 50, within)));
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        QCOMPARE(found.value().rows.size(), 1);
        QCOMPARE(found.value().rows.first().accountId, grace.accountId);
        QCOMPARE(await(backend->countUsers(within)).value(), 1);
        within.status = Status::Active;
        QVERIFY(await(backend->listUsers(page(0, 50, within))).ok());
    }
}

void TestScimBackend::withoutVersionsAChangeToManyGoesAsBulkWithEachOutcome()
{
    // A service without ETags that offers /Bulk (at most 20 operations): 45 people disabled in
    // three bulk requests instead of 45, one of them refused by the service's policy, and each
    // person answered on their own.
    m_server->setFaults({{QStringLiteral("noEtag"), true}});
    auto backend = openBackend();
    QVERIFY(backend);
    QVERIFY(backend->discovery().bulk);
    QVERIFY(!backend->discovery().etag);
    const Operator op = *await(backend->open()).value().connectedAs;
    UserFilter active = everyone();
    active.status = Status::Active;
    QList<UserSummary> rows = await(backend->listUsers(page(1, 45, active))).value().rows;
    QCOMPARE(rows.size(), 45);
    const Id locked = rows.at(30).accountId;
    m_server->setFaults({{QStringLiteral("noEtag"), true}, {QStringLiteral("lockedUsers"), QJsonArray{locked.text()}}});
    MemberChange change;
    change.operation = MemberOperation::Disable;
    for (const UserSummary& row : rows) {
        change.targets.append({row.accountId, row.version});
    }
    const QJsonObject before = m_server->stats();
    const QList<MemberOutcome> outcomes = await(backend->changeMembers(op, change)).value();
    const QJsonObject after = m_server->stats();
    QCOMPARE(outcomes.size(), 45);
    QCOMPARE(after.value(QStringLiteral("POST /Bulk")).toInt() - before.value(QStringLiteral("POST /Bulk")).toInt(), 3);
    QCOMPARE(after.value(QStringLiteral("PATCH /Users")).toInt(), before.value(QStringLiteral("PATCH /Users")).toInt());
    for (int i = 0; i < outcomes.size(); ++i) {
        const MemberOutcome& outcome = outcomes.at(i);
        QCOMPARE(outcome.accountId, rows.at(i).accountId);
        const bool active = held(outcome.accountId.text()).value(QStringLiteral("active")).toBool(true);
        if (outcome.accountId == locked) {
            QVERIFY(!outcome.done);
            QVERIFY2(outcome.why.contains(QStringLiteral("locked by a policy")), qPrintable(outcome.why)); // the service's words
            QVERIFY(active);
        } else {
            QVERIFY2(outcome.done, qPrintable(outcome.why));
            QVERIFY(!active);
        }
    }
}

void TestScimBackend::aBulkRequestWithoutAnAnswerSaysItMayHaveBeenMade()
{
    m_server->setFaults({{QStringLiteral("noEtag"), true}});
    auto backend = openBackend();
    QVERIFY(backend);
    const Operator op = *await(backend->open()).value().connectedAs;
    UserFilter active = everyone();
    active.status = Status::Active;
    const QList<UserSummary> rows = await(backend->listUsers(page(1, 5, active))).value().rows;
    m_server->setFaults({{QStringLiteral("noEtag"), true}, {QStringLiteral("drop"), true},
                         {QStringLiteral("methods"), QJsonArray{QStringLiteral("POST")}}});
    MemberChange change;
    change.operation = MemberOperation::Disable;
    for (const UserSummary& row : rows) {
        change.targets.append({row.accountId, row.version});
    }
    const QList<MemberOutcome> outcomes = await(backend->changeMembers(op, change)).value();
    QCOMPARE(outcomes.size(), 5);
    for (const MemberOutcome& outcome : outcomes) {
        QVERIFY(!outcome.done);
        QVERIFY2(outcome.why.contains(QStringLiteral("may have made this change")), qPrintable(outcome.why));
    }
    // Usher does not send it again (Qt's own connection handling may, once, when a connection
    // closes before any answer; the changes in it are the same either way).
    QVERIFY(m_server->stats().value(QStringLiteral("POST /Bulk")).toInt() <= 2);
}

void TestScimBackend::groupMembersGoAsBulkTooEachAnswered()
{
    // Several changes to one group in one bulk request: each person's answer is their own.
    m_server->setFaults({{QStringLiteral("noEtag"), true}});
    auto backend = openBackend();
    QVERIFY(backend);
    const Operator op = *await(backend->open()).value().connectedAs;
    const QList<UserSummary> rows = await(backend->listUsers(page(200, 6))).value().rows;
    GroupMembersChange add;
    add.groupId = Id::fromText(QStringLiteral("g-3"));
    for (const UserSummary& row : rows) {
        add.accountIds.append(row.accountId);
    }
    const QList<QString> before = [this] {
        QList<QString> ids;
        for (const QJsonValue& member : m_server->request("GET", QStringLiteral("/Groups/g-3")).second.value(QStringLiteral("members")).toArray()) {
            ids.append(member.toObject().value(QStringLiteral("value")).toString());
        }
        return ids;
    }();
    const int bulksBefore = m_server->stats().value(QStringLiteral("POST /Bulk")).toInt();
    const QList<MemberOutcome> outcomes = await(backend->changeGroupMembers(op, add)).value();
    QCOMPARE(outcomes.size(), rows.size());
    QCOMPARE(m_server->stats().value(QStringLiteral("POST /Bulk")).toInt(), bulksBefore + 1);
    const QJsonArray after = m_server->request("GET", QStringLiteral("/Groups/g-3")).second.value(QStringLiteral("members")).toArray();
    int added = 0;
    for (int i = 0; i < outcomes.size(); ++i) {
        QCOMPARE(outcomes.at(i).accountId, rows.at(i).accountId);
        QVERIFY2(outcomes.at(i).done, qPrintable(outcomes.at(i).why));
        added += before.contains(rows.at(i).accountId.text()) ? 0 : 1;
    }
    QCOMPARE(after.size(), before.size() + added);
}

void TestScimBackend::aRoleKeptInAnExtensionAttributeIsReadAndWrittenThere()
{
    // A profile that keeps Usher's role in the enterprise extension's "division" (a service
    // without roles): read, filtered, sorted and written there; the service's `roles` untouched.
    const QString division = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division");
    ConnectionProfile profile = m_server->profile();
    ScimService service = *profile.scim();
    service.roleAttribute = division;
    profile.target = service;
    QVERIFY(profile.problem().isEmpty());
    ScimBackend backend(profile, ScimServer::token());
    const Result<OpenInfo> opened = await(backend.open());
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QVERIFY(backend.discovery().roles);
    QVERIFY(backend.discovery().enterprise);
    const QString findings = opened.value().findings.join(QLatin1Char('\n'));
    QVERIFY2(findings.contains(QStringLiteral("kept in ") + division), qPrintable(findings));
    QCOMPARE(opened.value().connectedAs->role, Role::Admin); // from /Me's division
    // The same roles as the seed gave in both places.
    auto byRoles = openBackend();
    UserFilter editors = everyone();
    editors.role = Role::Editor;
    const qint64 editorCount = await(backend.countUsers(editors)).value();
    QVERIFY(editorCount > 0);
    QCOMPARE(editorCount, await(byRoles->countUsers(editors)).value());
    UserPageRequest sorted = page(0, 50);
    sorted.sort = {UserField::Role, Qt::AscendingOrder};
    const QList<UserSummary> first = await(backend.listUsers(sorted)).value().rows;
    QCOMPARE(first.first().role, Role::Admin); // "admin" sorts first
    // Made an Editor: written into the division, the service's roles as they were.
    const UserSummary someone = await(backend.listUsers(page(40, 1))).value().rows.first();
    QVERIFY(someone.role != Role::Editor && someone.role != Role::Admin);
    const QJsonArray rolesBefore = held(someone.accountId.text()).value(QStringLiteral("roles")).toArray();
    MemberChange change;
    change.operation = MemberOperation::ChangeRole;
    change.role = Role::Editor;
    change.targets = {{someone.accountId, someone.version}};
    const MemberOutcome outcome = await(backend.changeMembers(*opened.value().connectedAs, change)).value().first();
    QVERIFY2(outcome.done, qPrintable(outcome.why));
    const QJsonObject now = held(someone.accountId.text());
    QCOMPARE(now.value(QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")).toObject()
                 .value(QStringLiteral("division")).toString(),
             QStringLiteral("editor"));
    QCOMPARE(now.value(QStringLiteral("roles")).toArray(), rolesBefore);
    QCOMPARE(await(backend.countUsers(editors)).value(), editorCount + 1);

    // A name that is no attribute name never reaches a filter.
    service.roleAttribute = QStringLiteral("roles.value eq \"admin\" or userName");
    profile.target = service;
    QVERIFY(profile.problem().contains(QStringLiteral("not an attribute name")));
    // An extension the service does not have: no roles, said.
    service.roleAttribute = QStringLiteral("urn:example:params:scim:schemas:extension:acme:1.0:User:tier");
    profile.target = service;
    QVERIFY(profile.problem().isEmpty());
    ScimBackend unknown(profile, ScimServer::token());
    const Result<OpenInfo> without = await(unknown.open());
    QVERIFY(without.ok());
    QVERIFY(!unknown.discovery().roles);
    QVERIFY(!unknown.abilities().operations.contains(MemberOperation::ChangeRole));
    QVERIFY(without.value().findings.join(QLatin1Char(' ')).contains(QStringLiteral("has no attribute")));
}

void TestScimBackend::stopHalfwayReportsWhoWasNotReached()
{
    auto backend = openBackend();
    QVERIFY(backend);
    const Operator op = *await(backend->open()).value().connectedAs;
    const QList<UserSummary> rows = await(backend->listUsers(page(100, 80))).value().rows;
    MemberChange change;
    change.operation = MemberOperation::Disable;
    for (const UserSummary& row : rows) {
        if (row.status == Status::Active) {
            change.targets.append({row.accountId, row.version});
        }
    }
    m_server->setFaults({{QStringLiteral("delayMs"), 20}, {QStringLiteral("methods"), QJsonArray {QStringLiteral("PATCH")}}});
    QFuture<Result<QList<MemberOutcome>>> running = backend->changeMembers(op, change);
    QVERIFY(stopAtFirstProgress(running, change.stop));
    const QList<MemberOutcome> outcomes = running.result().value();
    QCOMPARE(outcomes.size(), change.targets.size());
    int done = 0;
    int notReached = 0;
    for (const MemberOutcome& outcome : outcomes) {
        const bool disabledThere = !held(outcome.accountId.text()).value(QStringLiteral("active")).toBool();
        QCOMPARE(disabledThere, outcome.done); // the report is what the service holds
        done += outcome.done ? 1 : 0;
        notReached += outcome.notReached ? 1 : 0;
    }
    QVERIFY(done > 0);
    QVERIFY(notReached > 0);
    QCOMPARE(done + notReached, outcomes.size());
}

void TestScimBackend::deleteIsForGoodWithItsVersionAndUshersRules()
{
    auto backend = openBackend();
    QVERIFY(backend);
    QVERIFY(backend->abilities().operations.contains(MemberOperation::Delete));
    QVERIFY(backend->abilities().deletesForGood); // confirmed as such on screen
    const Operator op = *await(backend->open()).value().connectedAs;
    // Someone in a group, as the service holds them.
    const QJsonArray members = m_server->request("GET", QStringLiteral("/Groups/g-1")).second.value(QStringLiteral("members")).toArray();
    QVERIFY(!members.isEmpty());
    const Id id = Id::fromText(members.first().toObject().value(QStringLiteral("value")).toString());
    UserFilter chosen = everyone();
    chosen.accountIds = QList<Id>{id};
    const UserSummary row = await(backend->listUsers(page(0, 1, chosen))).value().rows.first();

    // Another admin changes them between Usher's read and its delete: refused, still there.
    m_server->setFaults({{QStringLiteral("bumpBeforeWrite"), true}});
    MemberChange change;
    change.operation = MemberOperation::Delete;
    change.targets = {{row.accountId, row.version}};
    MemberOutcome outcome = await(backend->changeMembers(op, change)).value().first();
    QVERIFY(!outcome.done);
    QVERIFY(outcome.conflict);
    QCOMPARE(m_server->request("GET", QStringLiteral("/Users/") + id.text()).first, 200);
    m_server->setFaults({});

    // With the version it has now: gone from the service, and from its group.
    const UserSummary now = await(backend->listUsers(page(0, 1, chosen))).value().rows.first();
    change.targets = {{now.accountId, now.version}};
    outcome = await(backend->changeMembers(op, change)).value().first();
    QVERIFY2(outcome.done, qPrintable(outcome.why));
    QCOMPARE(outcome.name, row.displayName);
    QCOMPARE(m_server->request("GET", QStringLiteral("/Users/") + id.text()).first, 404);
    const QJsonArray after = m_server->request("GET", QStringLiteral("/Groups/g-1")).second.value(QStringLiteral("members")).toArray();
    QCOMPARE(after.size(), members.size() - 1);
    QCOMPARE(await(backend->countUsers(everyone())).value(), people - 1);

    // Pressed again (a second window): said, and nothing more sent.
    const int deletes = m_server->stats().value(QStringLiteral("DELETE /Users")).toInt();
    QCOMPARE(deletes, 2); // the refused one and the one that went through
    outcome = await(backend->changeMembers(op, change)).value().first();
    QVERIFY(!outcome.done);
    QVERIFY(!outcome.why.isEmpty());
    QCOMPARE(m_server->stats().value(QStringLiteral("DELETE /Users")).toInt(), deletes);

    // Usher's rules first: the only Admin does not delete herself; nobody is restored.
    change.targets = {{op.accountId, {}}};
    outcome = await(backend->changeMembers(op, change)).value().first();
    QVERIFY(!outcome.done);
    QVERIFY2(outcome.why.contains(QStringLiteral("Usher's rule")), qPrintable(outcome.why));
    change.operation = MemberOperation::Restore;
    change.targets = {{row.accountId, {}}};
    QVERIFY(!backend->abilities().operations.contains(MemberOperation::Restore));
    outcome = await(backend->changeMembers(op, change)).value().first();
    QVERIFY(!outcome.done);
    QCOMPARE(m_server->stats().value(QStringLiteral("DELETE /Users")).toInt(), deletes);
    QCOMPARE(m_server->request("GET", QStringLiteral("/Users/") + op.accountId.text()).first, 200);
}

void TestScimBackend::createAndEditAPerson()
{
    auto backend = openBackend();
    QVERIFY(backend);
    const Operator op = *await(backend->open()).value().connectedAs;
    NewMember member;
    member.firstName = QStringLiteral("Zoë");
    member.lastName = QStringLiteral("O'Brien-Øster");
    member.email = QStringLiteral("zoe.obrien@example.org");
    member.role = Role::Editor;
    const Result<Id> created = await(backend->createMember(op, member));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    const QJsonObject there = held(created.value().text());
    QCOMPARE(there.value(QStringLiteral("userName")).toString(), member.email);
    QCOMPARE(there.value(QStringLiteral("roles")).toArray().first().toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("editor"));
    UserFilter filter = everyone();
    filter.search = QStringLiteral("O'Brien");
    const QList<UserSummary> found = await(backend->listUsers(page(0, 10, filter))).value().rows;
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().displayName, QStringLiteral("Zoë O'Brien-Øster"));

    // Edit: a new address moves the user name with it; the answer is the new version.
    ProfileEdit edit;
    edit.email = QStringLiteral("zoe.new@example.org");
    const Result<Version> saved = await(backend->updateProfile(op, created.value(), edit, found.first().version));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    const QJsonObject after = held(created.value().text());
    QCOMPARE(after.value(QStringLiteral("userName")).toString(), QStringLiteral("zoe.new@example.org"));
    QCOMPARE(saved.value().text(), after.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toString());
    const Result<MemberDetails> details = await(backend->memberDetails(ScimBackend::workspace(), created.value(), op.accountId));
    QVERIFY(details.ok());
    QCOMPARE(details.value().account.email, QStringLiteral("zoe.new@example.org"));
    QCOMPARE(details.value().membership.role, Role::Editor);
    QVERIFY(!details.value().auditWithheld.isEmpty());

    // Bad input changes nothing and says which field.
    ProfileEdit bad;
    bad.email = QStringLiteral("not an address");
    const Result<Version> refused = await(backend->updateProfile(op, created.value(), bad, saved.value()));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, BackendError::Kind::Invalid);
    QCOMPARE(held(created.value().text()).value(QStringLiteral("userName")).toString(), QStringLiteral("zoe.new@example.org"));

    // Usher's own rule, said as advice: an Editor may not create an Admin.
    Operator editor = op;
    editor.role = Role::Editor;
    member.email = QStringLiteral("boss@example.org");
    member.role = Role::Admin;
    const Result<Id> tooHigh = await(backend->createMember(editor, member));
    QVERIFY(!tooHigh.ok());
    QCOMPARE(tooHigh.error().kind, BackendError::Kind::Refused);
    QVERIFY(tooHigh.error().message.contains(QStringLiteral("checked before asking the service")));
}

void TestScimBackend::aTakenAddressIsAConflictWithTheServicesDetail()
{
    auto backend = openBackend();
    QVERIFY(backend);
    const Operator op = *await(backend->open()).value().connectedAs;
    NewMember member;
    member.firstName = QStringLiteral("Ada");
    member.lastName = QStringLiteral("Again");
    member.email = QStringLiteral("ADA.LOVELACE.0@example.org");
    const Result<Id> created = await(backend->createMember(op, member));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, BackendError::Kind::Conflict);
    QVERIFY2(created.error().message.contains(QStringLiteral("already taken")), qPrintable(created.error().message));
    QCOMPARE(await(backend->countUsers(everyone())).value(), people);
}

void TestScimBackend::rateLimitIsWaitedOutOrReported()
{
    auto backend = openBackend();
    QVERIFY(backend);
    m_server->setFaults({{QStringLiteral("status"), 429}, {QStringLiteral("times"), 1}, {QStringLiteral("retryAfter"), 1}});
    const Result<qint64> waited = await(backend->countUsers(everyone()));
    QVERIFY2(waited.ok(), qPrintable(waited.error().message));
    QCOMPARE(waited.value(), people);
    m_server->setFaults({{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), 120}});
    const Result<qint64> told = await(backend->countUsers(everyone()));
    QVERIFY(!told.ok());
    QCOMPARE(told.error().kind, BackendError::Kind::RateLimited);
    QCOMPARE(told.error().retryAfterSeconds, 120);
    QVERIFY2(told.error().message.contains(QStringLiteral("120 second")), qPrintable(told.error().message));
}

void TestScimBackend::serverErrorsAreRetriedOnlyForReads()
{
    auto backend = openBackend();
    QVERIFY(backend);
    const Operator op = *await(backend->open()).value().connectedAs;
    m_server->setFaults({{QStringLiteral("status"), 503}, {QStringLiteral("times"), 2}});
    const Result<qint64> read = await(backend->countUsers(everyone()));
    QVERIFY2(read.ok(), qPrintable(read.error().message)); // third time lucky
    const UserSummary row = await(backend->listUsers(page(11, 1))).value().rows.first();
    m_server->setFaults({{QStringLiteral("status"), 500},
                         {QStringLiteral("detail"), QStringLiteral("Database on fire")},
                         {QStringLiteral("methods"), QJsonArray {QStringLiteral("PATCH")}}});
    MemberChange change;
    change.operation = MemberOperation::Disable;
    change.targets = {{row.accountId, row.version}};
    const MemberOutcome outcome = await(backend->changeMembers(op, change)).value().first();
    QVERIFY(!outcome.done);
    QVERIFY2(outcome.why.contains(QStringLiteral("Database on fire")), qPrintable(outcome.why));
    QCOMPARE(m_server->stats().value(QStringLiteral("PATCH /Users")).toInt(), 1); // a PATCH is never sent twice
}

void TestScimBackend::anErrorWithoutStatusStillSaysWhatHappened()
{
    auto backend = openBackend();
    QVERIFY(backend);
    m_server->setFaults({{QStringLiteral("status"), 403}, {QStringLiteral("bare"), true},
                         {QStringLiteral("detail"), QStringLiteral("Token lacks scope users:read")}});
    const Result<qint64> counted = await(backend->countUsers(everyone()));
    QVERIFY(!counted.ok());
    QCOMPARE(counted.error().kind, BackendError::Kind::Forbidden);
    QVERIFY(counted.error().message.contains(QStringLiteral("Token lacks scope users:read")));
}

void TestScimBackend::aSlowServiceTimesOut()
{
    auto backend = openBackend(1);
    QVERIFY(backend);
    m_server->setFaults({{QStringLiteral("delayMs"), 2500}});
    QElapsedTimer clock;
    clock.start();
    const Result<qint64> counted = await(backend->countUsers(everyone()));
    QVERIFY(!counted.ok());
    QCOMPARE(counted.error().kind, BackendError::Kind::Unavailable);
    QVERIFY2(counted.error().message.contains(QStringLiteral("did not answer in time")), qPrintable(counted.error().message));
    QVERIFY(clock.elapsed() < 20000);
}

void TestScimBackend::aDroppedConnectionIsReported()
{
    auto backend = openBackend();
    QVERIFY(backend);
    m_server->setFaults({{QStringLiteral("drop"), true}});
    const Result<UserPage> listed = await(backend->listUsers(page(0, 50)));
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().kind, BackendError::Kind::Unavailable);
    QVERIFY(m_server->stats().value(QStringLiteral("GET /Users")).toInt() >= 3); // a read is tried again
}

void TestScimBackend::groupsAreListedWithTheirMemberCounts()
{
    auto backend = openBackend();
    QVERIFY(backend);
    QVERIFY(backend->groups());
    const Result<QList<GroupSummary>> groups = await(backend->groups()->listGroups(ScimBackend::workspace()));
    QVERIFY2(groups.ok(), qPrintable(groups.error().message));
    QCOMPARE(groups.value().size(), 3);
    QCOMPARE(groups.value().first().name, QStringLiteral("Team 1"));
    for (const GroupSummary& group : groups.value()) {
        const QJsonArray members
            = m_server->request("GET", QStringLiteral("/Groups/") + group.id.text()).second.value(QStringLiteral("members")).toArray();
        QCOMPARE(group.memberCount, members.size());
        QVERIFY(group.memberCount > 0);
    }
    // The listing never asks for the members themselves (a group may have a great many).
    GroupPageRequest request;
    request.search = QStringLiteral("Team 2");
    const Result<GroupPage> page = await(backend->groups()->listGroupPage(request));
    QVERIFY(page.ok());
    QCOMPARE(page.value().total, 1);
    QCOMPARE(page.value().rows.first().name, QStringLiteral("Team 2"));
    // Its members, by name, and a search among them.
    GroupMembersRequest members;
    members.groupId = page.value().rows.first().id;
    const Result<GroupMembersPage> listed = await(backend->groups()->listGroupMembers(members));
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().total, page.value().rows.first().memberCount);
    QCOMPARE(listed.value().rows.size(), page.value().rows.first().memberCount);
    members.search = listed.value().rows.first().email;
    QCOMPARE(await(backend->groups()->listGroupMembers(members)).value().total, 1);
}

void TestScimBackend::membersAreAddedAndRemovedEachOnTheirOwn()
{
    auto backend = openBackend();
    QVERIFY(backend);
    const Operator op = *await(backend->open()).value().connectedAs;
    const QList<GroupSummary> groups = await(backend->groups()->listGroups(ScimBackend::workspace())).value();
    const GroupSummary team = groups.first();
    const QList<UserSummary> rows = await(backend->listUsers(page(2000, 3))).value().rows;
    GroupMembersChange add;
    add.groupId = team.id;
    add.add = true;
    for (const UserSummary& row : rows) {
        add.accountIds.append(row.accountId);
    }
    add.accountIds.append(Id::fromText(QStringLiteral("no-such-person")));
    const QList<MemberOutcome> added = await(backend->groups()->changeGroupMembers(op, add)).value();
    QCOMPARE(added.size(), 4);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(added.at(i).done, qPrintable(added.at(i).why));
        QCOMPARE(added.at(i).name, rows.at(i).displayName);
    }
    QVERIFY(!added.at(3).done); // someone who is not there is named, not silently skipped
    QVERIFY(added.at(3).why.contains(QStringLiteral("no such resource")));
    QCOMPARE(await(backend->groups()->listGroups(ScimBackend::workspace())).value().first().memberCount, team.memberCount + 3);
    // The same again: already members, nothing sent.
    const int patches = m_server->stats().value(QStringLiteral("PATCH /Groups")).toInt();
    add.accountIds.removeLast();
    const QList<MemberOutcome> again = await(backend->groups()->changeGroupMembers(op, add)).value();
    QVERIFY(again.at(0).done && again.at(1).done && again.at(2).done);
    QCOMPARE(m_server->stats().value(QStringLiteral("PATCH /Groups")).toInt(), patches);
    // Removed: each on their own; the person's groups no longer name it.
    GroupMembersChange remove = add;
    remove.add = false;
    remove.accountIds = {rows.first().accountId};
    const QList<MemberOutcome> removed = await(backend->groups()->changeGroupMembers(op, remove)).value();
    QVERIFY2(removed.first().done, qPrintable(removed.first().why));
    const QJsonArray memberOf = held(rows.first().accountId.text()).value(QStringLiteral("groups")).toArray();
    for (const QJsonValue& group : memberOf) {
        QVERIFY(group.toObject().value(QStringLiteral("value")).toString() != team.id.text());
    }
    // A service that leaves a group's members out of its answers: the removal is still sent (never
    // taken as "already so"), and done.
    m_server->setFaults({{QStringLiteral("hideMembers"), true}});
    GroupMembersChange hidden = remove;
    hidden.accountIds = {rows.at(1).accountId};
    const QList<MemberOutcome> removedUnseen = await(backend->groups()->changeGroupMembers(op, hidden)).value();
    QVERIFY2(removedUnseen.first().done, qPrintable(removedUnseen.first().why));
    m_server->setFaults({});
    const QJsonArray stillIn = m_server->request("GET", QStringLiteral("/Groups/") + team.id.text()).second.value(QStringLiteral("members")).toArray();
    for (const QJsonValue& member : stillIn) {
        QVERIFY(member.toObject().value(QStringLiteral("value")).toString() != rows.at(1).accountId.text());
    }
    // A Monitor may not change groups: Usher's rule, said as advice, and nothing sent.
    Operator monitor = op;
    monitor.role = Role::Monitor;
    const int before = m_server->stats().value(QStringLiteral("PATCH /Groups")).toInt();
    const QList<MemberOutcome> refused = await(backend->groups()->changeGroupMembers(monitor, remove)).value();
    QVERIFY(!refused.first().done);
    QVERIFY(refused.first().why.contains(QStringLiteral("checked before asking the service")));
    QCOMPARE(m_server->stats().value(QStringLiteral("PATCH /Groups")).toInt(), before);
}

void TestScimBackend::aGroupIsCreatedRenamedAndDeleted()
{
    auto backend = openBackend();
    QVERIFY(backend);
    const Operator op = *await(backend->open()).value().connectedAs;
    GroupEdit edit;
    edit.name = QStringLiteral("Night shift");
    const Result<Id> created = await(backend->groups()->createGroup(op, edit));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    QCOMPARE(m_server->request("GET", QStringLiteral("/Groups/") + created.value().text()).second.value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Night shift"));
    // The same name again: the service's uniqueness rule, with its words.
    const Result<Id> twice = await(backend->groups()->createGroup(op, edit));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().kind, BackendError::Kind::Conflict);
    // What a SCIM group cannot hold is refused, not dropped.
    GroupEdit permissions;
    permissions.permissions = QStringList {QStringLiteral("users.read")};
    const Result<Done> refused = await(backend->groups()->updateGroup(op, created.value(), permissions));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, BackendError::Kind::Unsupported);
    GroupEdit rename;
    rename.name = QStringLiteral("Day shift");
    QVERIFY(await(backend->groups()->updateGroup(op, created.value(), rename)).ok());
    QCOMPARE(m_server->request("GET", QStringLiteral("/Groups/") + created.value().text()).second.value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Day shift"));
    const Result<GroupDeleteImpact> impact = await(backend->groups()->groupDeleteImpact(ScimBackend::workspace(), created.value()));
    QVERIFY(impact.ok());
    QVERIFY(impact.value().losses.isEmpty());
    QVERIFY(await(backend->groups()->deleteGroup(op, created.value())).ok());
    QCOMPARE(m_server->request("GET", QStringLiteral("/Groups/") + created.value().text()).first, 404);
}

void TestScimBackend::aServiceWithoutFiltersStillDisablesAndReactivatesSafely()
{
    m_server->setFaults({{QStringLiteral("noFilter"), true}});
    auto backend = openBackend();
    QVERIFY(backend);
    QVERIFY(!backend->discovery().filter);
    QCOMPARE(backend->abilities().views, QList<SavedView> {SavedView::AllUsers});
    const Operator op = *await(backend->open()).value().connectedAs;
    // Someone disabled, reactivated: no seat cap or Admin count is needed, and none is asked for.
    UserSummary someone;
    const QList<UserSummary> firstRows = await(backend->listUsers(page(0, 200))).value().rows;
    for (const UserSummary& row : firstRows) {
        if (row.status == Status::Disabled && row.role != Role::Admin) {
            someone = row; // every 17th generated person is disabled
            break;
        }
    }
    QVERIFY(!someone.accountId.isNull());
    MemberChange reactivate;
    reactivate.operation = MemberOperation::Reactivate;
    reactivate.targets = {{someone.accountId, someone.version}};
    const MemberOutcome back = await(backend->changeMembers(op, reactivate)).value().first();
    QVERIFY2(back.done, qPrintable(back.why));
    QVERIFY(held(someone.accountId.text()).value(QStringLiteral("active")).toBool());
    // An Admin's access is not taken away when the Admins cannot be counted (the last-Admin rule).
    const auto [status, ignored] = m_server->request(
        "PATCH", QStringLiteral("/Users/") + someone.accountId.text(),
        {{QStringLiteral("schemas"), QJsonArray {QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
         {QStringLiteral("Operations"),
          QJsonArray {QJsonObject {{QStringLiteral("op"), QStringLiteral("replace")},
                                   {QStringLiteral("path"), QStringLiteral("roles")},
                                   {QStringLiteral("value"), QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("admin")},
                                                                                      {QStringLiteral("primary"), true}}}}}}}});
    QCOMPARE(status, 200);
    MemberChange disable;
    disable.operation = MemberOperation::Disable;
    disable.targets = {{someone.accountId, {}}};
    const MemberOutcome kept = await(backend->changeMembers(op, disable)).value().first();
    QVERIFY(!kept.done);
    QVERIFY2(kept.why.contains(QStringLiteral("cannot count")), qPrintable(kept.why));
    QVERIFY(held(someone.accountId.text()).value(QStringLiteral("active")).toBool());
    // A search needs a filter: said, not an empty list.
    UserFilter search = everyone();
    search.search = QStringLiteral("ada");
    const Result<qint64> counted = await(backend->countUsers(search));
    QVERIFY(!counted.ok());
    QCOMPARE(counted.error().kind, BackendError::Kind::Unsupported);
}

void TestScimBackend::searchTextIsNeverFilterSyntax()
{
    auto backend = openBackend();
    QVERIFY(backend);
    const Operator op = *await(backend->open()).value().connectedAs;
    NewMember plus;
    plus.firstName = QStringLiteral("Plus");
    plus.lastName = QStringLiteral("Addressed");
    plus.email = QStringLiteral("ada+test@example.org");
    QVERIFY(await(backend->createMember(op, plus)).ok());
    UserFilter filter = everyone();
    filter.search = QStringLiteral("ada+test");
    QCOMPARE(await(backend->countUsers(filter)).value(), 1); // "+" is a plus, not a space
    // A quote typed percent-encoded stays text: it does not end the filter's string.
    filter.search = QStringLiteral("x%22 or userName pr or %22");
    const Result<qint64> hostile = await(backend->countUsers(filter));
    QVERIFY2(hostile.ok() ? hostile.value() == 0 : hostile.error().kind == BackendError::Kind::Invalid,
             qPrintable(hostile.ok() ? QString::number(hostile.value()) : hostile.error().message));
}

void TestScimBackend::anOAuthClientGetsAndRenewsItsTokens()
{
    ConnectionProfile profile = m_server->profile();
    ScimService service = *profile.scim();
    service.auth = ScimAuth::ClientCredentials;
    service.tokenUrl = m_server->tokenUrl();
    service.clientId = ScimServer::clientId();
    profile.target = service;
    QVERIFY2(profile.problem().isEmpty(), qPrintable(profile.problem()));
    QCOMPARE(profile.account(), ScimServer::clientId());
    // A secret given for the bearer-token profile of the same service is never this client's.
    QVERIFY(profile.secretScope() != m_server->profile().secretScope());
    auto tokens = [this] { return m_server->stats().value(QStringLiteral("POST /oauth/token")).toInt(); };

    // A wrong secret: a sign-in problem in the token server's words; the service is never asked.
    ScimBackend wrong(profile, QStringLiteral("not the secret"));
    const Result<OpenInfo> refused = await(wrong.open());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, BackendError::Kind::Authentication);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Unknown client or wrong secret")),
             qPrintable(refused.error().message));
    QCOMPARE(m_server->stats().value(QStringLiteral("GET /ServiceProviderConfig")).toInt(), 0);

    // The right one (with characters that must be encoded): one token, used until it nears its end.
    m_server->setFaults({{QStringLiteral("tokenLifetime"), 6}}); // renewed with 3 seconds (half its life) left
    ScimBackend backend(profile, ScimServer::clientSecret());
    const Result<OpenInfo> opened = await(backend.open());
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    const int first = tokens();
    QVERIFY(first >= 2); // the wrong secret's try, then this one
    QVERIFY(await(backend.countUsers(everyone())).ok());
    QCOMPARE(tokens(), first);
    QTest::qWait(3500); // under half its life left: a new token before it runs out
    QVERIFY(await(backend.countUsers(everyone())).ok());
    QCOMPARE(tokens(), first + 1);

    // Withdrawn on the server: the 401 brings a new token and the same request again (refused
    // unprocessed, so nothing is done twice), and a change goes on with it.
    m_server->setFaults({});
    m_server->revokeTokens();
    const UserSummary row = await(backend.listUsers(page(21, 1))).value().rows.first();
    QCOMPARE(tokens(), first + 2);
    m_server->revokeTokens();
    MemberChange disable;
    disable.operation = row.status == Status::Active ? MemberOperation::Disable : MemberOperation::Reactivate;
    disable.targets = {{row.accountId, row.version}};
    const MemberOutcome outcome = await(backend.changeMembers(*opened.value().connectedAs, disable)).value().first();
    QVERIFY2(outcome.done, qPrintable(outcome.why));
    QCOMPARE(tokens(), first + 3);
    QCOMPARE(held(row.accountId.text()).value(QStringLiteral("active")).toBool(), row.status != Status::Active);

    // A token server that needs a scope: without it, its refusal is not about the secret (no
    // asking for it again) and says what it wants; with it, connected.
    m_server->setFaults({{QStringLiteral("requireScope"), QStringLiteral("api://usher/.default scim.write")}});
    ScimBackend noScope(profile, ScimServer::clientSecret());
    const Result<OpenInfo> withoutScope = await(noScope.open());
    QVERIFY(!withoutScope.ok());
    QVERIFY(withoutScope.error().kind != BackendError::Kind::Authentication);
    QVERIFY2(withoutScope.error().message.contains(QStringLiteral("The scope must be")), qPrintable(withoutScope.error().message));
    service.scope = QStringLiteral("  api://usher/.default   scim.write ");
    profile.target = service;
    ScimBackend scoped(profile, ScimServer::clientSecret());
    const Result<OpenInfo> withScope = await(scoped.open());
    QVERIFY2(withScope.ok(), qPrintable(withScope.error().message));
}

void TestScimBackend::aCountAskedWithItsFirstPageCostsNoSecondRequest()
{
    auto backend = openBackend();
    QVERIFY(backend);
    UserFilter filter = everyone();
    filter.search = QStringLiteral("hopper");
    const auto listings = [this] { return m_server->stats().value(QStringLiteral("GET /Users")).toInt(); };
    const int before = listings();
    // As the table asks: the count, and at once the first page.
    QFuture<Result<qint64>> count = backend->countUsers(filter);
    QFuture<Result<UserPage>> first = backend->listUsers(page(0, 50, filter));
    const Result<qint64> counted = await(count);
    QVERIFY(await(first).ok());
    QVERIFY(counted.ok());
    QCOMPARE(listings(), before + 1); // the page's answer carried the total
    // The same count later, after someone else changed the service: asked again, not remembered.
    QTest::qWait(2100);
    const auto [status, ignored] = m_server->request("DELETE", QStringLiteral("/Users/") + await(first).value().rows.first().accountId.text());
    QCOMPARE(status, 204);
    const Result<qint64> again = await(backend->countUsers(filter));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), counted.value() - 1);
    QCOMPARE(listings(), before + 2);
}

QTEST_GUILESS_MAIN(TestScimBackend)
#include "tst_scimbackend.moc"
