#include "models/timeformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace usher {

namespace {
/// Translation context for the free functions of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::TimeFormat)
};
} // namespace

QString relativeTime(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid()) {
        return Text::tr("Never");
    }
    const qint64 seconds = when.secsTo(now);
    if (seconds < 0) {
        return Text::tr("in the future");
    }
    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    if (seconds < minute) {
        return Text::tr("just now");
    }
    if (seconds < hour) {
        return Text::tr("%n minute(s) ago", nullptr, int(seconds / minute));
    }
    if (seconds < day) {
        return Text::tr("%n hour(s) ago", nullptr, int(seconds / hour));
    }
    if (seconds < 2 * day) {
        return Text::tr("yesterday");
    }
    if (seconds < 45 * day) {
        return Text::tr("%n day(s) ago", nullptr, int(seconds / day));
    }
    if (seconds < 365 * day) {
        return Text::tr("%n month(s) ago", nullptr, int(qMax<qint64>(1, seconds / (30 * day))));
    }
    return Text::tr("%n year(s) ago", nullptr, int(seconds / (365 * day)));
}

QString shortDate(const QDate& date)
{
    if (!date.isValid()) {
        return {};
    }
    // The locale's short date, but never a two-digit year (German's "05.12.26").
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    return QLocale().toString(date, format);
}

QString shortDateTime(const QDateTime& when)
{
    if (!when.isValid()) {
        return {};
    }
    const QDateTime local = when.toLocalTime();
    return Text::tr("%1 %2", "short date, then time").arg(shortDate(local.date()),
                                                          QLocale().toString(local.time(), QLocale::ShortFormat));
}

QString fullDateTime(const QDateTime& when)
{
    if (!when.isValid()) {
        return {};
    }
    const QDateTime local = when.toLocalTime();
    return Text::tr("%1, %2", "long date, then time")
        .arg(QLocale().toString(local.date(), QLocale::LongFormat), QLocale().toString(local.time(), QLocale::ShortFormat));
}

} // namespace usher
