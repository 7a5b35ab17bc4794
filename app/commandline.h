#pragma once

#include "connection/backend.h"
#include "connection/connectionprofile.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class QObject;

namespace usher {

/// Exit codes every command shares: 0 all done, 1 some people or rows refused, 2 bad input
/// (a file, an option), 3 no connection (the database, the keychain, signing in).
enum CommandExit { ExitDone = 0, ExitRefused = 1, ExitBadInput = 2, ExitNoConnection = 3 };

/// Adds --database and --profile, the options that say where a command works.
void addConnectionOptions(QCommandLineParser& parser);
/// The connection --database or --profile names, else the local database; nothing, with
/// `*problem` set, when the profile is unknown or the file is not there.
std::optional<ConnectionProfile> profileFromOptions(const QCommandLineParser& parser, QString* problem);
/// Reads the profile's secret from the keychain where it needs one, makes and opens its
/// backend, and calls `opened` (or `failed` with the reason) on `context`'s thread.
void openForCommand(const ConnectionProfile& profile, QObject* context,
                    std::function<void(std::shared_ptr<Backend>, const OpenInfo&)> opened,
                    std::function<void(const QString&)> failed);
/// The operator a command acts as: `email` identified on a local file, or signed in with the
/// password from USHER_PASSWORD (or typed, unseen, at a terminal) where the backend asks for one.
void operatorForCommand(const std::shared_ptr<Backend>& backend, const OpenInfo& info, const QString& email,
                        QObject* context, std::function<void(const Operator&)> found,
                        std::function<void(const QString&)> failed);
/// Ctrl+C asks `work` to stop between its steps (it still reports what it did); nullptr when
/// the work has ended.
void stopOnInterrupt(const StopToken* work);
/// Prints a line to standard error or output, in the terminal's encoding.
void printLine(std::FILE* stream, const QString& text);

} // namespace usher
