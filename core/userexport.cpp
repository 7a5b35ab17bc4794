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

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
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
