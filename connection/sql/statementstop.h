#pragma once

#include <QMutex>
#include <QSqlDatabase>

#include <functional>
#include <memory>

struct pg_cancel;
struct sqlite3;

namespace usher::sql {

/// Stops a statement while it runs when nobody waits for its answer any more: a count whose
/// search was typed on. The worker marks the statement it runs with a ticket (Running); from
/// then until it ends, stop(ticket) from any thread stops that statement and no other.
/// SQLite: a progress handler asks `stopped` every few thousand steps. PostgreSQL: libpq's
/// cancel request, sent by stop(); a request that arrives once the statement has ended finds
/// the server between statements, where it is ignored.
class StatementStop
{
public:
    class Running
    {
    public:
        /// On the connection's own thread, right before the statement runs.
        Running(StatementStop& stop, const QSqlDatabase& db, quint64 ticket, std::function<bool()> stopped);
        ~Running();
        Running(const Running&) = delete;
        Running& operator=(const Running&) = delete;

    private:
        StatementStop& m_stop;
        ::sqlite3* m_sqlite = nullptr;
        std::function<bool()> m_stopped;
    };

    /// From any thread: stops `ticket`'s statement if it is running; nothing otherwise. It
    /// may wait for the server to take the request (never call it on the GUI thread).
    void stop(quint64 ticket);

private:
    QMutex m_mutex;
    quint64 m_ticket = 0;
    pg_cancel* m_cancel = nullptr;
};

} // namespace usher::sql
