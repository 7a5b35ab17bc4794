#pragma once

#include <QList>
#include <QString>

namespace usher {

/// A membership's lifecycle state in one workspace.
enum class Status { Invited, Active, Disabled, Deleted };

/// How a member came to the workspace.
enum class Source { DirectorySync, Signup, Sso, Invite, Import, Manual };

QList<Status> allStatuses();
QString statusKey(Status status);
bool statusFromKey(const QString& key, Status* status);
QString statusDisplayName(Status status);

QList<Source> allSources();
QString sourceKey(Source source);
bool sourceFromKey(const QString& key, Source* source);
QString sourceDisplayName(Source source);

} // namespace usher
