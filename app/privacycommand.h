#pragma once

namespace usher {

/// `usher privacy erase EMAIL --reference REF`: erases a person's personal data (U7) for ticket
/// systems and scripts, asking for confirmation at a terminal unless --yes; prints a JSON
/// summary. Exit codes as CommandExit.
int runPrivacyCommand(int argc, char* argv[]);

} // namespace usher
