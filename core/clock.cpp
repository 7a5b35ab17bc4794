#include "core/clock.h"

#include <atomic>

namespace usher::clock {

namespace {
/// A stopped clock's time in ms since 1970, or 0 when it runs.
std::atomic<qint64> stoppedAt{0};
/// Added to the system clock while it runs, in ms.
std::atomic<qint64> offset{0};
} // namespace

QDateTime now()
{
    const qint64 stopped = stoppedAt.load();
    return stopped != 0 ? QDateTime::fromMSecsSinceEpoch(stopped, Qt::UTC)
                        : QDateTime::currentDateTimeUtc().addMSecs(offset.load());
}

qint64 nowSecs()
{
    return now().toSecsSinceEpoch();
}

void freezeForTesting(const QDateTime& at)
{
    stoppedAt.store(qMax<qint64>(1, at.toMSecsSinceEpoch()));
}

void advanceForTesting(qint64 seconds)
{
    if (stoppedAt.load() != 0) {
        stoppedAt.fetch_add(seconds * 1000);
    } else {
        offset.fetch_add(seconds * 1000);
    }
}

void resumeForTesting()
{
    stoppedAt.store(0);
    offset.store(0);
}

} // namespace usher::clock
