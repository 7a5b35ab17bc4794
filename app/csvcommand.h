#pragma once

namespace usher {

/// `usher csv check FILE`: reads and checks a user list with no connection, for people who
/// prepare files and for scripts. Exit codes: 0 every row can be imported, 1 some rows are
/// refused, 2 the file or the command line cannot be used.
int runCsvCommand(int argc, char* argv[]);

} // namespace usher
