#include "connection/backend.h"

#include <QCoreApplication>

namespace usher {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::Backend)
};
} // namespace

bool Backend::offers(Feature feature)
{
    switch (feature) {
    case Feature::Members:
        return members() != nullptr;
    case Feature::Groups:
        return groups() != nullptr;
    case Feature::Invitations:
        return invitations() != nullptr;
    case Feature::Outbox:
        return outbox() != nullptr;
    case Feature::AuditLog:
        return auditLog() != nullptr;
    case Feature::OperatorSignIn:
        return operatorSignIn() != nullptr;
    case Feature::PasswordHelp:
        return passwordHelp() != nullptr;
    case Feature::Maintenance:
        return maintenance() != nullptr;
    case Feature::Import:
        return peopleImport() != nullptr;
    case Feature::Export:
        return peopleExport() != nullptr;
    case Feature::PersonalData:
        return personalData() != nullptr;
    case Feature::DirectorySync:
        return directorySync() != nullptr;
    }
    Q_UNREACHABLE();
}

QString Backend::absence(Feature feature) const
{
    const QString kind = kindName();
    switch (feature) {
    case Feature::Members:
        return Text::tr("A %1 connection does not list members.").arg(kind);
    case Feature::Groups:
        return Text::tr("A %1 connection has no groups.").arg(kind);
    case Feature::Invitations:
        return Text::tr("A %1 connection does not send invitations.").arg(kind);
    case Feature::Outbox:
        return Text::tr("A %1 connection does not send mail.").arg(kind);
    case Feature::AuditLog:
        return Text::tr("A %1 connection keeps no audit log.").arg(kind);
    case Feature::OperatorSignIn:
        return Text::tr("A %1 connection signs you in when it connects.").arg(kind);
    case Feature::PasswordHelp:
        return Text::tr("A %1 connection cannot unlock sign-ins or reset passwords.").arg(kind);
    case Feature::Maintenance:
        return Text::tr("A %1 connection is looked after elsewhere.").arg(kind);
    case Feature::Import:
        return Text::tr("A %1 connection cannot import lists of people.").arg(kind);
    case Feature::Export:
        return Text::tr("A %1 connection cannot export its members.").arg(kind);
    case Feature::PersonalData:
        return Text::tr("A %1 connection cannot erase someone's personal data.").arg(kind);
    case Feature::DirectorySync:
        return Text::tr("A %1 connection does not sync people from a directory.").arg(kind);
    }
    Q_UNREACHABLE();
}

} // namespace usher
