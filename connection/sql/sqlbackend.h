#pragma once

#include "connection/backend.h"
#include "connection/connectionprofile.h"
#include "connection/sql/dialect.h"

#include <QPromise>
#include <QThread>
#include <functional>

namespace usher::sql {

class SqlWorker;

/// Backend over a SQL database: a SQLite file or a PostgreSQL server, with the same
/// schema, migrations and behaviour. All queries run on one worker thread that owns the
/// connection; calls are queued there in order and answered through futures.
class SqlBackend : public Backend
{
    Q_OBJECT
public:
    /// `password` is held in memory only, for PostgreSQL profiles.
    explicit SqlBackend(ConnectionProfile profile, QString password = {}, QObject* parent = nullptr);
    ~SqlBackend() override;

    QString kindName() const override;
    QString location() const override;
    Capabilities capabilities() const override;
    const ConnectionProfile& profile() const { return m_profile; }

    QFuture<Result<OpenInfo>> open() override;
    QFuture<Result<OpenInfo>> probe() override;
    QFuture<Result<UserPage>> listUsers(const UserPageRequest& request) override;
    QFuture<Result<qint64>> countUsers(const UserFilter& filter) override;
    QFuture<Result<QList<GroupSummary>>> listGroups(qint64 workspaceId) override;
    QFuture<Result<int>> changeRole(qint64 workspaceId, qint64 operatorId, qint64 accountId, Role role,
                                    int expectedVersion) override;
    QFuture<Result<qint64>> loadSampleData(int count) override;

    /// How often a SQLite backend looks for changes made by other programs.
    static constexpr int sqlitePollMs = 400;

private:
    /// Runs `job` on the worker thread and answers its result through the returned future.
    template<typename T>
    QFuture<Result<T>> run(std::function<Result<T>(SqlWorker&, QPromise<Result<T>>&)> job);

    ConnectionProfile m_profile;
    QThread m_thread;
    SqlWorker* m_worker = nullptr;
};

} // namespace usher::sql
