#include "core/role.h"

#include "core/enumtable.h"

#include <QCoreApplication>

namespace usher {

namespace {
constexpr detail::EnumInfo<Role> roleTable[] = {
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("usher::Role", "Admin")},
    {Role::Manager, "manager", QT_TRANSLATE_NOOP("usher::Role", "Manager")},
    {Role::Editor, "editor", QT_TRANSLATE_NOOP("usher::Role", "Editor")},
    {Role::Monitor, "monitor", QT_TRANSLATE_NOOP("usher::Role", "Monitor")},
    {Role::Member, "member", QT_TRANSLATE_NOOP("usher::Role", "Member")},
    {Role::Helpdesk, "helpdesk", QT_TRANSLATE_NOOP("usher::Role", "Helpdesk")},
};
} // namespace

QList<Role> allRoles()
{
    return detail::enumValues(roleTable);
}

QString roleKey(Role role)
{
    return QString::fromLatin1(detail::enumInfo(roleTable, role).key);
}

bool roleFromKey(const QString& key, Role* role)
{
    return detail::enumFromKey(roleTable, key, role);
}

QString roleDisplayName(Role role)
{
    return QCoreApplication::translate("usher::Role", detail::enumInfo(roleTable, role).name);
}

const char* roleSourceName(Role role)
{
    return detail::enumInfo(roleTable, role).name;
}

int roleRank(Role role)
{
    switch (role) {
    case Role::Member:
        return 0;
    case Role::Monitor:
    case Role::Helpdesk:
        return 1;
    case Role::Editor:
        return 2;
    case Role::Manager:
        return 3;
    case Role::Admin:
        return 4;
    }
    Q_UNREACHABLE();
}

bool canGrantRole(Role op, Role target)
{
    if (op != Role::Admin && op != Role::Manager) {
        return false;
    }
    return roleRank(target) <= roleRank(op);
}

} // namespace usher
