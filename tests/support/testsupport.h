#pragma once

#include "connection/backend.h"
#include "core/account.h"

#include <QCryptographicHash>
#include <QFuture>
#include <QSqlDatabase>
#include <QString>

namespace usher::test {

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
template<typename T> T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

/// Creates a migrated SQLite database at `path` and fills it with `users` in workspace 1
/// through plain SQL, independently of the backend under test.
void seedSqlite(const QString& path, const QList<SeedUser>& users);

/// A direct connection to a SQLite file for checks; closed and removed on destruction.
class DirectSql
{
public:
    explicit DirectSql(const QString& path);
    ~DirectSql();
    QSqlDatabase& db() { return m_db; }
    /// The first column of the first row of `sql`, or an invalid QVariant (and a test failure message).
    QVariant scalar(const QString& sql, const QVariantList& binds = {});

private:
    QString m_name;
    QSqlDatabase m_db;
};

QByteArray sha256Of(const QString& path);

/// A spread of people with awkward names, every role and status, and some groups.
QList<SeedUser> standardSeed();

} // namespace usher::test
