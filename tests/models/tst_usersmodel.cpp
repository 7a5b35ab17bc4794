#include "connection/session.h"
#include "connection/sql/sqlbackend.h"
#include "core/i18n.h"
#include "models/timeformat.h"
#include "models/usersmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QPromise>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace usher;
using namespace usher::test;

/// Fault injection over a real backend: answers to the searches named in `holdBack` are
/// delivered only when release() is called, so they arrive after newer answers.
class OutOfOrderBackend : public Backend, public MemberDirectory
{
public:
    explicit OutOfOrderBackend(Backend* real)
        : m_real(real)
    {
    }
    QStringList holdBack;
    /// Delivers the held-back answers, each when called.
    QList<std::function<void()>> m_releases;
    /// Whether the one who asked gave up each held-back answer (cancelled its future).
    QList<std::function<bool()>> m_givenUp;

    QString kindName() const override { return m_real->kindName(); }
    QString location() const override { return m_real->location(); }
    QFuture<Result<OpenInfo>> open() override { return m_real->open(); }
    QFuture<Result<OpenInfo>> probe() override { return m_real->probe(); }
    MemberDirectory* members() override { return this; }

    QFuture<Result<UserPage>> listUsers(const UserPageRequest& request) override
    {
        return delayed(m_real->members()->listUsers(request), request.filter.search);
    }
    QFuture<Result<qint64>> countUsers(const UserFilter& filter) override
    {
        return delayed(m_real->members()->countUsers(filter), filter.search);
    }
    QFuture<Result<MemberDetails>> memberDetails(const Id& workspaceId, const Id& accountId, const Id& viewerId) override
    {
        return m_real->members()->memberDetails(workspaceId, accountId, viewerId);
    }
    QFuture<Result<Id>> createMember(const Operator& op, const NewMember& member) override
    {
        return m_real->members()->createMember(op, member);
    }
    QFuture<Result<Version>> updateProfile(const Operator& op, const Id& accountId, const ProfileEdit& edit,
                                           const Version& expectedVersion) override
    {
        return m_real->members()->updateProfile(op, accountId, edit, expectedVersion);
    }
    QFuture<Result<QList<MemberOutcome>>> changeMembers(const Operator& op, const MemberChange& change) override
    {
        return m_real->members()->changeMembers(op, change);
    }
    QFuture<Result<int>> revokeSessions(const Operator& op, const Id& accountId, const Id& sessionId) override
    {
        return m_real->members()->revokeSessions(op, accountId, sessionId);
    }

private:
    template<typename T>
    QFuture<Result<T>> delayed(QFuture<Result<T>> answer, const QString& search)
    {
        if (!holdBack.contains(search)) {
            return answer;
        }
        answer.waitForFinished();
        auto promise = std::make_shared<QPromise<Result<T>>>();
        promise->start();
        QFuture<Result<T>> late = promise->future();
        // Kept type-erased: the answer and the promise that delivers it when released.
        auto typed = std::make_shared<std::pair<Result<T>, std::shared_ptr<QPromise<Result<T>>>>>(answer.result(), promise);
        m_releases.append([typed] {
            typed->second->addResult(typed->first);
            typed->second->finish();
        });
        m_givenUp.append([promise] { return promise->isCanceled(); });
        return late;
    }

    Backend* m_real;
};

class TestUsersModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstPageAndCountArrive();
    void anyRowLoadsOnDemand();
    void cacheStaysBounded();
    void windowSlidesOverTheListing();
    void filterNarrowsRows();
    void staleAnswersAreDropped();
    void lateAnswersToOldSearchesAreDropped();
    void aSearchTypedOnGivesUpTheOldCount();
    void sortGoesToTheBackend();
    void itemRolesAndLookups();
    void headersAndColumns();
    void backendErrorsAreReported();
    void changesElsewhereArriveWithinASecond();
    void relativeTime_data();
    void relativeTime();
    void datesAreWrittenOneWay_data();
    void datesAreWrittenOneWay();
    void cleanupTestCase();

private:
    bool loadRow(int row);
    QString emailAt(int row);
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sql::SqlBackend> m_backend;
    UsersModel* m_model = nullptr;
};

void TestUsersModel::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("model"));
    QList<SeedUser> users = standardSeed();
    for (int i = 0; i < 230; ++i) {
        users.append({QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0')),
                      QStringLiteral("person%1@example.org").arg(i),
                      Role::Member,
                      i % 10 == 0 ? Status::Invited : Status::Active,
                      Source::Import,
                      1'700'000'000 + i,
                      1'760'000'000 + i,
                      {}});
    }
    m_db->seed(users);
    m_backend = m_db->openedBackend();
}

void TestUsersModel::init()
{
    m_model = new UsersModel(m_backend.get());
    m_model->setPageSize(50);
    // The tester is the model's child, so it checks every change for the model's whole life.
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
}

void TestUsersModel::cleanup()
{
    delete m_model;
    m_model = nullptr;
}

bool TestUsersModel::loadRow(int row)
{
    // Painting asks whether a row is loaded, which fetches its page; then wait for it.
    m_model->index(row, 0).data(UsersModel::LoadedRole);
    return QTest::qWaitFor([&] { return m_model->isRowLoaded(row); }, 5000);
}

QString TestUsersModel::emailAt(int row)
{
    if (!loadRow(row)) {
        return QStringLiteral("<not loaded>");
    }
    return m_model->index(row, UsersModel::EmailColumn).data().toString();
}

void TestUsersModel::firstPageAndCountArrive()
{
    QSignalSpy total(m_model, &UsersModel::totalCountChanged);
    QSignalSpy loading(m_model, &UsersModel::loadingChanged);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->refresh();
    QVERIFY(m_model->isLoading());
    QTRY_COMPARE(m_model->totalCount(), 11 + 230); // the deleted seed member is not listed
    QCOMPARE(m_model->rowCount(), 241); // every row exists at once; pages come on demand
    QTRY_VERIFY(m_model->isRowLoaded(0));
    QVERIFY(m_model->isRowLoaded(49));
    QVERIFY(!m_model->isRowLoaded(50));
    QCOMPARE(total.count(), 1);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(loading.first().first().toBool(), true);
    QCOMPARE(loading.last().first().toBool(), false);
}

void TestUsersModel::anyRowLoadsOnDemand()
{
    m_model->refresh();
    QTRY_COMPARE(m_model->rowCount(), 241);
    // A placeholder first: no text, LoadedRole false. Reading text alone fetches nothing
    // (a scan of every row's text must not fetch the table).
    QVERIFY(m_model->index(230, UsersModel::EmailColumn).data().toString().isEmpty());
    QTest::qWait(50);
    QVERIFY(!m_model->isRowLoaded(230));
    QVERIFY(!m_model->index(230, UsersModel::EmailColumn).data(UsersModel::LoadedRole).toBool());
    // The row equals the same position of a direct ordered query.
    DirectSql direct(*m_db);
    const QString expected = direct
                                 .scalar(QStringLiteral("SELECT a.email FROM memberships m JOIN accounts a ON a.id = "
                                                        "m.account_id WHERE m.status <> 'deleted' ORDER BY "
                                                        "lower(a.display_name), m.id LIMIT 1 OFFSET 230"))
                                 .toString();
    QCOMPARE(emailAt(230), expected);
    QVERIFY(!m_model->isRowLoaded(120)); // nothing fetched in between
}

void TestUsersModel::cacheStaysBounded()
{
    m_model->setMaxCachedPages(3);
    m_model->refresh();
    QTRY_COMPARE(m_model->rowCount(), 241);
    for (const int row : {0, 60, 110, 160, 230}) {
        QVERIFY(loadRow(row));
        QVERIFY(m_model->cachedPageCount() <= 3);
    }
    // The least recently used went first (the tester keeps reading row 0, so page 0 stays).
    QVERIFY(!m_model->isRowLoaded(60));
    QVERIFY(m_model->isRowLoaded(230));
    QVERIFY(loadRow(60)); // and comes back when asked for
    QVERIFY(m_model->cachedPageCount() <= 3);
}

void TestUsersModel::windowSlidesOverTheListing()
{
    // The listing seen through a window of 60 rows: the same people in the same order as
    // through a window that holds everyone, wherever it is slid, and it follows a count
    // that shrinks under it.
    UsersModel whole(m_backend.get());
    whole.setPageSize(50);
    whole.refresh();
    QTRY_COMPARE(whole.rowCount(), 241);
    QStringList everyone;
    for (int row = 0; row < whole.rowCount(); ++row) {
        whole.index(row, 0).data(UsersModel::LoadedRole);
        QTRY_VERIFY(whole.isRowLoaded(row));
        everyone.append(whole.index(row, UsersModel::EmailColumn).data().toString());
    }

    m_model->setWindowSize(60);
    QSignalSpy moved(m_model, &UsersModel::windowMoved);
    m_model->refresh();
    QTRY_COMPARE(m_model->totalCount(), 241);
    QCOMPARE(m_model->rowCount(), 60);
    QCOMPARE(m_model->listingRows(), 241);
    QCOMPARE(emailAt(0), everyone.at(0));
    QCOMPARE(emailAt(59), everyone.at(59));
    for (const int start : {100, 7, 181, 500, -3}) {
        m_model->moveWindowTo(start);
        const int expected = qBound(0, start, 241 - 60);
        QCOMPARE(m_model->windowStart(), expected);
        QCOMPARE(m_model->rowCount(), 60);
        for (const int row : {0, 1, 30, 59}) {
            QCOMPARE(emailAt(row), everyone.at(expected + row));
        }
        const QList<int> rows = m_model->loadedRowsOf({m_model->index(30, 0).data(UsersModel::AccountIdRole).value<Id>()});
        QCOMPARE(rows, QList<int>{30});
    }
    QCOMPARE(moved.count(), 4); // 500 is kept to 181, where the window already was
    QCOMPARE(moved.at(0).first().toInt(), 100);
    QCOMPARE(moved.at(1).first().toInt(), -93);
    // reveal() slides only when the row is outside the window (or too near its edge).
    m_model->moveWindowTo(0);
    QCOMPARE(m_model->reveal(10).row(), 10);
    QCOMPARE(m_model->windowStart(), 0);
    const QModelIndex far = m_model->reveal(200, 5);
    QCOMPARE(m_model->windowStart(), 170);
    QCOMPARE(far.row(), 30);
    QCOMPARE(emailAt(far.row()), everyone.at(200));
    QVERIFY(!m_model->reveal(241).isValid());

    // At the end of the listing, a search leaves fewer people than the window's start: the
    // window slides back and shrinks to them.
    m_model->moveWindowTo(181);
    UserFilter narrower = m_model->filter();
    narrower.status = Status::Invited;
    m_model->setFilter(narrower);
    QTRY_VERIFY(m_model->totalCount() >= 0 && m_model->totalCount() < 60);
    QCOMPARE(m_model->windowStart(), 0);
    QCOMPARE(m_model->rowCount(), int(m_model->totalCount()));
    QCOMPARE(emailAt(0).isEmpty(), false);
}

void TestUsersModel::filterNarrowsRows()
{
    m_model->refresh();
    QTRY_COMPARE(m_model->rowCount(), 241);
    UserFilter filter;
    filter.search = QStringLiteral("person 01");
    m_model->setFilter(filter);
    QTRY_COMPARE(m_model->totalCount(), 10);
    QCOMPARE(m_model->rowCount(), 10);
    for (int row = 0; row < 10; ++row) {
        QVERIFY(loadRow(row));
        QVERIFY(m_model->index(row, UsersModel::NameColumn).data().toString().startsWith(QStringLiteral("Person 01")));
    }
    filter.search.clear();
    filter.status = Status::Invited;
    m_model->setFilter(filter);
    QTRY_COMPARE(m_model->totalCount(), 2 + 23);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(loadRow(row));
        QCOMPARE(m_model->index(row, UsersModel::StatusColumn).data(UsersModel::StatusKeyRole).toString(),
                 QStringLiteral("invited"));
    }
}

void TestUsersModel::staleAnswersAreDropped()
{
    // Many filters in a row, as typing does: only the last one's rows may show.
    UserFilter filter;
    for (const char* text : {"p", "pe", "per", "pers", "perso", "person", "person2", "person22"}) {
        filter.search = QString::fromLatin1(text);
        m_model->setFilter(filter);
    }
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_model->totalCount(), 10 + 1); // person22, person220..229
    QCOMPARE(m_model->rowCount(), 11);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(emailAt(row).startsWith(QStringLiteral("person22")));
    }
}

void TestUsersModel::lateAnswersToOldSearchesAreDropped()
{
    // The answers to "person" (230 people) are held back until after "grace" (one) has been
    // answered: when they finally arrive they must not replace Grace's row or count.
    OutOfOrderBackend backend(m_backend.get());
    backend.holdBack = {QStringLiteral("person")};
    UsersModel model(&backend);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    UserFilter filter;
    filter.search = QStringLiteral("person");
    model.setFilter(filter);
    filter.search = QStringLiteral("grace");
    model.setFilter(filter);
    QTRY_COMPARE(model.totalCount(), 1);
    QTRY_VERIFY(model.isRowLoaded(0));
    QCOMPARE(model.index(0, UsersModel::EmailColumn).data().toString(), QStringLiteral("grace@example.org"));
    QVERIFY(!backend.m_releases.isEmpty());
    for (const auto& release : std::as_const(backend.m_releases)) {
        release(); // the answers to "person" arrive now, late
    }
    QTest::qWait(100);
    QCOMPARE(model.totalCount(), 1);
    QCOMPARE(model.index(0, UsersModel::EmailColumn).data().toString(), QStringLiteral("grace@example.org"));
}

void TestUsersModel::aSearchTypedOnGivesUpTheOldCount()
{
    // "person" is counted slowly (held back); the person types on to "grace" before it
    // arrives. The old count is given up (a SQLite backend stops running it), the model stops
    // saying it is loading once Grace is shown, and the old count arriving anyway changes nothing.
    OutOfOrderBackend backend(m_backend.get());
    backend.holdBack = {QStringLiteral("person")};
    UsersModel model(&backend);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    UserFilter filter;
    filter.search = QStringLiteral("person");
    model.setFilter(filter);
    QCOMPARE(backend.m_givenUp.size(), 2); // its first page and its count
    QVERIFY(model.isLoading());
    filter.search = QStringLiteral("grace");
    model.setFilter(filter);
    for (const auto& givenUp : std::as_const(backend.m_givenUp)) {
        QVERIFY(givenUp());
    }
    QTRY_COMPARE(model.totalCount(), 1);
    QTRY_VERIFY(!model.isLoading());
    for (const auto& release : std::as_const(backend.m_releases)) {
        release();
    }
    QTest::qWait(50);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.totalCount(), 1);
    QCOMPARE(model.index(0, UsersModel::EmailColumn).data().toString(), QStringLiteral("grace@example.org"));
}

void TestUsersModel::sortGoesToTheBackend()
{
    m_model->refresh();
    QTRY_COMPARE(m_model->rowCount(), 241);
    QSignalSpy counts(m_model, &UsersModel::totalCountChanged);
    m_model->sort(UsersModel::JoinedColumn, Qt::DescendingOrder);
    QCOMPARE(m_model->sortOrder().field, UserField::Joined);
    QCOMPARE(m_model->rowCount(), 241); // same members: no recount
    // The newest member (Zoë, invited recently) comes first, newest to oldest after.
    QCOMPARE(emailAt(0), QStringLiteral("zoe@example.org"));
    QVERIFY(counts.isEmpty());
    QDateTime previous = m_model->userAt(m_model->index(0, 0)).joined;
    for (int row = 1; row < 50; ++row) {
        const QDateTime joined = m_model->userAt(m_model->index(row, 0)).joined;
        QVERIFY(joined <= previous);
        previous = joined;
    }
}

void TestUsersModel::itemRolesAndLookups()
{
    UserFilter filter;
    filter.search = QStringLiteral("ada@");
    m_model->setFilter(filter);
    QTRY_COMPARE(m_model->rowCount(), 1);
    QVERIFY(loadRow(0));
    const QModelIndex name = m_model->index(0, UsersModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(name.data(UsersModel::InitialsRole).toString(), QStringLiteral("AL"));
    QCOMPARE(m_model->index(0, UsersModel::RoleColumn).data().toString(), QStringLiteral("Admin"));
    QCOMPARE(m_model->index(0, UsersModel::GroupsColumn).data().toString(), QStringLiteral("Engineering, Leadership"));
    QCOMPARE(m_model->index(0, UsersModel::SourceColumn).data().toString(), QStringLiteral("SSO"));
    QVERIFY(m_model->index(0, UsersModel::LastSeenColumn).data().toString().endsWith(QStringLiteral("ago")));
    QVERIFY(!m_model->index(0, UsersModel::LastSeenColumn).data(Qt::ToolTipRole).toString().isEmpty());
    const Id id = name.data(UsersModel::AccountIdRole).value<Id>();
    QVERIFY(!(id).isNull());
    QCOMPARE(m_model->indexOf(id), m_model->index(0, 0));
    QVERIFY(!m_model->indexOf(-5).isValid());
    QCOMPARE(m_model->userAt(name).email, QStringLiteral("ada@example.org"));
    QCOMPARE(m_model->userAt(QModelIndex()).accountId, 0);
    QVERIFY(!m_model->data(m_model->index(5, 0)).isValid());

    filter.search = QStringLiteral("under_score");
    m_model->setFilter(filter);
    QTRY_COMPARE(m_model->rowCount(), 1);
    QVERIFY(loadRow(0));
    QCOMPARE(m_model->index(0, UsersModel::LastSeenColumn).data().toString(), QStringLiteral("Never"));
}

void TestUsersModel::headersAndColumns()
{
    QCOMPARE(m_model->columnCount(), int(UsersModel::ColumnCount));
    QStringList headers;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        headers.append(m_model->headerData(column, Qt::Horizontal).toString());
    }
    QCOMPARE(headers,
             (QStringList {QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Role"),
                           QStringLiteral("Groups"), QStringLiteral("Status"), QStringLiteral("Last seen"),
                           QStringLiteral("Source"), QStringLiteral("Joined")}));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
}

void TestUsersModel::backendErrorsAreReported()
{
    const auto closed = m_db->backend(); // never opened
    UsersModel model(closed.get());
    QSignalSpy errors(&model, &UsersModel::errorOccurred);
    model.refresh();
    QTRY_VERIFY(errors.count() >= 1);
    QVERIFY(!errors.first().first().toString().isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

void TestUsersModel::changesElsewhereArriveWithinASecond()
{
    // Another admin's Usher: a second backend with its own connection adds people.
    TestDatabase database(QStringLiteral("live"));
    database.seed(standardSeed().mid(0, 4));
    // Mine follows its session, as the main window's model does.
    Session session;
    session.setBackend(database.openedBackend(), {});
    const auto theirs = database.openedBackend();
    UsersModel model(session.backend());
    model.follow(&session);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    model.refresh();
    QTRY_COMPARE(model.rowCount(), 4);
    model.index(0, 0).data(UsersModel::LoadedRole);
    QTRY_VERIFY(model.isRowLoaded(0));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy reloaded(&model, &UsersModel::reloaded);

    QElapsedTimer clock;
    clock.start();
    const auto added = await(theirs->addGeneratedPeople(3));
    QVERIFY(added.ok());
    QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), 7, 1000);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 7, 1000);
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(reset.count(), 0); // updated in place: the view keeps its scroll position
    QVERIFY(reloaded.count() >= 1);
}

void TestUsersModel::relativeTime_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seconds") << qint64(20) << QStringLiteral("just now");
    QTest::newRow("one minute") << qint64(65) << QStringLiteral("1 minute ago");
    QTest::newRow("minutes") << qint64(300) << QStringLiteral("5 minutes ago");
    QTest::newRow("hours") << qint64(3 * 3600) << QStringLiteral("3 hours ago");
    QTest::newRow("yesterday") << qint64(30 * 3600) << QStringLiteral("yesterday");
    QTest::newRow("days") << qint64(10 * 86400) << QStringLiteral("10 days ago");
    QTest::newRow("months") << qint64(100 * 86400) << QStringLiteral("3 months ago");
    QTest::newRow("one year") << qint64(400 * 86400) << QStringLiteral("1 year ago");
    QTest::newRow("future") << qint64(-600) << QStringLiteral("in the future");
}

void TestUsersModel::relativeTime()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'764'000'000, Qt::UTC);
    QCOMPARE(usher::relativeTime(now.addSecs(-secondsAgo), now), expected);
    QCOMPARE(usher::relativeTime(QDateTime(), now), QStringLiteral("Never"));
}

void TestUsersModel::datesAreWrittenOneWay_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("date");
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("05.12.2026");
    QTest::newRow("Dutch") << QStringLiteral("nl_NL") << QStringLiteral("05-12-2026");
    QTest::newRow("American") << QStringLiteral("en_US") << QStringLiteral("12/5/2026");
    QTest::newRow("British") << QStringLiteral("en_GB") << QStringLiteral("05/12/2026");
}

void TestUsersModel::datesAreWrittenOneWay()
{
    // One format everywhere: the year in full (German's short format alone gives "05.12.26"),
    // local time, minutes but no seconds and no time zone name.
    QFETCH(QString, locale);
    QFETCH(QString, date);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const QDateTime when(QDate(2026, 12, 5), QTime(14, 30, 15), Qt::LocalTime);
    const QString time = QLocale().toString(QTime(14, 30), QLocale::ShortFormat);
    QCOMPARE(shortDate(when.date()), date);
    QCOMPARE(shortDateTime(when), date + QLatin1Char(' ') + time);
    QCOMPARE(shortDateTime(when.toUTC()), date + QLatin1Char(' ') + time); // shown in local time
    const QString full = fullDateTime(when);
    QVERIFY2(full.startsWith(QLocale().toString(when.date(), QLocale::LongFormat)), qPrintable(full));
    QVERIFY2(full.endsWith(time), qPrintable(full));
    QVERIFY2(!full.contains(QLatin1String("15")) && !full.contains(QLatin1String("UTC")), qPrintable(full));
    // The users table's Joined column writes its dates the same way.
    m_model->refresh();
    QTRY_VERIFY(m_model->rowCount() > 0);
    QVERIFY(loadRow(0));
    const QDate joined = m_model->userAt(m_model->index(0, 0)).joined.toLocalTime().date();
    QCOMPARE(m_model->index(0, UsersModel::JoinedColumn).data().toString(), shortDate(joined));
    QVERIFY(shortDate(joined).contains(QString::number(joined.year())));
    QLocale::setDefault(before);
}

void TestUsersModel::cleanupTestCase()
{
    m_backend.reset();
    m_db.reset();
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // English plural forms come from Usher's own catalogue, as in the application.
    installTranslations(app, QStringLiteral("en"));
    TestUsersModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_usersmodel.moc"
