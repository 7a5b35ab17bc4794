#include "core/status.h"

#include "core/enumtable.h"

#include <QCoreApplication>

namespace usher {

namespace {
constexpr detail::EnumInfo<Status> statusTable[] = {
    {Status::Active, "active", QT_TRANSLATE_NOOP("usher::Status", "Active")},
    {Status::Invited, "invited", QT_TRANSLATE_NOOP("usher::Status", "Invited")},
    {Status::Disabled, "disabled", QT_TRANSLATE_NOOP("usher::Status", "Disabled")},
    {Status::Deleted, "deleted", QT_TRANSLATE_NOOP("usher::Status", "Deleted")},
};

constexpr detail::EnumInfo<Source> sourceTable[] = {
    {Source::Invite, "invite", QT_TRANSLATE_NOOP("usher::Source", "Invitation")},
    {Source::Signup, "signup", QT_TRANSLATE_NOOP("usher::Source", "Signup")},
    {Source::Sso, "sso", QT_TRANSLATE_NOOP("usher::Source", "SSO")},
    {Source::DirectorySync, "directory", QT_TRANSLATE_NOOP("usher::Source", "Directory sync")},
    {Source::Import, "import", QT_TRANSLATE_NOOP("usher::Source", "CSV import")},
    {Source::Manual, "manual", QT_TRANSLATE_NOOP("usher::Source", "Added by an admin")},
};
} // namespace

QList<Status> allStatuses()
{
    return detail::enumValues(statusTable);
}

QString statusKey(Status status)
{
    return QString::fromLatin1(detail::enumInfo(statusTable, status).key);
}

bool statusFromKey(const QString& key, Status* status)
{
    return detail::enumFromKey(statusTable, key, status);
}

QString statusDisplayName(Status status)
{
    return QCoreApplication::translate("usher::Status", detail::enumInfo(statusTable, status).name);
}

QList<Source> allSources()
{
    return detail::enumValues(sourceTable);
}

QString sourceKey(Source source)
{
    return QString::fromLatin1(detail::enumInfo(sourceTable, source).key);
}

bool sourceFromKey(const QString& key, Source* source)
{
    return detail::enumFromKey(sourceTable, key, source);
}

QString sourceDisplayName(Source source)
{
    return QCoreApplication::translate("usher::Source", detail::enumInfo(sourceTable, source).name);
}

} // namespace usher
