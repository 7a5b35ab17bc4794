#include "app/userscommand.h"

#include "app/application.h"
#include "app/commandline.h"
#include "connection/whendone.h"
#include "core/i18n.h"
#include "core/userexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>


namespace usher {

namespace {

/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::UsersCommand)
};

const QList<std::pair<QString, SavedView>>& viewNames()
{
    static const QList<std::pair<QString, SavedView>> names{
        {QStringLiteral("all"), SavedView::AllUsers},
        {QStringLiteral("pending"), SavedView::PendingInvitations},
        {QStringLiteral("expired"), SavedView::ExpiredInvitations},
        {QStringLiteral("invited-3-days"), SavedView::InvitedOver3Days},
        {QStringLiteral("inactive-90-days"), SavedView::Inactive90Days},
        {QStringLiteral("disabled"), SavedView::Disabled},
        {QStringLiteral("deleted"), SavedView::Deleted},
    };
    return names;
}

const QList<std::pair<QString, ExportColumn>>& columnNames()
{
    static const QList<std::pair<QString, ExportColumn>> names{
        {QStringLiteral("name"), ExportColumn::Name},         {QStringLiteral("email"), ExportColumn::Email},
        {QStringLiteral("role"), ExportColumn::Role},         {QStringLiteral("status"), ExportColumn::Status},
        {QStringLiteral("source"), ExportColumn::Source},     {QStringLiteral("groups"), ExportColumn::Groups},
        {QStringLiteral("last-seen"), ExportColumn::LastSeen}, {QStringLiteral("joined"), ExportColumn::Joined},
    };
    return names;
}

template<typename T>
QStringList keysOf(const QList<std::pair<QString, T>>& names)
{
    QStringList keys;
    for (const auto& [key, value] : names) {
        keys.append(key);
    }
    return keys;
}

} // namespace

int runUsersCommand(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(app, {});
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Writes the members of a workspace to a CSV file (or - for standard output): everyone, a saved "
                 "view, or a search, in name order. The file comes back through usher csv import unchanged. Exit "
                 "codes: 0 written, 1 stopped, 2 bad input, 3 no connection."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("users export"), Text::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The CSV file to write, or - for standard output."));
    addConnectionOptions(parser);
    parser.addOption({QStringLiteral("view"),
                      Text::tr("Only the people of the saved view <view>: %1.").arg(keysOf(viewNames()).join(
                          QLatin1String(", "))),
                      QStringLiteral("view")});
    parser.addOption({QStringLiteral("search"), Text::tr("Only the people whose name or email contains <text>."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("role"), Text::tr("Only the people with role <role> (admin, manager, …)."),
                      QStringLiteral("role")});
    parser.addOption({QStringLiteral("columns"),
                      Text::tr("The columns to write, comma-separated (default: all): %1.")
                          .arg(keysOf(columnNames()).join(QLatin1String(", "))),
                      QStringLiteral("columns")});
    parser.addOption({QStringLiteral("plain"),
                      Text::tr("Plain data for programs: no apostrophe before fields starting with = + - or @.")});
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 3 || arguments.at(1) != QLatin1String("export")) {
        printLine(stderr, Text::tr("Use: usher users export FILE (or - for standard output)."));
        return ExitBadInput;
    }
    UserExportRequest request;
    request.path = arguments.at(2) == QLatin1String("-") ? arguments.at(2)
                                                          : QDir::current().absoluteFilePath(arguments.at(2));
    request.plainData = parser.isSet(QStringLiteral("plain"));
    std::optional<SavedView> view;
    if (parser.isSet(QStringLiteral("view"))) {
        for (const auto& [key, value] : viewNames()) {
            if (key == parser.value(QStringLiteral("view"))) {
                view = value;
            }
        }
        if (!view) {
            printLine(stderr, Text::tr("Unknown view “%1”; the views are %2.")
                                  .arg(parser.value(QStringLiteral("view")), keysOf(viewNames()).join(
                                                                                  QLatin1String(", "))));
            return ExitBadInput;
        }
    }
    std::optional<Role> role;
    if (parser.isSet(QStringLiteral("role"))) {
        Role parsed = Role::Member;
        if (!roleFromKey(parser.value(QStringLiteral("role")), &parsed)) {
            printLine(stderr, Text::tr("Unknown role “%1”.").arg(parser.value(QStringLiteral("role"))));
            return ExitBadInput;
        }
        role = parsed;
    }
    if (parser.isSet(QStringLiteral("columns"))) {
        request.columns.clear();
        for (const QString& wanted : parser.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool known = false;
            for (const auto& [key, value] : columnNames()) {
                if (key == wanted.trimmed()) {
                    request.columns.append(value);
                    known = true;
                }
            }
            if (!known) {
                printLine(stderr, Text::tr("Unknown column “%1”; the columns are %2.")
                                      .arg(wanted, keysOf(columnNames()).join(QLatin1String(", "))));
                return ExitBadInput;
            }
        }
    }
    QString problem;
    const std::optional<ConnectionProfile> profile = profileFromOptions(parser, &problem);
    if (!profile) {
        printLine(stderr, problem);
        return ExitNoConnection;
    }

    int exitCode = ExitNoConnection;
    auto failed = [&app, &exitCode](const QString& message) {
        printLine(stderr, message);
        exitCode = ExitNoConnection;
        app.exit(exitCode);
    };
    openForCommand(*profile, &app, [&](std::shared_ptr<Backend> backend, const OpenInfo& info) {
        if (!backend->peopleExport()) {
            failed(backend->absence(Backend::Feature::Export));
            return;
        }
        request.filter = view ? savedViewFilter(*view, info.workspaceId, QDateTime::currentDateTimeUtc())
                              : UserFilter{};
        request.filter.workspaceId = info.workspaceId;
        request.filter.search = parser.value(QStringLiteral("search"));
        request.filter.role = role;
        stopOnInterrupt(&request.stop);
        whenDone(backend->peopleExport()->exportUsers(request), &app, [&, backend](const Result<qint64>& written) {
            stopOnInterrupt(nullptr);
            if (!written.ok()) {
                printLine(stderr, written.error().message);
                exitCode = written.error().kind == BackendError::Kind::Refused ? ExitRefused
                    : written.error().kind == BackendError::Kind::Invalid     ? ExitBadInput
                                                                              : ExitNoConnection;
                app.exit(exitCode);
                return;
            }
            printLine(stderr, Text::tr("Exported %n person(s) to %1.", nullptr, int(qMin<qint64>(written.value(), INT_MAX)))
                                  .arg(request.path == QLatin1String("-") ? Text::tr("standard output")
                                                                           : QDir::toNativeSeparators(request.path)));
            exitCode = ExitDone;
            app.exit(exitCode);
        });
    }, failed);
    app.exec();
    return exitCode;
}

} // namespace usher
