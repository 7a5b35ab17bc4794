#pragma once

#include <QList>
#include <QString>

namespace usher {

/// A member's role in one workspace. Admin > Manager > Editor > Monitor > Member form a chain;
/// Helpdesk stands beside it (view users, password help, resend invitations).
enum class Role { Member, Monitor, Editor, Manager, Admin, Helpdesk };

/// Every role, from the most to the least powerful, Helpdesk last: the order menus show.
QList<Role> allRoles();

/// Stable key stored in databases and CSV files ("admin"); never translated.
QString roleKey(Role role);
/// Parses a key case-insensitively; returns false for anything unknown.
bool roleFromKey(const QString& key, Role* role);
/// Translated name for people ("Admin", "Beheerder").
QString roleDisplayName(Role role);
/// The untranslated name (context "usher::Role"), for text in another language than the screen's.
const char* roleSourceName(Role role);

/// Position in the chain: Member 0 … Admin 4. Helpdesk ranks with Monitor: it may view,
/// but it may not grant or change roles.
int roleRank(Role role);
/// True when an operator with role `op` may give someone role `target`: only Managers and
/// Admins grant roles, and nobody grants a role above their own.
bool canGrantRole(Role op, Role target);

} // namespace usher
