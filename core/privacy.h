#pragma once

// What of a change names a person (U7, U8): the audit log keeps it apart from the change, so
// that renaming someone does not rewrite history and erasing them leaves nothing behind.

#include "core/role.h"
#include "core/status.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace usher {

/// Takes the fields of an audit row's before or after that name a person (email, first_name,
/// last_name, display_name) out of `fields`, and answers them.
QJsonObject takePersonalFields(QJsonObject* fields);

/// `fields` with `personal` put back (a row as it was written, when read).
QJsonObject withPersonalFields(QJsonObject fields, const QJsonObject& personal);

/// The name personal fields give: display_name, else the first and last name.
QString personalName(const QJsonObject& personal);

/// One workspace of a person to be erased, as the operator stands there.
struct ErasureSeat
{
    QString workspaceName;
    Role role = Role::Member; ///< The person's.
    Status status = Status::Active;
    bool operatorIsMember = false;
    Role operatorRole = Role::Member;
    Status operatorStatus = Status::Active;
    qint64 activeAdmins = 0; ///< The workspace's, the person among them or not.
};

/// Why an operator may not erase a person (U7), or nothing: not themselves; an active Admin of
/// every workspace the person belongs to (an erasure reaches all of them); never a workspace's
/// last active Admin; and the request's reference given (what the erasure log keeps).
std::optional<QString> refusalToErase(bool onSelf, const QList<ErasureSeat>& seats, const QString& reference);

/// The stable pseudonym that stands for an erased person in a workspace's audit log: a salted
/// hash (HMAC-SHA-256 under the workspace's secret salt) of their normalised address, as 16 hex
/// digits. The same person erased twice gets the same pseudonym; without the salt it cannot be
/// traced back by hashing known addresses.
QString erasurePseudonym(const QByteArray& salt, const QString& emailKey);

} // namespace usher
