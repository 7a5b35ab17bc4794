// Complexity guards (issue 15). Each hot path runs on the same realistic people at 10,000 and
// at 100,000 members, and the work the database does is counted, not timed:
//   SQLite      virtual machine steps of every statement (sqlite3_stmt_status), through a
//               profile hook that this process installs on every connection it opens;
//   PostgreSQL  buffers every statement touched (pg_stat_statements, which scripts/test loads).
// A path that should not grow with the members fails when it does more than maxGrowth times
// the work on ten times the people; a path whose answer grows (a rare search, a count of the
// inactive) is compared per row of its answer. A failure names the statements that grew.

#include "connection/sql/sqlbackend.h"
#include "core/group.h"
#include "core/lifecycle.h"
#include "core/userquery.h"
#include "statementlog.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QSemaphore>
#include <QUuid>
#include <functional>

using namespace usher;
using namespace usher::test;

namespace {

/// The two sizes; USHER_COMPLEXITY_SIZES="2000,20000" tries others while working on a guard.
int sizeFromEnvironment(int which, int otherwise)
{
    const QStringList sizes = qEnvironmentVariable("USHER_COMPLEXITY_SIZES").split(QLatin1Char(','));
    return sizes.size() == 2 && sizes.at(which).toInt() > 0 ? sizes.at(which).toInt() : otherwise;
}
const int smallSize = sizeFromEnvironment(0, 10'000);
const int largeSize = sizeFromEnvironment(1, 100'000);
/// Ten times the people may cost at most this many times the work, plus a few pages'
/// worth: a deeper B-tree or a catalogue page is not growth with the members.
constexpr double maxGrowth = 2.5;
qint64 slack()
{
    return usingPostgres() ? 100 : 2000; // buffers, virtual machine steps
}

/// Work per statement text, summed over its runs.
using Costs = QMap<QString, qint64>;

/// Marks statements that run in the background and are no path's own work.
bool isBackgroundWork(const QString& sql)
{
    return sql.contains(QLatin1String("usher: anchor walk")) || sql.contains(QLatin1String("pg_stat_statements"))
        || sql.startsWith(QLatin1String("PRAGMA data_version"));
}

struct Measured
{
    Costs costs;
    qint64 answer = 0; ///< Rows (or the count) the path answered with.
    qint64 total() const
    {
        qint64 sum = 0;
        for (const qint64 cost : costs) {
            sum += cost;
        }
        return sum;
    }
};

/// One database of `size` people and the means to measure paths on it.
class Subject
{
public:
    Subject(int size, const QString& sqliteSource)
        : m_size(size)
    {
        if (usingPostgres()) {
            m_db = std::make_unique<TestDatabase>(QStringLiteral("complexity%1").arg(size));
            copyToPostgres(sqliteSource);
        } else {
            m_sqlitePath = sqliteSource;
        }
    }

    int size() const { return m_size; }

    std::unique_ptr<sql::SqlBackend> backend() const
    {
        if (m_db) {
            return m_db->backend();
        }
        return std::make_unique<sql::SqlBackend>(ConnectionProfile::sqliteFile(m_sqlitePath));
    }

    /// A connection of its own to the people (as the test's superuser on PostgreSQL).
    std::unique_ptr<DirectSql> direct() const
    {
        return m_db ? std::make_unique<DirectSql>(*m_db) : std::make_unique<DirectSql>(m_sqlitePath);
    }

    QVariant scalar(const QString& sql, const QVariantList& binds = {}) const
    {
        if (m_db) {
            return DirectSql(*m_db).scalar(sql, binds);
        }
        return DirectSql(m_sqlitePath).scalar(sql, binds);
    }

    /// Runs `path` and counts the work the database did meanwhile.
    Measured measure(const std::function<qint64()>& path) const
    {
        Measured measured;
        const StatementLog log = recordStatements(m_db ? m_db->profile().server()->database : QString(),
                                                  [&] { measured.answer = path(); });
        for (auto it = log.cbegin(); it != log.cend(); ++it) {
            if (!isBackgroundWork(it.key())) {
                measured.costs[it.key()] += it.value().work;
            }
        }
        return measured;
    }

private:
    /// The people of the SQLite file, in bulk, into a fresh PostgreSQL database made by
    /// Usher's migrations. The per-row triggers are off meanwhile (a count row updated a
    /// hundred thousand times in one transaction grows a chain of versions each update walks);
    /// the derived columns come along and the counts are made afresh, as scripts/lib/pg-bench-copy.sh does.
    void copyToPostgres(const QString& sqliteSource)
    {
        {
            auto opened = m_db->openedBackend(); // the schema
        }
        DirectSql from(sqliteSource);
        DirectSql to(*m_db);
        QVERIFY(to.exec(QStringLiteral("DELETE FROM memberships")));
        QVERIFY(to.exec(QStringLiteral("DELETE FROM accounts")));
        const QList<QPair<QString, QString>> tables = {
            {QStringLiteral("accounts"),
             QStringLiteral("id, email, email_key, first_name, last_name, display_name, created_at")},
            {QStringLiteral("memberships"),
             QStringLiteral("id, account_id, workspace_id, role, status, source, joined_at, last_seen_at, deleted_at, "
                            "sort_name, email_key, group_key")},
            {QStringLiteral("groups"), QStringLiteral("id, workspace_id, name, description, source, synced_at, created_at")},
            {QStringLiteral("group_members"), QStringLiteral("group_id, account_id, added_at")},
            {QStringLiteral("group_permissions"), QStringLiteral("group_id, permission")},
            {QStringLiteral("invites"), QStringLiteral("id, workspace_id, account_id, email, email_key, role, token_hash, "
                                                       "created_at, expires_at")},
        };
        QVERIFY(to.db().transaction());
        for (const char* table : {"accounts", "memberships", "group_members"}) {
            QVERIFY(to.exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(QLatin1String(table))));
        }
        for (const auto& [table, columns] : tables) {
            const int width = int(columns.count(QLatin1Char(',')) + 1);
            QSqlQuery read(from.db());
            read.setForwardOnly(true);
            QVERIFY2(read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, table)), qPrintable(table));
            QString placeholders = QStringLiteral("(") + QStringList(width, QStringLiteral("?")).join(QLatin1Char(','))
                + QLatin1Char(')');
            QVariantList batch;
            auto flush = [&] {
                if (batch.isEmpty()) {
                    return true;
                }
                const int rows = int(batch.size()) / width;
                QSqlQuery write(to.db());
                write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns)
                              + QStringList(rows, placeholders).join(QLatin1Char(',')));
                for (const QVariant& value : std::as_const(batch)) {
                    write.addBindValue(value);
                }
                batch.clear();
                if (!write.exec()) {
                    qWarning() << table << write.lastError().text();
                    return false;
                }
                return true;
            };
            while (read.next()) {
                for (int column = 0; column < width; ++column) {
                    batch.append(read.value(column));
                }
                if (batch.size() >= 500 * width) {
                    QVERIFY(flush());
                }
            }
            QVERIFY(flush());
            if (table != QLatin1String("group_members") && table != QLatin1String("group_permissions")) {
                QVERIFY(to.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                               "(SELECT MAX(id) FROM %1))")
                                    .arg(table)));
            }
        }
        // SQLite lowers ASCII only; PostgreSQL's sort keys are Unicode-lowered.
        QVERIFY(to.exec(QStringLiteral("UPDATE memberships m SET sort_name = lower(a.display_name) FROM accounts a "
                                       "WHERE a.id = m.account_id AND m.sort_name <> lower(a.display_name)")));
        QVERIFY(to.exec(QStringLiteral("DELETE FROM membership_counts")));
        QVERIFY(to.exec(QStringLiteral("INSERT INTO membership_counts (workspace_id, role, status, members) "
                                       "SELECT workspace_id, role, status, COUNT(*) FROM memberships "
                                       "GROUP BY workspace_id, role, status")));
        QVERIFY(to.exec(QStringLiteral("UPDATE groups g SET member_count = "
                                       "(SELECT COUNT(*) FROM group_members gm WHERE gm.group_id = g.id)")));
        for (const char* table : {"accounts", "memberships", "group_members"}) {
            QVERIFY(to.exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(QLatin1String(table))));
        }
        QVERIFY(to.db().commit());
        QCOMPARE(to.countsDrift(), QStringList());
        // Settled, as autovacuum leaves a database: the copy's trigger updates left dead rows.
        QVERIFY(to.exec(QStringLiteral("VACUUM ANALYZE")));
    }

    int m_size = 0;
    QString m_sqlitePath;
    std::unique_ptr<TestDatabase> m_db;
};

/// How a path may grow with the people.
enum class Growth {
    None, ///< The same work at any size.
    PerAnswer, ///< Work per row (or per member counted) of its answer stays the same.
};

struct HotPath
{
    QString name;
    Growth growth;
    /// Runs the path on a backend; returns the size of its answer.
    std::function<qint64(sql::SqlBackend&, const Subject&)> run;
    /// A fresh backend (not yet opened) instead of the shared one: open itself, or a path that
    /// must find nothing cached.
    bool fresh = false;
    /// For PerAnswer: the rows any plan must look at, found outside the measurement (else
    /// the answer's size).
    std::function<qint64(sql::SqlBackend&, const Subject&)> necessary = {};
    /// For PerAnswer on SQLite: at most this much work per row of the answer (0: no ceiling).
    /// A plan that walks a wider range than its answer (every member who joined before a day,
    /// whatever their status) keeps its work per answer at any size; this catches it.
    double stepsPerAnswer = 0;
};

UserPageRequest firstPage(const QString& search = {}, UserField field = UserField::Name,
                          Qt::SortOrder order = Qt::AscendingOrder)
{
    UserPageRequest request;
    request.filter.workspaceId = 1;
    request.filter.search = search;
    request.sort = {field, order};
    request.limit = 100;
    return request;
}

qint64 pageRows(sql::SqlBackend& backend, const UserPageRequest& request)
{
    const auto page = await(backend.listUsers(request));
    if (!page.ok()) {
        qWarning() << page.error().message << page.error().detail;
        return -1;
    }
    return page.value().rows.size();
}

/// The rows any plan must look at for the first page of a search: its matches (from an index
/// of them), or the listing's rows up to the page's last match (walking the sort order),
/// whichever is fewer. Rare texts are bound by the first, common ones by the second; how
/// common a text is near the start of the order depends on the people, not on their number.
qint64 rowsASearchMustSee(sql::SqlBackend& backend, const Subject& subject, const QString& search)
{
    const UserPageRequest request = firstPage(search);
    const auto matches = await(backend.countUsers(request.filter));
    const auto page = await(backend.listUsers(request));
    if (!matches.ok() || !page.ok()) {
        return -1;
    }
    if (page.value().rows.size() < request.limit) {
        return matches.value();
    }
    const Id last = page.value().rows.last().accountId;
    const QString bytewise = usingPostgres() ? QStringLiteral(" COLLATE \"C\"") : QString(); // as the index
    const qint64 position
        = subject
              .scalar(QStringLiteral("SELECT COUNT(*) FROM memberships m, memberships l WHERE l.workspace_id = 1 "
                                     "AND l.account_id = ? AND m.workspace_id = 1 AND m.status <> 'deleted' "
                                     "AND (m.sort_name%1 < l.sort_name%1 OR (m.sort_name = l.sort_name AND m.id <= l.id))")
                          .arg(bytewise),
                      {last.number()})
              .toLongLong();
    return qMin(matches.value(), position);
}

qint64 activeAdmin(const Subject& subject)
{
    return subject
        .scalar(QStringLiteral("SELECT MIN(account_id) FROM memberships WHERE workspace_id = 1 AND role = 'admin' "
                               "AND status = 'active'"))
        .toLongLong();
}

QList<HotPath> hotPaths()
{
    QList<HotPath> paths;
    paths.append({QStringLiteral("open"), Growth::None,
                  [](sql::SqlBackend& backend, const Subject&) -> qint64 {
                      const auto opened = await(backend.open());
                      // With the upkeep opening leaves for after its next answer (the operator
                      // role's rights, the purge): it runs behind the first count, so it has
                      // finished once the second is answered.
                      const auto first = await(backend.countUsers(firstPage().filter));
                      const auto second = await(backend.countUsers(firstPage().filter));
                      return opened.ok() && first.ok() && second.ok() ? 1 : -1;
                  },
                  true});
    paths.append({QStringLiteral("first page"), Growth::None,
                  [](sql::SqlBackend& backend, const Subject&) { return pageRows(backend, firstPage()); }});
    paths.append({QStringLiteral("count of everyone"), Growth::None, [](sql::SqlBackend& backend, const Subject&) {
                      const auto count = await(backend.countUsers(firstPage().filter));
                      return count.ok() ? qint64(1) : qint64(-1);
                  }});
    const QList<QPair<QString, QString>> searches = {
        {QStringLiteral("short"), QStringLiteral("an")},
        {QStringLiteral("common"), QStringLiteral("son")},
        {QStringLiteral("rare"), QStringLiteral("ers")},
        {QStringLiteral("non-ASCII"), QStringLiteral("müller")},
        {QStringLiteral("nobody"), QStringLiteral("zzzq-nobody")},
    };
    for (const auto& [kind, text] : searches) {
        const QString search = text;
        paths.append({QStringLiteral("search, %1 (“%2”)").arg(kind, text), Growth::PerAnswer,
                      [search](sql::SqlBackend& backend, const Subject&) { return pageRows(backend, firstPage(search)); },
                      false, [search](sql::SqlBackend& backend, const Subject& subject) {
                          return rowsASearchMustSee(backend, subject, search);
                      }});
    }
    for (const UserField field : {UserField::Email, UserField::LastSeen, UserField::Role, UserField::Joined,
                                  UserField::Status, UserField::Groups}) {
        paths.append({QStringLiteral("sort change (column %1, descending)").arg(int(field)), Growth::None,
                      [field](sql::SqlBackend& backend, const Subject&) {
                          return pageRows(backend, firstPage({}, field, Qt::DescendingOrder));
                      }});
    }
    paths.append({QStringLiteral("jump to the end after a sort change"), Growth::None,
                  [](sql::SqlBackend& backend, const Subject&) {
                      // A new connection: no anchors, as right after the sort change.
                      if (!await(backend.open()).ok()) {
                          return qint64(-1);
                      }
                      UserPageRequest request = firstPage({}, UserField::Email);
                      const auto total = await(backend.countUsers(request.filter));
                      request.offset = qMax<qint64>(0, total.value() - 120);
                      return pageRows(backend, request);
                  },
                  true});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SavedView view : allSavedViews()) {
        const UserFilter filter = savedViewFilter(view, 1, now);
        const bool kept = view == SavedView::AllUsers || view == SavedView::Disabled || view == SavedView::Deleted;
        // The others count a status within a time range: an index range of exactly their answer.
        paths.append({QStringLiteral("saved-view count “%1”").arg(savedViewName(view)),
                      kept ? Growth::None : Growth::PerAnswer,
                      [filter](sql::SqlBackend& backend, const Subject&) {
                          const auto count = await(backend.countUsers(filter));
                          return count.ok() ? count.value() : qint64(-1);
                      },
                      false, {}, kept ? 0.0 : 4.0});
    }
    paths.append({QStringLiteral("details panel"), Growth::None, [](sql::SqlBackend& backend, const Subject& subject) {
                      const qint64 admin = activeAdmin(subject);
                      const auto details = await(backend.memberDetails(1, admin, admin));
                      return details.ok() ? qint64(1) : qint64(-1);
                  }});
    paths.append({QStringLiteral("groups page"), Growth::None, [](sql::SqlBackend& backend, const Subject&) {
                      GroupPageRequest request;
                      request.workspaceId = 1;
                      const auto page = await(backend.listGroupPage(request));
                      return page.ok() ? qint64(page.value().rows.size()) : qint64(-1);
                  }});
    paths.append({QStringLiteral("groups page by size"), Growth::None, [](sql::SqlBackend& backend, const Subject&) {
                      GroupPageRequest request;
                      request.workspaceId = 1;
                      request.sort = GroupSortColumn::Members;
                      const auto page = await(backend.listGroupPage(request));
                      return page.ok() ? qint64(page.value().rows.size()) : qint64(-1);
                  }});
    paths.append({QStringLiteral("invitations page"), Growth::PerAnswer, [](sql::SqlBackend& backend, const Subject&) {
                      const auto list = await(backend.listInvitations(1));
                      return list.ok() ? qint64(list.value().size()) : qint64(-1);
                  }});
    paths.append({QStringLiteral("audit page"), Growth::None, [](sql::SqlBackend& backend, const Subject& subject) {
                      AuditQuery query;
                      query.workspaceId = 1;
                      query.viewerId = activeAdmin(subject);
                      const auto events = await(backend.listAudit(query));
                      return events.ok() ? qint64(events.value().size()) : qint64(-1);
                  }});
    return paths;
}

/// The statements whose work grew most, for the failure message.
QString grownStatements(const Measured& small, const Measured& large)
{
    QList<QPair<qint64, QString>> grown;
    for (auto it = large.costs.cbegin(); it != large.costs.cend(); ++it) {
        const qint64 before = small.costs.value(it.key());
        if (it.value() > maxGrowth * qMax<qint64>(before, 1) && it.value() > 50) {
            grown.append({it.value() - before, QStringLiteral("%1 → %2: %3").arg(before).arg(it.value()).arg(it.key())});
        }
    }
    std::sort(grown.begin(), grown.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList lines;
    for (int i = 0; i < qMin<int>(3, int(grown.size())); ++i) {
        lines.append(grown.at(i).second.simplified());
    }
    return lines.join(QStringLiteral("\n    "));
}

} // namespace

class TestComplexity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hotPathsDoNotGrowWithTheMembers_data();
    void hotPathsDoNotGrowWithTheMembers();
    void theGuardNoticesACountOfEveryMember();
    void aCountNobodyWaitsForStopsEarly();

private:
    Measured measure(const Subject& subject, const HotPath& path);
    QTemporaryDir m_dir;
    std::unique_ptr<Subject> m_small;
    std::unique_ptr<Subject> m_large;
    std::unique_ptr<sql::SqlBackend> m_smallBackend;
    std::unique_ptr<sql::SqlBackend> m_largeBackend;
};

void TestComplexity::initTestCase()
{
    // Before any connection: every SQLite connection of this process gets the profile hook.
    installSqliteStatementLog();
    QVERIFY(m_dir.isValid());
    auto make = [this](int size) {
        const QString path = m_dir.filePath(QStringLiteral("people-%1.usher").arg(size));
        sql::SqlBackend backend(ConnectionProfile::sqliteFile(path));
        if (!await(backend.open()).ok()) {
            qFatal("Cannot create %s", qPrintable(path));
        }
        const auto added = await(backend.generatePeopleInBulk(size)); // the sample loader's people, in bulk
        if (!added.ok()) {
            qFatal("Cannot add people: %s", qPrintable(added.error().message));
        }
        DirectSql(path).exec(QStringLiteral("ANALYZE"));
        qInfo("%d people ready in SQLite", size);
        auto subject = std::make_unique<Subject>(size, path);
        qInfo("%d people ready", size);
        return subject;
    };
    m_small = make(smallSize);
    m_large = make(largeSize);
    QCOMPARE(m_small->scalar(QStringLiteral("SELECT COUNT(*) FROM memberships")).toInt(), smallSize);
    QCOMPARE(m_large->scalar(QStringLiteral("SELECT COUNT(*) FROM memberships")).toInt(), largeSize);
    m_smallBackend = m_small->backend();
    m_largeBackend = m_large->backend();
    QVERIFY(await(m_smallBackend->open()).ok());
    QVERIFY(await(m_largeBackend->open()).ok());
}

Measured TestComplexity::measure(const Subject& subject, const HotPath& path)
{
    if (path.fresh) {
        auto backend = subject.backend();
        return subject.measure([&] { return path.run(*backend, subject); });
    }
    sql::SqlBackend& backend = &subject == m_small.get() ? *m_smallBackend : *m_largeBackend;
    return subject.measure([&] { return path.run(backend, subject); });
}

void TestComplexity::hotPathsDoNotGrowWithTheMembers_data()
{
    QTest::addColumn<int>("index");
    const QList<HotPath> paths = hotPaths();
    for (int i = 0; i < paths.size(); ++i) {
        QTest::newRow(qPrintable(paths.at(i).name)) << i;
    }
}

void TestComplexity::hotPathsDoNotGrowWithTheMembers()
{
    QFETCH(int, index);
    const HotPath path = hotPaths().at(index);
    Measured small = measure(*m_small, path);
    Measured large = measure(*m_large, path);
    QVERIFY2(small.answer >= 0 && large.answer >= 0, "the path failed");
    if (path.necessary) {
        small.answer = path.necessary(*m_smallBackend, *m_small);
        large.answer = path.necessary(*m_largeBackend, *m_large);
        QVERIFY(small.answer >= 0 && large.answer >= 0);
    }
    QVERIFY2(small.total() > 0, "nothing was counted: the measurement is broken");
    // Measured against the small size's work with the slack added, so a few pages more on a
    // tiny cost is not called growth.
    double growth = double(large.total()) / double(small.total() + slack());
    if (path.growth == Growth::PerAnswer) {
        growth = (double(large.total()) / double(large.answer + 1))
            / (double(small.total() + slack()) / double(small.answer + 1));
    }
    if (qEnvironmentVariableIsSet("USHER_COMPLEXITY_SIZES")) { // working on a guard: every statement
        for (auto it = large.costs.cbegin(); it != large.costs.cend(); ++it) {
            qInfo().noquote() << "   " << small.costs.value(it.key()) << "→" << it.value() << it.key().simplified().left(160);
        }
    }
    qInfo().noquote() << QStringLiteral("%1: %2 → %3 (answer %4 → %5), growth %6")
                             .arg(path.name)
                             .arg(small.total())
                             .arg(large.total())
                             .arg(small.answer)
                             .arg(large.answer)
                             .arg(growth, 0, 'f', 2);
    if (path.stepsPerAnswer > 0 && !usingPostgres()) {
        const double perAnswer = double(large.total()) / double(large.answer + 1);
        QVERIFY2(large.total() <= path.stepsPerAnswer * double(large.answer) + double(slack()),
                 qPrintable(QStringLiteral("%1 did %2 steps per row of its answer (at most %3). Did:\n    %4")
                                .arg(path.name)
                                .arg(perAnswer, 0, 'f', 1)
                                .arg(path.stepsPerAnswer)
                                .arg(grownStatements(Measured{}, large))));
    }
    QVERIFY2(growth <= maxGrowth,
             qPrintable(QStringLiteral("%1 did %2 times the work on ten times the people (%3 → %4). Grew:\n    %5")
                            .arg(path.name)
                            .arg(growth, 0, 'f', 1)
                            .arg(small.total())
                            .arg(large.total())
                            .arg(grownStatements(small, large))));
}

void TestComplexity::theGuardNoticesACountOfEveryMember()
{
    // The regression issue 15 started from: counting the active Admins member by member. A
    // filter the kept counts do not answer counts that way; the guard must call it growth.
    const auto countEveryAdmin = [](sql::SqlBackend& backend) {
        UserFilter admins;
        admins.workspaceId = 1;
        admins.role = Role::Admin;
        admins.status = Status::Active;
        admins.source = Source::Invite; // not answered by the kept counts: a real count
        return await(backend.countUsers(admins)).ok() ? qint64(1) : qint64(-1);
    };
    const Measured small = m_small->measure([&] { return countEveryAdmin(*m_smallBackend); });
    const Measured large = m_large->measure([&] { return countEveryAdmin(*m_largeBackend); });
    const double growth = double(large.total()) / double(small.total() + slack());
    QVERIFY2(growth > maxGrowth, qPrintable(QStringLiteral("a count over every member grew only %1 times").arg(growth)));
    QVERIFY(!grownStatements(small, large).isEmpty());
}

void TestComplexity::aCountNobodyWaitsForStopsEarly()
{
    // Someone types "er", stops, and types on: the count of "er" (a scan of every member) is
    // cancelled while it runs, and must stop there rather than hold up the next search's page.
    UserFilter filter;
    filter.workspaceId = 1;
    filter.search = QStringLiteral("er"); // two letters: a scan, no index answers it
    auto backend = m_large->backend();
    QVERIFY(await(backend->open()).ok());
    QFuture<Result<qint64>> count;
    Measured cancelled;
    if (usingPostgres()) {
        // Another connection holds the members' table, so the count waits inside the server
        // until it is stopped; one that is not stopped waits until the lock goes.
        auto holder = m_large->direct();
        QVERIFY(holder->exec(QStringLiteral("BEGIN")));
        QVERIFY(holder->exec(QStringLiteral("LOCK TABLE memberships IN ACCESS EXCLUSIVE MODE")));
        cancelled = m_large->measure([&] {
            count = backend->countUsers(filter);
            const bool waiting = QTest::qWaitFor(
                [&] {
                    return holder
                               ->scalar(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE state = 'active' "
                                                       "AND wait_event_type = 'Lock' AND query LIKE ?"),
                                        {QStringLiteral("%SELECT COUNT(*) FROM memberships m %")})
                               .toInt()
                        == 1;
                },
                10'000);
            count.cancel(); // as the users model does when the search changes
            const bool stopped = QTest::qWaitFor([&] { return count.isFinished(); }, 10'000);
            holder->exec(QStringLiteral("ROLLBACK"));
            count.waitForFinished();
            return qint64(waiting) + 2 * qint64(stopped);
        });
        QCOMPARE(cancelled.answer, 3); // the count was waiting, and it ended while the table was held
    } else {
        QSemaphore stored;
        onSqliteStatementStart([&](const QString& sql) {
            if (sql.startsWith(QLatin1String("SELECT COUNT(*) FROM memberships")) && sql.contains(QLatin1String("LIKE"))) {
                stored.acquire(); // the future is the test's by now
                count.cancel(); // as the users model does when the search changes
            }
        });
        cancelled = m_large->measure([&] {
            count = backend->countUsers(filter);
            stored.release();
            count.waitForFinished();
            return qint64(0);
        });
        onSqliteStatementStart({});
    }
    QVERIFY(count.isCanceled());
    QCOMPARE(count.resultCount(), 0);
    // The same count asked again runs in full (nothing half-counted was kept) and is right.
    const Measured full = m_large->measure([&] {
        const Result<qint64> counted = await(backend->countUsers(filter));
        return counted.ok() ? counted.value() : qint64(-1);
    });
    const qint64 expected
        = m_large->scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE workspace_id = 1 AND status <> 'deleted' "
                                         "AND (sort_name LIKE '%er%' OR email_key LIKE '%er%')"))
              .toLongLong();
    QVERIFY(expected > 0);
    QCOMPARE(full.answer, expected);
    QVERIFY2(cancelled.total() * 10 < full.total(),
             qPrintable(QStringLiteral("the cancelled count did %1 work, a full one %2")
                            .arg(cancelled.total())
                            .arg(full.total())));
}

QTEST_GUILESS_MAIN(TestComplexity)
#include "tst_complexity.moc"
