#pragma once

#include "connection/backend.h"
#include "connection/sql/dialect.h"

#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>

namespace usher::sql {

class SqlWorker;

/// Where a SQL backend finds its database.
struct SqlSettings
{
    Dialect dialect = Dialect::Sqlite;
    QString databasePath; ///< SQLite: the file.
};

/// Backend over a SQL database. All queries run on one worker thread that owns the
/// connection; calls are queued there in order and answered through futures.
class SqlBackend : public Backend
{
    Q_OBJECT
public:
    explicit SqlBackend(SqlSettings settings, QObject* parent = nullptr);
    ~SqlBackend() override;

    QString kindName() const override;
    QString location() const override;
    Capabilities capabilities() const override;

    QFuture<Result<OpenInfo>> open() override;
    QFuture<Result<UserPage>> listUsers(const UserPageRequest& request) override;
    QFuture<Result<qint64>> countUsers(const UserFilter& filter) override;
    QFuture<Result<qint64>> loadSampleData(int count) override;

private:
    /// Runs `job` on the worker thread and answers its result through the returned future.
    template<typename T> QFuture<Result<T>> run(std::function<Result<T>(SqlWorker&, QPromise<Result<T>>&)> job);

    SqlSettings m_settings;
    QThread m_thread;
    SqlWorker* m_worker = nullptr;
};

} // namespace usher::sql
