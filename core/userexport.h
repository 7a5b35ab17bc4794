#pragma once

#include "core/account.h"
#include "core/stoptoken.h"
#include "core/userquery.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace usher {

/// A column of a users export (B3).
enum class ExportColumn { Name, Email, Role, Status, Source, Groups, LastSeen, Joined };

/// Every column, in the order an export writes them.
QList<ExportColumn> allExportColumns();
/// The column's header ("Email", "Last seen"), in the language Usher runs in.
QString exportColumnName(ExportColumn column);
/// One member's fields for `columns`, written so a file can come back through the import:
/// roles, statuses and sources as their keys ("admin"), groups joined by "; ", times in
/// ISO 8601 UTC (empty when never).
QStringList exportFields(const UserSummary& user, const QList<ExportColumn>& columns);

/// An export of the members a filter lists (everyone, the view on screen, or the selection:
/// UserFilter::accountIds), streamed to a file in the listing's order.
struct UserExportRequest
{
    UserFilter filter;
    UserSort sort;
    QList<ExportColumn> columns = allExportColumns();
    /// For machine consumers: fields as they are. Otherwise a field a spreadsheet would run as a
    /// formula gets an apostrophe (core/csv.h).
    bool plainData = false;
    /// Written all at once or not at all; "-" is standard output (written as it goes).
    QString path;
    StopToken stop;
};

} // namespace usher
