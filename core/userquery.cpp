#include "core/userquery.h"

namespace usher {

bool UserFilter::operator==(const UserFilter& other) const
{
    return workspaceId == other.workspaceId && search == other.search && status == other.status;
}

QString normalizedSearch(const QString& text)
{
    return text.simplified();
}

} // namespace usher
