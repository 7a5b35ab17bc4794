#pragma once

// What of a change names a person (U7, U8): the audit log keeps it apart from the change, so
// that renaming someone does not rewrite history and erasing them leaves nothing behind.

#include <QJsonObject>
#include <QString>

namespace usher {

/// Takes the fields of an audit row's before or after that name a person (email, first_name,
/// last_name, display_name) out of `fields`, and answers them.
QJsonObject takePersonalFields(QJsonObject* fields);

/// `fields` with `personal` put back (a row as it was written, when read).
QJsonObject withPersonalFields(QJsonObject fields, const QJsonObject& personal);

/// The name personal fields give: display_name, else the first and last name.
QString personalName(const QJsonObject& personal);

} // namespace usher
