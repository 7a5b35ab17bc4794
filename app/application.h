#pragma once

#include <QString>

namespace usher {

/// Sets the names QSettings and QStandardPaths use.
void setApplicationIdentity();

/// The SQLite file opened when no other is chosen, in the user's data folder.
QString defaultDatabasePath();

/// Runs the desktop application; `argc`/`argv` as given to main().
int runUsher(int argc, char* argv[]);

} // namespace usher
