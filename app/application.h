#pragma once

#include <QString>

namespace usher {

/// Sets the names QSettings and QStandardPaths use.
void setApplicationIdentity();

/// Runs the desktop application; `argc`/`argv` as given to main().
int runUsher(int argc, char* argv[]);

} // namespace usher
