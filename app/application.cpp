#include "app/application.h"

#include "app/commandline.h"
#include "app/csvcommand.h"
#include "app/firstpaint.h"
#include "app/privacycommand.h"
#include "app/synccommand.h"
#include "app/userscommand.h"
#include "connection/credentialstore.h"
#include "connection/backendregistry.h"
#include "connection/whendone.h"
#include "core/i18n.h"
#include "ui/csv/workbenchwindow.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace usher {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Usher"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("usher.example"));
    QCoreApplication::setApplicationName(QStringLiteral("Usher"));
    QCoreApplication::setApplicationVersion(QStringLiteral(USHER_VERSION));
}

namespace {

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "usher::Application",
        "Usher manages an organisation's users and groups: members and their roles, groups and "
        "permissions, invitations, the signup waitlist and the audit log."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("database"),
         QCoreApplication::translate("usher::Application", "Open the SQLite database <file> (created if missing)."),
         QStringLiteral("file")});
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("usher::Application", "Open the saved connection <name>."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("usher::Application",
                                                  "Load <count> sample people when the database has no members yet."),
                      QStringLiteral("count")});
    parser.addOption({QStringLiteral("as"),
                      QCoreApplication::translate("usher::Application",
                                                  "Work as the member \"<name> <email>\" of a local database; on a "
                                                  "new one, become its first Admin."),
                      QStringLiteral("person")});
    parser.addOption(
        {QStringLiteral("lang"),
         QCoreApplication::translate("usher::Application", "Use <language> (en, nl, de) instead of the system's."),
         QStringLiteral("language")});
    parser.addOption({QStringLiteral("report-first-paint"),
                      QCoreApplication::translate("usher::Application",
                                                  "Diagnostics: print \"first-paint <ms>\" once the users table "
                                                  "shows its first page, then quit (for the benchmark).")});
}

/// `usher purge-expired [--database <file> | --profile <name>]`: purges members deleted more
/// than the recovery window ago, for cron. Prints how many; exit code 0 on success.
int runPurge(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(app, {});
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "usher::Application", "Purges members deleted more than %n day(s) ago, with everything that belongs only "
                              "to them. For cron; Usher also does it each time it connects.",
        nullptr, recoveryDays));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("purge-expired"), QString());
    addConnectionOptions(parser);
    parser.process(app);

    auto fail = [&app](const QString& message) {
        printLine(stderr, message);
        app.exit(1);
    };
    QString problem;
    const std::optional<ConnectionProfile> profile = profileFromOptions(parser, &problem);
    if (!profile) {
        printLine(stderr, problem);
        return 1;
    }
    int exitCode = 1;
    openForCommand(*profile, &app, [&](std::shared_ptr<Backend> backend, const OpenInfo&) {
        if (!backend->maintenance()) {
            fail(backend->absence(Backend::Feature::Maintenance));
            return;
        }
        whenDone(backend->maintenance()->purgeExpired(QDateTime::currentDateTimeUtc()), &app,
                 [&, backend](const Result<qint64>& purged) {
                     if (!purged.ok()) {
                         fail(purged.error().message);
                         return;
                     }
                     std::printf("%s\n", qPrintable(QCoreApplication::translate("usher::Application",
                                                                                 "%1: purged %n member(s).", nullptr,
                                                                                 int(purged.value()))
                                                         .arg(profile->location())));
                     exitCode = 0;
                     app.exit(0);
                 });
    }, fail);
    app.exec();
    return exitCode;
}

/// The subcommands, for --help (QCommandLineParser has no section for them).
QString commandsHelp()
{
    return QStringLiteral("\n%1\n  %2\n  %3\n  %4\n")
        .arg(QCoreApplication::translate("usher::Application", "Commands:"),
             QCoreApplication::translate("usher::Application",
                                         "purge-expired  Purge members deleted more than %n day(s) ago, for cron "
                                         "(usher purge-expired --help).",
                                         nullptr, recoveryDays),
             QCoreApplication::translate("usher::Application",
                                         "csv check      Check a list of people (CSV): its format, its columns and "
                                         "every row; needs no connection (usher csv --help).\n"
                                         "  csv import     Import a list of people: invite the new, update the "
                                         "members (usher csv --help).\n"
                                         "  csv edit       Prepare or fix a list of people in the workbench, with "
                                         "no connection (usher csv edit [FILE…]).\n"
                                         "  users export   Write the members, a view or a search to CSV (usher "
                                         "users --help)."),
             QCoreApplication::translate("usher::Application",
                                         "privacy erase  Erase everything held about a person who asks (GDPR; usher "
                                         "privacy --help).")
                 + QStringLiteral("\n  ")
                 + QCoreApplication::translate("usher::Application",
                                               "privacy export Write everything held about a person to a ZIP file (GDPR; "
                                               "usher privacy --help).")
                 + QStringLiteral("\n  ")
                 + QCoreApplication::translate("usher::Application",
                                               "sync           Sync people and groups from the workspace's LDAP directory, "
                                               "for cron (usher sync --help)."));
}

bool wantsTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0) {
                return true;
            }
        }
    }
    return false;
}

/// `usher csv edit [FILE…]`: the workbench alone, with no connection (it never opens one).
int runWorkbench(int argc, char* argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/resources/icons/usher.svg")));
    QApplication::setDesktopFileName(QStringLiteral("usher"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("usher::Application",
                                                  "Use <language> (en, nl, de) instead of the system's."),
                      QStringLiteral("language")});
    parser.parse(QCoreApplication::arguments());
    installTranslations(app, parser.value(QStringLiteral("lang")));
    auto* window = new WorkbenchWindow();
    window->show();
    const QStringList files = parser.positionalArguments().mid(2); // after "csv edit"
    for (const QString& file : files) {
        window->openFile(file);
    }
    WorkbenchWindow::offerRecovery(window, [window] { window->recover(); });
    return app.exec();
}

} // namespace

int runUsher(int argc, char* argv[])
{
    QElapsedTimer started; // for --report-first-paint
    started.start();
    if (argc > 1 && std::strcmp(argv[1], "purge-expired") == 0) {
        return runPurge(argc, argv);
    }
    if (argc > 2 && std::strcmp(argv[1], "csv") == 0 && std::strcmp(argv[2], "edit") == 0 && !wantsTextOnly(argc, argv)) {
        return runWorkbench(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "csv") == 0) {
        return runCsvCommand(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "users") == 0) {
        return runUsersCommand(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "privacy") == 0) {
        return runPrivacyCommand(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "sync") == 0) {
        return runSyncCommand(argc, argv);
    }
    if (wantsTextOnly(argc, argv)) {
        // --help and --version must work without a display.
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        {
            QCommandLineParser early;
            addOptions(early);
            early.parse(QCoreApplication::arguments());
            installTranslations(app, early.value(QStringLiteral("lang")));
        }
        QCommandLineParser parser;
        addOptions(parser);
        if (parser.parse(QCoreApplication::arguments()) && parser.isSet(QStringLiteral("help"))
            && !parser.isSet(QStringLiteral("help-all"))) {
            std::printf("%s%s", qPrintable(parser.helpText()), qPrintable(commandsHelp()));
            return 0;
        }
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/resources/icons/usher.svg")));
    QApplication::setDesktopFileName(QStringLiteral("usher"));

    QCommandLineParser parser;
    {
        // Parse once for --lang so the help text and everything after it are translated.
        QCommandLineParser early;
        addOptions(early);
        early.parse(QCoreApplication::arguments());
        installTranslations(app, early.value(QStringLiteral("lang")));
    }
    addOptions(parser);
    parser.process(app);

    int demoCount = 0;
    if (parser.isSet(QStringLiteral("demo"))) {
        bool ok = false;
        demoCount = parser.value(QStringLiteral("demo")).toInt(&ok);
        if (!ok || demoCount <= 0 || demoCount > 10'000'000) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "usher::Application", "--demo needs a number of people between 1 and 10000000.")));
            return 2;
        }
    }

    MainWindow window(&makeBackend);

    // Which database: --database, else --profile, else the profile used last, else the file
    // opened last, else the local database.
    const ProfileStore profiles;
    std::optional<ConnectionProfile> profile;
    QString file = parser.value(QStringLiteral("database"));
    if (file.isEmpty() && parser.isSet(QStringLiteral("profile"))) {
        profile = profiles.find(parser.value(QStringLiteral("profile")));
        if (!profile) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("usher::Application", "There is no saved connection "
                                                                                      "named “%1”.")
                                        .arg(parser.value(QStringLiteral("profile")))));
            return 2;
        }
    }
    if (file.isEmpty() && !profile && !profiles.lastUsed().isEmpty()) {
        profile = profiles.find(profiles.lastUsed());
    }
    if (file.isEmpty() && !profile) {
        const QString last = QSettings().value(QStringLiteral("database/last")).toString();
        file = !last.isEmpty() && QFileInfo::exists(last) ? last : MainWindow::localDatabasePath();
    }

    if (parser.isSet(QStringLiteral("as"))) {
        // "Ada Lovelace <ada@example.org>", or just the address.
        const QString person = parser.value(QStringLiteral("as")).trimmed();
        const int open = person.lastIndexOf(QLatin1Char('<'));
        const bool named = open >= 0 && person.endsWith(QLatin1Char('>'));
        window.setOperatorHint(named ? person.left(open).trimmed() : QString(),
                               named ? person.mid(open + 1, person.size() - open - 2) : person);
    }

    if (parser.isSet(QStringLiteral("report-first-paint"))) {
        new FirstPaintReporter(&window, started, &window);
    }
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::offerUnsavedLists);
    if (profile) {
        window.openProfile(*profile, demoCount);
    } else {
        window.openDatabase(QFileInfo(file).absoluteFilePath(), demoCount);
    }
    return app.exec();
}

} // namespace usher
