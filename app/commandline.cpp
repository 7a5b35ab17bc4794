#include "app/commandline.h"

#include "connection/backendregistry.h"
#include "connection/credentialstore.h"
#include "connection/whendone.h"
#include "ui/mainwindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace usher {

namespace {
/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::CommandLine)
};

/// A password typed at the terminal, not echoed; empty when standard input is not a terminal.
QString typedPassword(const QString& prompt)
{
    if (!isatty(STDIN_FILENO)) {
        return {};
    }
    std::fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
    termios before{};
    tcgetattr(STDIN_FILENO, &before);
    termios quiet = before;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char line[1024] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &before);
    std::fprintf(stderr, "\n");
    QString password = read ? QString::fromLocal8Bit(line) : QString();
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r'))) {
        password.chop(1);
    }
    return password;
}
} // namespace

namespace {
const StopToken* interruptible = nullptr;
extern "C" void requestStopOnInterrupt(int)
{
    if (interruptible) {
        interruptible->requestStop();
    }
}
} // namespace

void stopOnInterrupt(const StopToken* work)
{
    interruptible = work;
    std::signal(SIGINT, work ? requestStopOnInterrupt : SIG_DFL);
}

void printLine(std::FILE* stream, const QString& text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
}

void addConnectionOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("database"), Text::tr("The SQLite database <file> (default: the local one)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("profile"),
                      Text::tr("The saved connection <name>; its password comes from the keychain."),
                      QStringLiteral("name")});
}

std::optional<ConnectionProfile> profileFromOptions(const QCommandLineParser& parser, QString* problem)
{
    if (parser.isSet(QStringLiteral("profile"))) {
        const auto saved = ProfileStore().find(parser.value(QStringLiteral("profile")));
        if (!saved) {
            *problem = Text::tr("There is no saved connection named “%1”.").arg(parser.value(QStringLiteral("profile")));
        }
        return saved;
    }
    ConnectionProfile profile = ConnectionProfile::sqliteFile(
        parser.isSet(QStringLiteral("database")) ? QFileInfo(parser.value(QStringLiteral("database"))).absoluteFilePath()
                                                 : MainWindow::localDatabasePath());
    if (!QFileInfo::exists(profile.file()->path)) {
        *problem = Text::tr("There is no database at %1.").arg(profile.displayLocation());
        return std::nullopt;
    }
    return profile;
}

void openForCommand(const ConnectionProfile& profile, QObject* context,
                    std::function<void(std::shared_ptr<Backend>, const OpenInfo&)> opened,
                    std::function<void(const QString&)> failed)
{
    auto open = [profile, context, opened, failed](const QString& password) {
        std::shared_ptr<Backend> backend = makeBackend(profile, password);
        whenDone(backend->open(), context, [backend, opened, failed](const Result<OpenInfo>& result) {
            if (!result.ok()) {
                failed(result.error().message);
                return;
            }
            opened(backend, result.value());
        });
    };
    if (!profile.needsPassword()) {
        open({});
        return;
    }
    auto* store = new CredentialStore(context);
    whenDone(store->read(profile.name), context, [open, failed, store](const Result<QString>& password) {
        store->deleteLater();
        if (!password.ok()) {
            failed(password.error().message);
            return;
        }
        open(password.value());
    });
}

void operatorForCommand(const std::shared_ptr<Backend>& backend, const OpenInfo& info, const QString& email,
                        QObject* context, std::function<void(const Operator&)> found,
                        std::function<void(const QString&)> failed)
{
    if (info.connectedAs) {
        found(*info.connectedAs);
        return;
    }
    OperatorSignIn* signIn = backend->operatorSignIn();
    if (!signIn) {
        failed(backend->absence(Backend::Feature::OperatorSignIn));
        return;
    }
    if (email.isEmpty()) {
        failed(Text::tr("Say who you are with --as EMAIL: changes are made, checked and audited as a member of "
                        "the workspace."));
        return;
    }
    auto answer = [backend, found, failed](const Result<Operator>& op) {
        if (!op.ok()) {
            failed(op.error().message);
            return;
        }
        found(op.value());
    };
    if (!signIn->requiresSignIn()) {
        whenDone(signIn->identify(info.workspaceId, email), context, answer);
        return;
    }
    QString password = qEnvironmentVariable("USHER_PASSWORD");
    if (password.isEmpty()) {
        password = typedPassword(Text::tr("Password for %1: ").arg(email));
    }
    if (password.isEmpty()) {
        failed(Text::tr("%1 signs in with a password: set USHER_PASSWORD or run the command at a terminal.")
                   .arg(backend->location()));
        return;
    }
    whenDone(signIn->signIn(info.workspaceId, email, password), context, answer);
}

} // namespace usher
