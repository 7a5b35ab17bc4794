#include "connection/sql/statementstop.h"

#include "connection/logging.h"
#include "connection/sql/driverhandle.h"

#include <libpq-fe.h>
#include <sqlite3.h>

namespace usher::sql {

StatementStop::Running::Running(StatementStop& stop, const QSqlDatabase& db, quint64 ticket,
                                std::function<bool()> stopped)
    : m_stop(stop)
    , m_stopped(std::move(stopped))
{
    // QPSQL's handle is a PGconn*, which Qt names by the struct libpq's typedef stands for.
    if (PGconn* connection = driverHandle<PGconn>(db, "pg_conn*")) {
        PGcancel* cancel = PQgetCancel(connection); // on the connection's thread, as libpq asks
        QMutexLocker lock(&m_stop.m_mutex);
        m_stop.m_ticket = ticket;
        m_stop.m_cancel = cancel;
        return;
    }
    m_sqlite = driverHandle<sqlite3>(db, "sqlite3*");
    if (m_sqlite) {
        sqlite3_progress_handler(
            m_sqlite, 4000, [](void* stopped) { return (*static_cast<std::function<bool()>*>(stopped))() ? 1 : 0; },
            &m_stopped);
    }
}

StatementStop::Running::~Running()
{
    if (m_sqlite) {
        sqlite3_progress_handler(m_sqlite, 0, nullptr, nullptr);
        return;
    }
    PGcancel* cancel = nullptr;
    {
        // Waits for a stop() under way: its request reaches the server before the next statement.
        QMutexLocker lock(&m_stop.m_mutex);
        m_stop.m_ticket = 0;
        cancel = std::exchange(m_stop.m_cancel, nullptr);
    }
    if (cancel) {
        PQfreeCancel(cancel);
    }
}

void StatementStop::stop(quint64 ticket)
{
    QMutexLocker lock(&m_mutex);
    if (ticket == 0 || ticket != m_ticket || !m_cancel) {
        return; // ended already (or a SQLite statement, which stops itself)
    }
    char error[256] = {};
    if (!PQcancel(m_cancel, error, int(sizeof error))) {
        qCInfo(lcSql) << "A statement nobody waits for could not be stopped:" << error;
    }
}

} // namespace usher::sql
