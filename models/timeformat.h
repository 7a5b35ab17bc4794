#pragma once

#include <QDateTime>
#include <QString>

namespace usher {

/// "just now", "5 minutes ago", "3 days ago", "2 years ago"; "Never" for a null time.
QString relativeTime(const QDateTime& when, const QDateTime& now = QDateTime::currentDateTimeUtc());

/// The full local date and time, in the user's locale, for tooltips.
QString fullDateTime(const QDateTime& when);

} // namespace usher
