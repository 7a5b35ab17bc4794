#include "app/csvcommand.h"

#include "app/application.h"
#include "app/commandline.h"
#include "connection/whendone.h"
#include "core/i18n.h"
#include "core/userlist.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace usher {

namespace {

/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::CsvCommand)
};

constexpr int Ready = ExitDone;
constexpr int RowsRefused = ExitRefused;
constexpr int BadInput = ExitBadInput;

std::optional<CsvEncoding> encodingFromName(const QString& name)
{
    const QString key = name.toLower().remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    if (key == QLatin1String("utf8")) {
        return CsvEncoding::Utf8;
    }
    if (key == QLatin1String("utf16le") || key == QLatin1String("utf16")) {
        return CsvEncoding::Utf16LE;
    }
    if (key == QLatin1String("utf16be")) {
        return CsvEncoding::Utf16BE;
    }
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252") || key == QLatin1String("latin1")
        || key == QLatin1String("iso88591")) {
        return CsvEncoding::Windows1252;
    }
    return std::nullopt;
}

std::optional<QChar> delimiterFromName(const QString& name)
{
    if (name == QLatin1String("tab") || name == QLatin1String("\\t")) {
        return QLatin1Char('\t');
    }
    if (name.size() == 1 && csvDelimiters().contains(name.at(0))) {
        return name.at(0);
    }
    return std::nullopt;
}

QString columnName(const QStringList& header, int column)
{
    return column >= 0 && column < header.size() ? header.at(column).trimmed() : QString();
}

bool csvOptionsFrom(const QCommandLineParser& parser, CsvOptions* out)
{
    if (parser.isSet(QStringLiteral("encoding"))) {
        out->encoding = encodingFromName(parser.value(QStringLiteral("encoding")));
        if (!out->encoding) {
            printLine(stderr, Text::tr("Unknown encoding “%1”; use utf-8, utf-16le, utf-16be or windows-1252.")
                                  .arg(parser.value(QStringLiteral("encoding"))));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("delimiter"))) {
        out->delimiter = delimiterFromName(parser.value(QStringLiteral("delimiter")));
        if (!out->delimiter) {
            printLine(stderr, Text::tr("Unknown delimiter “%1”; use , ; | or tab.")
                                  .arg(parser.value(QStringLiteral("delimiter"))));
            return false;
        }
    }
    return true;
}

bool openInput(const QString& path, QFile* file)
{
    const bool opened = path == QLatin1String("-") ? file->open(stdin, QIODevice::ReadOnly)
                                                   : (file->setFileName(path), file->open(QIODevice::ReadOnly));
    if (!opened) {
        printLine(stderr, Text::tr("“%1” cannot be read: %2").arg(path, file->errorString()));
    }
    return opened;
}

int checkFile(QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 3) {
        printLine(stderr, Text::tr("Name one file: usher csv check FILE (or - for standard input)."));
        return BadInput;
    }
    CsvOptions options;
    if (!csvOptionsFrom(parser, &options)) {
        return BadInput;
    }
    const QString path = arguments.at(2);
    QFile file;
    if (!openInput(path, &file)) {
        return BadInput;
    }
    const bool json = parser.isSet(QStringLiteral("json"));

    QJsonArray refusedRows;
    const UserListSummary summary = readUserList(&file, options, [&](const UserListRow& row,
                                                                     const UserListSummary& sofar) {
        const QStringList& header = sofar.header;
        if (row.ok()) {
            return true;
        }
        if (json) {
            QJsonArray problems;
            for (const CellProblem& problem : row.problems) {
                problems.append(QJsonObject{{QStringLiteral("column"), columnName(header, problem.column)},
                                            {QStringLiteral("message"), problem.message}});
            }
            refusedRows.append(QJsonObject{{QStringLiteral("line"), row.line},
                                           {QStringLiteral("email"), row.email},
                                           {QStringLiteral("problems"), problems}});
        } else {
            printLine(stdout, Text::tr("Line %1: %2").arg(row.line).arg(row.problemText(header)));
        }
        return true;
    });

    QStringList ignoredPasswords;
    for (int i = 0; i < summary.mapping.columns.size(); ++i) {
        if (summary.mapping.columns.at(i) == UserColumn::Password) {
            ignoredPasswords.append(columnName(summary.header, i));
        }
    }
    const int exitCode = !summary.readable() ? BadInput : summary.refused > 0 ? RowsRefused : Ready;
    const QString fatal = summary.fatal ? summary.fatal->text() : QString();

    if (json) {
        QJsonObject columns;
        for (int i = 0; i < summary.mapping.columns.size(); ++i) {
            if (summary.mapping.columns.at(i) != UserColumn::Ignored) {
                columns.insert(columnName(summary.header, i), userColumnName(summary.mapping.columns.at(i)));
            }
        }
        QJsonObject out{{QStringLiteral("file"), path},
                        {QStringLiteral("encoding"), csvEncodingName(summary.dialect.encoding)},
                        {QStringLiteral("delimiter"), QString(summary.dialect.delimiter)},
                        {QStringLiteral("format"), summary.mapping.format},
                        {QStringLiteral("columns"), columns},
                        {QStringLiteral("ignoredPasswordColumns"), QJsonArray::fromStringList(ignoredPasswords)},
                        {QStringLiteral("rows"), summary.rows},
                        {QStringLiteral("ready"), summary.rows - summary.refused},
                        {QStringLiteral("refused"), summary.refused},
                        {QStringLiteral("refusedRows"), refusedRows},
                        {QStringLiteral("exitCode"), exitCode}};
        if (!summary.problem.isEmpty() || summary.fatal) {
            QJsonObject error{{QStringLiteral("message"), summary.fatal ? summary.fatal->message : summary.problem}};
            if (summary.fatal) {
                error.insert(QStringLiteral("line"), summary.fatal->at.line);
                error.insert(QStringLiteral("column"), summary.fatal->at.column);
            }
            out.insert(QStringLiteral("error"), error);
        }
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
        return exitCode;
    }

    const QString format = summary.mapping.format.isEmpty()
        ? QString()
        : Text::tr(", columns of %1").arg(summary.mapping.format);
    printLine(stderr, Text::tr("%1: %2, %3%4.")
                          .arg(path == QLatin1String("-") ? Text::tr("standard input") : path,
                               csvEncodingName(summary.dialect.encoding), csvDelimiterName(summary.dialect.delimiter),
                               format));
    for (const QString& column : std::as_const(ignoredPasswords)) {
        printLine(stderr, Text::tr("The column “%1” is not imported: Usher never imports passwords; people choose "
                                   "their own when they accept their invitation.")
                              .arg(column));
    }
    if (summary.fatal) {
        printLine(stderr, fatal);
    } else if (!summary.problem.isEmpty()) {
        printLine(stderr, summary.problem);
    }
    printLine(summary.readable() ? stdout : stderr,
              Text::tr("%n row(s) read: %1 ready to import, %2 refused.", nullptr, int(summary.rows))
                  .arg(summary.rows - summary.refused)
                  .arg(summary.refused));
    return exitCode;
}

QString importMessage(const ImportOutcome& outcome)
{
    QString text = Text::tr("Line %1: %2").arg(outcome.line).arg(outcome.email.isEmpty() ? QStringLiteral("—")
                                                                                           : outcome.email);
    return outcome.why.isEmpty() ? text : Text::tr("%1: %2").arg(text, outcome.why);
}

/// `usher csv import FILE`: reads and checks the file, connects, and imports it as the
/// operator --as names, reporting each row that was not imported and a summary.
int importFile(QCoreApplication& app, QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 3) {
        printLine(stderr, Text::tr("Name one file: usher csv import FILE (or - for standard input)."));
        return BadInput;
    }
    CsvOptions options;
    if (!csvOptionsFrom(parser, &options)) {
        return BadInput;
    }
    QString problem;
    const std::optional<ConnectionProfile> profile = profileFromOptions(parser, &problem);
    if (!profile) {
        printLine(stderr, problem);
        return ExitNoConnection;
    }
    const QString path = arguments.at(2);
    QFile file;
    if (!openInput(path, &file)) {
        return BadInput;
    }
    ImportRequest request;
    const UserListSummary summary = readUserList(&file, options, [&request](const UserListRow& row, const auto&) {
        request.rows.append(row);
        return true;
    });
    if (!summary.readable()) {
        printLine(stderr, summary.fatal ? summary.fatal->text() : summary.problem);
        return BadInput;
    }
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    request.mode = parser.isSet(QStringLiteral("all-or-nothing")) ? ImportMode::AllOrNothing
                                                                   : ImportMode::EachOnItsOwn;
    request.createGroups = parser.isSet(QStringLiteral("create-groups"));
    request.sendMail = !parser.isSet(QStringLiteral("no-mail"));
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool terminal = isatty(STDERR_FILENO);

    int exitCode = ExitNoConnection;
    auto noConnection = [&app, &exitCode](const QString& message) {
        printLine(stderr, message);
        exitCode = ExitNoConnection;
        app.exit(exitCode);
    };
    QFutureWatcher<Result<QList<ImportOutcome>>> watcher;
    if (terminal) {
        QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, &app, [&request](int done) {
            std::fprintf(stderr, "\r%s", qPrintable(Text::tr("%1 of %2 rows…").arg(done).arg(request.rows.size())));
        });
    }
    openForCommand(*profile, &app, [&](std::shared_ptr<Backend> backend, const OpenInfo& info) {
        if (!backend->peopleImport()) {
            noConnection(backend->absence(Backend::Feature::Import));
            return;
        }
        operatorForCommand(backend, info, parser.value(QStringLiteral("as")), &app, [&, backend](const Operator& op) {
            stopOnInterrupt(&request.stop);
            watcher.setFuture(backend->peopleImport()->importPeople(op, request));
            whenDone(watcher.future(), &app, [&, backend](const Result<QList<ImportOutcome>>& result) {
                stopOnInterrupt(nullptr);
                if (terminal) {
                    std::fprintf(stderr, "\n");
                }
                if (!result.ok()) {
                    printLine(stderr, result.error().message);
                    exitCode = result.error().kind == BackendError::Kind::Refused ? ExitRefused : ExitNoConnection;
                    app.exit(exitCode);
                    return;
                }
                qint64 counts[4] = {0, 0, 0, 0}; // invited, updated, unchanged, refused
                qint64 notReached = 0;
                QJsonArray rows;
                for (const ImportOutcome& outcome : result.value()) {
                    if (outcome.notReached) {
                        ++notReached;
                    } else if (!outcome.done) {
                        ++counts[3];
                    } else {
                        ++counts[int(outcome.change)];
                    }
                    if (json) {
                        rows.append(QJsonObject{{QStringLiteral("line"), outcome.line},
                                                {QStringLiteral("email"), outcome.email},
                                                {QStringLiteral("outcome"), importChangeName(outcome, request.dryRun)},
                                                {QStringLiteral("done"), outcome.done},
                                                {QStringLiteral("changes"), QJsonArray::fromStringList(outcome.changes)},
                                                {QStringLiteral("why"), outcome.why}});
                    } else if (!outcome.done) {
                        printLine(stdout, importMessage(outcome));
                    }
                }
                exitCode = counts[3] > 0 || notReached > 0 ? ExitRefused : ExitDone;
                if (json) {
                    const QJsonObject out{
                        {QStringLiteral("file"), path},
                        {QStringLiteral("dryRun"), request.dryRun},
                        {QStringLiteral("allOrNothing"), request.mode == ImportMode::AllOrNothing},
                        {QStringLiteral("invited"), counts[0]},
                        {QStringLiteral("updated"), counts[1]},
                        {QStringLiteral("unchanged"), counts[2]},
                        {QStringLiteral("refused"), counts[3]},
                        {QStringLiteral("notReached"), notReached},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("exitCode"), exitCode}};
                    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
                } else {
                    const QString totals = (request.dryRun
                                                ? Text::tr("Dry run, nothing was changed: %1 would be invited, %2 "
                                                           "updated, %3 unchanged; %4 refused, %5 not reached.")
                                                : Text::tr("%1 invited, %2 updated, %3 unchanged; %4 refused, %5 "
                                                           "not reached."))
                                               .arg(counts[0])
                                               .arg(counts[1])
                                               .arg(counts[2])
                                               .arg(counts[3])
                                               .arg(notReached);
                    printLine(stdout, totals);
                }
                app.exit(exitCode);
            });
        }, noConnection);
    }, noConnection);
    app.exec();
    return exitCode;
}

} // namespace

int runCsvCommand(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(app, {});
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Checks a list of people (CSV) as an import would, with no connection: the file's encoding and "
                 "delimiter, its columns, and each row's address, name, role and groups. The members, groups and "
                 "seats of a workspace are checked when the file is imported.")
        + QLatin1Char('\n')
        + Text::tr("Imports it: new addresses are invited, members get the file's name, role and groups (an "
                   "import never removes anyone from a group). Each row stands on its own unless "
                   "--all-or-nothing is given; --dry-run checks everything and changes nothing. Exit codes: 0 "
                   "all rows done, 1 rows refused or not reached, 2 bad input, 3 no connection."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("csv check|import"), Text::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The CSV file, or - for standard input."));
    parser.addOption({QStringLiteral("encoding"),
                      Text::tr("Read the file as <encoding> (utf-8, utf-16le, utf-16be, windows-1252) instead of "
                               "detecting it."),
                      QStringLiteral("encoding")});
    parser.addOption({QStringLiteral("delimiter"),
                      Text::tr("Split fields on <delimiter> (, ; | or tab) instead of detecting it."),
                      QStringLiteral("delimiter")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print the result as JSON on standard output.")});
    addConnectionOptions(parser);
    parser.addOption({QStringLiteral("as"), Text::tr("Import as the member <email> (import)."), QStringLiteral("email")});
    parser.addOption({QStringLiteral("dry-run"), Text::tr("Check everything the import would do, and change nothing.")});
    parser.addOption({QStringLiteral("all-or-nothing"),
                      Text::tr("Import every row or none: one refused row or a Stop (Ctrl+C) undoes them all.")});
    parser.addOption({QStringLiteral("create-groups"), Text::tr("Create the groups the file names that do not exist.")});
    parser.addOption({QStringLiteral("no-mail"),
                      Text::tr("Do not mail the invitations now; send them later from the Invitations page.")});
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();
    const QString command = arguments.size() >= 2 ? arguments.at(1) : QString();
    if (command == QLatin1String("check")) {
        return checkFile(parser);
    }
    if (command == QLatin1String("import")) {
        return importFile(app, parser);
    }
    printLine(stderr, Text::tr("Unknown csv command; use: usher csv check FILE, or usher csv import FILE."));
    return BadInput;
}

} // namespace usher
