#pragma once

#include "connection/backend.h"
#include "connection/connectionprofile.h"

#include <memory>

namespace usher {

/// The one place that knows which backend serves which kind of connection profile: the
/// application and the command line ask here, never for a backend class by name. A new kind
/// of backend is added here and in ConnectionProfile::Kind.
std::unique_ptr<Backend> makeBackend(const ConnectionProfile& profile, const QString& password);

} // namespace usher
