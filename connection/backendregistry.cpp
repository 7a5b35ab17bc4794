#include "connection/backendregistry.h"

#include "connection/sql/sqlbackend.h"

namespace usher {

std::unique_ptr<Backend> makeBackend(const ConnectionProfile& profile, const QString& password)
{
    switch (profile.kind()) {
    case ConnectionProfile::Kind::Sqlite:
    case ConnectionProfile::Kind::Postgres:
        return std::make_unique<sql::SqlBackend>(profile, password);
    }
    Q_UNREACHABLE();
}

} // namespace usher
