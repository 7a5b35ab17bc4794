#include "app/privacycommand.h"

#include "app/application.h"
#include "app/commandline.h"
#include "connection/whendone.h"
#include "core/email.h"
#include "core/i18n.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

namespace usher {

namespace {

/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::PrivacyCommand)
};

/// The member of the workspace with this address, whatever their status; nothing when none.
std::optional<UserSummary> memberByEmail(MemberDirectory* members, const Id& workspaceId, const QString& email)
{
    const QList<std::optional<Status>> statuses{std::nullopt, Status::Deleted};
    for (const std::optional<Status>& status : statuses) {
        UserPageRequest request;
        request.filter.workspaceId = workspaceId;
        request.filter.status = status;
        request.filter.search = email;
        request.limit = 50;
        auto page = members->listUsers(request);
        page.waitForFinished(); // a command line tool waits; the GUI never does
        const Result<UserPage> listed = page.result();
        if (!listed.ok()) {
            return std::nullopt;
        }
        for (const UserSummary& row : listed.value().rows) {
            if (normalizedEmail(row.email) == normalizedEmail(email)) {
                return row;
            }
        }
    }
    return std::nullopt;
}

QJsonObject summaryOf(const ErasureCounts& counts)
{
    return {{QStringLiteral("workspaces"), QJsonArray::fromStringList(counts.workspaces)},
            {QStringLiteral("groups"), counts.groups},
            {QStringLiteral("invitations"), counts.invitations},
            {QStringLiteral("sessions"), counts.sessions},
            {QStringLiteral("signIns"), counts.signIns},
            {QStringLiteral("passwordResets"), counts.passwordResets},
            {QStringLiteral("mails"), counts.mails},
            {QStringLiteral("waitlist"), counts.waitlist},
            {QStringLiteral("auditEvents"), counts.auditEvents}};
}

/// Opens the connection, acts as --as and finds `email` among the workspace's members, then
/// calls `then`; on any failure says why, sets `*exitCode` and ends `app`.
void withPerson(QCoreApplication& app, const QCommandLineParser& parser, const ConnectionProfile& profile,
                const QString& email, int* exitCode,
                const std::function<void(std::shared_ptr<Backend>, const Operator&, const UserSummary&)>& then)
{
    auto failed = [&app, exitCode](const QString& message) {
        printLine(stderr, message);
        *exitCode = ExitNoConnection;
        app.exit(*exitCode);
    };
    openForCommand(profile, &app, [&app, &parser, email, exitCode, then, failed](std::shared_ptr<Backend> backend,
                                                                                  const OpenInfo& info) {
        if (!backend->personalData() || !backend->members()) {
            failed(backend->absence(Backend::Feature::PersonalData));
            return;
        }
        operatorForCommand(backend, info, parser.value(QStringLiteral("as")), &app,
                           [&app, email, exitCode, then, backend](const Operator& op) {
            const std::optional<UserSummary> person = memberByEmail(backend->members(), op.workspaceId, email);
            if (!person) {
                printLine(stderr, Text::tr("Nobody in this workspace has the address %1.").arg(email));
                *exitCode = ExitRefused;
                app.exit(*exitCode);
                return;
            }
            then(backend, op, *person);
        }, failed);
    }, failed);
}

/// `usher privacy export EMAIL FILE.zip`: the subject-access export, with a JSON summary.
int exportCommand(QCoreApplication& app, const QCommandLineParser& parser, const QString& email, const QString& path)
{
    QString problem;
    const std::optional<ConnectionProfile> profile = profileFromOptions(parser, &problem);
    if (!profile) {
        printLine(stderr, problem);
        return ExitNoConnection;
    }
    int exitCode = ExitNoConnection;
    StopToken stop;
    withPerson(app, parser, *profile, email, &exitCode,
               [&](std::shared_ptr<Backend> backend, const Operator& op, const UserSummary& person) {
            stopOnInterrupt(&stop);
            whenDone(backend->personalData()->exportPerson(op, person.accountId, path, stop), &app,
                     [&, backend](const Result<PersonalExport>& written) {
                stopOnInterrupt(nullptr);
                if (!written.ok()) {
                    printLine(stderr, written.error().message);
                    exitCode = written.error().kind == BackendError::Kind::Refused ? ExitRefused
                               : written.error().kind == BackendError::Kind::Cancelled ? ExitRefused
                                                                                       : ExitNoConnection;
                    app.exit(exitCode);
                    return;
                }
                const QJsonObject out{{QStringLiteral("file"), path},
                                      {QStringLiteral("files"), QJsonArray::fromStringList(written.value().files)},
                                      {QStringLiteral("workspaces"), QJsonArray::fromStringList(written.value().workspaces)},
                                      {QStringLiteral("workspacesLeftOut"), written.value().workspacesLeftOut},
                                      {QStringLiteral("auditEvents"), written.value().auditEvents}};
                std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
                exitCode = ExitDone;
                app.exit(exitCode);
            });
    });
    app.exec();
    return exitCode;
}

} // namespace

int runPrivacyCommand(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(app, {});
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Erases everything held about one person, in every workspace, when they ask (GDPR): their account, "
                 "memberships, groups, invitations, sessions, sign-ins, password resets, mails and waitlist entries; "
                 "the audit log keeps its events with a pseudonym. Irreversible. Prints a JSON summary. Exit codes: "
                 "0 erased, 1 refused or not confirmed, 2 bad input, 3 no connection.")
        + QLatin1Char('\n')
        + Text::tr("usher privacy export EMAIL FILE.zip writes everything held about them, in the workspaces where you "
                   "are an Admin, to a ZIP file of JSON and CSV files with a README."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("privacy erase"), Text::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("EMAIL"), Text::tr("The address of the person to erase."));
    addConnectionOptions(parser);
    parser.addOption({QStringLiteral("as"), Text::tr("Erase as the member <email> (an Admin)."), QStringLiteral("email")});
    parser.addOption({QStringLiteral("reference"),
                      Text::tr("The request's reference <ref> (a ticket or letter number), kept in the erasure log."),
                      QStringLiteral("ref")});
    parser.addOption({QStringLiteral("yes"), Text::tr("Do not ask for confirmation at a terminal.")});
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    const bool exporting = arguments.size() == 4 && arguments.at(1) == QLatin1String("export");
    if (!exporting && (arguments.size() != 3 || arguments.at(1) != QLatin1String("erase"))) {
        printLine(stderr, Text::tr("Use: usher privacy export EMAIL FILE.zip [--as EMAIL], or usher privacy erase EMAIL "
                                   "--reference REF [--as EMAIL] [--yes]."));
        return ExitBadInput;
    }
    const QString email = arguments.at(2).trimmed();
    if (exporting) {
        return exportCommand(app, parser, email, QDir::current().absoluteFilePath(arguments.at(3)));
    }
    const QString reference = parser.value(QStringLiteral("reference")).trimmed();
    if (reference.isEmpty()) {
        printLine(stderr, Text::tr("Give the request's reference with --reference: the erasure log keeps it instead of "
                                   "the person."));
        return ExitBadInput;
    }
    QString problem;
    const std::optional<ConnectionProfile> profile = profileFromOptions(parser, &problem);
    if (!profile) {
        printLine(stderr, problem);
        return ExitNoConnection;
    }
    const bool ask = !parser.isSet(QStringLiteral("yes"));
    if (ask && !isatty(STDIN_FILENO)) {
        printLine(stderr, Text::tr("Not erased: confirm at a terminal, or add --yes for a script."));
        return ExitRefused;
    }

    int exitCode = ExitNoConnection;
    auto refusedWith = [&app, &exitCode](const BackendError& error) {
        printLine(stderr, error.message);
        exitCode = error.kind == BackendError::Kind::Refused || error.kind == BackendError::Kind::NotFound
            ? ExitRefused
            : error.kind == BackendError::Kind::Invalid ? ExitBadInput
                                                       : ExitNoConnection;
        app.exit(exitCode);
    };
    withPerson(app, parser, *profile, email, &exitCode,
               [&](std::shared_ptr<Backend> backend, const Operator& op, const UserSummary& person) {
            whenDone(backend->personalData()->erasurePreview(op, person.accountId), &app,
                     [&, backend, op, person](const Result<ErasureCounts>& preview) {
                if (!preview.ok()) {
                    refusedWith(preview.error());
                    return;
                }
                if (ask) {
                    printLine(stderr, Text::tr("Erase %1 <%2> from %3, for good? Removed with the account: group memberships "
                                               "%4, invitations %5, sessions %6, sign-in records %7, mails %8, waitlist "
                                               "entries %9. Audit events kept with a pseudonym: %10.")
                                          .arg(preview.value().name, preview.value().email,
                                               QLocale().createSeparatedList(preview.value().workspaces))
                                          .arg(preview.value().groups)
                                          .arg(preview.value().invitations)
                                          .arg(preview.value().sessions)
                                          .arg(preview.value().signIns)
                                          .arg(preview.value().mails)
                                          .arg(preview.value().waitlist)
                                          .arg(preview.value().auditEvents));
                    printLine(stderr, Text::tr("Type the address again to erase, anything else to stop:"));
                    QTextStream in(stdin);
                    if (normalizedEmail(in.readLine().trimmed()) != normalizedEmail(preview.value().email)) {
                        printLine(stderr, Text::tr("Not erased."));
                        exitCode = ExitRefused;
                        app.exit(exitCode);
                        return;
                    }
                }
                whenDone(backend->personalData()->erasePerson(op, person.accountId, reference), &app,
                         [&, backend](const Result<ErasureCounts>& erased) {
                    if (!erased.ok()) {
                        refusedWith(erased.error());
                        return;
                    }
                    QJsonObject out = summaryOf(erased.value());
                    out.insert(QStringLiteral("erased"), true);
                    out.insert(QStringLiteral("pseudonym"), erased.value().pseudonym);
                    out.insert(QStringLiteral("reference"), reference);
                    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
                    exitCode = ExitDone;
                    app.exit(exitCode);
                });
            });
    });
    app.exec();
    return exitCode;
}

} // namespace usher
