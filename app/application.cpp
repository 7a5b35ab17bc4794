#include "app/application.h"

#include "connection/sql/sqlbackend.h"
#include "core/i18n.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QStandardPaths>
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
        "Usher manages an organisation's users and groups: invitations, the signup waitlist, "
        "roles, groups and permissions, bulk CSV work and password help."));
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
    parser.addOption(
        {QStringLiteral("lang"),
         QCoreApplication::translate("usher::Application", "Use <language> (en, nl, de) instead of the system's."),
         QStringLiteral("language")});
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

} // namespace

int runUsher(int argc, char* argv[])
{
    if (wantsTextOnly(argc, argv)) {
        // --help and --version must work without a display.
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        QCommandLineParser parser;
        addOptions(parser);
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

    MainWindow window([](const ConnectionProfile& profile, const QString& password) -> std::unique_ptr<Backend> {
        return std::make_unique<sql::SqlBackend>(profile, password);
    });

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

    window.show();
    if (profile) {
        window.openProfile(*profile, demoCount);
    } else {
        window.openDatabase(QFileInfo(file).absoluteFilePath(), demoCount);
    }
    return app.exec();
}

} // namespace usher
