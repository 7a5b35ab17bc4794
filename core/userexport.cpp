#include "core/userexport.h"

#include <QCoreApplication>
#include <QDateTime>

namespace usher {

namespace {
/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::UserExport)
};

/// "2024-05-01T09:30:00Z", as Qt::ISODate writes a UTC time, without its general formatting
/// (a third of an export's own time at a million rows). Days to a civil date as in Howard
/// Hinnant's "chrono-compatible low-level date algorithms".
QString isoUtc(const QDateTime& time)
{
    if (!time.isValid()) {
        return {};
    }
    const qint64 secs = time.toSecsSinceEpoch();
    const qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    const qint64 second = secs - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
        return time.toUTC().toString(Qt::ISODate);
    }
    char text[21];
    auto put = [&text](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, second / 3600, 2);
    text[13] = ':';
    put(14, second / 60 % 60, 2);
    text[16] = ':';
    put(17, second % 60, 2);
    text[19] = 'Z';
    text[20] = '\0';
    return QString::fromLatin1(text, 20);
}
} // namespace

QList<ExportColumn> allExportColumns()
{
    return {ExportColumn::Name,   ExportColumn::Email,  ExportColumn::Role,     ExportColumn::Status,
            ExportColumn::Source, ExportColumn::Groups, ExportColumn::LastSeen, ExportColumn::Joined};
}

QString exportColumnName(ExportColumn column)
{
    switch (column) {
    case ExportColumn::Name:
        return Text::tr("Name");
    case ExportColumn::Email:
        return Text::tr("Email");
    case ExportColumn::Role:
        return Text::tr("Role");
    case ExportColumn::Status:
        return Text::tr("Status");
    case ExportColumn::Source:
        return Text::tr("Source");
    case ExportColumn::Groups:
        return Text::tr("Groups");
    case ExportColumn::LastSeen:
        return Text::tr("Last seen");
    case ExportColumn::Joined:
        return Text::tr("Joined");
    }
    return {};
}

QStringList exportFields(const UserSummary& user, const QList<ExportColumn>& columns)
{
    QStringList fields;
    fields.reserve(columns.size());
    for (const ExportColumn column : columns) {
        switch (column) {
        case ExportColumn::Name:
            fields.append(user.displayName);
            break;
        case ExportColumn::Email:
            fields.append(user.email);
            break;
        case ExportColumn::Role:
            fields.append(roleKey(user.role));
            break;
        case ExportColumn::Status:
            fields.append(statusKey(user.status));
            break;
        case ExportColumn::Source:
            fields.append(sourceKey(user.source));
            break;
        case ExportColumn::Groups:
            fields.append(user.groups.join(QLatin1String("; ")));
            break;
        case ExportColumn::LastSeen:
            fields.append(isoUtc(user.lastSeen));
            break;
        case ExportColumn::Joined:
            fields.append(isoUtc(user.joined));
            break;
        }
    }
    return fields;
}

} // namespace usher
