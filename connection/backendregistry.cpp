#include "connection/backendregistry.h"

#include "connection/scim/scimbackend.h"
#include "connection/sql/sqlbackend.h"

namespace usher {

std::unique_ptr<Backend> makeBackend(const ConnectionProfile& profile, const QString& password)
{
    switch (profile.kind()) {
    case ConnectionProfile::Kind::Sqlite:
    case ConnectionProfile::Kind::Postgres:
        return std::make_unique<sql::SqlBackend>(profile, password);
    case ConnectionProfile::Kind::Scim:
        return std::make_unique<scim::ScimBackend>(profile, password);
    }
    Q_UNREACHABLE();
}

} // namespace usher
