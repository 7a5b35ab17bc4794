#pragma once

#include <QDateTime>
#include <QString>

namespace usher {

/// "just now", "5 minutes ago", "3 days ago", "2 years ago"; "Never" for a null time.
QString relativeTime(const QDateTime& when, const QDateTime& now = QDateTime::currentDateTimeUtc());

/// The one way a date is written in Usher's tables and lists: the locale's short date with
/// the year in full ("05.12.2026", "12/5/2026", "05-12-2026").
QString shortDate(const QDate& date);

/// A moment in local time as the tables write it: shortDate() and the hour ("05.12.2026 14:30").
QString shortDateTime(const QDateTime& when);

/// The full local date and time, in the user's locale, for tooltips and the details panel:
/// "Saturday, 5 December 2026, 14:30" (local time, no seconds, no time zone name).
QString fullDateTime(const QDateTime& when);

} // namespace usher
