#include "app/csvcommand.h"

#include "app/application.h"
#include "core/i18n.h"
#include "core/userlist.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace usher {

namespace {

/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::CsvCommand)
};

enum ExitCode { Ready = 0, RowsRefused = 1, BadInput = 2 };

void printLine(std::FILE* stream, const QString& text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
}

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

int checkFile(QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 3) {
        printLine(stderr, Text::tr("Name one file: usher csv check FILE (or - for standard input)."));
        return BadInput;
    }
    CsvOptions options;
    if (parser.isSet(QStringLiteral("encoding"))) {
        options.encoding = encodingFromName(parser.value(QStringLiteral("encoding")));
        if (!options.encoding) {
            printLine(stderr, Text::tr("Unknown encoding “%1”; use utf-8, utf-16le, utf-16be or windows-1252.")
                                  .arg(parser.value(QStringLiteral("encoding"))));
            return BadInput;
        }
    }
    if (parser.isSet(QStringLiteral("delimiter"))) {
        options.delimiter = delimiterFromName(parser.value(QStringLiteral("delimiter")));
        if (!options.delimiter) {
            printLine(stderr, Text::tr("Unknown delimiter “%1”; use , ; | or tab.")
                                  .arg(parser.value(QStringLiteral("delimiter"))));
            return BadInput;
        }
    }
    const QString path = arguments.at(2);
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        printLine(stderr, Text::tr("“%1” cannot be read: %2").arg(path, file.errorString()));
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
                 "seats of a workspace are checked when the file is imported."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("csv check"), Text::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The CSV file, or - for standard input."));
    parser.addOption({QStringLiteral("encoding"),
                      Text::tr("Read the file as <encoding> (utf-8, utf-16le, utf-16be, windows-1252) instead of "
                               "detecting it."),
                      QStringLiteral("encoding")});
    parser.addOption({QStringLiteral("delimiter"),
                      Text::tr("Split fields on <delimiter> (, ; | or tab) instead of detecting it."),
                      QStringLiteral("delimiter")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print the result as JSON on standard output.")});
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() < 2 || arguments.at(1) != QLatin1String("check")) {
        printLine(stderr, Text::tr("Unknown csv command; use: usher csv check FILE."));
        return BadInput;
    }
    return checkFile(parser);
}

} // namespace usher
