#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace usher {

/// Calls `handler(result)` on `context`'s thread once `future` has finished. The call is
/// always queued, never made from inside whenDone() itself, even when the future has
/// finished already, so callers can connect their signals afterwards without a race.
/// Nothing is called when the future was cancelled or `context` was destroyed first.
template<typename T, typename Handler> void whenDone(const QFuture<T>& future, QObject* context, Handler&& handler)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::forward<Handler>(handler)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (!done.isCanceled() && done.resultCount() > 0) {
                             handler(done.result());
                         }
                     });
    watcher->setFuture(future);
}

/// Requests of which only the latest answer counts: a search typed on, another member chosen, a
/// filter changed. Each request (or batch of them) takes a ticket; an answer is used only while
/// its ticket is current.
class Latest
{
public:
    /// A new request: answers to every earlier one are stale from now on.
    quint64 next() { return ++m_ticket; }
    /// The ticket of the requests made since the last next().
    quint64 current() const { return m_ticket; }
    bool isCurrent(quint64 ticket) const { return ticket == m_ticket; }

private:
    quint64 m_ticket = 0;
};

/// whenDone() for an answer that counts only while `ticket` is `latest`'s current one.
/// `latest` belongs to `context`, so it lives as long as the answer can be delivered.
template<typename T, typename Handler>
void whenCurrent(const QFuture<T>& future, QObject* context, const Latest& latest, quint64 ticket, Handler&& handler)
{
    whenDone(future, context, [&latest, ticket, handler = std::forward<Handler>(handler)](const T& value) mutable {
        if (latest.isCurrent(ticket)) {
            handler(value);
        }
    });
}

} // namespace usher
