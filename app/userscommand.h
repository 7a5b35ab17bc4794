#pragma once

namespace usher {

/// `usher users export FILE|-`: writes the members a view or filter lists to CSV, for
/// auditors' scripts and cron. Exit codes as CommandExit.
int runUsersCommand(int argc, char* argv[]);

} // namespace usher
