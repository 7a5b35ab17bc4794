#pragma once

#include "connection/backend.h"
#include "connection/connectionprofile.h"
#include "core/account.h"
#include "core/stoptoken.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>
#include <optional>

namespace usher {
namespace sql {
class SqlBackend;
}

namespace test {

/// A member to put into a test database.
struct SeedUser
{
    QString name;
    QString email;
    Role role = Role::Member;
    Status status = Status::Active;
    Source source = Source::Invite;
    qint64 joined = 1'700'000'000;
    qint64 lastSeen = 0; ///< 0: never signed in.
    QStringList groups;
};

/// Waits for a backend call (tests may block; the application never does).
template<typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

/// Waits for a change to many, pressing Stop as soon as its first progress is reported, as a
/// person watching it would. The wait is an event loop that wakes for the report at once
/// (QTRY_VERIFY sleeps between its polls, long enough for a fast change to finish unstopped).
/// False when it did not finish within `timeoutMs`.
template<typename T>
bool stopAtFirstProgress(QFuture<T> future, const StopToken& stop, int timeoutMs = 120000)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, &loop, [stop](int done) {
        if (done > 0) {
            stop.requestStop();
        }
    });
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    loop.exec();
    return future.isFinished();
}

/// True when this test process runs against PostgreSQL (USHER_TEST_BACKEND=postgres, set by
/// CTest for the *_pg variants); the server comes from the USHER_TEST_PG_* variables that
/// scripts/test exports.
bool usingPostgres();

/// A fresh, empty database for a test: a file in a temporary folder, or a new database on
/// the test PostgreSQL server that is dropped again on destruction.
class TestDatabase
{
public:
    explicit TestDatabase(const QString& tag = QStringLiteral("db"));
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    const ConnectionProfile& profile() const { return m_profile; }
    const QString& password() const { return m_password; }
    bool isPostgres() const { return m_profile.kind() == ConnectionProfile::Kind::Postgres; }
    /// A new backend (its own connection) on this database; not yet opened.
    std::unique_ptr<sql::SqlBackend> backend() const;
    /// A new backend, opened; fails the test process when it cannot open.
    std::unique_ptr<sql::SqlBackend> openedBackend() const;
    /// Creates the schema and adds `users` to workspace 1 through plain SQL, independently
    /// of the backend under test.
    void seed(const QList<SeedUser>& users) const;
    /// Gives workspace 1 a seat cap (nothing: none) through plain SQL, like seed(): no backend
    /// call sets it (it comes with what the workspace pays for), yet the rules read it.
    void setSeatCap(std::optional<qint64> cap) const;

private:
    QTemporaryDir m_dir;
    ConnectionProfile m_profile;
    QString m_password;
};

/// A direct connection for checks, closed and removed on destruction.
class DirectSql
{
public:
    explicit DirectSql(const QString& sqlitePath);
    explicit DirectSql(const TestDatabase& database);
    ~DirectSql();
    QSqlDatabase& db() { return m_db; }
    /// The first column of the first row of `sql`, or an invalid QVariant (with a warning).
    QVariant scalar(const QString& sql, const QVariantList& binds = {});
    bool exec(const QString& sql, const QVariantList& binds = {});
    /// Where the kept member counts (membership_counts, groups.member_count) differ from
    /// counting the members: one "workspace/role/status: kept K, counted C" (for a group:
    /// "workspace/group/name: …") per difference; empty when they agree.
    QStringList countsDrift();

private:
    void open();
    QString m_name;
    QSqlDatabase m_db;
};

/// Creates a migrated SQLite database at `path` and fills it with `users`.
void seedSqlite(const QString& path, const QList<SeedUser>& users);

QByteArray sha256Of(const QString& path);

/// A spread of people with awkward names, every role and status, and some groups.
QList<SeedUser> standardSeed();

} // namespace test

/// How QCOMPARE shows an id or a version that differs (found by argument-dependent lookup).
inline char* toString(const Id& id)
{
    return qstrdup(qPrintable(id.isNull() ? QStringLiteral("(no id)") : id.text()));
}
inline char* toString(const Version& version)
{
    return qstrdup(qPrintable(version.isNull() ? QStringLiteral("(as it is now)") : version.text()));
}
} // namespace usher
