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

} // namespace usher
