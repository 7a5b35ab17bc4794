#pragma once

#include "core/id.h"
#include "core/role.h"
#include "core/status.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace usher {

/// A global identity: one person, one email, whatever workspaces they belong to.
struct Account
{
    Id id;
    QString email;
    QString firstName;
    QString lastName;
    QString displayName;
    QByteArray avatar; ///< PNG bytes, empty when the person has none.
    QDateTime createdAt;
    /// Sign-in: no password is checked before this time (wrong passwords slow sign-in down).
    QDateTime lockedUntil;
    int failedSignIns = 0; ///< Wrong passwords in a row since the last sign-in or unlock.
};

/// An account's place in one workspace: role and status are per workspace.
struct Membership
{
    Id id;
    Id accountId;
    Id workspaceId;
    Role role = Role::Member;
    Status status = Status::Invited;
    Source source = Source::Invite;
    QDateTime joinedAt;
    QDateTime lastSeenAt;
    QDateTime deletedAt;
    Version version; ///< Optimistic locking: changes with every change.
};

/// One row of the users table: an account as seen from one workspace.
struct UserSummary
{
    Id accountId;
    QString displayName;
    QString email;
    Role role = Role::Member;
    Status status = Status::Active;
    Source source = Source::Invite;
    QStringList groups;
    QDateTime lastSeen; ///< Null when the person never signed in.
    QDateTime joined;
    Version version; ///< The membership's version when read, for changes made from this row.
};

/// "Ada Lovelace" from first and last name; family-name-first scripts are the caller's choice.
QString composeDisplayName(const QString& firstName, const QString& lastName);

struct PersonName
{
    QString first;
    QString last;
};
/// First and last name from a whole name, the one way Usher splits names: "Lovelace, Ada"
/// by its comma; otherwise the last name starts at a family-name particle after the first word
/// ("Ada de la Cruz", "Jan van der Berg", "Ada De Vries") or is the last word ("Mary Ann Smith"); one word is a first name.
PersonName splitDisplayName(const QString& name);
/// Up to two letters for an avatar placeholder: "AL" for "Ada Lovelace", "田" for "田中 美咲".
QString initialsOf(const QString& displayName);

} // namespace usher

Q_DECLARE_METATYPE(usher::UserSummary)
