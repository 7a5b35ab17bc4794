#pragma once

#include "connection/backend.h"
#include "connection/connectionprofile.h"

#include <functional>
#include <memory>

namespace usher {

/// Makes the backend for a connection profile. The application decides which backend class
/// serves which kind; the UI only ever sees the Backend interface.
using BackendFactory
    = std::function<std::unique_ptr<Backend>(const ConnectionProfile& profile, const QString& password)>;

} // namespace usher
