#pragma once

#include <QDateTime>

namespace usher::clock {

/// "Now" in UTC, for every rule that depends on the time: invitation expiry, the sign-in
/// delay after failures, the recovery window of deleted members, mail retries. The
/// application reads the system clock; a test stops or moves it instead of sleeping or
/// rewriting times in the database. Safe to read from any thread.
QDateTime now();
/// now() in whole seconds since 1970, as the databases store times.
qint64 nowSecs();

/// For tests: stops the clock at `at` (UTC) until resumed; moving it on is advance().
void freezeForTesting(const QDateTime& at);
/// For tests: moves the clock on (a stopped one stays stopped, at the later time).
void advanceForTesting(qint64 seconds);
/// For tests: back to the system clock.
void resumeForTesting();

} // namespace usher::clock
