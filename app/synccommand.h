#pragma once

namespace usher {

/// `usher sync [--dry-run]`: reads the workspace's directory and syncs its people and groups
/// (G5), for cron; prints a JSON report. A sync that would disable more people than the
/// workspace's threshold stops unless --confirm-disables says how many may be. Exit codes as
/// CommandExit.
int runSyncCommand(int argc, char* argv[]);

} // namespace usher
